// Journey: nothing a cadre typed is lost when a form is left unsaved (issue #12, finding 8).
// A half-typed household form and a measurement form survive a reload (offered, "Lanjutkan"
// restores every field); a household form survives the browser being closed after the phone
// hid the page (a persistent profile opened again); "‹ back" and the phone's back button ask
// first, and leaving anyway keeps the draft; "Buang" and a successful save forget it.
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { CHROMIUM_PATH, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestAccount, TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';
import { HouseholdListPage } from './pages/households-page.ts';

let server: TestServer;
let profile: string;
let context: BrowserContext;
let page: Page;

const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const siti: TestAccount = { username: 'siti', password: 'sandi-siti-aman', displayName: 'Siti Aminah', role: 'kader', kaderKind: 'tpk', villages: ['3374122003'] };

async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A phone-sized Chromium with a profile on disk: closing it is the phone killing the tab. */
async function openPhone(): Promise<void> {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    baseURL: server.origin,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  page = context.pages()[0] ?? (await context.newPage());
  // The browser's own "leave site?" on reload: the cadre answers "leave".
  page.on('dialog', (dialog) => void dialog.accept());
}

/** The rows of the drafts table, read straight from IndexedDB. */
function storedDrafts(): Promise<{ key: string; values: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('genting');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('drafts').objectStore('drafts').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as { key: string; values: Record<string, unknown> }[]);
          };
        };
      }),
  );
}

const householdForm = () => page.getByTestId('household-form');
const offer = () => page.getByTestId('draft-offer');
const leaveDialog = () => page.getByTestId('leave-dialog');
const household = { villageCode: '3374122003', dusun: 'Krajan', rt: '002', rw: '001', address: 'Jl. Melati 4', headName: 'Sutrisno Draf' };

/** Keluarga, then "Tambah keluarga" (in-app, so the phone's back button stays in the app). */
async function openNewHousehold(): Promise<void> {
  await page.goto('/keluarga');
  await new HouseholdListPage(page).startAdding();
}

async function typeHousehold(): Promise<void> {
  for (const [id, value] of Object.entries(household)) await householdForm().locator(`#${id}`).fill(value);
  await householdForm().locator('#toilet').selectOption('tidak-ada');
}

