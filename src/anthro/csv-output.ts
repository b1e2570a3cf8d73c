// A growable byte buffer for the batch CLI's output, with writers for anthro's output columns
// in R's text form (write.csv: up to 15 significant digits, "Inf", empty for NA). Z-scores
// (hundredths) and corrected lengths (mostly tenths) come from byte tables made once; other
// numbers are rounded to 15 digits by exact integer arithmetic (see writeFifteenDigits).
import { POWERS_OF_TEN } from './csv-bytes.ts';
import { formatNumberLikeR } from './csv-format.ts';

const Z_LIMIT = 2000; // −20.00 .. +20.00
const TENTHS_LIMIT = 3000; // 0.0 .. 300.0
/** Room for one output row's computed columns, so writers need not check each byte. */
export const MAX_OUTPUT_ROW_BYTES = 1024;

type TextTable = { bytes: Uint8Array; offsets: Int32Array };

function makeTextTable(texts: string[]): TextTable {
  const offsets = new Int32Array(texts.length + 1);
  let length = 0;
  texts.forEach((text, i) => {
    offsets[i] = length;
    length += text.length;
  });
  offsets[texts.length] = length;
  const bytes = new Uint8Array(length);
  texts.forEach((text, i) => {
    for (let j = 0; j < text.length; j += 1) bytes[(offsets[i] ?? 0) + j] = text.charCodeAt(j);
  });
  return { bytes, offsets };
}

const zTable = makeTextTable(Array.from({ length: 2 * Z_LIMIT + 1 }, (_, i) => String((i - Z_LIMIT) / 100)));
const tenthsTable = makeTextTable(Array.from({ length: TENTHS_LIMIT + 1 }, (_, i) => String(i / 10)));
const SPLITTER = 134217729; // 2^27 + 1 (Veltkamp)

/** The exact rounding error of the product p = a·b (Dekker's TwoProduct, no FMA needed). */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

export class ByteWriter {
  buffer: Uint8Array;
  length = 0;

  constructor(initialSize: number) {
    this.buffer = new Uint8Array(initialSize);
  }

  /** Makes room for `extra` more bytes. */
  ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  /** A buffer whose bytes were written out: take() continues in it instead of a new one. */
  private spare: Uint8Array | null = null;

  /** The bytes written so far; the writer continues in a spare or fresh buffer (the old one may still be queued for output). */
  take(): Uint8Array {
    const written = this.buffer.subarray(0, this.length);
    const spare = this.spare;
    this.buffer = spare !== null && spare.length >= this.buffer.length ? spare : new Uint8Array(this.buffer.length);
    this.spare = null;
    this.length = 0;
    return written;
  }

  /** Hands back a buffer from take() once its bytes are written out (fresh memory is costly). */
  recycle(buffer: Uint8Array): void {
    if (buffer.buffer !== this.buffer.buffer && (this.spare === null || buffer.length > this.spare.length)) this.spare = buffer;
  }

  /** Continues in `buffer` (emptied), e.g. one whose bytes were written out and came back for reuse. */
  reuse(buffer: Uint8Array): void {
    this.buffer = buffer;
    this.length = 0;
  }

  /** The bytes written so far, leaving the writer empty until reuse() gives it a buffer again. */
  takeAll(): Uint8Array {
    const written = this.buffer.subarray(0, this.length);
    this.buffer = new Uint8Array(0);
    this.length = 0;
    return written;
  }

  copy(source: Uint8Array, start: number, end: number): void {
    this.ensure(end - start);
    if (end - start > 64) {
      this.buffer.set(source.subarray(start, end), this.length);
      this.length += end - start;
    } else for (let i = start; i < end; i += 1) this.buffer[this.length++] = source[i] ?? 0;
  }

  /** One byte; the caller has ensured room (MAX_OUTPUT_ROW_BYTES per row). */
  byte(value: number): void {
    this.buffer[this.length++] = value;
  }

  ascii(text: string): void {
    this.ensure(text.length);
    for (let i = 0; i < text.length; i += 1) this.buffer[this.length++] = text.charCodeAt(i);
  }

  private fromTable(table: TextTable, index: number): void {
    const to = table.offsets[index + 1] ?? 0;
    for (let i = table.offsets[index] ?? 0; i < to; i += 1) this.buffer[this.length++] = table.bytes[i] ?? 0;
  }

