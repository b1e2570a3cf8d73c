// Batch z-scores over a CSV byte stream, the core of `npx genting zscores`
// (sync-server/cli/zscores.ts does the file I/O). Input columns use WHO anthro's argument
// names; output is every input column byte for byte, then anthro_zscores()'s columns in
// anthro's order, empty for NA.
// 1. The header names the columns (any case, any order); `sex` and `age` are required, the
//    others optional, unknown columns pass through. A header with ';' and no ',' means a
//    semicolon file (spreadsheets set to Indonesian), whose numbers may use a decimal comma.
// 2. Each record is parsed; a bad value (sex 3, a number that does not parse, a negative age,
//    a measure other than l/h, an oedema other than y/n/1/2, a wrong number of fields) gives
//    empty outputs and one warning naming the row (1 = first data row) and the column,
//    never the value (personal data). Blank lines are skipped, as R's read.csv does.
// 3. Numbers are written as R writes them: at most 15 significant digits, Inf for infinity.
import type { AgeUnit } from './age.ts';
import {
  QUOTE_BYTE, bytesToLatin1, createFieldBounds, findQuotedRecordEnd, readFields, readLetter, readNumber, trimRecordEnd, type FieldBounds,
} from './csv-bytes.ts';
import { ByteWriter, MAX_OUTPUT_ROW_BYTES } from './csv-output.ts';
import type { GrowthTables } from './growth-tables.ts';
import { computeRawZscores, createRawZscores, type RawZscoreInput, type RawZscores } from './zscores.ts';

export const outputColumns = [
  'clenhei', 'cmeasure', 'c9mo_flag', 'cbmi', 'csex', 'zlen', 'flen', 'zwei', 'fwei', 'zwfl', 'fwfl',
  'zbmi', 'fbmi', 'zhc', 'fhc', 'zac', 'fac', 'zts', 'fts', 'zss', 'fss',
] as const;

const numberColumns = ['age', 'weight', 'lenhei', 'headc', 'armc', 'triskin', 'subskin'] as const;
const inputColumns = ['sex', 'measure', 'oedema', ...numberColumns] as const;
type InputColumn = (typeof inputColumns)[number];

export type CsvHeaderFailure = { reason: 'empty-input' | 'not-csv' | 'missing-columns'; missing: string[] };

export type ZscoreCsvStream = {
  /** Converts the complete records of `chunk` (plus any unfinished one from before). */
  push: (chunk: Uint8Array) => Uint8Array;
  /** The input has ended: converts the last record. */
  end: () => Uint8Array;
  /**
   * Converts a batch of whole records (the last one may lack its line break) after the header
   * has been pushed, writing into `output` (grown when too small; a new buffer when null or
   * smaller than twice the records). Returns
   * the bytes written, a view of `output` or of its bigger replacement.
   */
  convertBatch: (records: Uint8Array, output: Uint8Array | null) => Uint8Array;
  /** Gives back the buffer of bytes from push()/end() once they are written out, for reuse. */
  recycle: (written: Uint8Array) => void;
  /** Set when the header is unusable; nothing is converted then. */
  failure: () => CsvHeaderFailure | null;
  rows: () => number;
  badRows: () => number;
};

/** Character codes read by readLetter. */
const CODE = { one: 49, two: 50, m: 109, f: 102, l: 108, h: 104, y: 121, n: 110 } as const;

/** Control bytes (other than tab) or invalid UTF-8 in the header: not a CSV text file. */
function isBinary(data: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const b = data[i] ?? 0;
    if (b < 32 && b !== 9) return true;
    if (b < 0x80) continue;
    const extra = b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (extra === -1 || i + extra >= end + 1) return true;
    for (let k = 1; k <= extra; k += 1) if (((data[i + k] ?? 0) & 0xc0) !== 0x80) return true;
    i += extra;
  }
  return false;
}

type Header = { delimiter: number; fieldCount: number; columns: Partial<Record<InputColumn, number>> };

