// Journey (issue #2 item 9, issue #4 "Status the user can trust"): a cadre opens Genting once
// with signal and signs in; the service worker takes control; with no network a reload still
// opens the app; she adds a household, reloads, and finds it again in Indonesian, marked
// "Belum terkirim", with "1 perubahan belum terkirim" in the status panel; back online,
// "Sinkronkan" sends it: nothing pending, the server has it. Then changes the server refuses
// (a village outside her account) are listed at /sinkron with the reason: one is discarded,
// the other fixed in its form and sent. A phone clock far from the server's is warned about.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdDetailPage, HouseholdFormPage, HouseholdListPage } from './pages/households-page.ts';
import { ALL_SENT, RejectedPage, SyncPanel, pendingMark } from './pages/sync-page.ts';

const village = '3374122003';
const otherVillage = '3374122004';
// Siti signs in with two villages; the coordinator later takes the second away (the phone still
// offers it until she signs in again), so what she records there is refused.
const siti = { username: 'siti', password: 'sandi-siti-aman', displayName: 'Siti Aminah', role: 'kader' as const, kaderKind: 'tpk' as const, villages: [village, otherVillage] };

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

async function addHousehold(input: { headName: string; villageCode?: string }): Promise<void> {
  await page.goto('/keluarga');
  const form = await new HouseholdListPage(page).startAdding();
  await form.fill({ villageCode: input.villageCode ?? village, dusun: 'Krajan', rt: '002', rw: '001', headName: input.headName });
  await form.save();
  await new HouseholdDetailPage(page).root.waitFor();
}

describe('sync status on the phone', () => {
  it('keeps a household added offline across reloads, counts it as unsent, and sends it once online', async () => {
    const shell = new AppShell(page);
    const panel = new SyncPanel(page);
    await shell.open('/');
    await shell.waitForServiceWorkerControl();
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toContain('Belum masuk');
    await new AccountPages(page).signInFromBanner(siti.username, siti.password);
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toBe('Sudah sinkron');

    await shell.setOffline(true);
    await shell.reload();
    await shell.tab('Keluarga').waitFor();
    // The pill reads "Memuat…" until the device's sync state is read back from IndexedDB.
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toContain('Tidak ada sinyal');

    await addHousehold({ headName: 'Sutrisno' });
    const detail = new HouseholdDetailPage(page);
    await expect.poll(() => pendingMark(detail.root).innerText()).toBe('Belum terkirim');
    await screenshot(page, 'household-detail-pending');

    await page.goto('/keluarga');
    await shell.reload();
    const list = new HouseholdListPage(page);
    await list.item('Sutrisno').waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('id');
    await expect.poll(() => list.heading.innerText()).toBe('Keluarga');
    await expect.poll(() => list.item('Sutrisno').innerText()).toContain('Krajan · RT 002/RW 001');
    await expect.poll(() => pendingMark(list.item('Sutrisno')).innerText()).toBe('Belum terkirim');
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toContain('Tidak ada sinyal');
    await screenshot(page, 'households-list-pending');
    await panel.open();
    await expect.poll(() => panel.pending.innerText()).toBe('1 perubahan belum terkirim');
    await expect.poll(() => panel.state.innerText()).toContain('Data tersimpan di HP ini');
    await expect.poll(() => panel.lastSync.innerText()).toMatch(/yang lalu|baru saja/);
    await screenshot(page, 'sync-panel-offline');
    expect(await server.householdNames()).toEqual([]);

    await shell.setOffline(false);
    await panel.syncNow();
    await expect.poll(() => panel.pending.innerText(), { timeout: 15_000 }).toBe(ALL_SENT);
    await expect.poll(() => panel.state.innerText()).toBe('Sudah sinkron');
    await expect.poll(() => panel.lastSync.innerText()).toBe('baru saja');
    expect(await server.householdNames()).toEqual(['Sutrisno']);
    await screenshot(page, 'sync-panel-synced');
    await panel.close();
    await expect.poll(() => pendingMark(list.item('Sutrisno')).count()).toBe(0);
    await expect.poll(() => panel.pill.innerText()).toBe('Sudah sinkron');
  });

  it('lists refused changes with their reason; one is discarded, the other fixed and sent', async () => {
    const panel = new SyncPanel(page);
    const rejected = new RejectedPage(page);
    await server.setVillages('siti', [village]);
    await addHousehold({ headName: 'Keluarga Salah Desa', villageCode: otherVillage });
    await addHousehold({ headName: 'Keluarga Dibuang', villageCode: otherVillage });
    await panel.syncNow();
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toBe('2 ditolak');
    await expect.poll(() => panel.rejected.innerText()).toContain('2 perubahan ditolak');
    await expect.poll(() => panel.pending.innerText()).toBe(ALL_SENT);
    await screenshot(page, 'sync-panel-rejected');
    expect(await violations()).toEqual([]);

    await panel.rejected.getByRole('link').click();
    await rejected.items.first().waitFor();
    await expect.poll(() => rejected.items.count()).toBe(2);
    const refused = await rejected.item('Keluarga Dibuang').innerText();
    expect(refused).toContain('Desa ini di luar wilayah akun Anda.');
    expect(refused).toContain('Keluarga');
    await screenshot(page, 'sync-rejected-list', { fullPage: true });
    expect(await violations()).toEqual([]);

    // Discarded: the household never reached the server, so it leaves the phone too.
    await rejected.discard('Keluarga Dibuang');
    await expect.poll(() => rejected.items.count()).toBe(1);
    await page.goto('/keluarga');
    const list = new HouseholdListPage(page);
    await list.item('Keluarga Salah Desa').waitFor();
    await expect.poll(() => list.item('Keluarga Dibuang').count()).toBe(0);
    await expect.poll(() => list.item('Keluarga Salah Desa').getByTestId('rejected-mark').innerText()).toBe('Ditolak server');

    // Fixed: the right village code; saving queues the whole record again.
    await rejected.open();
    await rejected.fix('Keluarga Salah Desa');
    const form = new HouseholdFormPage(page);
    await form.form.waitFor();
    await form.fill({ villageCode: village });
    await form.save();
    const detail = new HouseholdDetailPage(page);
    await detail.root.waitFor();
    await expect.poll(() => pendingMark(detail.root).innerText()).toBe('Belum terkirim');
    await panel.syncNow();
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toBe('Sudah sinkron');
    expect(await server.householdNames()).toEqual(['Keluarga Salah Desa', 'Sutrisno']);
    await rejected.open();
    await rejected.empty.waitFor();
    await expect.poll(() => pendingMark(page.locator('main')).count()).toBe(0);
  });

  it('warns when the phone clock is far from the server clock', async () => {
    const panel = new SyncPanel(page);
    serverShiftMs = 12 * 60_000;
    await panel.syncNow();
    await panel.clockWarning.waitFor();
    await expect.poll(() => panel.clockWarning.innerText()).toBe('Jam HP ini selisih 12 menit dari server. Atur tanggal dan jam otomatis di pengaturan HP.');
    await screenshot(page, 'sync-panel-clock');
    serverShiftMs = 0;
    await panel.syncNow();
    await panel.clockWarning.waitFor({ state: 'detached' });
  });
});
