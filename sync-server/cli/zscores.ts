// `npx genting zscores [INPUT.csv|-] [--age-unit days|months] > OUTPUT.csv`: WHO z-scores for a
// CSV file (or stdin), streamed chunk by chunk so a file of millions of rows needs little
// memory. The conversion itself (columns, parsing, output format) is src/anthro/csv-zscores.ts;
// this file only reads, writes and reports. Warnings name rows and columns, never values.
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { AgeUnit } from '../../src/anthro/age.ts';
import { createZscoreCsvStream, type CsvHeaderFailure } from '../../src/anthro/csv-zscores.ts';
import { loadGrowthTablesSync } from '../../src/anthro/load-growth-tables-sync.ts';
import type { ConversionSummary } from './zscores-parallel.ts';

const USAGE =
  'Usage: npx genting zscores [INPUT.csv|-] [--age-unit days|months] > OUTPUT.csv\n' +
  '  Columns (WHO anthro names): sex (1/2, m/f) and age required; weight (kg), lenhei (cm),\n' +
  '  measure (l/h), oedema (y/n), headc (cm), armc (cm), triskin (mm), subskin (mm) optional.\n' +
  '  Reads stdin when INPUT is - or missing. See README.md, "Growth assessment".\n';

/** Files (named, or stdin redirected from one) from this size are converted by worker threads (one per core, at most 4). */
const PARALLEL_MIN_BYTES = 8 << 20;

type Options = { input: string | null; ageUnit: AgeUnit };

function parseArgs(args: string[]): Options | string {
  let input: string | null = null;
  let ageUnit: AgeUnit = 'days';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const unit = arg === '--age-unit' ? args[++i] : arg.startsWith('--age-unit=') ? arg.slice('--age-unit='.length) : undefined;
    if (arg === '--age-unit' || arg.startsWith('--age-unit=')) {
      if (unit !== 'days' && unit !== 'months') return '--age-unit must be days or months';
      ageUnit = unit;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (input !== null) return 'give one input file';
    else input = arg === '-' ? null : arg;
  }
  return { input, ageUnit };
}

function describeHeaderFailure({ reason, missing }: CsvHeaderFailure): string {
  if (reason === 'empty-input') return 'the input is empty (expected a CSV header line)';
  if (reason === 'not-csv') return 'the input is not a CSV text file';
  return `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
}

/** Streams `source` (bytes) through the converter to `sink` on this thread. */
async function convertStream(
  source: Readable, sink: Writable, warn: (row: number, reason: string) => void, ageUnit: AgeUnit, reuseOutput: boolean,
): Promise<ConversionSummary> {
  const converter = createZscoreCsvStream(loadGrowthTablesSync(), ageUnit, warn);
  const write = async (bytes: Uint8Array): Promise<void> => {
    if (bytes.length === 0) return;
    const isFlowing = reuseOutput ? sink.write(bytes, () => converter.recycle(bytes)) : sink.write(bytes);
    if (!isFlowing) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
  };
  for await (const chunk of source as AsyncIterable<Buffer | string>) {
    await write(converter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    if (converter.failure()) break;
  }
  if (!converter.failure()) await write(converter.end());
  return { failure: converter.failure(), rows: converter.rows(), badRows: converter.badRows() };
}

/** Reports the outcome of a conversion; returns the exit code. */
function finish(summary: ConversionSummary, warn: (line: string) => void): number {
  if (summary.failure) {
    warn(`zscores: ${describeHeaderFailure(summary.failure)}`);
    return 1;
  }
  if (summary.badRows > 0) warn(`zscores: ${summary.rows} rows, ${summary.badRows} with bad values (outputs left empty)`);
  return 0;
}

/**
 * Converts `source` to `sink` on this thread; returns the exit code. `reuseOutput`: the sink is
 * done with a chunk's memory when its write callback runs (true of process.stdout and file
 * streams, not of a sink that keeps the chunks), so output buffers are reused from then on.
 */
export async function convertZscoreCsv(
  source: Readable, sink: Writable, warn: (line: string) => void, ageUnit: AgeUnit, reuseOutput = false,
): Promise<number> {
  return finish(await convertStream(source, sink, (row, reason) => warn(`zscores: row ${row}: ${reason}`), ageUnit, reuseOutput), warn);
}

/** Converts a file (path, or open descriptor) with worker threads; returns the exit code. */
export async function convertZscoreCsvFile(
  file: string | number, sink: Writable, warn: (line: string) => void, ageUnit: AgeUnit, threads: number, reuseOutput = false,
): Promise<number> {
  const { convertFileInParallel } = await import('./zscores-parallel.ts');
  return finish(await convertFileInParallel(file, sink, (row, reason) => warn(`zscores: row ${row}: ${reason}`), ageUnit, threads, reuseOutput), warn);
}

export async function runZscores(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stderr.write(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`zscores: ${options}\n${USAGE}`);
    return 2;
  }
  const warn = (line: string): void => void process.stderr.write(`${line}\n`);
  try {
    const threads = Math.min(availableParallelism(), 4);
    // stdin redirected from a file (`< children.csv`) is read like a named file
    const stdin = options.input === null ? fstatSync(0) : null;
    const size = stdin ? (stdin.isFile() ? stdin.size : 0) : statSync(options.input ?? '').size;
    if (threads > 1 && size >= PARALLEL_MIN_BYTES) {
      return await convertZscoreCsvFile(options.input ?? 0, process.stdout, warn, options.ageUnit, threads, true);
    }
    const source = options.input === null ? process.stdin : createReadStream(options.input, { highWaterMark: 1 << 20 });
    return await convertZscoreCsv(source, process.stdout, warn, options.ageUnit, true);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      warn(`zscores: cannot read ${options.input ?? 'stdin'} (${code})`);
      return 1;
    }
    throw error;
  }
}
