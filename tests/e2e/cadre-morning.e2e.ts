// Journey (issue #6 "Prove it"): a TPK cadre's morning. With signal she opens Genting once,
// signs in and glances at "Anak berisiko" (the WHO growth tables are fetched on that first
// use); then, with no network and a reload served by the service worker, she registers a
// household, adds a mother and her 14-month-old, measures the child (z-scores and "Pendek"
// shown as she types; the child's page draws the growth chart with her point) and logs a
// house visit. Back online, "Sinkronkan": nothing pending, and the server holds every record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMonths, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdListPage } from './pages/households-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';
import { ALL_SENT, SyncPanel, pendingMark } from './pages/sync-page.ts';

const village = '3374122003';
const siti = { username: 'siti', password: 'sandi-siti-aman', displayName: 'Siti Aminah', role: 'kader' as const, kaderKind: 'tpk' as const, villages: [village] };
const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const motherBirth = addMonths(today, -(26 * 12));
const childBirth = addMonths(today, -14);

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let householdPath = '';

const shot = (name: string, fullPage = false) => screenshot(page, `morning-${name}`, { fullPage });
const measurementForm = () => page.getByTestId('measurement-form');

/** Records the server holds (every village), by kind: the fields of each. */
async function serverRecords(): Promise<Map<string, Record<string, unknown>[]>> {
  const everyone = { userId: 'e2e', scope: 'all' as const, role: 'admin' as const, displayName: 'e2e', kaderKind: null };
  const snapshot = await server.store.snapshot(everyone, { after: null, limit: 5000, cursor: null });
  const byKind = new Map<string, Record<string, unknown>[]>();
  for (const record of snapshot.records) {
    const list = byKind.get(record.kind) ?? [];
    list.push(JSON.parse(record.fieldsJson) as Record<string, unknown>);
    byKind.set(record.kind, list);
  }
  return byKind;
}

