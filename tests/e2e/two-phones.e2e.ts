// Two phones in Chromium (issue #4): two cadres of one village, each on her own phone (a
// browser context), both offline, edit the same household; back online they sync in turn.
// Different fields: both edits survive on both phones and the server. The same field: the
// later stamp wins everywhere, whichever phone syncs first. Deleted on one phone and edited
// later on the other: deleted everywhere (docs/sync-protocol.md, section 7: the edit is kept
// on the tombstone, the record stays deleted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdDetailPage, HouseholdListPage } from './pages/households-page.ts';
import type { HouseholdInput } from './pages/households-page.ts';
import { ALL_SENT, SyncPanel } from './pages/sync-page.ts';

const village = '3374122003';
const kader = (username: string, displayName: string) => ({
  username,
  password: `sandi-${username}-aman`,
  displayName,
  role: 'kader' as const,
  kaderKind: 'tpk' as const,
  villages: [village],
});
const siti = kader('siti', 'Siti Aminah');
const ani = kader('ani', 'Ani Lestari');

type Phone = { name: string; context: BrowserContext; page: Page; panel: SyncPanel };

let server: TestServer;
let browser: Browser;
let a: Phone;
let b: Phone;

async function openPhone(name: string, user: typeof siti): Promise<Phone> {
  const context = await newPhoneContext(browser, server.origin);
  const page = await context.newPage();
  const shell = new AppShell(page);
  await shell.open('/');
  await shell.waitForServiceWorkerControl();
  await new AccountPages(page).signInFromBanner(user.username, user.password);
  await page.waitForURL((url) => url.pathname === '/');
  const panel = new SyncPanel(page);
  await panel.pill.filter({ hasText: 'Sudah sinkron' }).waitFor({ timeout: 15_000 });
  return { name, context, page, panel };
}

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser(siti);
  await server.addUser(ani);
  browser = await launchChromium();
  a = await openPhone('a', siti);
  b = await openPhone('b', ani);
});

afterAll(async () => {
  await a?.context.close();
  await b?.context.close();
  await browser?.close();
  await server?.close();
});

async function sync(phone: Phone): Promise<void> {
  await phone.panel.syncNow();
  await expect.poll(() => phone.panel.pending.innerText(), { timeout: 15_000 }).toBe(ALL_SENT);
  await expect.poll(() => phone.panel.state.innerText(), { timeout: 15_000 }).toBe('Sudah sinkron');
}

/** Back online, the phones sync in `order` (each round pushes, then pulls everything new). */
async function syncInTurn(...order: Phone[]): Promise<void> {
  for (const phone of [a, b]) await phone.context.setOffline(false);
  for (const phone of order) await sync(phone);
}

async function offline(): Promise<void> {
  for (const phone of [a, b]) await phone.context.setOffline(true);
}

async function edit(phone: Phone, id: string, input: HouseholdInput): Promise<void> {
  await phone.page.goto(`/keluarga/${id}`);
  const detail = new HouseholdDetailPage(phone.page);
  await detail.root.waitFor();
  const form = await detail.edit();
  await form.fill(input);
  await form.save();
  await detail.root.waitFor();
  await detail.root.getByTestId('pending-mark').waitFor();
}

async function shown(phone: Phone, id: string, label: string): Promise<string> {
  await phone.page.goto(`/keluarga/${id}`);
  const detail = new HouseholdDetailPage(phone.page);
  await detail.root.waitFor();
  return detail.value(label).innerText();
}

async function onServer(id: string): Promise<Record<string, unknown>> {
  const found = (await server.households()).find((household) => household.id === id);
  if (!found) throw new Error(`household ${id} is not on the server`);
  return found.fields;
}

let householdId = '';

describe('two phones, one household', () => {
  it('phone A adds a household, phone B receives it', async () => {
    await a.page.goto('/keluarga');
    const form = await new HouseholdListPage(a.page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', address: 'Jl. Melati 4', phone: '081200000000', headName: 'Rahayu' });
    await form.save();
    await new HouseholdDetailPage(a.page).root.waitFor();
    householdId = new URL(a.page.url()).pathname.split('/')[2] ?? '';
    expect(householdId).toMatch(/^[0-9a-f-]{36}$/);
    await sync(a);
    await sync(b);
    await b.page.goto('/keluarga');
    await new HouseholdListPage(b.page).item('Rahayu').waitFor();
  });

  it('edits of different fields made offline both survive on both phones and the server', async () => {
    await offline();
    await edit(a, householdId, { dusun: 'Banaran' });
    await edit(b, householdId, { address: 'Jl. Kenanga 7' });
    await syncInTurn(a, b, a);
    for (const phone of [a, b]) {
      await expect.poll(() => shown(phone, householdId, 'Dusun')).toBe('Banaran');
      await expect.poll(() => shown(phone, householdId, 'Alamat')).toBe('Jl. Kenanga 7');
    }
    expect(await onServer(householdId)).toMatchObject({ dusun: 'Banaran', address: 'Jl. Kenanga 7', deleted: false });
    await screenshot(b.page, 'two-phones-merged', { fullPage: true });
  });

  it('edits of the same field: the later one wins everywhere, whichever phone syncs first', async () => {
    await offline();
    await edit(a, householdId, { phone: '081111111111' });
    await edit(b, householdId, { phone: '082222222222' });
    // The later edit (B) reaches the server first; A's earlier one arrives after and loses.
    await syncInTurn(b, a, b);
    for (const phone of [a, b]) await expect.poll(() => shown(phone, householdId, 'Nomor telepon')).toBe('082222222222');
    expect(await onServer(householdId)).toMatchObject({ phone: '082222222222', dusun: 'Banaran' });
  });

  it('deleted on one phone and edited later on the other: deleted everywhere', async () => {
    await offline();
    await a.page.goto(`/keluarga/${householdId}`);
    a.page.once('dialog', (dialog) => void dialog.accept());
    await a.page.getByRole('button', { name: 'Hapus keluarga' }).click();
    await a.page.waitForURL((url) => url.pathname === '/keluarga');
    await edit(b, householdId, { address: 'Jl. Mawar 1' });
    await syncInTurn(b, a, b);
    for (const phone of [a, b]) {
      await phone.page.goto('/keluarga');
      await new HouseholdListPage(phone.page).emptyState.waitFor();
      await phone.page.goto(`/keluarga/${householdId}`);
      await phone.page.getByText('tidak ditemukan', { exact: false }).first().waitFor();
      await expect.poll(() => phone.page.getByTestId('household-detail').count()).toBe(0);
    }
    // The later edit is kept on the tombstone; the record stays deleted.
    expect(await onServer(householdId)).toMatchObject({ deleted: true, address: 'Jl. Mawar 1' });
  });
});
