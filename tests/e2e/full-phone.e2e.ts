// Journey (issue #12, finding 9): a cadre's phone fills up. She has typed a new household and
// presses "Simpan keluarga": IndexedDB refuses the write; she reads in Indonesian that the
// phone is full and what to do, what she typed is still in the form, the households saved
// before are all there; the status pill warns that the phone is (almost) full. After space is
// freed she presses Simpan again and the household is saved.
// How the phone is filled: IndexedDB in the page refuses every write the way a full disk makes
// Chromium refuse it (a QuotaExceededError DOMException, which Dexie hands on), and the page's
// navigator.storage.estimate() reports 1 KB left. Chromium's own quota override
// (DevTools Storage.overrideQuotaForOrigin) cannot play this part here: probed in this
// Chromium, it only refuses a single transaction larger than the quota the origin had when its
// storage was first opened; usage is not counted and a later override is not seen, so a phone
// filling up in the middle of a session cannot be reproduced with it (issue #12 report).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdDetailPage, HouseholdListPage } from './pages/households-page.ts';
import type { HouseholdFormPage } from './pages/households-page.ts';
import { SyncPanel } from './pages/sync-page.ts';

const village = '3374122003';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await newPhoneContext(browser, server.origin);
  page = await context.newPage();
  await page.addInitScript(() => {
    const real = navigator.storage.estimate.bind(navigator.storage);
    navigator.storage.estimate = async () => {
      const estimate = await real();
      const left = (window as unknown as { e2eSpaceLeft?: number }).e2eSpaceLeft;
      return left === undefined ? estimate : { ...estimate, quota: (estimate.usage ?? 0) + left };
    };
  });
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

/** The phone is full: every IndexedDB write is refused for lack of space; 1 KB is left. */
function fillThePhone(): Promise<void> {
  return page.evaluate(() => {
    const full = window as unknown as { e2eSpaceLeft?: number; e2eStores?: { add: IDBObjectStore['add']; put: IDBObjectStore['put'] } };
    full.e2eStores = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = refuse;
    IDBObjectStore.prototype.put = refuse;
    full.e2eSpaceLeft = 1_000;
  });
}

/** The cadre deletes photos and media: the space is free again. */
function freeThePhone(): Promise<void> {
  return page.evaluate(() => {
    const full = window as unknown as { e2eSpaceLeft?: number; e2eStores?: { add: IDBObjectStore['add']; put: IDBObjectStore['put'] } };
    if (full.e2eStores) Object.assign(IDBObjectStore.prototype, full.e2eStores);
    delete full.e2eSpaceLeft;
  });
}

describe('a full phone', () => {
  it('refuses a save with a clear Indonesian message, keeps the input and every earlier record, and warns in the status area', async () => {
    const shell = new AppShell(page);
    const panel = new SyncPanel(page);
    await shell.open('/');
    await addHousehold('Sutrisno');
    await addHousehold('Wartini');

    await page.goto('/keluarga');
    const form: HouseholdFormPage = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '003', rw: '001', headName: 'Sumarni', address: 'Jl. Melati 4' });

    // The phone fills up while the form is open.
    await fillThePhone();
    await form.save();
    const banner = page.getByTestId('storage-full');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Memori HP penuh');
    expect(await banner.innerText()).toContain('tekan Simpan lagi');
    expect(await banner.innerText()).toMatch(/foto, video atau media WhatsApp/);
    // Still the form, with what she typed.
    expect(new URL(page.url()).pathname).toBe('/keluarga/baru');
    expect(await form.field('headName').inputValue()).toBe('Sumarni');
    expect(await form.form.locator('#address').inputValue()).toBe('Jl. Melati 4');
    expect(await form.form.getByRole('alert').innerText()).toContain('belum tersimpan');
    expect(await panel.pill.innerText()).toBe('HP penuh');
    await screenshot(page, 'storage-full-save');

    // The status panel says it too; closing the banner leaves the low-space warning.
    await panel.pill.click();
    expect(await panel.root.getByTestId('status-space').innerText()).toContain('memori HP penuh');
    await panel.pill.click();
    await banner.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => panel.pill.innerText(), { timeout: 10_000 }).toBe('HP hampir penuh');
    await panel.pill.click();
    expect(await panel.root.getByTestId('status-space').innerText()).toMatch(/Memori HP hampir penuh: tinggal \d/);
    await screenshot(page, 'storage-low-panel');
    await panel.pill.click();

    // Space freed: Simpan again saves exactly what was typed; the earlier households are intact.
    await freeThePhone();
    await form.save();
    const detail = new HouseholdDetailPage(page);
    await detail.root.waitFor();
    expect(await detail.title.innerText()).toContain('Sumarni');
    await page.goto('/keluarga');
    const list = new HouseholdListPage(page);
    await expect.poll(() => list.items.count()).toBe(3);
    for (const name of ['Sutrisno', 'Wartini', 'Sumarni']) expect(await list.item(name).count()).toBe(1);
    await expect.poll(() => panel.pill.innerText(), { timeout: 40_000 }).not.toMatch(/HP/);
  });
});
