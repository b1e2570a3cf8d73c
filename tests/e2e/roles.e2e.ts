// Roles on the phone (issue #5): the coordinator of a village records a household and a
// sponsor, edits the sponsor and syncs; the sponsor's page then says who changed it. A kader
// of the same village sees the sponsor read-only (no "Tambah orang tua asuh", no "Ubah") but
// still adds households; a district viewer sees the data and no add/edit/delete action at all.
// A form URL the role may not use shows "Hanya bisa dilihat" with the reason, not the form.
// The kader's visit then says "Dicatat oleh Siti Aminah (TPK)" on every phone. A Duta GenRe
// (kader) adds participants to her outreach session and the server accepts them (issue #6).
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestAccount, TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';
import { HouseholdDetailPage, HouseholdListPage } from './pages/households-page.ts';
import { PokjaPages } from './pages/pokja-page.ts';
import { RejectedPage } from './pages/sync-page.ts';

const village = '3374122003';
const rina: TestAccount = { username: 'rina', password: 'sandi-rina-aman', displayName: 'Rina Koordinator', role: 'koordinator', villages: [village] };
const siti: TestAccount = { username: 'siti', password: 'sandi-siti-aman', displayName: 'Siti Aminah', role: 'kader', kaderKind: 'tpk', villages: [village] };
const citra: TestAccount = { username: 'citra', password: 'sandi-citra-aman', displayName: 'Citra Dewi', role: 'kader', kaderKind: 'genre', villages: [village] };
const dina: TestAccount = { username: 'dina', password: 'sandi-dina-aman', displayName: 'Dina Kabupaten', role: 'viewer', villages: [village] };

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let householdId = '';
let sponsorId = '';