async function expectHouseholdRestored(): Promise<void> {
  // The village code shows with its dots (33.74.12.2003).
  const shown = async (id: string) => (await householdForm().locator(`#${id}`).inputValue()).replace(id === 'villageCode' ? /\./g : /^$/, '');
  for (const [id, value] of Object.entries(household)) await expect.poll(() => shown(id)).toBe(value);
  await expect.poll(() => householdForm().locator('#toilet').inputValue()).toBe('tidak-ada');
}

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser(siti);
  profile = await mkdtemp(join(tmpdir(), 'genting-drafts-'));
  await openPhone();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('drafts: nothing typed is lost', () => {
  it('a half-typed household form is offered after a reload; "Lanjutkan" restores every field', async () => {
    await openNewHousehold();
    await typeHousehold();
    await expect.poll(async () => (await storedDrafts()).map((row) => row.key)).toEqual(['household:new']);
    await page.reload();
    await offer().waitFor();
    // Until the cadre chooses, the form shows its starting values and cannot be typed into.
    await expect.poll(() => householdForm().locator('#headName').inputValue()).toBe('');
    expect(await page.locator('.draft-gate[inert]').count()).toBe(1);
    await screenshot(page, 'draft-offer');
    expect(await seriousViolations()).toEqual([]);
    await offer().getByRole('button', { name: 'Lanjutkan' }).click();
    await expect.poll(() => offer().count()).toBe(0);
    await expectHouseholdRestored();
  });

  it('a household form typed, the page hidden (WhatsApp, camera) and the browser killed: still offered', async () => {
    await householdForm().locator('#notes').fill('Ibu hamil 5 bulan');
    // The phone hides the page: the draft is written at once (the flush itself is proven in
    // tests/unit/ui/draft-keeper.test.ts; here, on a loaded CI machine, the write may take
    // longer than the typing pause, so the test waits for it before killing the browser).
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(async () => (await storedDrafts())[0]?.values.notes, { timeout: 10_000 }).toBe('Ibu hamil 5 bulan');
    await context.close();
    await openPhone();
    await openNewHousehold();
    await offer().waitFor();
    await offer().getByRole('button', { name: 'Lanjutkan' }).click();
    await expectHouseholdRestored();
    await expect.poll(() => householdForm().locator('#notes').inputValue()).toBe('Ibu hamil 5 bulan');
  });

  it('"‹ back" with unsaved input asks; staying keeps the form, leaving keeps the draft for later', async () => {
    await page.locator('.back-link').click();
    await expect.poll(() => leaveDialog().isVisible()).toBe(true);
    await screenshot(page, 'draft-leave-dialog');
    expect(await seriousViolations()).toEqual([]);
    await leaveDialog().getByRole('button', { name: 'Tetap di sini' }).click();
    await expect.poll(() => leaveDialog().isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/keluarga/baru');
    await expect.poll(() => householdForm().locator('#headName').inputValue()).toBe(household.headName);
    // "Batal" asks the same.
    await householdForm().getByRole('button', { name: 'Batal' }).click();
    await expect.poll(() => leaveDialog().isVisible()).toBe(true);
    await leaveDialog().getByRole('button', { name: 'Tetap di sini' }).click();
    // The phone's back button too: the page stays until the cadre says "Tinggalkan".
    await page.evaluate(() => history.back());
    await expect.poll(() => leaveDialog().isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/keluarga/baru');
    await leaveDialog().getByRole('button', { name: 'Tinggalkan' }).click();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/keluarga/baru');
    await expect.poll(() => householdForm().count()).toBe(0);
    await openNewHousehold();
    await offer().waitFor();
  });

  it('"Buang" forgets the draft: the form starts empty and nothing is offered again', async () => {
    await offer().getByRole('button', { name: 'Buang' }).click();
    await expect.poll(() => offer().count()).toBe(0);
    await expect.poll(() => householdForm().locator('#headName').inputValue()).toBe('');
    await expect.poll(async () => (await storedDrafts()).length).toBe(0);
    await page.reload();
    await householdForm().waitFor();
    await page.waitForTimeout(500);
    expect(await offer().count()).toBe(0);
    // An untouched form leaves without asking.
    await page.locator('.back-link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/keluarga');
  });

  it('a measurement form is offered after a reload and restores every field; saving forgets it', async () => {
    await openNewHousehold();
    await typeHousehold();
    await householdForm().getByRole('button', { name: 'Simpan keluarga' }).click();
    const detail = new HouseholdPage(page);
    await detail.root.waitFor();
    // Saved: the household draft is gone, and the form opens empty again later.
    await expect.poll(async () => (await storedDrafts()).length).toBe(0);
    const member = await detail.addMember();
    await member.fill({ name: 'Dewi', sex: 'F', birthDate: addMonths(today, -14), relation: 'anak' });
    await member.save();
    await detail.members.filter({ hasText: 'Dewi' }).waitFor();
    await page.getByTestId('member-measure').click();
    const form = page.getByTestId('measurement-form');
    await form.waitFor();
    const typed = { weightKg: '7,6', lengthCm: '68,6', headCm: '44', armCm: '13,5', measuredBy: 'Bu Ani', notes: 'Rewel' };
    for (const [id, value] of Object.entries(typed)) await form.locator(`#${id}`).fill(value);
    await form.locator('#oedema').check();
    await expect.poll(async () => (await storedDrafts()).map((row) => row.key)).toEqual([expect.stringMatching(/^measurement:new:/)]);
    await page.reload();
    await offer().waitFor();
    await offer().getByRole('button', { name: 'Lanjutkan' }).click();
    for (const [id, value] of Object.entries(typed)) await expect.poll(() => form.locator(`#${id}`).inputValue()).toBe(value);
    await expect.poll(() => form.locator('#oedema').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Simpan pengukuran' }).click();
    await page.getByTestId('child-page').waitFor();
    await expect.poll(async () => (await storedDrafts()).length).toBe(0);
    await page.getByTestId('measure-child').click();
    await form.waitFor();
    await page.waitForTimeout(500);
    expect(await offer().count()).toBe(0);
  });

  it('drafts belong to the one who typed them: signing out forgets them', async () => {
    await page.goto('/');
    await new AccountPages(page).signInFromBanner(siti.username, siti.password);
    await page.waitForURL((url) => url.pathname === '/');
    await openNewHousehold();
    await householdForm().locator('#headName').fill('Bu Rahasia');
    await expect.poll(async () => (await storedDrafts()).map((row) => row.key)).toEqual(['household:new']);
    await new AccountPages(page).openAccount();
    // window.confirm("Keluar?") is answered by the dialog handler.
    await page.getByRole('button', { name: 'Keluar dari HP ini' }).click();
    await expect.poll(async () => (await storedDrafts()).length).toBe(0);
  });
});