beforeAll(async () => {
  server = await startTestServer();
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

describe("a cadre's morning, offline, then synced", () => {
  it('first load with signal: signs in and opens "Anak berisiko" (growth tables fetched on first use)', async () => {
    const shell = new AppShell(page);
    const panel = new SyncPanel(page);
    await shell.open('/');
    await shell.waitForServiceWorkerControl();
    await new AccountPages(page).signInFromBanner(siti.username, siti.password);
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => panel.pill.innerText(), { timeout: 15_000 }).toBe('Sudah sinkron');
    await shell.tab('Anak').click();
    await page.getByTestId('at-risk-screen').waitFor();
  });

  it('offline: registers a household and adds a mother and her 14-month-old', async () => {
    const shell = new AppShell(page);
    await shell.setOffline(true);
    await shell.reload();
    await shell.tab('Keluarga').click();
    await expect.poll(() => new SyncPanel(page).pill.innerText(), { timeout: 15_000 }).toContain('Tidak ada sinyal');
    const form = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', address: 'Jl. Melati 4', headName: 'Sutrisno' });
    await form.fill({ drinkingWater: 'sumur-tak-terlindung', toilet: 'sendiri-septik', welfareDecile: '3', houseCondition: 'layak' });
    await shot('household-form', true);
    await form.save();
    const household = new HouseholdPage(page);
    await household.root.waitFor();
    householdPath = new URL(page.url()).pathname;
    await expect.poll(() => pendingMark(household.root).first().innerText()).toBe('Belum terkirim');

    const mother = await household.addMember();
    await mother.fill({ name: 'Ani Lestari', sex: 'F', birthDate: motherBirth, relation: 'istri', maritalStatus: 'kawin' });
    await shot('member-form', true);
    await mother.save();
    await household.members.filter({ hasText: 'Ani Lestari' }).waitFor();

    const child = await household.addMember();
    await child.fill({ name: 'Dewi', sex: 'F', birthDate: childBirth, relation: 'anak' });
    await child.fill({ motherId: (await child.form.locator('#motherId option', { hasText: 'Ani Lestari' }).getAttribute('value')) ?? '' });
    await expect.poll(() => page.getByTestId('target-summary').innerText()).toContain('Baduta');
    await child.save();
    await household.members.filter({ hasText: 'Dewi' }).waitFor();
    await expect.poll(() => household.members.count()).toBe(2);
    await expect.poll(() => household.riskLabel.innerText()).toBe('Keluarga berisiko stunting');
    await expect.poll(() => household.riskReasons.allInnerTexts()).toContain('Sumber air minum tidak layak');
    await shot('household');
    await shot('household-full', true);

    await page.goto('/keluarga');
    const list = new HouseholdListPage(page);
    await list.item('Sutrisno').waitFor();
    await expect.poll(() => pendingMark(list.item('Sutrisno')).innerText()).toBe('Belum terkirim');
    await shot('households');
  });

  it('offline: measures the child, sees the z-scores and category, and the chart with her point', async () => {
    await page.goto(householdPath);
    await new HouseholdPage(page).root.waitFor();
    await page.getByTestId('member-measure').click();
    await measurementForm().waitFor();
    await expect.poll(() => measurementForm().locator('#date').inputValue()).toBe(today);
    await measurementForm().locator('#weightKg').fill('7,7');
    await measurementForm().locator('#lengthCm').fill('69,5');
    await expect.poll(() => page.getByTestId('category-pbu').innerText()).toBe('Pendek');
    await expect.poll(() => page.getByTestId('category-bbu').innerText()).not.toBe('');
    await expect.poll(() => page.getByTestId('assessment').innerText()).toMatch(/z −\d,\d\d/);
    await page.getByTestId('assessment').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('measurement');
    await shot('measurement-full', true);
    await measurementForm().getByRole('button', { name: 'Simpan pengukuran' }).click();

    await page.getByTestId('child-page').waitFor();
    const chart = page.getByTestId('growth-chart');
    await chart.waitFor();
    await expect.poll(() => chart.locator('path.curve').count()).toBe(7);
    await expect.poll(() => chart.getByTestId('chart-point').count()).toBe(1);
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(1);
    await expect.poll(() => page.getByTestId('child-status').innerText()).toContain('Pendek');
    await chart.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 72));
    await shot('child-chart');
    await shot('child-full', true);
  });

  it('offline: logs a house visit, shown on the household page', async () => {
    await page.goto(householdPath);
    const household = new HouseholdPage(page);
    await household.root.waitFor();
    const visit = await household.recordVisit();
    await expect.poll(() => visit.field('date').inputValue()).toBe(today);
    await visit.check('Ani Lestari');
    await visit.check('Dewi');
    await visit.check('MP-ASI');
    await visit.check('Imunisasi');
    await visit.form.getByRole('checkbox', { name: 'MP-ASI' }).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('visit-form');
    await visit.field('findings').fill('Dewi jarang makan sayur');
    await visit.form.getByRole('button', { name: 'Sebulan lagi' }).click();
    await shot('visit-form-end');
    await shot('visit-form-full', true);
    await visit.save();
    await household.visits.first().waitFor();
    const logged = await household.visits.first().innerText();
    expect(logged).toContain('Ditemui: Ani Lestari, Dewi');
    expect(logged).toContain('MP-ASI · Imunisasi');
    await household.visits.first().scrollIntoViewIfNeeded();
    await shot('household-visit');
  });

  it('online: "Sinkronkan" sends everything; nothing pending and the server holds every record', async () => {
    const panel = new SyncPanel(page);
    await panel.open();
    await expect.poll(() => panel.pending.innerText()).toMatch(/^\d+ perubahan belum terkirim$/);
    await shot('sync-offline');
    expect((await serverRecords()).get('household')).toBeUndefined();

    await new AppShell(page).setOffline(false);
    await panel.syncNow();
    await expect.poll(() => panel.pending.innerText(), { timeout: 15_000 }).toBe(ALL_SENT);
    await expect.poll(() => panel.state.innerText()).toBe('Sudah sinkron');
    await shot('sync-done');
    await panel.close();
    await expect.poll(() => pendingMark(page.locator('main')).count()).toBe(0);

    const records = await serverRecords();
    expect(records.get('household')?.map((h) => h.headName)).toEqual(['Sutrisno']);
    expect(records.get('person')?.map((m) => m.name).sort()).toEqual(['Ani Lestari', 'Dewi']);
    const [measurement, ...moreMeasurements] = records.get('measurement') ?? [];
    expect(moreMeasurements).toEqual([]);
    expect(measurement).toMatchObject({ date: today, weightKg: 7.7, lengthCm: 69.5 });
    const [visit, ...moreVisits] = records.get('visit') ?? [];
    expect(moreVisits).toEqual([]);
    expect(visit).toMatchObject({ date: today, findings: 'Dewi jarang makan sayur' });
  });
});
