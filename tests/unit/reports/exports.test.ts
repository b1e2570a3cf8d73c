import { describe, expect, it } from 'vitest';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import { translate } from '../../../src/i18n/index.ts';
import type { MessageKey } from '../../../src/i18n/index.ts';
import type { Role } from '../../../src/sync/roles.ts';
import { exportFileName, exportLists, exportRows, exportTable, maskIdentifier, maySeeIdentifiers } from '../../../src/reports/exports.ts';
import type { ExportList, ExportSource } from '../../../src/reports/exports.ts';
import { makeActionItem, makeAttendance, makeMeeting, makeMember, makeOutreach } from './fixtures.ts';
import { makeDelivery, makeHousehold, makeMeasurement, makePerson, makePledge, makeSponsor, village } from './genting-fixtures.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const here = { villageCode: village };

function source(role: Role | null, withTables = true): ExportSource {
  const sutrisno = makeHousehold({ headName: 'Sutrisno', dusun: 'Krajan', rt: '2', rw: '1', kkNumber: '3374120101090001', phone: '+62 812-3456-7890', welfareDecile: 2, houseCondition: 'tidak-layak' });
  const warsito = makeHousehold({ headName: 'Warsito', dusun: 'Bendo', drinkingWater: 'ledeng', toilet: 'sendiri-septik', notes: '=HYPERLINK("x")' });
  const gone = makeHousehold({ headName: 'Dihapus', deleted: true });
  const elsewhere = makeHousehold({ headName: 'Desa lain', villageCode: '3374122004' });
  const ani = makePerson(sutrisno, { name: 'Ani', relation: 'istri', birthDate: '1995-01-01', nik: '3374125501950001' });
  const citra = makePerson(sutrisno, { name: 'Citra', birthDate: '2023-01-01', nik: '3374124101230002' });
  const bima = makePerson(warsito, { name: 'Bima', sex: 'M', birthDate: '2024-06-01' });
  const sponsor = makeSponsor({ kind: 'bumn-bumd', name: 'Bank Daerah', phone: '081234567890' });
  const pledge = makePledge(sponsor, { supportType: 'pmt', schedule: 'mingguan', beneficiaryKind: 'anak', beneficiaryId: citra.id, startDate: '2025-02-01' });
  const unassigned = makePledge(sponsor, { supportType: 'uang-tunai', quantity: null, unit: null, amountRp: 250_000, schedule: 'sekali', periods: 1, startDate: '2025-03-01', status: 'ditunda' });
  const meeting = makeMeeting({ ...here, title: 'Rapat GENTING Maret', date: '2025-03-10' });
  const earlier = makeMeeting({ ...here, title: 'Rapat Februari', date: '2025-02-10' });
  const kades = makeMember({ ...here, name: 'Hendra', position: 'kepala-desa' });
  const kader = makeMember({ ...here, name: 'Ayu', position: 'kader-tpk', positionNote: 'Koordinator TPK' });
  const outreach = makeOutreach({ ...here, date: '2025-03-15', topic: 'napza' });
  return {
    role,
    villageCode: village,
    today: '2025-03-20',
    tables: withTables ? loadGrowthTablesSync() : null,
    households: [sutrisno, warsito, gone, elsewhere],
    persons: [ani, citra, bima],
    measurements: [
      makeMeasurement(citra, { date: '2025-03-10', weightKg: 11, lengthCm: 79, measure: 'h', place: 'posyandu', oedema: false }),
      makeMeasurement(citra, { date: '2025-02-10', weightKg: 10.8, lengthCm: 78.5, measure: 'h' }),
      makeMeasurement(bima, { date: '2025-03-05', weightKg: 6.2, lengthCm: 70, measure: 'l', place: 'rumah' }),
      makeMeasurement(bima, { date: '2025-02-05', weightKg: 8.5, lengthCm: 70, measure: 'l', deleted: true }),
    ],
    sponsors: [sponsor],
    pledges: [pledge, unassigned],
    deliveries: [makeDelivery(pledge, { date: '2025-02-08', items: 'Telur 1 kg', valueRp: 30_000, deliveredBy: 'Ayu', receivedBy: 'Ani' })],
    pokjaMembers: [kades, kader],
    meetings: [meeting, earlier],
    outreach: [outreach],
    attendance: [
      makeAttendance(meeting, { ...here, memberId: kades.id, status: 'tidak-hadir' }),
      makeAttendance(meeting, { ...here, memberId: kades.id, status: 'hadir', updatedAt: '2025-03-10T05:00:00.000Z' }),
      makeAttendance(meeting, { ...here, memberId: kader.id, status: 'izin' }),
      makeAttendance(meeting, { ...here, name: 'Pak Camat', position: 'Camat Tebas', status: 'hadir' }),
      makeAttendance(earlier, { ...here, memberId: kader.id, status: 'hadir' }),
      { ...makeAttendance(meeting, { ...here, status: 'hadir', name: 'Rina' }), meetingId: null, outreachId: outreach.id },
    ],
    actionItems: [
      makeActionItem(meeting, { ...here, what: 'Kunjungan rumah Citra', who: 'Ayu', dueDate: '2025-03-31', status: 'berjalan', progressNotes: 'Sudah 2 kali' }),
      makeActionItem(earlier, { ...here, what: 'Data sasaran', status: 'selesai' }),
      makeActionItem(meeting, { ...here, what: 'Dihapus', deleted: true }),
    ],
  };
}

