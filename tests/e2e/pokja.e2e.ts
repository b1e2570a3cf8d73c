// Journey: a Pokja coordinator on a 360 px phone adds the members, holds a meeting, takes
// attendance (one izin, one tidak hadir, a guest) with a signature drawn on the screen,
// records two RTL (one late), sees the open RTL across meetings, opens the meeting report
// and prints it (print media on A4, and a PDF); a Duta GenRe logs outreach sessions and
// sees the monthly totals. Screens are checked with axe-core and for 44 px touch targets.
import AxeBuilder from '@axe-core/playwright';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot, SCREENSHOT_DIR } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { PokjaPages } from './pages/pokja-page.ts';
import { AppShell } from './pages/app-shell.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let meetingId = '';

const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const meetingDate = addDays(today, -14);
const lateDue = addDays(today, -4);
const laterDue = addDays(today, 10);

const members = [
  { name: 'Hendra Gunawan', position: 'kepala-desa', phone: '0812 3456 7890' },
  { name: 'Sri Wahyuni', position: 'bidan-desa' },
  { name: 'Rina Marlina', position: 'ketua-tp-pkk' },
  { name: 'Ayu Lestari', position: 'kader-tpk' },
  { name: 'Budi Santoso', position: 'kader-tpk' },
  { name: 'Citra Dewi', position: 'duta-genre' },
];

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

