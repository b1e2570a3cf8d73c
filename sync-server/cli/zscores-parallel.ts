// `npx genting zscores` on a large file: the main thread reads the file and cuts it into batches
// of whole records (src/anthro/csv-bytes.ts findLastRecordBoundary); worker threads convert the
// batches (zscores-worker.ts); the main thread writes the outputs in input order and numbers
// the warnings' rows across batches. At most two batches per worker are in flight, and their
// input and output buffers travel back and forth (transferred) to be reused: fresh memory
// costs more here than converting (page faults), and the peak memory stays small. The output
// is byte for byte that of the single-threaded path.
import { close, open, read } from 'node:fs';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { AgeUnit } from '../../src/anthro/age.ts';
import { findLastRecordBoundary } from '../../src/anthro/csv-bytes.ts';
import { createZscoreCsvStream, type CsvHeaderFailure } from '../../src/anthro/csv-zscores.ts';
import { loadGrowthTablesSync } from '../../src/anthro/load-growth-tables-sync.ts';
import type { BatchReply, BatchRequest } from './zscores-worker.ts';

export type ConversionSummary = { failure: CsvHeaderFailure | null; rows: number; badRows: number };

type Pool = {
  convert: (input: Uint8Array, start: number, end: number, output: Uint8Array | null) => Promise<BatchReply>;
  close: () => Promise<void>;
};

/**
 * Worker threads running zscores-worker: its compiled file next to this one when the CLI runs
 * precompiled (bin/cli-build.mjs), else the TypeScript source through tsx, which each worker
 * registers itself (tsx is registered in the main thread only).
 */
function startWorker(workerData: { header: Uint8Array; ageUnit: AgeUnit }): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./zscores-worker.mjs', import.meta.url), { workerData });
  const workerUrl = new URL('./zscores-worker.ts', import.meta.url).href;
  const tsxUrl = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsxUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`;
  return new Worker(code, { eval: true, workerData });
}

function startPool(size: number, header: Uint8Array, ageUnit: AgeUnit): Pool {
  const waiting = new Map<number, { resolve: (reply: BatchReply) => void; reject: (error: unknown) => void }>();
  const workers = Array.from({ length: size }, () => {
    const worker = startWorker({ header, ageUnit });
    worker.on('message', (reply: BatchReply) => {
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
    });
    worker.on('error', (error) => {
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    });
    return worker;
  });
  let nextId = 0;
  return {
    convert: (input, start, end, output) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        const request: BatchRequest = { id, input, start, end, output };
        const transfer = output ? [input.buffer as ArrayBuffer, output.buffer as ArrayBuffer] : [input.buffer as ArrayBuffer];
        workers[id % size]?.postMessage(request, transfer);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Bytes read from the file per batch (plus the unfinished record carried over). */
const READ_BYTES = 1 << 20;

const openFile = (path: string): Promise<number> =>
  new Promise((resolve, reject) => open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
const readInto = (fd: number, buffer: Uint8Array, offset: number, length: number): Promise<number> =>
  new Promise((resolve, reject) => read(fd, buffer, offset, length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));

/**
 * Converts `file` (a path, or an open descriptor such as 0 for stdin redirected from a file,
 * left open) to `sink` with `threads` workers; warnings are numbered across the file.
 * `reuseOutput` as for convertZscoreCsv (zscores.ts): output buffers go back to the workers
 * once the sink's write callback has run.
 */
export async function convertFileInParallel(
  file: string | number, sink: Writable, warn: (row: number, reason: string) => void, ageUnit: AgeUnit, threads: number,
  reuseOutput: boolean,
): Promise<ConversionSummary> {
  const freeInputs: Uint8Array[] = [];
  const freeOutputs: Uint8Array[] = [];
  /** Writes `bytes`; with reuseOutput their buffer is reused once the sink is done with it. */
  const write = async (bytes: Uint8Array): Promise<void> => {
    const whole = new Uint8Array(bytes.buffer);
    if (bytes.length === 0) freeOutputs.push(whole);
    else if (!(reuseOutput ? sink.write(bytes, () => freeOutputs.push(whole)) : sink.write(bytes))) {
      await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
    }
  };
  let pool: Pool | null = null;
  const inFlight: Promise<BatchReply>[] = [];
  let rows = 0;
  let badRows = 0;
  const writeOldest = async (): Promise<void> => {
    const reply = await inFlight.shift();
    if (!reply) return;
    for (const [row, reason] of reply.warnings) warn(rows + row, reason);
    badRows += reply.warnings.length;
    rows += reply.rows;
    freeInputs.push(reply.input);
    await write(reply.output);
  };
  const fd = typeof file === 'number' ? file : await openFile(file);
  let carry = new Uint8Array(1 << 16);
  let carryLength = 0;
  try {
    for (;;) {
      // 1. The unfinished record of the last read, then the next bytes of the file, into a
      //    buffer a worker has handed back (or a new one when a record is longer than that).
      let input = freeInputs.pop();
      if (!input || input.length < carryLength + READ_BYTES) input = new Uint8Array(carryLength + READ_BYTES);
      input.set(carry.subarray(0, carryLength));
      const bytesRead = await readInto(fd, input, carryLength, input.length - carryLength);
      const end = carryLength + bytesRead;
      const isLast = bytesRead === 0;
      const data = Buffer.from(input.buffer, input.byteOffset, end); // a view; Buffer's indexOf is memchr
      let start = 0;
      if (!pool) {
        // 2. The header: checked and written here; each worker gets a copy.
        const headerEnd = data.indexOf(10);
        if (headerEnd === -1 && isLast) return await convertHeaderOnly(data, ageUnit, write);
        if (headerEnd !== -1) {
          const header = input.slice(0, headerEnd + 1);
          const check = createZscoreCsvStream(loadGrowthTablesSync(), ageUnit, () => undefined);
          const headerOutput = check.push(header);
          const failure = check.failure();
          if (failure) return { failure, rows: 0, badRows: 0 };
          await write(headerOutput);
          pool = startPool(threads, header, ageUnit);
          start = headerEnd + 1;
        }
      }
      // 3. Whole records to a worker; the unfinished tail is carried to the next read.
      const boundary = isLast ? end : pool ? start + findLastRecordBoundary(data.subarray(start, end)) : 0;
      if (end - boundary > carry.length) carry = new Uint8Array(2 * (end - boundary));
      carry.set(input.subarray(boundary, end));
      carryLength = end - boundary;
      if (pool && boundary > start) inFlight.push(pool.convert(input, start, boundary, freeOutputs.pop() ?? null));
      else freeInputs.push(input);
      if (isLast) break;
      if (inFlight.length >= 2 * threads) await writeOldest();
    }
    while (inFlight.length > 0) await writeOldest();
    return { failure: null, rows, badRows };
  } finally {
    if (typeof file !== 'number') close(fd, () => undefined);
    await pool?.close();
  }
}

/** An input without any line break: at most a header, no records. */
async function convertHeaderOnly(data: Uint8Array, ageUnit: AgeUnit, write: (bytes: Uint8Array) => Promise<void>): Promise<ConversionSummary> {
  const check = createZscoreCsvStream(loadGrowthTablesSync(), ageUnit, () => undefined);
  const output = check.push(data);
  const tail = check.end();
  const failure = check.failure();
  if (failure) return { failure, rows: 0, badRows: 0 };
  await write(output);
  await write(tail);
  return { failure: null, rows: 0, badRows: 0 };
}
