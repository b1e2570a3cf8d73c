// Ekspor data (issue #7) on two 360 px phones against the real server: a koordinator registers
// a family (KK number) with a 14-month-old (NIK, one measurement) and syncs; a kader of the same
// village signs in on her phone and the records arrive. Each opens /ekspor from a link, reads
// the note on NIK/KK masking, and downloads the households CSV and the children XLSX (the
// browser's download event; the kader offline, after reloading the screen from the cache): the
// kader's files hold masked numbers, the koordinator's the full ones; headers and labels are
// Indonesian, z-scores are numbers. axe-core finds no serious or critical violation; the
// screen is screenshot at 360x740.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMonths, calendarDateIn, parseCalendarDate } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdListPage } from './pages/households-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';

const village = '3374122003';
const koordinator = { username: 'yanti', password: 'sandi-yanti-aman', displayName: 'Yanti Koordinator', role: 'koordinator' as const, villages: [village] };
const kader = { username: 'siti', password: 'sandi-siti-aman', displayName: 'Siti Aminah', role: 'kader' as const, kaderKind: 'tpk' as const, villages: [village] };
const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const childBirth = addMonths(today, -14);
const kkNumber = '3374120101900099';
/** Kecamatan 337412, the girl's birth date (day + 40), serial 0002: no NIK warning. */
const nik = (() => {
  const born = parseCalendarDate(childBirth);
  if (!born) throw new Error('birth date');
  const two = (n: number) => String(n).padStart(2, '0');
  return `337412${two(born.day + 40)}${two(born.month)}${two(born.year % 100)}0002`;
})();
const masked = (value: string) => `${value.slice(0, 4)}${'•'.repeat(8)}${value.slice(-4)}`;

let server: TestServer;
let browser: Browser;
const phones: { context: BrowserContext; page: Page }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser(koordinator);
  await server.addUser(kader);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const phone of phones) await phone.context.close();
  await browser?.close();
  await server?.close();
});

async function newPhone(): Promise<Page> {
  const context = await newPhoneContext(browser, server.origin);
  const page = await context.newPage();
  phones.push({ context, page });
  return page;
}

async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  const shell = new AppShell(page);
  await shell.open('/');
  await new AccountPages(page).signInFromBanner(account.username, account.password);
  await page.waitForURL((url) => url.pathname === '/');
}

async function serverKinds(): Promise<string[]> {
  const everyone = { userId: 'e2e', scope: 'all' as const, role: 'admin' as const, displayName: 'e2e', kaderKind: null };
  const page = await server.store.snapshot(everyone, { after: null, limit: 5000, cursor: null });
  return page.records.map((record) => record.kind).sort();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Clicks a list's download button and returns the file's name and bytes. */
async function download(page: Page, list: string, format: 'csv' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${list}`).getByTestId(`download-${format}`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The cells of the XLSX's only sheet as rows of text, by column letter order. */
function sheetRows(bytes: Buffer): string[][] {
  const files = unzipSync(new Uint8Array(bytes));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  return [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/gs)].map((row) =>
    [...(row[1] ?? '').matchAll(/<c r="[A-Z]+\d+"[^>]*>(?:<v>(.*?)<\/v>|<is><t xml:space="preserve">(.*?)<\/t><\/is>)<\/c>/gs)].map((cell) => (cell[1] !== undefined ? `#${cell[1]}` : (cell[2] ?? ''))),
  );
}

async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  for (const button of await page.getByTestId('export-list').getByRole('button').all()) {
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  await screenshot(page, `${name}-full`, { fullPage: true });
}