/** The rows as objects keyed by the Indonesian headers. */
function records(list: ExportList, role: Role | null = 'koordinator', withTables = true): Record<string, unknown>[] {
  const table = exportTable(exportRows(list, source(role, withTables), t), t);
  return table.rows.map((row) => Object.fromEntries(table.headers.map((header, i) => [header, row[i]])));
}

describe('masking of NIK and KK numbers', () => {
  it('lets koordinator and admin see identifiers, not kader, viewer or nobody', () => {
    expect(maySeeIdentifiers('koordinator')).toBe(true);
    expect(maySeeIdentifiers('admin')).toBe(true);
    expect(maySeeIdentifiers('kader')).toBe(false);
    expect(maySeeIdentifiers('viewer')).toBe(false);
    expect(maySeeIdentifiers(null)).toBe(false);
  });

  it('keeps the first and last four digits', () => {
    expect(maskIdentifier('3374120101090001', false)).toBe('3374••••••••0001');
    expect(maskIdentifier('3374120101090001', true)).toBe('3374120101090001');
    expect(maskIdentifier('12345678', false)).toBe('••••••••');
    expect(maskIdentifier(null, false)).toBeNull();
  });

  it.each([
    ['koordinator', '3374120101090001', '3374124101230002'],
    ['admin', '3374120101090001', '3374124101230002'],
    ['kader', '3374••••••••0001', '3374••••••••0002'],
    ['viewer', '3374••••••••0001', '3374••••••••0002'],
  ] as const)('%s: KK %s, NIK %s', (role, kk, nik) => {
    expect(records('households', role).find((row) => row['Kepala keluarga'] === 'Sutrisno')?.['Nomor KK']).toBe(kk);
    expect(records('children', role).find((row) => row['Nama'] === 'Citra')?.['NIK']).toBe(nik);
  });

  it('never puts a full NIK or KK number in any list of a kader', () => {
    for (const list of exportLists) {
      const text = JSON.stringify(exportRows(list, source('kader'), t).rows);
      expect(text).not.toContain('3374120101090001');
      expect(text).not.toContain('3374124101230002');
      expect(text).not.toContain('3374125501950001');
    }
  });
});

