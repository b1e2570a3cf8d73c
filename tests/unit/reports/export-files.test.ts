import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, excelDateSerial, guardCell, sheetName, toCsv, toXlsx } from '../../../src/reports/export-files.ts';
import type { Table } from '../../../src/reports/export-files.ts';

const table: Table = {
  sheet: 'Keluarga',
  headers: ['Nama', 'Umur (bulan)', 'Catatan'],
  rows: [
    ['Siti Aminah', 14, 'Tinggal di "Krajan", RT 2'],
    ['Budi', -1.25, 'baris satu\nbaris dua'],
    ['=HYPERLINK("http://x")', null, '+62 812-3456-7890'],
  ],
};

describe('toCsv', () => {
  const csv = toCsv(table);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFNama,Umur (bulan),Catatan\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The only bare LF is inside the quoted multi-line field.
    expect(csv.replaceAll('\r\n', '').split('\n')).toHaveLength(2);
  });

  it('quotes fields holding a quote, comma or line break, doubling quotes', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Siti Aminah,14,"Tinggal di ""Krajan"", RT 2"');
    expect(lines[2]).toBe('Budi,-1.25,"baris satu\nbaris dua"');
  });

  it('guards formulas with an apostrophe but leaves numbers, phone numbers and empty cells', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[3]).toBe(`"'=HYPERLINK(""http://x"")",,+62 812-3456-7890`);
  });

  it('writes an Indonesian text as UTF-8', () => {
    const bytes = new TextEncoder().encode(toCsv({ sheet: 'x', headers: ['Catatan'], rows: [['Ibu ≥ 35 tahun • 3374••••0001']] }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('guardCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['+62 812 3456 7890', '+62 812 3456 7890'],
    ['-1.5', '-1.5'],
    ['Siti', 'Siti'],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, output) => {
    expect(guardCell(input)).toBe(output);
  });
});

type Cells = Map<string, { type: string | null; style: string | null; value: string }>;

/** The cells of a sheet: reference → type attribute, style and the text of <v> or <is><t>. */
function cellsOf(xml: string): Cells {
  const cells: Cells = new Map();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"( s="(\d+)")?( t="(\w+)")?>(.*?)<\/c>/gs)) {
    const inner = match[6] ?? '';
    const value = /<v>(.*?)<\/v>/.exec(inner)?.[1] ?? /<t xml:space="preserve">(.*?)<\/t>/s.exec(inner)?.[1] ?? '';
    cells.set(match[1] ?? '', { type: match[5] ?? null, style: match[3] ?? null, value });
  }
  return cells;
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

describe('toXlsx', () => {
  const tricky: Table = {
    sheet: 'Anak [z-score] terakhir: semua desa',
    headers: ['Nama', 'Z BB/U', 'NIK', 'Catatan'],
    rows: [
      ['Siti <Aminah> & "Ani"', -2.31, '3374012345670001', 'bel\u0007 tab\there\nbaris'],
      ['=1+1', 0, '3374••••••••0001', null],
      ['Budi', Number.NaN, null, '  spasi  '],
    ],
  };
  const files = unzip(toXlsx(tricky, new Date('2026-11-29T00:00:00Z')));
  const sheet = files['xl/worksheets/sheet1.xml'] ?? '';
  const cells = cellsOf(sheet);

  it('is a zip with the parts of a workbook package', () => {
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/styles.xml"');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet1.xml"');
    expect(files['_rels/.rels']).toContain('Target="xl/workbook.xml"');
  });

  it('names the sheet without the characters Excel forbids, at most 31 characters', () => {
    expect(files['xl/workbook.xml']).toContain('<sheet name="Anak  z-score  terakhir  semua" sheetId="1" r:id="rId1"/>');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('[]')).toBe('Sheet1');
  });

  it('writes the header row in bold and freezes it', () => {
    expect(cells.get('A1')).toEqual({ type: 'inlineStr', style: '1', value: 'Nama' });
    expect(cells.get('B1')?.value).toBe('Z BB/U');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(files['xl/styles.xml']).toContain('<font><b/>');
  });

  it('writes numbers as numbers and text (NIK too) as inline strings', () => {
    expect(cells.get('B2')).toEqual({ type: null, style: null, value: '-2.31' });
    expect(cells.get('B3')).toEqual({ type: null, style: null, value: '0' });
    expect(cells.get('C2')).toEqual({ type: 'inlineStr', style: null, value: '3374012345670001' });
    expect(cells.get('C3')?.value).toBe('3374••••••••0001');
  });

  it('escapes < & > " and drops control characters XML forbids, keeping tab and line break', () => {
    expect(cells.get('A2')?.value).toBe('Siti &lt;Aminah&gt; &amp; &quot;Ani&quot;');
    expect(cells.get('D2')?.value).toBe('bel tab\there\nbaris');
    expect(sheet).not.toContain('\u0007');
    expect(cells.get('D4')?.value).toBe('  spasi  ');
  });

  it('leaves empty and non-finite cells out and keeps a formula-looking text as text', () => {
    expect(cells.has('D3')).toBe(false);
    expect(cells.has('B4')).toBe(false);
    expect(cells.has('C4')).toBe(false);
    expect(cells.get('A3')).toEqual({ type: 'inlineStr', style: null, value: '=1+1' });
    expect(sheet).not.toContain('<f>');
  });

  it('sizes the columns to their longest line', () => {
    expect(sheet).toContain('<col min="1" max="1" width="23" customWidth="1"/>');
    expect(sheet).toContain('<col min="2" max="2" width="8" customWidth="1"/>');
  });

  it('writes calendar dates of date columns as date cells shown dd/mm/yyyy, other text as text', () => {
    const dated: Table = {
      sheet: 'Pengukuran',
      headers: ['Tanggal', 'Catatan'],
      rows: [['2026-11-29', '2026-11-29'], ['2026-02-30', null], ['belum', null]],
      dateColumns: [true, false],
    };
    const datedFiles = unzip(toXlsx(dated));
    const datedCells = cellsOf(datedFiles['xl/worksheets/sheet1.xml'] ?? '');
    expect(datedCells.get('A1')).toEqual({ type: 'inlineStr', style: '1', value: 'Tanggal' });
    expect(datedCells.get('A2')).toEqual({ type: null, style: '2', value: '46355' });
    expect(datedCells.get('B2')).toEqual({ type: 'inlineStr', style: null, value: '2026-11-29' });
    expect(datedCells.get('A3')).toEqual({ type: 'inlineStr', style: null, value: '2026-02-30' });
    expect(datedCells.get('A4')?.type).toBe('inlineStr');
    expect(datedFiles['xl/styles.xml']).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    expect(datedFiles['xl/styles.xml']).toContain('<cellXfs count="3">');
    expect(datedFiles['xl/styles.xml']).toContain('<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
  });

  it("counts date serials as spreadsheets do (1900 system, from 1 March 1900)", () => {
    expect(excelDateSerial('1900-03-01')).toBe(61);
    expect(excelDateSerial('2000-01-01')).toBe(36526);
    expect(excelDateSerial('2024-02-29')).toBe(45351);
    expect(excelDateSerial('2026-11-29')).toBe(46355);
    expect(excelDateSerial('1900-02-28')).toBeNull();
    expect(excelDateSerial('2025-02-29')).toBeNull();
    expect(excelDateSerial('2026-13-01')).toBeNull();
    expect(excelDateSerial('29-11-2026')).toBeNull();
  });

  it('names columns past Z', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('compresses a large sheet', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`Anak ${i}`, i / 10, '3374••••••••0001', 'Posyandu Mawar']);
    const bytes = toXlsx({ sheet: 'Anak', headers: ['Nama', 'Z', 'NIK', 'Tempat'], rows });
    const sheetBytes = unzipSync(bytes)['xl/worksheets/sheet1.xml']?.length ?? 0;
    expect(bytes.length).toBeLessThan(sheetBytes / 5);
    expect(cellsOf(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).get('A2001')?.value).toBe('Anak 1999');
  });
});
