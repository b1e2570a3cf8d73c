// "Prove it" journey of issue #7: a koordinator signed in on a 360 px phone against the real
// server registers a family with a stunted child, adds a sponsor and a pledge, assigns the
// pledge to the child from the matching list, records two deliveries, holds a Pokja meeting
// with 12 members (one izin), records the conclusions and two RTL items, prints the meeting
// report to PDF and finds in the PDF's text every section A-G, the 12 names and the RTL
// items; the monthly recap's figures equal those computed here from the records made.
import { mkdir, writeFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, addMonths, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot, SCREENSHOT_DIR } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdListPage } from './pages/households-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';
import { GentingPages } from './pages/genting-page.ts';
import { PokjaPages } from './pages/pokja-page.ts';

const village = '3374122003';
const coordinator = { username: 'yanti', password: 'sandi-yanti-aman', displayName: 'Yanti Koordinator', role: 'koordinator' as const, villages: [village] };

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pledgePath = '';
let meetingId = '';

const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const month = today.slice(0, 7);
const pledgeStart = addDays(today, -35);
/** Rizki, 14 months, measured today lying: short and light for his age, not wasted. */
const measurement = { date: today, weightKg: '6,9', lengthCm: '67,5', stunted: true, underweight: true, wasted: false };
const pledge = { supportType: 'paket-pangan', description: 'Paket telur dan susu', quantity: '1', unit: 'paket', amountRp: '200.000', schedule: 'bulanan', startDate: pledgeStart, periods: '6' };
const deliveries = [
  { date: pledgeStart, items: 'Telur 1 tray, susu 2 kotak', valueRp: '200.000', deliveredBy: 'Kader Ayu', receivedBy: 'Wulan Sari' },
  { date: today, items: 'Telur 1 tray, susu 2 kotak', valueRp: '175000', deliveredBy: 'Kader Ayu', receivedBy: 'Wulan Sari' },
];
const rupiah = (value: string) => Number(value.replace(/\D/g, ''));