beforeAll(async () => {
  server = await startTestServer();
  for (const account of [rina, siti, citra, dina]) await server.addUser(account);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A phone of its own for `account`: signed in, and synced so it holds the village's data. */
async function phoneOf(account: TestAccount): Promise<Page> {
  const context = await newPhoneContext(browser, server.origin);
  contexts.push(context);
  const page = await context.newPage();
  const pages = new AccountPages(page);
  await page.goto('/');
  await pages.signInFromBanner(account.username, account.password);
  await page.waitForURL((url) => url.pathname === '/');
  await pages.banner.waitFor({ state: 'detached' });
  return page;
}

async function syncAll(page: Page): Promise<void> {
  const account = new AccountPages(page);
  await account.openAccount();
  await account.syncNow();
  await expect.poll(() => account.pending.innerText(), { timeout: 15_000 }).toBe('0 perubahan');
}

/** Opens a path once the sync has brought the record: waits for `testId` to appear. */
async function openSynced(page: Page, path: string, testId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(path);
        return page.getByTestId(testId).waitFor({ timeout: 3_000 }).then(
          () => true,
          () => false,
        );
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
}

/**
 * The action links and buttons of a screen that are on it, once the app has read who is
 * signed in (until then every action is hidden) and the screen has had a moment to settle.
 */
async function present(page: Page, testIds: string[]): Promise<string[]> {
  await page.locator('.shell[data-session="active"]').waitFor();
  await page.waitForTimeout(300);
  const found: string[] = [];
  for (const id of testIds) if ((await page.getByTestId(id).count()) > 0) found.push(id);
  return found;
}


/** The bottom bar's tab names, in order. */
function tabNames(page: Page): Promise<string[]> {
  return page.locator('.bottom-nav .bottom-nav__label').allInnerTexts();
}

describe('roles in the app', () => {
  it('the coordinator records a household and a sponsor, edits it; the page says who changed it', async () => {
    const page = await phoneOf(rina);
    // A koordinator's home leads with GENTING and the Pokja (issue #14).
    await expect.poll(() => page.getByTestId('home').getAttribute('data-home-role')).toBe('koordinator');
    await page.getByTestId('home-matching').waitFor();
    await expect.poll(() => tabNames(page)).toEqual(['Beranda', 'Orang Tua Asuh', 'Pokja', 'Keluarga', 'Anak']);
    await screenshot(page, 'home-koordinator');
    await page.goto('/keluarga');
    const form = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', headName: 'Keluarga Peran' });
    await form.save();
    await new HouseholdDetailPage(page).root.waitFor();
    householdId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => present(page, ['edit-household', 'add-member', 'add-visit', 'delete-household'])).toEqual(['edit-household', 'add-member', 'add-visit', 'delete-household']);

    await page.goto('/orang-tua-asuh');
    await page.getByTestId('add-sponsor').click();
    const sponsorForm = page.getByTestId('sponsor-form');
    await sponsorForm.waitFor();
    await sponsorForm.locator('#kind').selectOption('perusahaan');
    await sponsorForm.locator('#name').fill('PT Peran Jaya');
    await sponsorForm.getByRole('button', { name: 'Simpan orang tua asuh' }).click();
    await page.getByTestId('sponsor-detail').waitFor();
    sponsorId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await syncAll(page);

    await page.goto(`/orang-tua-asuh/${sponsorId}`);
    await page.getByTestId('edit-sponsor').click();
    await sponsorForm.waitFor();
    await sponsorForm.locator('#phone').fill('0812 1111 2222');
    await sponsorForm.getByRole('button', { name: 'Simpan orang tua asuh' }).click();
    await page.getByTestId('sponsor-detail').waitFor();
    await syncAll(page);

    await page.goto(`/orang-tua-asuh/${sponsorId}`);
    const history = page.getByTestId('history-card');
    await expect.poll(() => history.innerText(), { timeout: 15_000 }).toContain('Diubah oleh Rina Koordinator (Koordinator)');
    await history.getByRole('button', { name: 'Lihat riwayat' }).click();
    await expect.poll(() => history.innerText()).toContain('Nomor telepon');
    await expect.poll(() => present(page, ['edit-sponsor', 'add-pledge', 'delete-sponsor'])).toEqual(['edit-sponsor', 'add-pledge', 'delete-sponsor']);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-sponsor-history');
    expect(await violations(page)).toEqual([]);
  });

  it('a kader sees sponsors read-only, keeps her field work, and the sponsor form URL says why', async () => {
    const page = await phoneOf(siti);
    // A TPK cadre's home leads with her field work: families, visits due, children.
    await expect.poll(() => page.getByTestId('home').getAttribute('data-home-role')).toBe('tpk');
    await page.getByTestId('home-children').waitFor();
    await expect.poll(() => tabNames(page)).toEqual(['Beranda', 'Keluarga', 'Anak', 'Orang Tua Asuh', 'Pokja']);
    await syncAll(page);
    await openSynced(page, `/orang-tua-asuh/${sponsorId}`, 'sponsor-detail');
    await expect.poll(() => present(page, ['edit-sponsor', 'add-pledge', 'delete-sponsor'])).toEqual([]);
    await expect.poll(() => page.getByTestId('history-card').innerText(), { timeout: 15_000 }).toContain('Diubah oleh Rina Koordinator');

    await page.goto('/orang-tua-asuh');
    await page.getByTestId('sponsor-list').waitFor();
    await expect.poll(() => present(page, ['add-sponsor', 'sponsor-item'])).toEqual(['sponsor-item']);
    await expect.poll(() => page.getByText('Tambah orang tua asuh').count()).toBe(0);

    await page.goto('/orang-tua-asuh/baru');
    const refused = page.getByTestId('write-refused');
    await refused.waitFor();
    await expect.poll(() => refused.innerText()).toContain('Sebagai TPK, Anda tidak boleh menambah atau mengubah data orang tua asuh');
    await expect.poll(() => page.getByTestId('sponsor-form').count()).toBe(0);
    await screenshot(page, 'roles-kader-sponsor-refused');

    await openSynced(page, `/keluarga/${householdId}`, 'household-detail');
    await expect.poll(() => present(page, ['edit-household', 'add-member', 'add-visit'])).toEqual(['edit-household', 'add-member', 'add-visit']);
    const visit = await new HouseholdPage(page).recordVisit();
    // "Nama kader" is the signed-in cadre's name, not typed (issue #14).
    await expect.poll(() => page.locator('#cadreName').inputValue()).toBe('Siti Aminah');
    await visit.save();
    await page.getByTestId('visit-item').waitFor();
    await syncAll(page);
    await page.goto(`/keluarga/${householdId}`);
    await page.getByTestId('show-visit-authors').click();
    await expect.poll(() => page.getByTestId('record-author').innerText(), { timeout: 15_000 }).toBe('Dicatat oleh Siti Aminah (TPK)');
    await page.goto('/keluarga/baru');
    await page.getByLabel('Nama kepala keluarga').waitFor();
    // Her account has one village: shown, not typed.
    await expect.poll(() => page.getByTestId('village-fixed').innerText()).toBe('33.74.12.2003');
    await expect.poll(() => page.getByTestId('write-refused').count()).toBe(0);
  });

  it("a sponsor typed on a phone before its first sign-in, refused for the kader who signs in, can only be discarded", async () => {
    const context = await newPhoneContext(browser, server.origin);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/orang-tua-asuh/baru');
    const sponsorForm = page.getByTestId('sponsor-form');
    await sponsorForm.locator('#villageCode').fill(village);
    await sponsorForm.locator('#kind').selectOption('perorangan');
    await sponsorForm.locator('#name').fill('Bu Sponsor Awal');
    await sponsorForm.getByRole('button', { name: 'Simpan orang tua asuh' }).click();
    await page.getByTestId('sponsor-detail').waitFor();
    const account = new AccountPages(page);
    await page.goto('/');
    await account.signInFromBanner(siti.username, siti.password);
    await page.waitForURL((url) => url.pathname === '/');
    await account.openAccount();
    await account.syncNow();

    const rejected = new RejectedPage(page);
    await expect.poll(async () => {
      await rejected.open();
      return rejected.item('Bu Sponsor Awal').count();
    }, { timeout: 30_000, interval: 1_000 }).toBe(1);
    const item = rejected.item('Bu Sponsor Awal');
    await expect.poll(() => item.getByTestId('rejected-read-only').innerText()).toBe(
      'Sebagai TPK, Anda tidak boleh mengubah data orang tua asuh: perubahan ini hanya bisa dibuang. Minta koordinator bila perlu diubah.',
    );
    await expect.poll(() => item.getByRole('link', { name: 'Perbaiki' }).count()).toBe(0);
    await expect.poll(() => item.getByRole('button', { name: 'Kirim ulang' }).count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'roles-rejected-read-only', { fullPage: true });
    await rejected.discard('Bu Sponsor Awal');
    await rejected.empty.waitFor();
  });

  it('a district viewer sees the data and no add, edit or delete; form URLs say why', async () => {
    const page = await phoneOf(dina);
    await openSynced(page, `/keluarga/${householdId}`, 'household-detail');
    await expect.poll(() => page.getByTestId('household-detail').innerText()).toContain('Keluarga Peran');
    await expect.poll(() => present(page, ['edit-household', 'add-member', 'add-visit', 'delete-household'])).toEqual([]);
    await expect.poll(() => page.getByText('Ubah', { exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('visit-item').count()).toBe(1);
    await expect.poll(() => present(page, ['delete-visit'])).toEqual([]);
    await page.getByTestId('show-visit-authors').click();
    await expect.poll(() => page.getByTestId('record-author').innerText(), { timeout: 15_000 }).toBe('Dicatat oleh Siti Aminah (TPK)');

    await page.goto('/keluarga');
    await page.getByTestId('household-list').waitFor();
    await expect.poll(() => present(page, ['add-household'])).toEqual([]);
    await expect.poll(() => page.getByText('Tambah keluarga').count()).toBe(0);
    await screenshot(page, 'roles-viewer-households');
    expect(await violations(page)).toEqual([]);
    await page.goto('/');
    await page.getByTestId('home').waitFor();
    await expect.poll(() => present(page, ['stat-households'])).toEqual(['stat-households']);
    await expect.poll(() => page.getByText('Tambah keluarga').count()).toBe(0);

    await openSynced(page, `/orang-tua-asuh/${sponsorId}`, 'sponsor-detail');
    await expect.poll(() => present(page, ['edit-sponsor', 'add-pledge', 'delete-sponsor'])).toEqual([]);

    for (const [path, what] of [
      ['/keluarga/baru', 'data keluarga'],
      [`/keluarga/${householdId}/ubah`, 'data keluarga'],
      [`/keluarga/${householdId}/kunjungan/baru`, 'kunjungan rumah'],
      [`/orang-tua-asuh/${sponsorId}/ubah`, 'data orang tua asuh'],
      ['/pokja/pertemuan/baru', 'pertemuan Pokja'],
    ] as const) {
      await page.goto(path);
      const refused = page.getByTestId('write-refused');
      await refused.waitFor();
      await expect.poll(() => refused.innerText()).toContain(`Sebagai Pemantau (hanya baca), Anda tidak boleh menambah atau mengubah ${what}`);
    }
    await page.goto(`/keluarga/${householdId}/ubah`);
    await page.getByTestId('write-refused').waitFor();
    await screenshot(page, 'roles-viewer-refused');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('write-refused').getByRole('link', { name: 'Kembali' }).last().click();
    await page.getByTestId('household-detail').waitFor();
  });

  it('a Duta GenRe adds participants to her outreach session; the server accepts them', async () => {
    const page = await phoneOf(citra);
    // A Duta GenRe's home leads with her sessions, not with "Tambah keluarga".
    await expect.poll(() => page.getByTestId('home').getAttribute('data-home-role')).toBe('genre');
    await page.getByTestId('home-add-outreach').waitFor();
    await expect.poll(() => page.getByTestId('home').getByRole('link', { name: 'Tambah keluarga' }).count()).toBe(0);
    await expect.poll(() => tabNames(page)).toEqual(['Beranda', 'GenRe', 'Keluarga', 'Anak', 'Pokja']);
    await screenshot(page, 'home-genre');
    await page.goto('/genre/baru');
    await expect.poll(() => page.locator('#presenter').inputValue()).toBe('Citra Dewi');
    await new PokjaPages(page).logOutreach({ date: '2025-03-05', place: 'SMP Negeri 2', topic: 'pendewasaan-usia-perkawinan', maleRemaja: '4', femaleRemaja: '6' });
    const participants = page.getByTestId('outreach-participants');
    await participants.waitFor();
    await page.locator('.shell[data-session="active"]').waitFor();
    await page.locator('#participant-name').fill('Nur Aisyah');
    await page.getByRole('button', { name: 'Tambah peserta' }).click();
    await participants.getByText('Nur Aisyah').waitFor();
    await expect.poll(() => participants.getByRole('button', { name: /Nur Aisyah/ }).count()).toBe(1);
    await screenshot(page, 'roles-genre-participants');
    await syncAll(page);
    await page.goto('/sinkron');
    await page.getByTestId('rejected-screen').waitFor();
    await expect.poll(() => page.getByTestId('rejected-item').count()).toBe(0);
  });
});