function readHeader(data: Uint8Array, start: number, end: number): Header | CsvHeaderFailure {
  if (data[start] === 0xef && data[start + 1] === 0xbb && data[start + 2] === 0xbf) start += 3; // UTF-8 BOM
  if (isBinary(data, start, end)) return { reason: 'not-csv', missing: [] };
  const text = bytesToLatin1(data, start, end);
  const delimiter = text.includes(';') && !text.includes(',') ? 59 : 44;
  const bounds = createFieldBounds(text.length + 1);
  readFields(data, start, end, delimiter, bounds);
  const columns: Partial<Record<InputColumn, number>> = {};
  for (let i = 0; i < bounds.count; i += 1) {
    const name = bytesToLatin1(data, bounds.starts[i] ?? 0, bounds.ends[i] ?? 0).trim().toLowerCase() as InputColumn;
    if ((inputColumns as readonly string[]).includes(name) && columns[name] === undefined) columns[name] = i;
  }
  const missing = (['sex', 'age'] as const).filter((name) => columns[name] === undefined);
  if (missing.length > 0) return { reason: 'missing-columns', missing };
  return { delimiter, fieldCount: bounds.count, columns };
}

function writeOutputs(w: ByteWriter, out: RawZscores, d: number): void {
  w.ensure(MAX_OUTPUT_ROW_BYTES);
  w.byte(d); w.tenths(out.clenhei);
  w.byte(d); if (out.cmeasure !== 0) w.byte(out.cmeasure === 1 ? CODE.l : CODE.h);
  w.byte(d); w.flag(out.c9moFlag);
  w.byte(d); w.number(out.cbmi);
  w.byte(d); if (out.csex !== 0) w.byte(out.csex === 1 ? CODE.one : CODE.two);
  w.byte(d); w.zscore(out.zlen); w.byte(d); w.flag(out.flen);
  w.byte(d); w.zscore(out.zwei); w.byte(d); w.flag(out.fwei);
  w.byte(d); w.zscore(out.zwfl); w.byte(d); w.flag(out.fwfl);
  w.byte(d); w.zscore(out.zbmi); w.byte(d); w.flag(out.fbmi);
  w.byte(d); w.zscore(out.zhc); w.byte(d); w.flag(out.fhc);
  w.byte(d); w.zscore(out.zac); w.byte(d); w.flag(out.fac);
  w.byte(d); w.zscore(out.zts); w.byte(d); w.flag(out.fts);
  w.byte(d); w.zscore(out.zss); w.byte(d); w.flag(out.fss);
}

