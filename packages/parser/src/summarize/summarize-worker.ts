// Worker of summarizeFile: reads one byte range of a records file through the
// full validated reader into its own store and hands the store back (list
// chunks transferred, not copied). Any issue makes the main thread reread the
// file sequentially, so errors keep their exact line, column and report.
import { parentPort, workerData } from "node:worker_threads";
import type { LineReader } from "../read/line-reader.js";
import { readRecordsInternal } from "../read/read-records.js";
import type { ReadMode } from "../read/line-reader.js";
import { RecordStore } from "./record-store.js";
import { exportStore } from "./worker-handoff.js";
import type { StoreData } from "./worker-handoff.js";

export interface WorkerInput {
  path: string;
  start: number;
  end: number;
  mode: ReadMode;
  validate: boolean;
  phases: string[];
  maxLineBytes: number | undefined;
  /** Post `{ progress: bytesRead }` now and then (the caller shows a progress bar). */
  progress: boolean;
}

/** A progress note, posted before the one reply. */
export interface WorkerProgress {
  progress: number;
}

const PROGRESS_EVERY_BYTES = 4 << 20;

export type WorkerOutput =
  | {
      ok: true;
      store: StoreData;
      linesRead: number;
      blankLines: number;
      accepted: number;
      sawContent: boolean;
      tracker: { seen: string[]; records: number };
    }
  | { ok: false; reason: string };

async function run(input: WorkerInput): Promise<void> {
  const store = new RecordStore(new Set(input.phases), true);
  let reader: LineReader | undefined;
  let posted = 0;
  const onProgress = (bytesRead: number): void => {
    if (bytesRead - posted < PROGRESS_EVERY_BYTES) return;
    posted = bytesRead;
    parentPort?.postMessage({ progress: bytesRead } satisfies WorkerProgress);
  };
  const options = {
    mode: input.mode,
    validate: input.validate,
    ...(input.maxLineBytes !== undefined ? { maxLineBytes: input.maxLineBytes } : {}),
    ...(input.progress ? { onProgress } : {}),
  };
  const stream = readRecordsInternal(input.path, options, {
    range: { start: input.start, end: input.end },
    onReader: (r) => {
      reader = r;
    },
  });
  try {
    for await (const r of stream) store.add(r);
    const report = await stream.report;
    if (report.skipped > 0 || report.truncated || reader === undefined) {
      parentPort?.postMessage({ ok: false, reason: "issues" } satisfies WorkerOutput);
      return;
    }
    const { data, transfer } = exportStore(store);
    const out: WorkerOutput = {
      ok: true,
      store: data,
      linesRead: report.linesRead,
      blankLines: report.blankLines,
      accepted: report.accepted,
      sawContent: reader.sawAnyContent,
      tracker: reader.versionTracker.export(),
    };
    parentPort?.postMessage(out, transfer);
  } catch (e) {
    parentPort?.postMessage({ ok: false, reason: e instanceof Error ? e.message : String(e) } satisfies WorkerOutput);
  }
}

await run(workerData as WorkerInput);
