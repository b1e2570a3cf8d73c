// Worker thread of `npx genting zscores` on large files (zscores-parallel.ts): converts batches
// of whole CSV records with the same converter as the single-threaded path. A batch arrives
// in a buffer the main thread read the file into, with an output buffer written out earlier
// (or none); both go back transferred, not copied, so no memory is allocated per batch once
// the buffers exist (fresh memory costs more than the conversion's arithmetic).
import { parentPort, workerData } from 'node:worker_threads';
import type { AgeUnit } from '../../src/anthro/age.ts';
import { createZscoreCsvStream } from '../../src/anthro/csv-zscores.ts';
import { loadGrowthTablesSync } from '../../src/anthro/load-growth-tables-sync.ts';

/** input[start, end) holds the records; `output` is a buffer to write into, or null. */
export type BatchRequest = { id: number; input: Uint8Array; start: number; end: number; output: Uint8Array | null };
/** `output` is a view of the bytes written; `input` is the request's buffer, handed back. */
export type BatchReply = { id: number; output: Uint8Array; input: Uint8Array; rows: number; warnings: [number, string][] };

const { header, ageUnit } = workerData as { header: Uint8Array; ageUnit: AgeUnit };
let warnings: [number, string][] = [];
let rowsBefore = 0;
const converter = createZscoreCsvStream(loadGrowthTablesSync(), ageUnit, (row, reason) => warnings.push([row - rowsBefore, reason]));
converter.push(Buffer.from(header)); // the header line (with its line break); its output is the main thread's

parentPort?.on('message', ({ id, input, start, end, output }: BatchRequest) => {
  warnings = [];
  rowsBefore = converter.rows();
  // A Buffer view: its indexOf is memchr, several times faster than Uint8Array's.
  const written = converter.convertBatch(Buffer.from(input.buffer, input.byteOffset + start, end - start), output);
  const reply: BatchReply = { id, output: written, input, rows: converter.rows() - rowsBefore, warnings };
  parentPort?.postMessage(reply, [written.buffer as ArrayBuffer, input.buffer as ArrayBuffer]);
});
