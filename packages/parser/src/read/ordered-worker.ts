// Worker of the ordered export pipeline (ordered-chunks.ts): reads the byte ranges the main thread hands
// it, one at a time, through the full validated reader, and turns the records into encoded output blocks
// with the caller's encoder module. At most `maxInFlight` blocks wait unwritten; the main thread's credits
// let it go on. The first issue in a range (a bad or skipped line) ends the range: the blocks before it
// are complete, and the main thread reads on from there in one thread (exact errors and reports).
import { parentPort, workerData } from "node:worker_threads";
import type { ParsedRecord, ReadReport } from "../model.js";
import type { LineReader, ReadMode } from "./line-reader.js";
import { readRecordsInternal } from "./read-records.js";

/** What an encoder module (given by URL) exports for the workers. */
export interface BlockEncoderModule {
  createBlockEncoder(config: unknown): BlockEncoder;
}

/** Turns records into output blocks (e.g. CSV text, a Parquet row group), in record order. */
export interface BlockEncoder {
  /** Takes one record; a block when one is full. */
  add(record: ParsedRecord): EncodedBlock | undefined;
  /** What is left as a last block, if anything. */
  flush(): EncodedBlock | undefined;
}

export interface EncodedBlock {
  /** Structured-cloned to the main thread. */
  data: unknown;
  /** Buffers moved instead of copied. */
  transfer: ArrayBuffer[];
}

export interface OrderedWorkerInput {
  path: string;
  /** URL of the encoder module. */
  encoder: string;
  config: unknown;
  mode: ReadMode;
  validate: boolean;
  maxLineBytes: number | undefined;
  progress: boolean;
  maxInFlight: number;
}

export interface OrderedRange {
  index: number;
  start: number;
  end: number;
  /** Lines before `start`: added to every record's line number. */
  lineOffset: number;
}

export type ToWorker = { range: OrderedRange } | { credit: number } | { stop: true };

export interface RangeEnd {
  linesRead: number;
  blankLines: number;
  accepted: number;
  sawContent: boolean;
  tracker: { seen: string[]; records: number };
}

/** `note` of the worker's messages; the reply `{ ok }` comes after `stop`. */
export type OrderedNote =
  | { range: number; block: unknown }
  | { range: number; end: RangeEnd }
  | { range: number; issue: string }
  | { range: number; progress: number };

const PROGRESS_EVERY_BYTES = 4 << 20;

const input = workerData as OrderedWorkerInput;
const port = parentPort as NonNullable<typeof parentPort>;
const queue: OrderedRange[] = [];
let stopped = false;
let credits = input.maxInFlight;
let wake: (() => void) | undefined;

port.on("message", (m: ToWorker) => {
  if ("credit" in m) credits += m.credit;
  else if ("range" in m) queue.push(m.range);
  else stopped = true;
  wake?.();
});

const waitForMessage = (): Promise<void> =>
  new Promise((resolve) => {
    wake = resolve;
  });

const post = (note: OrderedNote, transfer: ArrayBuffer[] = []): void => port.postMessage({ note }, transfer);

async function send(range: number, block: EncodedBlock | undefined): Promise<void> {
  if (block === undefined) return;
  while (credits <= 0) await waitForMessage();
  credits--;
  post({ range, block: block.data }, block.transfer);
}

async function runRange(mod: BlockEncoderModule, range: OrderedRange): Promise<void> {
  const encoder = mod.createBlockEncoder(input.config);
  let reader: LineReader | undefined;
  let posted = 0;
  const onProgress = (bytesRead: number): void => {
    if (bytesRead - posted < PROGRESS_EVERY_BYTES) return;
    posted = bytesRead;
    post({ range: range.index, progress: bytesRead });
  };
  const stream = readRecordsInternal(
    input.path,
    {
      mode: input.mode,
      validate: input.validate,
      ...(input.maxLineBytes !== undefined ? { maxLineBytes: input.maxLineBytes } : {}),
      ...(input.progress ? { onProgress } : {}),
    },
    { range: { start: range.start, end: range.end }, onReader: (r) => (reader = r) },
  );
  let issue: string | undefined;
  let report: ReadReport | undefined;
  try {
    for await (const record of stream) {
      // A line before this record was skipped (lenient): the main thread reads on from here.
      if ((reader as LineReader).report.skipped > 0) {
        issue = "skipped";
        break;
      }
      record.line += range.lineOffset;
      // No await per record: only a full block may wait for credit.
      const block = encoder.add(record);
      if (block !== undefined) await send(range.index, block);
    }
    if (issue === undefined) {
      report = await stream.report;
      if (report.skipped > 0 || report.truncated) issue = "skipped";
    }
  } catch (e) {
    issue = e instanceof Error ? e.message : String(e);
  }
  // The records before the issue, if any, still make a complete block.
  await send(range.index, encoder.flush());
  if (issue !== undefined || reader === undefined || report === undefined) {
    post({ range: range.index, issue: issue ?? "no reader" });
    return;
  }
  post({
    range: range.index,
    end: {
      linesRead: report.linesRead,
      blankLines: report.blankLines,
      accepted: report.accepted,
      sawContent: reader.sawAnyContent,
      tracker: reader.versionTracker.export(),
    },
  });
}

async function run(): Promise<void> {
  try {
    const mod = (await import(input.encoder)) as BlockEncoderModule;
    for (;;) {
      const range = queue.shift();
      if (range !== undefined) await runRange(mod, range);
      else if (stopped) break;
      else await waitForMessage();
    }
    port.postMessage({ ok: true });
  } catch (e) {
    port.postMessage({ ok: false, reason: e instanceof Error ? e.message : String(e) });
  }
}

await run();
