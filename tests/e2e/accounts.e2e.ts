// Journey (issue #5): a cadre signs in once on her phone, syncs, works a "week" offline (phone
// and server clocks moved a week on) and syncs again without signing in; then the coordinator
// revokes her device: the next sync is refused, the app says "Perlu masuk lagi" and keeps her
// unsent household; she signs in again and it is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdDetailPage, HouseholdListPage } from './pages/households-page.ts';

const weekMs = 7 * 24 * 60 * 60 * 1000;
const village = '3374122003';
const siti = { username: 'siti', password: 'sandi-siti-aman', displayName: 'Siti Aminah', role: 'kader' as const, kaderKind: 'tpk' as const, villages: [village] };

let serverShiftMs = 0;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(Date.now() + serverShiftMs) });
  await server.addUser(siti);
  browser = await launchChromium();
  context = await newPhoneContext(browser, server.origin);
  page = await context.newPage();
  await page.clock.install({ time: new Date() });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function addHousehold(headName: string): Promise<void> {
  await page.goto('/keluarga');
  const form = await new HouseholdListPage(page).startAdding();
  await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', headName });
  await form.save();
  await new HouseholdDetailPage(page).root.waitFor();
}

async function waitForServer(names: string[]): Promise<void> {
  await expect.poll(() => server.householdNames(), { timeout: 15_000 }).toEqual([...names].sort());
}

describe('accounts on the phone', () => {
  it('signs in once, syncs, and syncs again after a week offline without signing in', async () => {
    const shell = new AppShell(page);
    const account = new AccountPages(page);
    await shell.open('/');
    await account.banner.waitFor();
    await expect.poll(() => account.banner.innerText()).toContain('Belum masuk');

    await account.banner.getByRole('link', { name: 'Masuk' }).click();
    await account.signIn('siti', 'salah-sekali-ya');
    await account.signInMessage.waitFor();
    await expect.poll(() => account.signInMessage.innerText()).toContain('salah');
    await account.signIn('siti', siti.password);
    await page.waitForURL((url) => url.pathname === '/');
    await account.banner.waitFor({ state: 'detached' });
    await screenshot(page, 'account-signed-in');

    await addHousehold('Keluarga Satu');
    await account.openAccount();
    await expect.poll(() => page.getByTestId('account-details').innerText()).toContain('TPK');
    await account.syncNow();
    await waitForServer(['Keluarga Satu']);
    await expect.poll(() => account.pending.innerText()).toBe('0 perubahan');

    // A week without signal: she keeps working; both clocks move a week on.
    await shell.setOffline(true);
    serverShiftMs = weekMs;
    await page.clock.setSystemTime(new Date(Date.now() + weekMs));
    await addHousehold('Keluarga Dua');
    await shell.setOffline(false);
    await account.openAccount();
    await account.syncNow();
    await waitForServer(['Keluarga Dua', 'Keluarga Satu']);
    await expect.poll(() => account.banner.count()).toBe(0);
  });

  it('a revoked device is sent to sign in again, keeps its unsynced change and sends it after', async () => {
    const account = new AccountPages(page);
    // Saved on the phone; a write does not sync by itself, so it waits in the outbox.
    await addHousehold('Keluarga Tiga');
    expect(await server.revokeDevices('siti')).toBe(1);
    // Opening the app syncs at start: the server refuses the revoked device.
    await account.openAccount();
    await account.banner.waitFor();
    await expect.poll(() => account.banner.innerText()).toContain('Perlu masuk lagi. 1 perubahan menunggu dikirim');
    await expect.poll(() => account.pending.innerText()).toBe('1 perubahan');
    expect(await server.householdNames()).toEqual(['Keluarga Dua', 'Keluarga Satu']);
    await screenshot(page, 'account-sign-in-again');

    await account.banner.getByRole('link', { name: 'Masuk' }).click();
    await expect.poll(() => account.signInForm.getByLabel('Nama pengguna').inputValue()).toBe('siti');
    await account.signIn('siti', siti.password);
    await waitForServer(['Keluarga Dua', 'Keluarga Satu', 'Keluarga Tiga']);
    await account.openAccount();
    await expect.poll(() => account.pending.innerText()).toBe('0 perubahan');
    await expect.poll(() => account.banner.count()).toBe(0);
  });
});