/** A converter for one CSV stream; `warn` gets each bad row (1 = first data row) and the reason. */
export function createZscoreCsvStream(
  tables: GrowthTables, ageUnit: AgeUnit, warn: (row: number, reason: string) => void,
): ZscoreCsvStream {
  let header: Header | null = null;
  let failure: CsvHeaderFailure | null = null;
  let pending = new Uint8Array(0);
  let rows = 0;
  let badRows = 0;
  let bounds: FieldBounds = createFieldBounds(0);
  const numbers = new Float64Array(numberColumns.length);
  const input: RawZscoreInput = {
    sex: 0, age: Number.NaN, ageUnit, weightKg: Number.NaN, lengthHeightCm: Number.NaN, measure: 0, hasOedema: false,
    headCircumferenceCm: Number.NaN, armCircumferenceCm: Number.NaN, tricepsSkinfoldMm: Number.NaN, subscapularSkinfoldMm: Number.NaN,
  };
  const out = createRawZscores();
  const writer = new ByteWriter(1 << 16);

  /** Parses one data record into `input` (step 2); returns the reason it is bad, or null. */
  const parseRecord = (data: Uint8Array, h: Header): string | null => {
    if (bounds.count !== h.fieldCount) return `has ${bounds.count} fields, the header has ${h.fieldCount}`;
    const { sex: sexAt, measure: measureAt, oedema: oedemaAt } = h.columns;
    let sex: 0 | 1 | 2 = 0;
    if (sexAt !== undefined) {
      const c = readLetter(data, bounds, sexAt);
      const value = c === 0 ? 0 : c === CODE.one || c === CODE.m ? 1 : c === CODE.two || c === CODE.f ? 2 : readNumber(data, bounds, sexAt, false);
      if (value === 0 || value === 1 || value === 2) sex = value; // "1.0" too, as R reads a numeric column
      else return 'sex must be 1, 2, m, f or empty';
    }
    const m = measureAt === undefined ? 0 : readLetter(data, bounds, measureAt);
    if (m !== 0 && m !== CODE.l && m !== CODE.h) return 'measure must be l, h or empty';
    const o = oedemaAt === undefined ? 0 : readLetter(data, bounds, oedemaAt);
    if (o !== 0 && o !== CODE.y && o !== CODE.one && o !== CODE.n && o !== CODE.two) return 'oedema must be y, n, 1, 2 or empty';
    for (let i = 0; i < numberColumns.length; i += 1) {
      const at = h.columns[numberColumns[i] ?? 'age'];
      const value = at === undefined ? Number.NaN : readNumber(data, bounds, at, h.delimiter === 59);
      if (value === undefined) return `${numberColumns[i] ?? ''} is not a number`;
      numbers[i] = value;
    }
    if ((numbers[0] ?? 0) < 0) return 'age is negative';
    input.sex = sex;
    input.measure = m === CODE.l ? 1 : m === CODE.h ? 2 : 0;
    input.hasOedema = o === CODE.y || o === CODE.one;
    input.age = numbers[0] ?? Number.NaN;
    input.weightKg = numbers[1] ?? Number.NaN;
    input.lengthHeightCm = numbers[2] ?? Number.NaN;
    input.headCircumferenceCm = numbers[3] ?? Number.NaN;
    input.armCircumferenceCm = numbers[4] ?? Number.NaN;
    input.tricepsSkinfoldMm = numbers[5] ?? Number.NaN;
    input.subscapularSkinfoldMm = numbers[6] ?? Number.NaN;
    return null;
  };

  const convertRecord = (data: Uint8Array, start: number, end: number, h: Header): void => {
    let isBlank = true;
    for (let i = start; i < end && isBlank; i += 1) isBlank = data[i] === 32 || data[i] === 9;
    if (isBlank) return;
    rows += 1;
    readFields(data, start, end, h.delimiter, bounds);
    const why = parseRecord(data, h);
    writer.copy(data, start, end);
    if (why === null) {
      computeRawZscores(tables, input, out);
      writeOutputs(writer, out, h.delimiter);
    } else {
      badRows += 1;
      warn(rows, why);
      writer.ensure(h.fieldCount + outputColumns.length);
      for (let i = bounds.count; i < h.fieldCount; i += 1) writer.byte(h.delimiter); // keep the columns aligned
      for (let i = 0; i < outputColumns.length; i += 1) writer.byte(h.delimiter);
    }
    writer.ensure(1);
    writer.byte(10);
  };

  const convertHeader = (data: Uint8Array, start: number, end: number): void => {
    const read = readHeader(data, start, end);
    if ('reason' in read) {
      failure = read;
      return;
    }
    header = read;
    bounds = createFieldBounds(read.fieldCount);
    writer.copy(data, start, end);
    const d = String.fromCharCode(read.delimiter);
    writer.ascii(`${d}${outputColumns.join(d)}\n`);
  };

  const convert = (data: Uint8Array, isLast: boolean): void => {
    let start = 0;
    let quote = data.indexOf(QUOTE_BYTE); // the next quote at or after `start`, found once per chunk
    while (failure === null && start < data.length) {
      if (quote !== -1 && quote < start) quote = data.indexOf(QUOTE_BYTE, start);
      let end = data.indexOf(10, start);
      if (quote !== -1 && end !== -1 && quote < end) end = findQuotedRecordEnd(data, start);
      if (end === -1) {
        if (!isLast) break;
        end = data.length;
      }
      const recordEnd = trimRecordEnd(data, start, end);
      if (header === null) {
        if (recordEnd > start) convertHeader(data, start, recordEnd);
      } else convertRecord(data, start, recordEnd, header);
      start = end + 1;
    }
    pending = start < data.length ? new Uint8Array(data.subarray(start)) : new Uint8Array(0); // a copy (of a Buffer too)
  };

  return {
    push: (chunk) => {
      if (pending.length === 0) convert(chunk, false);
      else {
        const joined = new Uint8Array(pending.length + chunk.length);
        joined.set(pending);
        joined.set(chunk, pending.length);
        convert(joined, false);
      }
      return writer.take();
    },
    end: () => {
      convert(pending, true);
      if (header === null && failure === null) failure = { reason: 'empty-input', missing: [] };
      return writer.take();
    },
    convertBatch: (records, output) => {
      const isRoomy = output !== null && output.length >= 2 * records.length; // else growing it would cost more than a new one
      writer.reuse(isRoomy ? output : new Uint8Array(3 * records.length + MAX_OUTPUT_ROW_BYTES));
      convert(records, true);
      return writer.takeAll();
    },
    recycle: (written) => writer.recycle(new Uint8Array(written.buffer, 0, written.buffer.byteLength)),
    failure: () => failure,
    rows: () => rows,
    badRows: () => badRows,
  };
}
