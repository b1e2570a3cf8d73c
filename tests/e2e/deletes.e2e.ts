// Deletes (issues #6 and #7): a Pokja coordinator on a 360 px phone, with no signal, deletes a
// household member entered by mistake, a delivery (the pledge's fulfilment goes down) and a
// sponsor: refused while its pledge runs, then, once the pledge is finished, deleted with it
// and its delivery; a household likewise refused while a family pledge runs, then deleted with
// its member and visit. Every delete asks first with a sentence naming the record. Back online,
// "Sinkronkan": the server holds each of them as a tombstone and lists none of them as living.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Dialog, Page } from 'playwright-core';
import { addDays, addMonths, calendarDateIn } from '../../src/domain/calendar-date.ts';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AccountPages } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdListPage } from './pages/households-page.ts';
import { HouseholdPage } from './pages/field-work-page.ts';
import { GentingPages } from './pages/genting-page.ts';
import { ALL_SENT, SyncPanel } from './pages/sync-page.ts';

const village = '3374122003';
const rina = { username: 'rina', password: 'sandi-rina-aman', displayName: 'Rina Wulandari', role: 'koordinator' as const, villages: [village] };
const today = calendarDateIn(new Date(), 'Asia/Jakarta');
const pledgeStart = addDays(today, -40);

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids = { household: '', member: '', spouse: '', sponsor: '', pledge: '', familySponsor: '', familyPledge: '', deliveries: [] as string[] };

const shot = (name: string, fullPage = false) => screenshot(page, `deletes-${name}`, { fullPage });

/** Accepts the next confirm and gives its question. */
function acceptNextConfirm(): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    });
  });
}

/** Every record the server holds (every village), tombstones included, by kind. */
async function serverRecords(): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const everyone = { userId: 'e2e', scope: 'all' as const, role: 'admin' as const, displayName: 'e2e', kaderKind: null };
  const snapshot = await server.store.snapshot(everyone, { after: null, limit: 5000, cursor: null });
  const byKind = new Map<string, Map<string, Record<string, unknown>>>();
  for (const record of snapshot.records) {
    const list = byKind.get(record.kind) ?? new Map<string, Record<string, unknown>>();
    list.set(record.id, JSON.parse(record.fieldsJson) as Record<string, unknown>);
    byKind.set(record.kind, list);
  }
  return byKind;
}

const living = (records: Map<string, Record<string, unknown>> | undefined) => [...(records?.entries() ?? [])].filter(([, fields]) => fields.deleted !== true).map(([id]) => id);