const members = [
  { name: 'Hendra Gunawan', position: 'kepala-desa' },
  { name: 'Rina Marlina', position: 'ketua-tp-pkk' },
  { name: 'Sri Wahyuni', position: 'bidan-desa' },
  { name: 'Ayu Lestari', position: 'kader-tpk' },
  { name: 'Budi Santoso', position: 'kader-tpk' },
  { name: 'Citra Dewi', position: 'duta-genre' },
  { name: 'Dedi Kurniawan', position: 'bpd' },
  { name: 'Eko Prasetyo', position: 'kepala-dusun' },
  { name: 'Fitri Handayani', position: 'kader-poktan' },
  { name: 'Gita Purnamasari', position: 'pkb' },
  { name: 'Indra Wijaya', position: 'kepala-dusun' },
  { name: 'Joko Susilo', position: 'lainnya' },
];
const excused = 'Sri Wahyuni';
const meeting = {
  title: 'Rapat Pokja GENTING Bulanan',
  date: addDays(today, -3),
  startTime: '09:00',
  endTime: '11:00',
  place: 'Balai Desa',
  background: 'Satu balita pendek belum punya orang tua asuh.',
  objectives: 'Menetapkan orang tua asuh untuk balita berisiko.',
  expectedResults: 'Bantuan pangan tersalur setiap bulan.',
  material: 'Hasil penimbangan dan daftar sasaran.',
  conclusions: 'Pokja sepakat PT Maju Bersama mengasuh Rizki selama enam bulan.',
};
const actions = [
  { what: 'Timbang ulang Rizki di posyandu', who: 'Bidan Desa', dueDate: addDays(today, 20), status: 'berjalan' },
  { what: 'Cari orang tua asuh untuk keluarga Sutrisno', who: 'Kepala Desa', dueDate: addDays(today, 25), status: 'rencana' },
];

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser(coordinator);
  browser = await launchChromium();
  context = await newPhoneContext(browser, server.origin);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('a coordinator runs GENTING and the Pokja meeting from the app', () => {
  it('signs in and registers a family with a stunted child', async () => {
    const shell = new AppShell(page);
    await shell.open('/');
    await new AccountPages(page).signInFromBanner(coordinator.username, coordinator.password);
    await page.waitForURL((url) => url.pathname === '/');
    await shell.tab('Keluarga').click();
    const form = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '003', rw: '001', headName: 'Sutrisno' });
    await form.fill({ drinkingWater: 'sumur-tak-terlindung', toilet: 'sendiri-septik' });
    await form.save();
    const household = new HouseholdPage(page);
    await household.root.waitFor();
    const mother = await household.addMember();
    await mother.fill({ name: 'Wulan Sari', sex: 'F', birthDate: addMonths(today, -(26 * 12)), relation: 'istri', maritalStatus: 'kawin' });
    await mother.save();
    await household.members.filter({ hasText: 'Wulan Sari' }).waitFor();
    const child = await household.addMember();
    await child.fill({ name: 'Rizki', sex: 'F', birthDate: addMonths(today, -14), relation: 'anak' });
    await child.save();
    await household.members.filter({ hasText: 'Rizki' }).waitFor();
    await page.getByTestId('member-measure').click();
    const measure = page.getByTestId('measurement-form');
    await measure.waitFor();
    await measure.locator('#date').fill(measurement.date);
    await measure.locator('#weightKg').fill(measurement.weightKg);
    await measure.locator('#lengthCm').fill(measurement.lengthCm);
    await measure.getByRole('button', { name: 'Simpan pengukuran' }).click();
    await page.getByTestId('child-page').waitFor();
  });

  it('adds a sponsor and a pledge, and assigns it to the child from the matching list', async () => {
    const genting = new GentingPages(page);
    await genting.addSponsor({ kind: 'perusahaan', name: 'PT Maju Bersama', contactPerson: 'Pak Rudi', phone: '0813 1111 2222', address: 'Jl. Pahlawan 1' });
    await page.getByTestId('add-pledge').click();
    await genting.savePledge(pledge);
    pledgePath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByTestId('pledge-detail').innerText()).toContain('Penerima belum ditentukan');

    await genting.openMatching();
    const child = genting.target('Rizki');
    await child.waitFor();
    const select = child.locator('select');
    const value = await select.locator('option', { hasText: 'PT Maju Bersama' }).getAttribute('value');
    await select.selectOption(value ?? '');
    await child.getByRole('button', { name: 'Tetapkan' }).click();
    await child.waitFor({ state: 'detached' });
    await screenshot(page, 'journey-matching');
  });

  it('records two deliveries against the pledge', async () => {
    const genting = new GentingPages(page);
    await page.goto(pledgePath);
    await page.getByTestId('pledge-detail').waitFor();
    await expect.poll(() => page.getByTestId('pledge-detail').innerText()).toContain('Rizki');
    for (const delivery of deliveries) await genting.recordDelivery(delivery);
    await genting.deliveries.nth(1).waitFor();
    await expect.poll(() => genting.deliveries.count()).toBe(2);
    const total = deliveries.reduce((sum, d) => sum + rupiah(d.valueRp), 0);
    await expect.poll(() => genting.fulfilmentCard.innerText()).toContain(`Nilai tersalur Rp${total.toLocaleString('id-ID')}`);
  });

  it('holds a meeting with 12 members (one izin), its conclusions and two RTL items', async () => {
    const pokja = new PokjaPages(page);
    for (const member of members) await pokja.addMember(member);
    await expect.poll(() => pokja.memberItems().count()).toBe(12);
    await pokja.openHome();
    meetingId = await pokja.addMeeting(meeting);
    await page.getByRole('link', { name: 'Isi daftar hadir' }).click();
    await page.getByTestId('attendance-screen').waitFor();
    for (const member of members) await pokja.markAttendance(member.name, member.name === excused ? 'Izin' : 'Hadir');
    await page.getByText('11 hadir · 1 izin · 0 tidak hadir · 0 belum dicatat').waitFor();
    for (const action of actions) await pokja.addAction(meetingId, action);
    await page.getByTestId('meeting-actions').getByTestId('action-item').nth(1).waitFor();
    await expect.poll(() => page.getByTestId('meeting-detail').innerText()).toContain(meeting.conclusions);
  });

  it('prints the meeting report to a PDF whose text holds sections A-G, the 12 names and the RTL', async () => {
    const pokja = new PokjaPages(page);
    await page.goto(`/pokja/pertemuan/${meetingId}/laporan`);
    await pokja.report.waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await expect.poll(() => page.locator('.bottom-nav').isVisible()).toBe(false);
    await screenshot(page, 'journey-meeting-report-a4');
    await screenshot(page, 'journey-meeting-report-a4-full', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(`${SCREENSHOT_DIR}/journey-meeting-report.pdf`, pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 740 });

    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text, totalPages } = await extractText(document, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    console.log(JSON.stringify({ meetingReportPdfBytes: pdf.length, meetingReportPdfPages: totalPages }));
    for (const heading of ['A. Latar Belakang', 'B. Tujuan', 'C. Hasil yang Diharapkan', 'D. Peserta', 'E. Materi', 'F. Tempat dan Waktu', 'G. Kesimpulan']) expect(flat).toContain(heading);
    for (const section of [meeting.background, meeting.objectives, meeting.expectedResults, meeting.material, meeting.place, meeting.conclusions]) expect(flat).toContain(section);
    const present = members.length - 1;
    expect(flat).toContain(`Jumlah peserta yang hadir: ${present} orang`);
    for (const member of members) expect(flat).toContain(member.name);
    for (const action of actions) {
      expect(flat).toContain(action.what);
      expect(flat).toContain(action.who);
    }
  });

  it('shows the monthly recap with the figures of the records made here, and Beranda', async () => {
    const genting = new GentingPages(page);
    await genting.openHome();
    await page.getByTestId('to-recap').click();
    await page.getByTestId('genting-recap').waitFor();
    const inMonth = deliveries.filter((d) => d.date.startsWith(month));
    const measured = [measurement].filter((m) => m.date.startsWith(month));
    const share = (n: number, of: number) => `${n} dari ${of} (${of === 0 ? 0 : Math.round((100 * n) / of)}%)`;
    // Targets of the matching list: the family at risk (unsafe water) and its child under two;
    // a pledge for the child also counts for the child's family.
    const targets = 2;
    const covered = 2;
    const expected: Record<string, string> = {
      'recap-households': '1',
      'recap-families-at-risk': '1',
      'recap-target-baduta': '1',
      'recap-target-ibu-hamil': '0',
      'recap-measured': String(measured.length),
      'recap-stunting': share(measured.filter((m) => m.stunted).length, measured.length),
      'recap-underweight': share(measured.filter((m) => m.underweight).length, measured.length),
      'recap-wasting': share(measured.filter((m) => m.wasted).length, measured.length),
      'recap-sponsors': '1',
      'recap-active-pledges': '1',
      'recap-deliveries': String(inMonth.length),
      'recap-deliveries-value': `Rp${inMonth.reduce((sum, d) => sum + rupiah(d.valueRp), 0).toLocaleString('id-ID')}`,
      'recap-coverage': share(covered, targets),
      'recap-overdue': '0',
      'recap-rtl-rencana': String(actions.filter((a) => a.status === 'rencana').length),
      'recap-rtl-berjalan': String(actions.filter((a) => a.status === 'berjalan').length),
      'recap-rtl-selesai': '0',
    };
    for (const [testId, value] of Object.entries(expected)) expect(`${testId}=${await page.getByTestId(testId).innerText()}`).toBe(`${testId}=${value}`);
    await screenshot(page, 'journey-recap');

    await new AppShell(page).tab('Beranda').click();
    const deliveriesFigure = page.getByTestId('month-deliveries');
    await deliveriesFigure.waitFor();
    const lastMonth = addMonths(`${month}-01`, -1).slice(0, 7);
    const count = (m: string) => deliveries.filter((d) => d.date.startsWith(m)).length;
    expect((await deliveriesFigure.innerText()).replace(/\s+/g, ' ')).toBe(`Penyaluran bantuan Bulan ini ${count(month)} Bulan lalu ${count(lastMonth)}`);
    await page.getByTestId('genting-month').scrollIntoViewIfNeeded();
    await screenshot(page, 'journey-dashboard');
    await screenshot(page, 'journey-dashboard-full', { fullPage: true });
  });
});