describe('rows of every list', () => {
  it('households: living ones of the village, by dusun, with labels', () => {
    const rows = records('households');
    expect(rows.map((row) => row['Kepala keluarga'])).toEqual(['Warsito', 'Sutrisno']);
    expect(rows[1]).toMatchObject({ Desa: village, Dusun: 'Krajan', RW: '1', RT: '2', Telepon: '+62 812-3456-7890', 'Desil kesejahteraan': 2, 'Kondisi rumah': 'Tidak layak huni', 'Sumber air minum': 'Sumur tak terlindung', Jamban: 'Jamban sendiri dengan septic tank' });
    expect(rows[0]).toMatchObject({ 'Sumber air minum': 'Ledeng / PAM', Catatan: '=HYPERLINK("x")', 'Kondisi rumah': null });
  });

  it('children: under-fives with the latest z-scores and Indonesian categories, most urgent first', () => {
    const rows = records('children');
    expect(rows.map((row) => row['Nama'])).toEqual(['Bima', 'Citra']);
    const [bima, citra] = rows;
    expect(bima).toMatchObject({ 'Jenis kelamin': 'Laki-laki', Keluarga: 'Warsito', Dusun: 'Bendo', 'Terakhir diukur': '2025-03-05', 'Umur (bulan)': 9, Berisiko: 'Ya' });
    expect(bima?.['Kategori BB/PB-BB/TB']).toBe('Gizi buruk');
    expect(bima?.['Z BB/PB-BB/TB']).toBeLessThan(-3);
    // The deleted February weighing does not count: a first weighing is "B".
    expect(bima?.['Penimbangan terakhir (N/T/2T/O/B)']).toBe('Baru pertama kali ditimbang');
    expect(citra).toMatchObject({ 'Jenis kelamin': 'Perempuan', 'Tanggal lahir': '2023-01-01', 'Umur (bulan)': 26, 'Terakhir diukur': '2025-03-10', Berisiko: 'Ya', 'Kategori PB/U-TB/U': 'Pendek' });
    expect(typeof citra?.['Z PB/U-TB/U']).toBe('number');
    expect(citra?.['Z PB/U-TB/U']).toBeGreaterThanOrEqual(-3);
    expect(citra?.['Z PB/U-TB/U']).toBeLessThan(-2);
    expect(citra?.['Tanda']).toBe('Pendek');
    expect(citra?.['Penimbangan terakhir (N/T/2T/O/B)']).toBe('Naik');
  });

  it('children without growth tables: listed, z-score cells empty', () => {
    const rows = records('children', 'kader', false);
    expect(rows.map((row) => row['Nama'])).toEqual(['Bima', 'Citra']);
    expect(rows[1]).toMatchObject({ NIK: '3374••••••••0002', 'Z BB/U': null, 'Kategori BB/U': null, Berisiko: null });
  });

  it('measurements: living ones by child then date, method and place as words, oedema yes/no', () => {
    const rows = records('measurements');
    expect(rows.map((row) => [row['Nama'], row['Tanggal']])).toEqual([['Bima', '2025-03-05'], ['Citra', '2025-02-10'], ['Citra', '2025-03-10']]);
    expect(rows[0]).toMatchObject({ 'BB (kg)': 6.2, 'PB/TB (cm)': 70, 'Cara ukur': 'Berbaring (panjang badan)', Tempat: 'Rumah', Edema: null });
    expect(rows[2]).toMatchObject({ 'Cara ukur': 'Berdiri (tinggi badan)', Tempat: 'Posyandu', Edema: 'Tidak' });
  });

  it('sponsors, pledges and deliveries with labels and names', () => {
    expect(records('sponsors')[0]).toMatchObject({ Jenis: 'BUMN / BUMD', Nama: 'Bank Daerah', Telepon: '081234567890' });
    const pledges = records('pledges');
    expect(pledges[0]).toMatchObject({ 'Orang tua asuh': 'Bank Daerah', 'Jenis bantuan': 'PMT (makanan tambahan)', Jadwal: 'Setiap minggu', 'Jenis penerima': 'Anak', Penerima: 'Citra', Status: 'Aktif', Jumlah: 1, Satuan: 'paket' });
    expect(pledges[1]).toMatchObject({ 'Jenis bantuan': 'Uang tunai', 'Nilai (Rp)': 250_000, Jadwal: 'Sekali', Penerima: 'Penerima belum ditentukan', Status: 'Ditunda' });
    expect(records('deliveries')[0]).toMatchObject({ Tanggal: '2025-02-08', 'Orang tua asuh': 'Bank Daerah', Penerima: 'Citra', Bantuan: 'Telur 1 kg', 'Nilai (Rp)': 30_000, 'Diserahkan oleh': 'Ayu', 'Diterima oleh': 'Ani' });
  });

  it('attendance: meeting title and date, the record that counts per member, positions as words, guests, outreach', () => {
    const rows = records('attendance').map((row) => [row['Pertemuan / kegiatan'], row['Tanggal'], row['Nama'], row['Jabatan'], row['Status']]);
    expect(rows).toEqual([
      ['Rapat Februari', '2025-02-10', 'Ayu', 'Kader TPK – Koordinator TPK', 'Hadir'],
      ['Rapat GENTING Maret', '2025-03-10', 'Hendra', 'Kepala Desa', 'Hadir'],
      ['Rapat GENTING Maret', '2025-03-10', 'Ayu', 'Kader TPK – Koordinator TPK', 'Izin'],
      ['Rapat GENTING Maret', '2025-03-10', 'Pak Camat', 'Camat Tebas – Tamu undangan', 'Hadir'],
      ['Bahaya NAPZA', '2025-03-15', 'Rina', null, 'Hadir'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/0190a5b2/);
  });

  it('RTL: by meeting (title and date), living items, status as a word', () => {
    const rows = records('actionItems').map((row) => [row['Pertemuan / kegiatan'], row['Tanggal pertemuan'], row['Kegiatan'], row['Penanggung jawab'], row['Batas waktu'], row['Status'], row['Catatan']]);
    expect(rows).toEqual([
      ['Rapat Februari', '2025-02-10', 'Data sasaran', 'Bidan Desa', null, 'Selesai', null],
      ['Rapat GENTING Maret', '2025-03-10', 'Kunjungan rumah Citra', 'Ayu', '2025-03-31', 'Berjalan', 'Sudah 2 kali'],
    ]);
  });

  it('has an Indonesian and an English header for every column, no raw codes in any cell', () => {
    for (const list of exportLists) {
      const rows = exportRows(list, source('koordinator'), t);
      for (const column of rows.columns) {
        expect(t(`reports.exportColumns.${column}`)).not.toContain('reports.');
        expect(en(`reports.exportColumns.${column}`)).not.toContain('reports.');
      }
      const cells = JSON.stringify(rows.rows);
      for (const code of ['"F"', '"M"', '"aktif"', '"pmt"', '"hadir"', '"izin"', '"kepala-desa"', '"berjalan"', '"mingguan"', '"bumn-bumd"', '"posyandu"', '"true"', '"ya"', '"tidak"', '"bbpb"']) {
        expect(cells, `${list} holds ${code}`).not.toContain(code);
      }
      expect(exportTable(rows, t).rows.every((row) => row.length === rows.columns.length)).toBe(true);
    }
  });

  it('marks the columns of calendar dates, and only those, for date cells', () => {
    const measurements = exportTable(exportRows('measurements', source('admin'), t), t);
    expect(measurements.headers.filter((_, c) => measurements.dateColumns?.[c])).toEqual([t('reports.exportColumns.date')]);
    const actions = exportTable(exportRows('actionItems', source('admin'), t), t);
    expect(actions.headers.filter((_, c) => actions.dateColumns?.[c])).toEqual([t('reports.exportColumns.meetingDate'), t('reports.exportColumns.dueDate')]);
    const children = exportTable(exportRows('children', source('admin'), t), t);
    expect(children.headers.filter((_, c) => children.dateColumns?.[c])).toEqual([t('reports.exportColumns.birthDate'), t('reports.exportColumns.lastMeasured')]);
  });

  it('translates to English when the language is English', () => {
    const table = exportTable(exportRows('children', source('admin'), en), en);
    expect(table.sheet).toBe('Children (latest z-scores)');
    expect(table.headers).toContain('Sex');
    expect(table.rows[0]).toContain('Male');
  });
});

describe('exportFileName', () => {
  it('names the list, the village and the day', () => {
    expect(exportFileName('households', '3374122003', '2026-11-29', 'csv')).toBe('genting-keluarga-3374122003-2026-11-29.csv');
    expect(exportFileName('children', '3374122003', '2026-11-29', 'xlsx')).toBe('genting-anak-3374122003-2026-11-29.xlsx');
    expect(new Set(exportLists.map((list) => exportFileName(list, '1', '2026-01-01', 'csv'))).size).toBe(exportLists.length);
  });
});