async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Visible buttons and button-links of the screen smaller than 44 px in either direction. */
async function smallTouchTargets(): Promise<string[]> {
  return page.locator('main button:visible, main a.button:visible, main a.list-item__link:visible, main select:visible').evaluateAll((elements) =>
    elements
      .map((element) => ({ text: (element.textContent ?? '').trim().slice(0, 30), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

async function hasNoHorizontalScroll(): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('Pokja meeting and GenRe outreach', () => {
  it('adds the Pokja members with their positions', async () => {
    const pokja = new PokjaPages(page);
    await pokja.openHome();
    expect(await seriousViolations()).toEqual([]);
    const [first, ...rest] = members;
    await pokja.addMember(first!, '6101052001');
    for (const member of rest) await pokja.addMember(member);
    await expect.poll(() => pokja.memberItems().count()).toBe(members.length);
    await expect.poll(() => pokja.memberItems().first().innerText()).toContain('Kepala Desa');
    await expect.poll(() => page.getByText('6 aktif dari 6 anggota').count()).toBe(1);
    expect(await smallTouchTargets()).toEqual([]);
    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot(page, 'pokja-members');
  });

  it('holds a meeting: attendance with izin, tidak hadir, a guest and a drawn signature', async () => {
    const pokja = new PokjaPages(page);
    await pokja.openHome();
    pokja.beforeSave = async (form) => {
      expect(await smallTouchTargets()).toEqual([]);
      expect(await hasNoHorizontalScroll()).toBe(true);
      await screenshot(page, form);
    };
    meetingId = await pokja.addMeeting({
      title: 'Rapat Koordinasi GENTING',
      date: meetingDate,
      startTime: '09:00',
      endTime: '11:30',
      place: 'Balai Desa Dungun Perapakan',
      background: 'Masih ada 12 balita berisiko stunting di desa.',
      objectives: 'Menyepakati pendampingan keluarga berisiko.',
      expectedResults: 'Setiap keluarga berisiko punya orang tua asuh.',
      material: 'Data sasaran dan hasil penimbangan bulan lalu.',
      conclusions: 'Pokja sepakat menambah dua orang tua asuh.',
    });
    expect(meetingId).toMatch(/^[0-9a-f-]{36}$/);
    pokja.beforeSave = null;
    await page.getByRole('link', { name: 'Isi daftar hadir' }).click();
    await page.getByTestId('attendance-screen').waitFor();
    for (const member of members) {
      const status = member.name === 'Sri Wahyuni' ? 'Izin' : member.name === 'Citra Dewi' ? 'Tidak hadir' : 'Hadir';
      await pokja.markAttendance(member.name, status);
    }
    pokja.beforeSave = async () => {
      expect(await smallTouchTargets()).toEqual([]);
      await screenshot(page, 'pokja-signature-pad');
    };
    await pokja.sign('Hendra Gunawan');
    pokja.beforeSave = null;
    await pokja.addGuest('Pak Camat Tebas', 'Camat Tebas');
    await page.getByText('5 hadir · 1 izin · 1 tidak hadir · 0 belum dicatat').waitFor();
    const signature = await pokja.attendancePerson('Hendra Gunawan').locator('img.signature-image').getAttribute('src');
    expect(signature).toMatch(/^data:image\/png;base64,/);
    console.log(JSON.stringify({ signaturePngChars: signature?.length }));
    expect(signature!.length).toBeLessThan(10_000);
    expect(await seriousViolations()).toEqual([]);
    expect(await smallTouchTargets()).toEqual([]);
    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot(page, 'pokja-attendance');
    await pokja.attendancePerson('Hendra Gunawan').scrollIntoViewIfNeeded();
    await screenshot(page, 'pokja-attendance-signed');
  });

  it('the next meeting copies sections A-C from the previous one; its page names the weekday', async () => {
    const pokja = new PokjaPages(page);
    await pokja.openHome();
    await page.getByTestId('add-meeting').click();
    const form = page.getByTestId('meeting-form');
    await form.waitFor();
    await form.locator('#title').fill('Rapat Pokja bulan berikutnya');
    await form.locator('#date').fill(addDays(meetingDate, 7));
    await form.getByTestId('copy-previous-meeting').click();
    await expect.poll(() => form.locator('#background').inputValue()).toBe('Masih ada 12 balita berisiko stunting di desa.');
    await expect.poll(() => form.locator('#expectedResults').inputValue()).toBe('Setiap keluarga berisiko punya orang tua asuh.');
    await expect.poll(() => form.locator('#conclusions').inputValue()).toBe('');
    // A long background grows its box instead of scrolling inside four lines.
    await form.locator('#material').fill('Materi panjang. '.repeat(150));
    const height = await form.locator('#material').evaluate((element) => element.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(200);
    await form.getByRole('button', { name: 'Simpan pertemuan' }).click();
    await page.getByTestId('meeting-detail').waitFor();
    await expect.poll(() => page.getByTestId('meeting-detail').innerText()).toMatch(/(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), /);
  });

  it('records RTL: a due date before the meeting is refused, the late one shows in red', async () => {
    const pokja = new PokjaPages(page);
    await page.goto(`/pokja/pertemuan/${meetingId}/rtl/baru`);
    const form = pokja.actionForm();
    await form.waitFor();
    await form.locator('#what').fill('Data sasaran');
    await form.locator('#who').fill('Bidan Desa');
    await form.locator('#dueDate').fill(addDays(meetingDate, -1));
    await form.getByRole('button', { name: 'Simpan RTL' }).click();
    await form.getByText('Batas waktu tidak boleh sebelum tanggal pertemuan').waitFor();
    // What was typed stays on the phone as a draft: the next new RTL form offers it; "Buang".
    await page.goto(`/pokja/pertemuan/${meetingId}/rtl/baru`);
    await page.getByTestId('draft-offer').getByRole('button', { name: 'Buang' }).click();

    await pokja.addAction(meetingId, { what: 'Kunjungan rumah 12 balita berisiko', who: 'Kader TPK', dueDate: lateDue, status: 'berjalan' });
    await pokja.addAction(meetingId, { what: 'Undang dua calon orang tua asuh', who: 'Kepala Desa', dueDate: laterDue });
    await page.getByTestId('meeting-actions').getByTestId('action-item').nth(1).waitFor();
    await screenshot(page, 'pokja-meeting-detail');

    await page.goto('/pokja/rtl');
    const rows = page.getByTestId('open-action-items').getByTestId('action-item');
    await rows.nth(1).waitFor();
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('Kunjungan rumah'), expect.stringContaining('Undang dua')]);
    await expect.poll(() => rows.first().innerText()).toContain('Terlambat 4 hari');
    await expect.poll(() => rows.first().getAttribute('class')).toContain('action-row--overdue');
    await expect.poll(() => rows.nth(1).getAttribute('class')).not.toContain('action-row--overdue');
    expect(await seriousViolations()).toEqual([]);
    await screenshot(page, 'pokja-open-rtl');
    await pokja.openHome();
    await page.waitForFunction(() => document.querySelector('[data-testid="overdue-count"]')?.textContent !== '–');
    await expect.poll(() => page.getByTestId('overdue-count').innerText()).toBe('1');
    await screenshot(page, 'pokja-home');
    // Beranda's to-dos: the late action is due, the one due in 10 days not yet.
    await page.goto('/');
    const due = page.getByTestId('home-actions-due');
    await due.waitFor();
    await expect.poll(() => due.innerText()).toBe('RTL jatuh tempo (1)');
    await due.click();
    await page.waitForURL((url) => url.pathname === '/pokja/rtl');
  });

  it('prints the meeting report with sections A-G, the RTL table and the Daftar Hadir, offline', async () => {
    const pokja = new PokjaPages(page);
    await new AppShell(page).waitForServiceWorkerControl();
    await context.setOffline(true);
    await page.goto(`/pokja/pertemuan/${meetingId}/laporan`);
    await pokja.report.waitFor();
    await expect.poll(() => pokja.report.innerText()).toContain('Daftar Hadir');
    const text = await pokja.report.innerText();
    for (const heading of ['A. Latar Belakang', 'B. Tujuan', 'C. Hasil yang Diharapkan', 'D. Peserta', 'E. Materi', 'F. Tempat dan Waktu', 'G. Kesimpulan', 'Rencana Tindak Lanjut (RTL)', 'Daftar Hadir']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Jumlah peserta yang hadir: 5 orang (4 anggota Pokja, 1 tamu).');
    expect(text).toContain('Kader TPK: 2 orang');
    expect(text).toContain('Pokja sepakat menambah dua orang tua asuh.');
    expect(text).toContain('09:00–11:30');
    for (const member of members) expect(text).toContain(member.name);
    expect(text).toContain('Pak Camat Tebas');
    expect(text).toContain('Undang dua calon orang tua asuh');
    await expect.poll(() => pokja.report.locator('.report-table__signature img').count()).toBe(1);
    expect(await seriousViolations()).toEqual([]);
    await screenshot(page, 'pokja-report-screen');

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await expect.poll(() => page.locator('.bottom-nav').isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('print-report').isVisible()).toBe(false);
    await screenshot(page, 'pokja-report-a4', { fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(`${SCREENSHOT_DIR}/pokja-report.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(JSON.stringify({ reportPdfBytes: pdf.length, reportPdfPages: pages }));
    expect(pages).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 740 });
    await context.setOffline(false);
  });

  it('logs GenRe outreach sessions and shows the monthly totals', async () => {
    const pokja = new PokjaPages(page);
    pokja.beforeSave = async (form) => {
      expect(await smallTouchTargets()).toEqual([]);
      expect(await hasNoHorizontalScroll()).toBe(true);
      await screenshot(page, form);
      pokja.beforeSave = null;
    };
    await pokja.logOutreach({ date: '2025-03-05', place: 'SMP Negeri 2 Tebas', topic: 'pendewasaan-usia-perkawinan', presenter: 'Citra Dewi', maleRemaja: '14', femaleRemaja: '17', femaleDewasa: '2' });
    await page.getByTestId('outreach-participants').waitFor();
    await page.locator('#participant-name').fill('Nur Aisyah');
    await page.locator('#participant-position').fill('Kelas 9, RT 03');
    await page.getByRole('button', { name: 'Tambah peserta' }).click();
    await page.getByTestId('outreach-participants').getByText('Nur Aisyah').waitFor();
    expect(await seriousViolations()).toEqual([]);
    await screenshot(page, 'outreach-detail');
    await pokja.logOutreach({ date: '2025-03-20', startTime: '15:00', endTime: '16:00', place: 'Posyandu Melati', topic: 'pencegahan-stunting', maleAnak: '3', femaleAnak: '4', maleDewasa: '1', femaleDewasa: '11' });
    await pokja.logOutreach({ date: '2025-04-02', place: 'Balai Desa', topic: 'napza', maleRemaja: '20', femaleRemaja: '5' });

    await page.goto('/genre');
    await page.getByTestId('outreach-list').waitFor();
    await expect.poll(() => page.getByTestId('outreach-item').count()).toBe(3);
    const march = pokja.month('2025-03');
    await expect.poll(() => march.getByTestId('month-male').innerText()).toBe(String(14 + 3 + 1));
    await expect.poll(() => march.getByTestId('month-female').innerText()).toBe(String(17 + 2 + 4 + 11));
    await expect.poll(() => march.getByTestId('month-total').innerText()).toBe(String(14 + 17 + 2 + 3 + 4 + 1 + 11));
    await expect.poll(() => march.innerText()).toContain('2 kali penyuluhan');
    await expect.poll(() => march.innerText()).toContain('1 peserta tercatat nama');
    await expect.poll(() => pokja.month('2025-04').getByTestId('month-total').innerText()).toBe('25');
    expect(await seriousViolations()).toEqual([]);
    expect(await smallTouchTargets()).toEqual([]);
    expect(await hasNoHorizontalScroll()).toBe(true);
    await screenshot(page, 'outreach-list');
    await screenshot(page, 'outreach-list-full', { fullPage: true });
  });
});
