// CSV records and fields read straight from UTF-8 bytes, for the batch CLI: no string is made
// per record or per field, so a million rows cost no garbage collection (RFC 4180 quoting: a
// quoted field may hold the delimiter, a line break, or "" for one quote).
// Numbers: a decimal with at most 15 significant digits and at most 22 decimals is
// mantissa / 10^k, one correctly rounded division of two exact doubles, which is exactly the
// double Number(text) gives (the classic strtod fast path); anything else (exponents, more
// digits) goes through Number(text).

const NEWLINE = 10;
export const QUOTE_BYTE = 34;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
/** 10^0 .. 10^22, every one exact in a double. */
export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * End (index of the '\n') of a record that starts at `start` and has a quote before its first
 * line break: the break ends the record only outside quotes. −1 when the record is not complete.
 */
export function findQuotedRecordEnd(data: Uint8Array, start: number): number {
  let inQuotes = false;
  for (let i = start; i < data.length; i += 1) {
    const byte = data[i];
    if (byte === QUOTE) inQuotes = !inQuotes;
    else if (byte === NEWLINE && !inQuotes) return i;
  }
  return -1;
}

/**
 * Where the last complete record of `data` ends (index after its '\n'), 0 when there is none:
 * a batch cut there holds whole records only, even with quoted line breaks.
 */
export function findLastRecordBoundary(data: Uint8Array): number {
  if (data.indexOf(QUOTE) === -1) return data.lastIndexOf(NEWLINE) + 1;
  let start = 0;
  for (;;) {
    let end = data.indexOf(NEWLINE, start);
    if (end === -1) return start;
    const quote = data.indexOf(QUOTE, start);
    if (quote !== -1 && quote < end) end = findQuotedRecordEnd(data, start);
    if (end === -1) return start;
    start = end + 1;
  }
}

/** Record end without its line break: drops a CR before the LF. */
export function trimRecordEnd(data: Uint8Array, start: number, end: number): number {
  return end > start && data[end - 1] === CR ? end - 1 : end;
}

/** Latin-1 text of a byte range (for ASCII names and messages). */
export function bytesToLatin1(data: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i += 1) text += String.fromCharCode(data[i] ?? 0);
  return text;
}

/** Field boundaries of one record ([start, end) of each field's content, quotes removed). */
export type FieldBounds = { count: number; starts: Int32Array; ends: Int32Array; hasEscapedQuote: boolean };

export function createFieldBounds(maxFields: number): FieldBounds {
  return { count: 0, starts: new Int32Array(maxFields + 1), ends: new Int32Array(maxFields + 1), hasEscapedQuote: false };
}

/** Splits data[start, end) into fields; only the first maxFields + 1 positions are kept. */
export function readFields(data: Uint8Array, start: number, end: number, delimiter: number, bounds: FieldBounds): void {
  const limit = bounds.starts.length;
  let count = 0;
  let i = start;
  bounds.hasEscapedQuote = false;
  for (;;) {
    let fieldStart = i;
    let fieldEnd: number;
    if (i < end && data[i] === QUOTE) {
      fieldStart = i + 1;
      i += 1;
      while (i < end && !(data[i] === QUOTE && data[i + 1] !== QUOTE)) {
        if (data[i] === QUOTE) {
          bounds.hasEscapedQuote = true;
          i += 1;
        }
        i += 1;
      }
      fieldEnd = i;
      while (i < end && data[i] !== delimiter) i += 1;
    } else {
      while (i < end && data[i] !== delimiter) i += 1;
      fieldEnd = i;
    }
    if (count < limit) {
      bounds.starts[count] = fieldStart;
      bounds.ends[count] = fieldEnd;
    }
    count += 1;
    if (i >= end) break;
    i += 1;
  }
  bounds.count = count;
}

/** The trimmed field found by trim(): [fieldFrom, fieldTo), or fieldFrom = −1 when empty or "NA". */
let fieldFrom = 0;
let fieldTo = 0;

function trim(data: Uint8Array, bounds: FieldBounds, index: number): void {
  let from = bounds.starts[index] ?? 0;
  let to = bounds.ends[index] ?? 0;
  while (from < to && (data[from] === SPACE || data[from] === TAB)) from += 1;
  while (to > from && (data[to - 1] === SPACE || data[to - 1] === TAB)) to -= 1;
  const isNa = to - from === 2 && (data[from] === 78 || data[from] === 110) && (data[from + 1] === 65 || data[from + 1] === 97);
  fieldFrom = from === to || isNa ? -1 : from;
  fieldTo = to;
}

/** The field as a number: NaN when empty or NA, undefined when it is not a number. */
export function readNumber(data: Uint8Array, bounds: FieldBounds, index: number, hasDecimalComma: boolean): number | undefined {
  trim(data, bounds, index);
  const from = fieldFrom;
  const to = fieldTo;
  if (from === -1) return Number.NaN;
  let i = from;
  const first = data[i];
  const hasSign = first === 45 || first === 43;
  if (hasSign) i += 1;
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let seenPoint = false;
  for (; i < to; i += 1) {
    const c = data[i] ?? 0;
    if (c >= 48 && c <= 57) {
      if (mantissa !== 0 || c !== 48) digits += 1;
      mantissa = mantissa * 10 + (c - 48);
      if (seenPoint) decimals += 1;
    } else if ((c === 46 || (hasDecimalComma && c === 44)) && !seenPoint) seenPoint = true;
    else break;
  }
  const hasDigits = i > from + (hasSign ? 1 : 0) + (seenPoint ? 1 : 0);
  if (i === to && hasDigits && digits <= 15 && decimals <= 22) {
    const value = decimals === 0 ? mantissa : mantissa / (POWERS_OF_TEN[decimals] ?? 1);
    return first === 45 ? -value : value;
  }
  let text = bytesToLatin1(data, from, to);
  if (hasDecimalComma) text = text.replace(',', '.');
  return NUMBER_PATTERN.test(text) ? Number(text) : undefined;
}

/** Lower-cased byte of a one-character field; 0 when empty or NA; −1 for anything longer. */
export function readLetter(data: Uint8Array, bounds: FieldBounds, index: number): number {
  trim(data, bounds, index);
  const from = fieldFrom;
  const to = fieldTo;
  if (from === -1) return 0;
  if (to - from !== 1) return -1;
  const c = data[from] ?? 0;
  return c >= 65 && c <= 90 ? c + 32 : c;
}
