// CSV and XLSX writers for the export screen (issue #7). Pure: no DOM, no I/O.
//   CSV: RFC 4180 (CRLF, fields with " , CR LF quoted, " doubled), UTF-8 BOM so Excel reads
//        Indonesian text right; formula-injection guard: a text cell starting with = + - @
//        tab or CR gets a leading apostrophe (OWASP), except text of digits and + - . , / ( )
//        only, such as "+62 812-3456-7890": no function call or DDE fits in it, so it can do
//        no harm, and a phone number keeps its look.
//   XLSX: one sheet of SpreadsheetML with inline strings, a bold and frozen header row and
//        column widths. Calendar dates (YYYY-MM-DD) in the table's date columns become date
//        cells (a day serial shown dd/mm/yyyy), so a coordinator can sort and filter by date
//        and compute with it; the CSV keeps ISO text, which spreadsheets read as dates too. The zip container comes from fflate (deflate, CRC-32, zip headers):
//        a small, well-kept library rather than a hand-written zip writer to maintain. This
//        module is imported only by the lazy export screen, so fflate stays out of the
//        initial bundle. XLSX text cells are never evaluated, so they need no guard.
import { strToU8, zipSync } from 'fflate';

export type Cell = string | number | null;
export type Table = {
  sheet: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Per column: true when it holds calendar dates (YYYY-MM-DD), written as date cells in XLSX. */
  dateColumns?: readonly boolean[];
};

const dangerous = /^[=+\-@\t\r]/;
const numberLike = /^[+-]?\d[\d .,/()-]*$/;

/** Guards a CSV text cell against formula injection (numbers stay numbers). */
export function guardCell(value: string): string {
  return dangerous.test(value) && !numberLike.test(value) ? `'${value}` : value;
}

function csvField(cell: Cell): string {
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return '';
  const text = typeof cell === 'number' ? String(cell) : guardCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Text for XML content and attributes; drops the control characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''); // eslint-disable-line no-control-regex
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;
/** Day 0 of Excel's 1900 date system as it counts from 1 March 1900 on (its 1900-02-29 bug). */
const excelEpochMs = Date.UTC(1899, 11, 30);

/** 2026-11-29 → 46355: the day serial of a spreadsheet date cell; null for other text. */
export function excelDateSerial(value: string): number | null {
  const match = isoDate.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || year < 1900 || ms < Date.UTC(1900, 2, 1)) return null;
  return Math.round((ms - excelEpochMs) / dayMs);
}

function cellXml(cell: Cell, ref: string, style: string, isDateColumn = false): string {
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return '';
  if (typeof cell === 'number') return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  const serial = isDateColumn && style === '' ? excelDateSerial(cell) : null;
  if (serial !== null) return `<c r="${ref}" s="2"><v>${serial}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

/** Character widths of the columns: the longest line of each, between 8 and 50. */
function columnWidths(table: Table): number[] {
  return table.headers.map((header, c) => {
    let longest = header.length;
    for (const row of table.rows) {
      const cell = row[c];
      if (cell !== null && cell !== undefined) for (const line of String(cell).split('\n')) longest = Math.max(longest, line.length);
    }
    return Math.min(50, Math.max(8, longest + 2));
  });
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkgRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const officeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function sheetXml(table: Table): string {
  const rows = [table.headers, ...table.rows].map((row, r) => {
    const style = r === 0 ? ' s="1"' : '';
    return `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, style, table.dateColumns?.[c] === true)).join('')}</row>`;
  });
  const cols = columnWidths(table).map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`);
  const frozen = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${xmlHead}<worksheet xmlns="${mainNs}">${frozen}${cols.length > 0 ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}

// Style 0: normal; style 1: bold (the header row); style 2: a date, dd/mm/yyyy as Indonesia writes it.
const stylesXml =
  `${xmlHead}<styleSheet xmlns="${mainNs}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The parts of the workbook package, by path. */
export function xlsxParts(table: Table): Record<string, string> {
  return {
    '[Content_Types].xml':
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${officeType}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${officeType}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${officeType}.styles+xml"/></Types>`,
    '_rels/.rels': `${xmlHead}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xmlHead}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><sheets><sheet name="${xmlText(sheetName(table.sheet))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${xmlHead}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': stylesXml,
    'xl/worksheets/sheet1.xml': sheetXml(table),
  };
}

export function toXlsx(table: Table, modified: Date = new Date()): Uint8Array<ArrayBuffer> {
  const parts = xlsxParts(table);
  // [Content_Types].xml first, as Office writes it; deflated at fflate's default level.
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])), { mtime: modified });
}
