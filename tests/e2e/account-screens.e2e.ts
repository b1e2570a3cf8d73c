// Journey (issue #5): on a new server the coordinator creates the first admin with the setup
// code printed by the server, sets an app PIN, and the app locks on opening and after the idle
// minutes; the account screens pass axe's WCAG checks at the phone viewport.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { issueSetupCode } from '../../sync-server/auth/accounts.ts';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
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

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('first admin, PIN lock, accessibility', () => {
  it('creates the first admin with the one-time setup code', async () => {
    const code = await issueSetupCode({ accounts: server.store.accounts, now: () => new Date() });
    await page.goto('/masuk');
    await page.getByTestId('sign-in-form').waitFor();
    expect(await violations()).toEqual([]);
    await page.getByTestId('setup-link').click();
    const form = page.getByTestId('setup-form');
    await form.waitFor();
    expect(await violations()).toEqual([]);
    await form.getByLabel('Kode penyiapan').fill('AAAA-BBBB-CCCC');
    await form.getByLabel('Nama lengkap').fill('Bu Sekretaris');
    await form.getByLabel('Nama pengguna').fill('sekretaris');
    await form.getByLabel('Kata sandi', { exact: false }).first().fill('rahasia-kantor-desa');
    await form.getByLabel('Ulangi kata sandi').fill('rahasia-kantor-desa');
    await form.getByRole('button', { name: 'Buat admin' }).click();
    await form.getByRole('alert').waitFor();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('Kode penyiapan salah');
    await form.getByLabel('Kode penyiapan').fill(code ?? '');
    await form.getByRole('button', { name: 'Buat admin' }).click();
    await page.getByTestId('account-details').waitFor();
    await expect.poll(() => page.getByTestId('account-details').innerText()).toContain('Admin');
    expect(await violations()).toEqual([]);
    await screenshot(page, 'account-admin', { fullPage: true });
  });

  it('locks with the PIN on opening and after the idle minutes; a wrong PIN is refused', async () => {
    const pin = page.getByTestId('pin-settings');
    await pin.getByLabel('PIN baru').fill('12');
    await pin.getByRole('button', { name: 'Pasang PIN' }).click();
    await expect.poll(() => pin.getByRole('alert').innerText()).toContain('4–8 angka');
    await pin.getByLabel('PIN baru').fill('482916');
    await pin.getByLabel('Kunci setelah').fill('2');
    await pin.getByRole('button', { name: 'Pasang PIN' }).click();
    await pin.getByText('PIN aktif').waitFor();

    await page.reload();
    const lock = page.getByTestId('app-lock');
    await lock.waitFor();
    expect(await violations()).toEqual([]);
    await lock.getByLabel('PIN').fill('000000');
    await lock.getByRole('button', { name: 'Buka' }).click();
    await lock.getByText('PIN salah').waitFor();
    await lock.getByLabel('PIN').fill('482916');
    await lock.getByRole('button', { name: 'Buka' }).click();
    await lock.waitFor({ state: 'detached' });

    await page.clock.fastForward('03:00');
    await lock.waitFor();
    await screenshot(page, 'app-locked');
    await lock.getByLabel('PIN').fill('482916');
    await lock.getByRole('button', { name: 'Buka' }).click();
    await lock.waitFor({ state: 'detached' });
  });
});