beforeAll(async () => {
  server = await startTestServer();
  await server.addUser(rina);
  browser = await launchChromium();
  context = await newPhoneContext(browser, server.origin);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('deleting records offline, then synced', () => {
  it('signs in with signal, then loses it', async () => {
    const shell = new AppShell(page);
    await shell.open('/');
    await shell.waitForServiceWorkerControl();
    await new AccountPages(page).signInFromBanner(rina.username, rina.password);
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => new SyncPanel(page).pill.innerText(), { timeout: 15_000 }).toBe('Sudah sinkron');
    await shell.setOffline(true);
  });

  it('deletes a household member: asked by name, gone from the household page', async () => {
    await page.goto('/keluarga');
    const form = await new HouseholdListPage(page).startAdding();
    await form.fill({ villageCode: village, dusun: 'Krajan', rt: '002', rw: '001', address: 'Jl. Melati 4', headName: 'Sutrisno', drinkingWater: 'sumur-tak-terlindung' });
    await form.save();
    const household = new HouseholdPage(page);
    await household.root.waitFor();
    ids.household = new URL(page.url()).pathname.split('/').pop() ?? '';
    for (const member of [
      { name: 'Ani Lestari', sex: 'F' as const, birthDate: addMonths(today, -(25 * 12)), relation: 'istri', maritalStatus: 'kawin' },
      { name: 'Budi Salah Ketik', sex: 'M' as const, birthDate: addMonths(today, -30), relation: 'anak' },
    ]) {
      const memberForm = await household.addMember();
      await memberForm.fill(member);
      await memberForm.save();
      await household.members.filter({ hasText: member.name }).waitFor();
    }
    // The list row at 360 px with the member count, the risk chip and a target badge; Beranda's
    // visits-due link counts the family (a child under five, never visited).
    await page.goto('/keluarga');
    await new HouseholdListPage(page).items.first().waitFor();
    await shot('households');
    await page.goto('/');
    await expect.poll(() => page.getByTestId('home-visits-due').innerText()).toBe('Kunjungan jatuh tempo (1)');
    await page.getByTestId('home-visits-due').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('beranda');
    await page.getByTestId('home-visits-due').click();
    await page.getByTestId('visits-due').waitFor();
    await page.goto(`/keluarga/${ids.household}`);
    await household.root.waitFor();
    // A child's row opens her page; her details are edited (and deleted) from there.
    await household.members.filter({ hasText: 'Budi Salah Ketik' }).click();
    await page.getByTestId('child-page').waitFor();
    await page.getByTestId('edit-child').click();
    await page.getByTestId('member-form').waitFor();
    ids.member = new URL(page.url()).pathname.split('/').at(-2) ?? '';
    await page.getByTestId('delete-member').scrollIntoViewIfNeeded();
    await shot('member-form');
    const question = acceptNextConfirm();
    await page.getByTestId('delete-member').click();
    expect(await question).toBe('Hapus Budi Salah Ketik dari keluarga Sutrisno? Data ini hilang dari semua HP setelah sinkron.');
    await page.waitForURL((url) => url.pathname === `/keluarga/${ids.household}`);
    await household.members.filter({ hasText: 'Ani Lestari' }).waitFor();
    await expect.poll(() => household.members.allInnerTexts()).toEqual([expect.stringContaining('Ani Lestari')]);
  });

  it('deletes a delivery: the pledge\'s fulfilment goes down', async () => {
    const genting = new GentingPages(page);
    ids.sponsor = await genting.addSponsor({ kind: 'perusahaan', name: 'Toko Makmur', contactPerson: 'Pak Hadi' });
    await page.getByTestId('add-pledge').click();
    ids.pledge = await genting.savePledge({ supportType: 'paket-pangan', quantity: '1', unit: 'paket', amountRp: '150000', schedule: 'bulanan', startDate: pledgeStart, periods: '6' });
    await genting.recordDelivery({ date: pledgeStart, items: 'Paket telur', valueRp: '150000' });
    await genting.recordDelivery({ date: addDays(pledgeStart, 31), items: 'Paket susu', valueRp: '150000' });
    await expect.poll(() => genting.deliveries.count()).toBe(2);
    const figure = genting.fulfilmentCard.locator('.fulfilment-card__big');
    await expect.poll(() => figure.innerText()).toBe('2');

    const susu = genting.deliveries.filter({ hasText: 'Paket susu' });
    await susu.scrollIntoViewIfNeeded();
    await shot('pledge-deliveries');
    const question = acceptNextConfirm();
    await susu.getByTestId('delete-delivery').click();
    expect(await question).toMatch(/^Hapus penyaluran .+ \(Paket susu\)\? Pemenuhan komitmen ikut berkurang\. Data ini hilang dari semua HP setelah sinkron\.$/);
    await expect.poll(() => genting.deliveries.count()).toBe(1);
    await expect.poll(() => figure.innerText()).toBe('1');
    await expect.poll(() => genting.deliveries.innerText()).toContain('Paket telur');
  });

  it('a sponsor with a running pledge is not deleted; once the pledge is finished it goes with it', async () => {
    await page.goto(`/orang-tua-asuh/${ids.sponsor}`);
    await page.getByTestId('sponsor-detail').waitFor();
    let asked = false;
    const onDialog = (dialog: Dialog) => {
      asked = true;
      void dialog.dismiss();
    };
    page.on('dialog', onDialog);
    await page.getByTestId('delete-sponsor').click();
    const refusal = page.getByTestId('delete-sponsor-message');
    await expect.poll(() => refusal.innerText()).toBe('Toko Makmur masih punya 1 komitmen berjalan (aktif atau ditunda). Selesaikan, batalkan atau hapus komitmen itu dulu.');
    page.off('dialog', onDialog);
    expect(asked).toBe(false);
    await refusal.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('sponsor-refused');
    await expect.poll(() => page.getByTestId('sponsor-detail').isVisible()).toBe(true);

    await page.goto(`/orang-tua-asuh/komitmen/${ids.pledge}/ubah`);
    const pledgeForm = new GentingPages(page).pledgeForm;
    await pledgeForm.waitFor();
    await pledgeForm.locator('#status').selectOption('selesai');
    await pledgeForm.getByRole('button', { name: 'Simpan komitmen' }).click();
    await page.getByTestId('pledge-detail').waitFor();
    await page.goto(`/orang-tua-asuh/${ids.sponsor}`);
    await page.getByTestId('sponsor-detail').waitFor();
    const question = acceptNextConfirm();
    await page.getByTestId('delete-sponsor').click();
    expect(await question).toBe('Hapus orang tua asuh Toko Makmur? 1 komitmen yang sudah selesai atau batal dan 1 penyaluran ikut terhapus. Data ini hilang dari semua HP setelah sinkron.');
    await page.waitForURL((url) => url.pathname === '/orang-tua-asuh');
    await page.getByTestId('sponsors-home').waitFor();
    await expect.poll(() => page.getByText('Toko Makmur').count()).toBe(0);
    await shot('sponsors-after');
  });

  it('a household named by a running family pledge is not deleted; once it is finished the household goes with its member and visit', async () => {
    const household = new HouseholdPage(page);
    await page.goto(`/keluarga/${ids.household}`);
    await household.root.waitFor();
    ids.spouse = /anggota\/([^/]+)/.exec((await household.members.filter({ hasText: 'Ani Lestari' }).getAttribute('href')) ?? '')?.[1] ?? '';
    const visit = await household.recordVisit();
    await visit.check('Ani Lestari');
    await visit.save();
    await household.root.waitFor();
    await expect.poll(() => household.visits.count()).toBe(1);

    const genting = new GentingPages(page);
    ids.familySponsor = await genting.addSponsor({ kind: 'perorangan', name: 'Ibu Sari' });
    await page.goto(`/orang-tua-asuh/komitmen/baru?sponsor=${ids.familySponsor}&untuk=keluarga:${ids.household}`);
    ids.familyPledge = await genting.savePledge({ supportType: 'paket-pangan', quantity: '1', unit: 'paket', schedule: 'bulanan', startDate: pledgeStart, periods: '3' });

    await page.goto(`/keluarga/${ids.household}`);
    await household.root.waitFor();
    let asked = false;
    const onDialog = (dialog: Dialog) => {
      asked = true;
      void dialog.dismiss();
    };
    page.on('dialog', onDialog);
    await page.getByTestId('delete-household').click();
    const refusal = page.getByTestId('delete-household-message');
    await expect.poll(() => refusal.innerText()).toBe(
      'Keluarga Sutrisno atau anggotanya masih penerima 1 komitmen orang tua asuh yang berjalan. Ganti penerima, selesaikan atau batalkan komitmen itu dulu.',
    );
    page.off('dialog', onDialog);
    expect(asked).toBe(false);
    await refusal.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('household-refused');

    await page.goto(`/orang-tua-asuh/komitmen/${ids.familyPledge}/ubah`);
    await genting.pledgeForm.waitFor();
    await genting.pledgeForm.locator('#status').selectOption('selesai');
    await genting.pledgeForm.getByRole('button', { name: 'Simpan komitmen' }).click();
    await page.getByTestId('pledge-detail').waitFor();

    await page.goto(`/keluarga/${ids.household}`);
    await household.root.waitFor();
    const question = acceptNextConfirm();
    await page.getByTestId('delete-household').click();
    expect(await question).toBe('Hapus keluarga Sutrisno? 1 anggota, 0 pengukuran dan 1 kunjungan ikut terhapus. Data ini hilang dari semua HP setelah sinkron.');
    await page.waitForURL((url) => url.pathname === '/keluarga');
    await new HouseholdListPage(page).emptyState.waitFor();
    await page.goto('/');
    await expect.poll(() => page.getByTestId('home-visits-due').innerText()).toBe('Kunjungan jatuh tempo (0)');
  });

  it('online: "Sinkronkan" — the server holds the deletes and lists none of the deleted records', async () => {
    const shell = new AppShell(page);
    await shell.setOffline(false);
    const panel = new SyncPanel(page);
    await panel.syncNow();
    await expect.poll(() => panel.pending.innerText(), { timeout: 15_000 }).toBe(ALL_SENT);
    await panel.close();
    const records = await serverRecords();
    expect(records.get('household')?.get(ids.household)).toMatchObject({ headName: 'Sutrisno', deleted: true });
    expect(living(records.get('household'))).toEqual([]);
    expect(records.get('person')?.get(ids.member)).toMatchObject({ name: 'Budi Salah Ketik', deleted: true });
    expect(records.get('person')?.get(ids.spouse)).toMatchObject({ name: 'Ani Lestari', deleted: true });
    expect(living(records.get('person'))).toEqual([]);
    expect(records.get('visit')?.size).toBe(1);
    expect(living(records.get('visit'))).toEqual([]);
    expect(records.get('sponsor')?.get(ids.sponsor)).toMatchObject({ name: 'Toko Makmur', deleted: true });
    expect(records.get('pledge')?.get(ids.pledge)).toMatchObject({ status: 'selesai', deleted: true });
    // The finished family pledge and its sponsor stay: the sponsor's history.
    expect(living(records.get('sponsor'))).toEqual([ids.familySponsor]);
    expect(living(records.get('pledge'))).toEqual([ids.familyPledge]);
    expect(records.get('delivery')?.size).toBe(2);
    expect(living(records.get('delivery'))).toEqual([]);
  });
});
