// Accounts in the app (issue #14): a koordinator adds a TPK kader from her phone, without the
// server console; the app shows the first password once; the kader signs in with it on her own
// phone; the koordinator sees that phone in the kader's list and revokes it ("HP hilang"): the
// kader's phone is refused at its next sync and keeps what it had not sent. A password reset
// shows the new password once; a disabled account is marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestAccount, TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { HouseholdDetailPage, HouseholdListPage } from './pages/households-page.ts';

const village = '3374122003';
const rina: TestAccount = { username: 'rina', password: 'sandi-rina-aman', displayName: 'Rina Koordinator', role: 'koordinator', villages: [village] };

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let coordinator: Page;
let cadre: Page;
let firstPassword = '';
let userId = '';

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser(rina);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function phone(): Promise<Page> {
  const context = await newPhoneContext(browser, server.origin);
  contexts.push(context);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  return page;
}

describe('accounts in the app', () => {
  it('a koordinator adds a TPK kader; the first password is shown once', async () => {
    coordinator = await phone();
    const account = new AccountPages(coordinator);
    await account.signInFromBanner(rina.username, rina.password);
    await coordinator.waitForURL((url) => url.pathname === '/');
    await account.openAccount();
    await coordinator.getByTestId('account-manage').click();
    await coordinator.getByTestId('users-screen').waitFor();
    await coordinator.getByTestId('add-user').click();
    const form = coordinator.getByTestId('user-form');
    await form.waitFor();
    await form.getByLabel('Nama lengkap').fill('Siti Baru');
    await form.getByLabel('Nama pengguna').fill('siti.baru');
    await form.getByLabel('Jenis kader').selectOption('tpk');
    // Her one village is ticked already.
    await expect.poll(() => form.getByLabel('33.74.12.2003').isChecked()).toBe(true);
    await screenshot(coordinator, 'account-add-kader');
    await form.getByRole('button', { name: 'Simpan akun' }).click();
    await coordinator.getByTestId('user-created').waitFor();
    firstPassword = await coordinator.getByTestId('first-password').innerText();
    expect(firstPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await screenshot(coordinator, 'account-first-password');
    await coordinator.getByRole('link', { name: 'Selesai' }).click();
    await coordinator.getByTestId('user-detail').waitFor();
    userId = new URL(coordinator.url()).pathname.split('/').pop() ?? '';
    expect(userId).not.toBe('');
  });

  it('the kader signs in with it on her own phone and works as a TPK cadre', async () => {
    cadre = await phone();
    await new AccountPages(cadre).signInFromBanner('siti.baru', firstPassword);
    await cadre.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => cadre.getByTestId('home').getAttribute('data-home-role')).toBe('tpk');
  });

  it('the koordinator sees her phone and revokes it ("HP hilang"); the phone is refused and keeps its unsent work', async () => {
    await coordinator.reload();
    const devices = coordinator.getByTestId('device-item');
    await expect.poll(() => devices.count()).toBe(1);
    await screenshot(coordinator, 'account-kader-devices');
    await coordinator.getByTestId('revoke-device').click();
    await expect.poll(() => coordinator.getByTestId('user-devices').innerText()).toContain('Akses dicabut');

    await cadre.goto('/keluarga');
    const form = await new HouseholdListPage(cadre).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', headName: 'Keluarga Sesudah Dicabut' });
    await form.save();
    await new HouseholdDetailPage(cadre).root.waitFor();
    const account = new AccountPages(cadre);
    // Opening the app syncs at start: the server refuses the revoked phone.
    await account.openAccount();
    await account.banner.waitFor();
    await expect.poll(() => account.banner.innerText()).toContain('Perlu masuk lagi');
    await expect.poll(() => account.pending.innerText()).toBe('1 perubahan');
    expect(await server.householdNames()).toEqual([]);
  });

  it('a password reset shows the new one once; the kader signs in with it; disabling marks the account', async () => {
    await coordinator.getByTestId('reset-password').click();
    const fresh = await coordinator.getByTestId('new-password').innerText();
    expect(fresh).not.toBe(firstPassword);
    const account = new AccountPages(cadre);
    await account.banner.getByRole('link', { name: 'Masuk' }).click();
    await account.signIn('siti.baru', fresh);
    await expect.poll(() => server.householdNames(), { timeout: 15_000 }).toEqual(['Keluarga Sesudah Dicabut']);

    await coordinator.getByTestId('toggle-active').click();
    await expect.poll(() => coordinator.getByTestId('user-status').innerText()).toBe('Nonaktif');
    await coordinator.goto('/akun/pengguna');
    await expect.poll(() => coordinator.getByTestId('user-item').innerText()).toContain('Nonaktif');
    await screenshot(coordinator, 'account-kader-list');
  });
});
