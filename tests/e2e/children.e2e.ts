// Journey: a cadre measures a 14-month-old at the posyandu (the second time offline). From the household page ("Ukur"),
// last month's and today's measurements: z-scores and "Pendek" appear as the numbers are typed,
// a date in the future is refused naming the field (entries kept), an implausible weight asks
// to measure again before it can be saved, the faltering mark shows T. The child's page draws
// the growth chart with the WHO curves and her points, and "Anak berisiko" lists her as stunted.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, addMonths, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdListPage } from './pages/households-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const childBirth = addMonths(today, -14);
const lastMonth = addMonths(today, -1);

async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every visible button, link, input and select is at least 44 px tall and wide (checkboxes/radios by their label). */
async function smallTargets(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const out: string[] = [];
    for (const node of element.querySelectorAll<HTMLElement>('button, a, select, input:not([type=radio]):not([type=checkbox]), label.check, label.choice__option')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || node.closest('.page-header .back-link')) continue;
      if (box.height < 44 || box.width < 44) out.push(`${node.tagName} "${node.textContent?.trim().slice(0, 30) ?? ''}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
    return out;
  });
}

const form = () => page.getByTestId('measurement-form');
const field = (id: string) => form().locator(`#${id}`);

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

describe('children: measurements, growth chart, Anak berisiko', () => {
  it('registers a family with a 14-month-old who gets a "Ukur" link', async () => {
    const shell = new AppShell(page);
    await shell.open('/');
    await shell.waitForServiceWorkerControl();
    await shell.tab('Keluarga').click();
    const household = await new HouseholdListPage(page).startAdding();
    await household.fill({ villageCode: '3374122003', dusun: 'Krajan', rt: '002', rw: '001', address: 'Jl. Melati 4', headName: 'Sutrisno' });
    await household.save();
    const detail = new HouseholdPage(page);
    await detail.root.waitFor();
    const member = await detail.addMember();
    await member.fill({ name: 'Dewi', sex: 'F', birthDate: childBirth, relation: 'anak' });
    await member.save();
    await detail.members.filter({ hasText: 'Dewi' }).waitFor();
    await expect.poll(() => page.getByTestId('member-measure').count()).toBe(1);
    await page.getByTestId('members-card').screenshot({ path: 'test-results/screenshots/household-members-ukur.png' });
    await page.getByTestId('member-measure').click();
    await form().waitFor();
  });

  it('shows z-scores and categories as the numbers are typed and refuses a future date, keeping the entries', async () => {
    await expect.poll(() => field('date').inputValue()).toBe(today);
    await expect.poll(() => form().getByLabel('Berbaring (panjang badan)').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('assessment').count()).toBe(0);
    await field('date').fill(lastMonth);
    await field('weightKg').fill('7,6');
    await page.getByTestId('category-bbu').waitFor();
    await field('lengthCm').fill('68,6');
    await expect.poll(() => page.getByTestId('category-pbu').innerText()).toBe('Pendek');
    await expect.poll(() => page.getByTestId('faltering').innerText()).toContain('B');
    await field('date').fill(addDays(today, 1));
    await form().getByRole('button', { name: 'Simpan pengukuran' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toContain('Tanggal pengukuran');
    await expect.poll(() => form().locator('[data-field="date"]').innerText()).toContain('Tanggal tidak boleh di masa depan');
    await expect.poll(() => field('weightKg').inputValue()).toBe('7,6');
    await expect.poll(() => field('lengthCm').inputValue()).toBe('68,6');
    await field('date').fill(lastMonth);
    await form().getByRole('button', { name: 'Simpan pengukuran' }).click();
    await page.getByTestId('child-page').waitFor();
  });

  it('offline (WHO tables cached on first use): asks to measure again before saving an implausible value, then shows the faltering mark T', async () => {
    const shell = new AppShell(page);
    await shell.setOffline(true);
    await shell.reload();
    await page.getByTestId('child-page').waitFor();
    await page.getByTestId('measure-child').click();
    await form().waitFor();
    await field('weightKg').fill('25');
    await field('lengthCm').fill('69,5');
    await page.getByTestId('recheck-note').waitFor();
    await expect.poll(() => page.getByTestId('category-bbu').innerText()).toBe('Periksa ulang pengukuran');
    await form().getByRole('button', { name: 'Simpan pengukuran' }).click();
    await page.getByTestId('confirm-implausible').waitFor();
    await screenshot(page, 'measurement-implausible', { fullPage: true });
    expect(page.url()).toContain('/ukur/baru');
    await field('weightKg').fill('7,7');
    await expect.poll(() => page.getByTestId('confirm-implausible').count()).toBe(0);
    await expect.poll(() => page.getByTestId('category-pbu').innerText()).toBe('Pendek');
    await expect.poll(() => page.getByTestId('faltering').innerText()).toContain('Tidak naik');
    await expect.poll(() => page.getByTestId('assessment').innerText()).toMatch(/z −2,\d\d/);
    await page.locator('#lengthCm').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await screenshot(page, 'measurement-form-live');
    expect(await seriousViolations()).toEqual([]);
    expect(await smallTargets(form())).toEqual([]);
    await form().getByRole('button', { name: 'Simpan pengukuran' }).click();
    await page.getByTestId('child-page').waitFor();
  });

  it("draws the growth chart with the WHO curves and the child's points, on every tab", async () => {
    const chart = page.getByTestId('growth-chart');
    await chart.waitFor();
    await expect.poll(() => chart.locator('path.curve').count()).toBe(7);
    await expect.poll(() => chart.getByTestId('chart-point').count()).toBe(2);
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(2);
    await expect.poll(() => page.getByTestId('child-status').innerText()).toContain('Pendek');
    await expect.poll(() => page.getByTestId('child-status').innerText()).toContain('Tidak naik (T)');
    const width = await chart.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(360);
    expect(width).toBeGreaterThan(280);
    await screenshot(page, 'child-page');
    await chart.screenshot({ path: 'test-results/screenshots/child-chart-lhfa.png' });
    await screenshot(page, 'child-page-full', { fullPage: true });
    expect(await seriousViolations()).toEqual([]);
    for (const [tab, indicator] of [['Berat / umur', 'wfa'], ['Berat / tinggi', 'wfl']] as const) {
      await chart.getByRole('tab', { name: tab }).click();
      await expect.poll(() => chart.locator('svg').getAttribute('data-indicator')).toBe(indicator);
      await expect.poll(() => chart.getByTestId('chart-point').count()).toBe(2);
    }
    await chart.screenshot({ path: 'test-results/screenshots/child-chart-wfl.png' });
  });

  it("shows the child's status on the household page, her stunting as the family's first reason, and opens her page on tap", async () => {
    await page.getByRole('link', { name: 'Buka halaman keluarga' }).click();
    const detail = new HouseholdPage(page);
    await detail.root.waitFor();
    const dewi = detail.members.filter({ hasText: 'Dewi' });
    await expect.poll(() => dewi.getByTestId('member-growth').innerText()).toContain('Pendek');
    await expect.poll(() => dewi.getByTestId('member-growth').innerText()).toContain('Tidak naik (T)');
    await expect.poll(() => detail.riskLabel.innerText()).toBe('Keluarga berisiko stunting');
    await expect.poll(() => detail.riskReasons.first().innerText()).toBe('Anak Dewi: Pendek');
    await screenshot(page, 'household-child-status', { fullPage: true });
    expect(await seriousViolations()).toEqual([]);
    await dewi.click();
    await page.getByTestId('child-page').waitFor();
    await page.getByTestId('edit-child').click();
    await expect.poll(() => page.url()).toMatch(/\/keluarga\/[^/]+\/anggota\/[^/]+\/ubah$/);
    await page.goBack();
    await page.getByTestId('child-page').waitFor();
  });

  it('lists the stunted child in "Anak berisiko", filterable by dusun', async () => {
    await new AppShell(page).tab('Anak').click();
    await new AppShell(page).setOffline(false);
    const item = page.getByTestId('at-risk-item').filter({ hasText: 'Dewi' });
    await item.waitFor();
    await expect.poll(() => item.innerText()).toContain('Pendek');
    await expect.poll(() => item.innerText()).toContain('Kel. Sutrisno');
    await page.locator('#dusun').selectOption('Krajan');
    await expect.poll(() => page.getByTestId('at-risk-item').count()).toBe(1);
    await screenshot(page, 'anak-berisiko');
    expect(await seriousViolations()).toEqual([]);
    expect(await smallTargets(page.getByTestId('at-risk-screen'))).toEqual([]);
    await item.click();
    await page.getByTestId('child-page').waitFor();
  });
});
