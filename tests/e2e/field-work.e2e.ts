// Journey: a TPK cadre's morning, offline after the first load. Register a household, add a
// pregnant wife (NIK warning overridden with "Simpan tetap") and her 14-month-old, see the
// "keluarga berisiko stunting" label with its reasons, find the family in the visits-due
// list, record a visit, see it on the household's page and the family leave the list; the
// list's search and filters find it; a reload (still offline) keeps everything.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, addMonths, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdListPage } from './pages/households-page.ts';
import { HouseholdPage, MemberFormPage, VisitFormPage, VisitsDuePage } from './pages/field-work-page.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const wifeBirth = addMonths(today, -(18 * 12 + 3));
const childBirth = addMonths(today, -14);
const lmp = addDays(today, -(12 * 7 + 3));

/** axe-core's serious and critical WCAG findings on the current screen ("id: targets"). */
async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await newPhoneContext(browser, server.origin);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('field work offline', () => {
  it('registers a household offline after the first load', async () => {
    const shell = new AppShell(page);
    await shell.open('/');
    await shell.waitForServiceWorkerControl();
    await shell.setOffline(true);
    await shell.reload();
    await shell.tab('Keluarga').click();
    const form = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: '3374122003', dusun: 'Krajan', rt: '002', rw: '001', address: 'Jl. Melati 4', headName: 'Sutrisno' });
    await form.fill({ drinkingWater: 'sumur-tak-terlindung', toilet: 'sendiri-septik', welfareDecile: '3', houseCondition: 'layak' });
    await form.save();
    const household = new HouseholdPage(page);
    await household.root.waitFor();
    await expect.poll(() => household.riskLabel.innerText()).toBe('Tidak berisiko stunting');
    await expect.poll(() => page.getByTestId('risk-card').innerText()).toContain('Belum ada sasaran');
  });

  it('adds a pregnant wife with a live gestational age, overriding the NIK warning', async () => {
    const household = new HouseholdPage(page);
    const form = await household.addMember();
    await form.fill({ name: 'Ani Lestari', nik: '3374120101900001', sex: 'F', birthDate: wifeBirth, relation: 'istri', maritalStatus: 'kawin' });
    await form.check('Sedang hamil');
    await form.fill({ lastMenstrualPeriod: lmp });
    await form.pregnancyFigure.waitFor();
    await expect.poll(() => form.pregnancyFigure.innerText()).toContain('Usia kehamilan 12 minggu 3 hari');
    await expect.poll(() => form.pregnancyFigure.innerText()).toContain('Perkiraan persalinan');
    await screenshot(page, 'member-form-pregnant', { fullPage: true });

    await form.save();
    await form.warnings.waitFor();
    const warning = await form.warnings.innerText();
    expect(warning).toContain('Jenis kelamin tidak cocok dengan NIK');
    expect(warning).toContain('Tanggal lahir di NIK');
    await expect.poll(() => form.form.locator('#name').inputValue()).toBe('Ani Lestari');
    await screenshot(page, 'member-form-nik-warning');
    expect(await seriousViolations()).toEqual([]);
    await form.saveAnyway();
    await household.root.waitFor();
    await household.members.filter({ hasText: 'Ani Lestari' }).waitFor();
    await expect.poll(() => household.members.first().innerText()).toContain('Ibu hamil · Hamil 12 minggu');
  });

  it('adds a 14-month-old and shows the risk label with its reasons', async () => {
    const household = new HouseholdPage(page);
    const form = await household.addMember();
    await form.save();
    await page.getByRole('alert').filter({ hasText: 'Periksa:' }).waitFor();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Periksa:' }).innerText()).toContain('Nama lengkap');
    await form.fill({ name: 'Dewi', sex: 'F', birthDate: childBirth, relation: 'anak' });
    await form.fill({ motherId: await form.form.locator('#motherId option', { hasText: 'Ani Lestari' }).getAttribute('value') ?? '' });
    await expect.poll(() => page.getByTestId('target-summary').innerText()).toContain('Baduta');
    await form.save();
    await household.members.filter({ hasText: 'Dewi' }).waitFor();
    await expect.poll(() => household.riskLabel.innerText()).toBe('Keluarga berisiko stunting');
    await expect.poll(() => household.riskReasons.allInnerTexts()).toEqual(['Sumber air minum tidak layak', 'Istri terlalu muda (di bawah 20 tahun)']);
    await screenshot(page, 'household-at-risk');
    expect(await seriousViolations()).toEqual([]);
    await screenshot(page, 'household-at-risk-full', { fullPage: true });
  });

  it('lists the family as due, records a visit, and the visit shows on the page', async () => {
    const due = new VisitsDuePage(page);
    await new AppShell(page).tab('Keluarga').click();
    await due.open();
    await expect.poll(() => due.items.filter({ hasText: 'Sutrisno' }).innerText()).toContain('Belum pernah dikunjungi');
    await screenshot(page, 'visits-due');
    expect(await seriousViolations()).toEqual([]);
    await due.items.filter({ hasText: 'Sutrisno' }).click();

    const form = new VisitFormPage(page);
    await form.form.waitFor();
    await expect.poll(() => form.field('date').inputValue()).toBe(today);
    await form.check('Ani Lestari');
    await form.check('Dewi');
    await form.check('Gizi ibu hamil');
    await form.check('MP-ASI');
    await form.field('findings').fill('Ibu mual, makan sedikit');
    await form.field('referral').selectOption('bidan');
    await form.field('referralNote').fill('Periksa kehamilan');
    await form.form.getByRole('button', { name: 'Sebulan lagi' }).click();
    await expect.poll(() => form.field('nextVisitDate').inputValue()).toBe(addMonths(today, 1));
    await screenshot(page, 'visit-form', { fullPage: true });
    expect(await seriousViolations()).toEqual([]);
    await form.save();

    const household = new HouseholdPage(page);
    await household.visits.first().waitFor();
    const visit = await household.visits.first().innerText();
    expect(visit).toContain('Ditemui: Ani Lestari, Dewi');
    expect(visit).toContain('Gizi ibu hamil · MP-ASI');
    expect(visit).toContain('Dirujuk ke Bidan — Periksa kehamilan');
    await household.visits.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'household-visit');

    await new AppShell(page).tab('Keluarga').click();
    await due.open();
    await expect.poll(() => due.items.filter({ hasText: 'Sutrisno' }).count()).toBe(0);
  });

  it('finds the family by a member name and by filters, and keeps it all after an offline reload', async () => {
    const shell = new AppShell(page);
    await shell.tab('Keluarga').click();
    const list = new HouseholdListPage(page);
    await list.search('dewi');
    await list.item('Sutrisno').waitFor();
    await expect.poll(() => list.item('Sutrisno').innerText()).toContain('Berisiko stunting');
    await page.getByRole('button', { name: 'Saring' }).click();
    await page.getByRole('button', { name: 'Ada ibu hamil' }).click();
    await page.getByRole('button', { name: 'Belum dikunjungi 30 hari' }).click();
    await expect.poll(() => list.items.count()).toBe(0);
    await page.getByRole('button', { name: 'Belum dikunjungi 30 hari' }).click();
    await list.item('Sutrisno').waitFor();
    await expect.poll(() => page.getByTestId('list-count').innerText()).toBe('1 dari 1 keluarga');
    expect(await seriousViolations()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'households-filtered');

    await shell.reload();
    await list.item('Sutrisno').waitFor();
    await list.item('Sutrisno').click();
    const household = new HouseholdPage(page);
    await expect.poll(() => household.riskLabel.innerText()).toBe('Keluarga berisiko stunting');
    await expect.poll(() => household.members.count()).toBe(2);
    await expect.poll(() => household.visits.count()).toBe(1);
    for (const box of await page.locator('main a, main button').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('speaks English on request', async () => {
    const panel = await new AppShell(page).openStatusPanel();
    await panel.getByRole('button', { name: 'English' }).click();
    const household = new HouseholdPage(page);
    await expect.poll(() => household.riskLabel.innerText()).toBe('Family at risk of stunting');
    await expect.poll(() => household.riskReasons.allInnerTexts()).toEqual(['Improper drinking-water source', 'Wife too young (under 20)']);
    await expect.poll(() => household.members.first().innerText()).toContain('Pregnant 12 weeks');
    await new AppShell(page).syncPill.click();
    await page.getByTestId('risk-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'household-english');
  });

  it('edits a member: the pregnancy ends in a delivery with the 42-day window shown live', async () => {
    const shell = new AppShell(page);
    await shell.syncPill.click();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await shell.syncPill.click();
    const household = new HouseholdPage(page);
    await household.members.filter({ hasText: 'Ani Lestari' }).click();
    const form = new MemberFormPage(page);
    await form.form.waitFor();
    await expect.poll(() => form.form.locator('#lastMenstrualPeriod').inputValue()).toBe(lmp);
    await form.form.getByLabel('Sedang hamil', { exact: true }).uncheck();
    await form.check('Baru melahirkan');
    await form.form.locator('#deliveryDate').fill(addDays(today, -5));
    await form.form.locator('#babyBirthWeightKg').fill('3,1');
    await form.form.locator('#babyBirthLengthCm').fill('49');
    await expect.poll(() => page.getByTestId('delivery-live').innerText()).toContain('Hari ke-5 masa nifas');
    await screenshot(page, 'member-form-delivery');
    await form.save();
    await form.saveAnyway();
    await household.root.waitFor();
    await expect.poll(() => household.members.filter({ hasText: 'Ani Lestari' }).innerText()).toContain('Ibu pasca persalinan · Nifas hari ke-5');
    await expect.poll(() => household.riskLabel.innerText()).toBe('Keluarga berisiko stunting');
  });
});