  /** A z-score rounded to 2 decimals; nothing for NA. */
  zscore(z: number): void {
    const k = Math.round(z * 100);
    if (k >= -Z_LIMIT && k <= Z_LIMIT && k / 100 === z) this.fromTable(zTable, k + Z_LIMIT);
    else this.number(z);
  }

  /** A length such as clenhei: within 3e-16 (relative) of a tenth, its 15-digit text is the tenth's. */
  tenths(value: number): void {
    const k = Math.round(value * 10);
    if (k >= 0 && k <= TENTHS_LIMIT && Math.abs(value - k / 10) <= Math.abs(value) * 3e-16) this.fromTable(tenthsTable, k);
    else this.number(value);
  }

  /** 0/1; nothing for NA. */
  flag(value: number): void {
    if (value === 0 || value === 1) this.buffer[this.length++] = 48 + value;
  }

  /** Any double with 15 significant digits; nothing for NA. */
  number(value: number): void {
    if (Number.isNaN(value)) return;
    if (!this.writeFifteenDigits(value)) this.ascii(formatNumberLikeR(value));
  }

  /**
   * 15 significant digits of 1e-6 <= |value| < 1e15 as printf("%.15g") rounds them: the
   * product |value|·10^(14−e) plus its exact error decides the rounding; an exact tie (or an
   * out-of-range value) returns false for the slow path.
   */
  private writeFifteenDigits(value: number): boolean {
    const a = Math.abs(value);
    if (!(a >= 1e-6 && a < 1e15)) return false;
    let decimals = 14 - Math.floor(Math.log10(a));
    let power = POWERS_OF_TEN[decimals];
    if (power === undefined) return false;
    let scaled = a * power;
    if (scaled < 1e14 || scaled >= 1e15) {
      // log10 was off by one near a power of ten
      decimals += scaled < 1e14 ? 1 : -1;
      power = POWERS_OF_TEN[decimals];
      if (power === undefined) return false;
      scaled = a * power;
      if (scaled < 1e14 || scaled >= 1e15) return false;
    }
    const floor = Math.floor(scaled);
    const aboveHalf = scaled - floor - 0.5; // exact
    const error = -productError(a, power, scaled);
    if (aboveHalf === error) return false;
    let digits = aboveHalf > error ? floor + 1 : floor;
    if (digits === 1e15) {
      digits = 1e14; // 999…9.5 rounds up to the next power of ten
      decimals -= 1;
    }
    if (decimals < 0) return false;
    // 15 digits as two small integers (fast integer arithmetic): high 7, low 8
    let high = Math.floor(digits / 1e8);
    let low = digits - high * 1e8;
    let kept = decimals;
    while (kept > 0 && low % 10 === 0) {
      // drop a trailing zero of the 15-digit number
      low = (low / 10) | 0;
      low += (high % 10) * 1e7;
      high = (high / 10) | 0;
      kept -= 1;
    }
    this.ensure(24);
    if (value < 0) this.buffer[this.length++] = 45;
    let count = 1;
    for (let d = high; d >= 1; d = (d / 10) | 0) count += 1;
    count += 7; // low always holds 8 digit places once high is non-zero
    if (high === 0) {
      count = 1;
      for (let d = low; d >= 10; d = (d / 10) | 0) count += 1;
    }
    const integerDigits = count - kept;
    const total = (integerDigits > 0 ? count : kept + 1) + (kept > 0 ? 1 : 0);
    let p = this.length + total - 1;
    // digits from the right: the 8 of `low` first, then those of `high` (no closure: hot path)
    let written = 0;
    const places = kept + (integerDigits > 0 ? integerDigits : 0);
    for (let k = 0; k < places; k += 1) {
      if (k === kept && kept > 0) this.buffer[p--] = 46;
      let digit: number;
      if (written < 8) {
        digit = low % 10;
        low = (low / 10) | 0;
      } else {
        digit = high % 10;
        high = (high / 10) | 0;
      }
      written += 1;
      this.buffer[p--] = 48 + digit;
    }
    if (integerDigits <= 0) {
      if (kept > 0) this.buffer[p--] = 46;
      this.buffer[p] = 48;
    }
    this.length += total;
    return true;
  }
}