describe('Ekspor data: CSV and XLSX with NIK and KK masked by role', () => {
  it('a koordinator registers a family with a measured child and syncs', async () => {
    const page = await newPhone();
    await signIn(page, koordinator);
    await new AppShell(page).tab('Keluarga').click();
    const form = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', headName: 'Sutrisno', kkNumber });
    await form.fill({ drinkingWater: 'sumur-tak-terlindung', toilet: 'sendiri-septik' });
    await form.save();
    const household = new HouseholdPage(page);
    await household.root.waitFor();
    const child = await household.addMember();
    await child.fill({ name: 'Dewi', sex: 'F', birthDate: childBirth, relation: 'anak', nik });
    await child.save();
    await household.members.filter({ hasText: 'Dewi' }).waitFor();
    await page.getByTestId('member-measure').click();
    const measure = page.getByTestId('measurement-form');
    await measure.waitFor();
    await measure.locator('#date').fill(today);
    await measure.locator('#weightKg').fill('7,1');
    await measure.locator('#lengthCm').fill('70,5');
    await measure.getByRole('button', { name: 'Simpan pengukuran' }).click();
    await page.getByTestId('child-page').waitFor();
    const account = new AccountPages(page);
    await account.openAccount();
    await account.syncNow();
    await expect.poll(serverKinds, { timeout: 20_000 }).toEqual(['household', 'measurement', 'person']);
  });

  it("the koordinator's files hold the full KK number and NIK", async () => {
    const page = phones[0]?.page as Page;
    await page.goto('/orang-tua-asuh');
    await page.getByTestId('to-export').click();
    await page.getByTestId('export-screen').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Ekspor data');
    await expect.poll(() => page.getByTestId('export-privacy').innerText()).toContain('ditampilkan lengkap');
    await expect.poll(() => page.getByTestId('export-households').getByTestId('export-count').innerText()).toBe('1 baris');
    await expect.poll(() => page.getByTestId('export-children').getByTestId('export-count').innerText()).toBe('1 baris');

    const csv = await download(page, 'households', 'csv');
    expect(csv.name).toBe(`genting-keluarga-${village}-${today}.csv`);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFDesa,Dusun,RW,RT,Alamat,Kepala keluarga,Nomor KK,')).toBe(true);
    expect(text).toContain(`${village},Krajan,001,002,,Sutrisno,${kkNumber},`);
    expect(text).toContain('Sumur tak terlindung,Jamban sendiri dengan septic tank');

    const xlsx = await download(page, 'children', 'xlsx');
    expect(xlsx.name).toBe(`genting-anak-${village}-${today}.xlsx`);
    const [headers, dewi] = sheetRows(xlsx.bytes);
    const cell = (header: string) => dewi?.[headers?.indexOf(header) ?? -1];
    expect(cell('Nama')).toBe('Dewi');
    expect(cell('NIK')).toBe(nik);
    expect(cell('Jenis kelamin')).toBe('Perempuan');
    // A date cell: the day serial of today (days since 1899-12-30), shown dd/mm/yyyy.
    expect(cell('Terakhir diukur')).toBe(`#${(Date.parse(`${today}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000}`);
    expect(cell('Umur (bulan)')).toBe('#14');
    expect(cell('Z BB/U')).toMatch(/^#-\d\.\d+$/);
    expect(cell('Kategori BB/U')).toMatch(/^Berat badan/);
    await checkScreen(page, 'export-koordinator');
  });

  it("a kader's phone gets the records and her files hold masked numbers", async () => {
    const page = await newPhone();
    await signIn(page, kader);
    await new AccountPages(page).openAccount();
    await page.getByTestId('account-export').click();
    await page.getByTestId('export-screen').waitFor();
    await expect.poll(() => page.getByTestId('export-children').getByTestId('export-count').innerText().catch(() => ''), { timeout: 20_000 }).toBe('1 baris');
    await expect.poll(() => page.getByTestId('export-privacy').innerText()).toContain('disamarkan');

    // Offline: the screen opens from the service worker's cache and the files are made on the phone.
    const shell = new AppShell(page);
    await shell.waitForServiceWorkerControl();
    await shell.setOffline(true);
    await shell.reload();
    await page.getByTestId('export-screen').waitFor();
    await expect.poll(() => page.getByTestId('export-households').getByTestId('export-count').innerText()).toBe('1 baris');
    const csv = (await download(page, 'households', 'csv')).bytes.toString('utf8');
    expect(csv).toContain(`Sutrisno,${masked(kkNumber)},`);
    expect(csv).not.toContain(kkNumber);

    const xlsx = await download(page, 'children', 'xlsx');
    const [headers, dewi] = sheetRows(xlsx.bytes);
    expect(dewi?.[headers?.indexOf('NIK') ?? -1]).toBe(masked(nik));
    expect(strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).not.toContain(nik);
    await shell.setOffline(false);
    await checkScreen(page, 'export-kader');
  });
});
