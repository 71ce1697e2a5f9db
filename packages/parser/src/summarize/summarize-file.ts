// summarizeFile(): summarize straight from a records file, bit-identical to
// summarize(readRecords(...)). A plain file is split at newlines into byte
// ranges that worker threads read and validate into their own column stores;
// the main thread appends the stores in file order (list values are handed
// over, not copied) and aggregates once. Anything unusual (a bad line in any
// range, gzip, stdin) reads sequentially in this thread instead, so errors,
// issues and reports are exactly those of the sequential reader.
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ResourceLimits, WorkerOptions } from "node:worker_threads";
import { UsageError } from "../errors.js";
import type { ReadReport, Summary } from "../model.js";
import { resolveArtifactsSync } from "../read/artifacts.js";
import { readRecords } from "../read/read-records.js";
import type { ReadOptions, RecordSource } from "../read/read-records.js";
import { isGzipMagic } from "../read/source-chunks.js";
import { VersionTracker } from "../read/version.js";
import { SummaryAccumulator } from "./accumulator.js";
import { checkPercentiles } from "./options.js";
import type { SummarizeOptions } from "./options.js";
import type { SelectOutput } from "./select-worker.js";
import type { WorkerInput, WorkerOutput, WorkerProgress } from "./summarize-worker.js";

export interface SummarizeFileOptions extends SummarizeOptions, ReadOptions {
  /**
   * Worker threads for a plain file: default AIPERF_THREADS, else 2 for files above 64 MiB; always
   * capped by the cores and by the work (one thread per 64 KiB at most). 1 reads in this thread;
   * gzip and streams always do. Not a whole number >= 1 (here or in AIPERF_THREADS): UsageError.
   */
  threads?: number;
}

export interface SummarizeFileResult {
  summary: Summary;
  report: ReadReport;
}

const PARALLEL_MIN_BYTES = 64 << 20;
/**
 * A smaller young generation for the parse workers: their per-line garbage then
 * holds ~20-30 MB less of peak RSS (100k records: 8, 16 and 24 MB measured; 16
 * was as fast as the default).
 */
export const PARSE_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16 };

/** One thread: the validated reader feeding the accumulator. */
async function summarizeInThread(source: RecordSource, options: SummarizeFileOptions): Promise<SummarizeFileResult> {
  const acc = new SummaryAccumulator(options);
  const stream = readRecords(source, options);
  for await (const r of stream) acc.add(r);
  const report = await stream.report;
  return { summary: acc.finish(), report };
}

/** Smallest byte range worth a worker thread: more threads than that is no work for them. */
const MIN_RANGE_BYTES = 64 << 10;

/**
 * The threads asked for (options.threads, else AIPERF_THREADS, else the default); garbage in either
 * is a UsageError, checked before any reading (also for sources that read in this thread).
 */
export function requestedThreads(options: Pick<SummarizeFileOptions, "threads">): number | undefined {
  if (options.threads !== undefined) {
    if (!Number.isSafeInteger(options.threads) || options.threads < 1)
      throw new UsageError(`threads must be a whole number >= 1, got ${String(options.threads)}`);
    return options.threads;
  }
  const env = process.env.AIPERF_THREADS;
  if (env === undefined || env === "") return undefined;
  if (!/^[1-9][0-9]{0,5}$/.test(env))
    throw new UsageError(
      `AIPERF_THREADS must be a whole number >= 1, got '${env}'`,
      "unset AIPERF_THREADS or set it to the number of worker threads, e.g. 4",
    );
  return Number(env);
}

/** Threads for a file of `size` bytes: as requested (default 2 above 64 MiB), capped by the cores and the work. */
export function threadCount(requested: number | undefined, size: number): number {
  const wanted = requested ?? (size >= PARALLEL_MIN_BYTES ? 2 : 1);
  return Math.max(1, Math.min(wanted, availableParallelism(), Math.ceil(size / MIN_RANGE_BYTES)));
}

/** Byte offsets just after a newline near size*k/n (strictly increasing; fewer ranges if lines are long). */
export function splitPoints(path: string, size: number, n: number): number[] {
  const points = [0];
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(1 << 16);
  try {
    for (let k = 1; k < n; k++) {
      let pos = Math.max(Math.floor((size * k) / n), points[points.length - 1] as number);
      let cut = -1;
      while (cut < 0 && pos < size) {
        const got = readSync(fd, buf, 0, buf.length, pos);
        if (got <= 0) break;
        const nl = buf.subarray(0, got).indexOf(0x0a);
        if (nl >= 0) cut = pos + nl + 1;
        else pos += got;
      }
      if (cut > 0 && cut < size && cut > (points[points.length - 1] as number)) points.push(cut);
    }
  } finally {
    closeSync(fd);
  }
  points.push(size);
  return points;
}

export function isGzipFile(path: string): boolean {
  if (path.endsWith(".gz")) return true;
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(2);
    return isGzipMagic(head.subarray(0, readSync(fd, head, 0, 2, 0)));
  } finally {
    closeSync(fd);
  }
}

function workerUrl(name: string): URL {
  const here = new URL(`./${name}.js`, import.meta.url);
  // Under the test runner this module is the .ts source: use the built worker.
  return existsSync(here) ? here : new URL(`../../dist/summarize/${name}.js`, import.meta.url);
}

export type Failed = { ok: false; reason: string };

/** A worker thread and its one reply; any failure is an { ok: false } reply (the caller falls back). */
export class OneShotWorker<T extends { ok: boolean }> {
  readonly reply: Promise<T | Failed>;
  private readonly worker: Worker;

  /**
   * `onProgress` receives the worker's progress notes (messages before its reply); `onNote` its other
   * messages before the reply (those with a `note` key: the ordered export's blocks).
   */
  constructor(worker: Worker, onProgress?: (bytesRead: number) => void, onNote?: (m: { note: unknown }) => void) {
    this.worker = worker;
    this.reply = new Promise((resolve) => {
      let done = false;
      const finish = (out: T | Failed): void => {
        if (done) return;
        done = true;
        resolve(out);
        void worker.terminate();
      };
      worker.on("message", (m: T | WorkerProgress | { note: unknown }) => {
        if ("note" in m) onNote?.(m);
        else if ("progress" in m) onProgress?.(m.progress);
        else finish(m);
      });
      worker.once("error", (e) => finish({ ok: false, reason: e.message }));
      worker.once("exit", () => finish({ ok: false, reason: "worker exited" }));
    });
  }

  /** The input of a worker started without workerData (it waits for one message). */
  send(data: unknown): Promise<T | Failed> {
    this.worker.postMessage(data);
    return this.reply;
  }

  /** A message to a worker that keeps listening (the ordered export's ranges and credits). */
  post(data: unknown): void {
    this.worker.postMessage(data);
  }
}

/**
 * The workers of one summarizeFile call. An abort or a throwing progress callback ends the call at
 * once (`guard` rejects); close() terminates every worker and waits for them, so none outlives the call.
 */
export class WorkerGroup {
  private readonly live = new Set<Worker>();
  private readonly failed: Promise<never>;
  private fail: (e: unknown) => void = () => undefined;
  private closed = false;
  private readonly onAbort = (): void => this.abort(this.signal?.reason);

  constructor(private readonly signal: AbortSignal | undefined) {
    this.failed = new Promise<never>((_, reject) => {
      this.fail = reject;
    });
    this.failed.catch(() => undefined); // observed through guard()
    signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  /** A worker of this group, or undefined once the group is closed. */
  start<T extends { ok: boolean }>(
    name: string,
    options: WorkerOptions,
    onProgress?: (bytesRead: number) => void,
    onNote?: (m: { note: unknown }) => void,
  ): OneShotWorker<T> | undefined {
    if (this.closed) return undefined;
    const worker = new Worker(workerUrl(name), options);
    this.live.add(worker);
    worker.once("exit", () => this.live.delete(worker));
    const progress =
      onProgress &&
      ((bytes: number): void => {
        try {
          onProgress(bytes);
        } catch (e) {
          this.abort(e); // the caller's callback threw: the call rejects with its error
        }
      });
    return new OneShotWorker<T>(worker, progress, onNote);
  }

  /** `p`, unless the call is aborted first. */
  guard<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.failed]);
  }

  /** Ends the call with `reason` and stops every worker now. */
  abort(reason: unknown): void {
    this.fail(reason);
    this.stopAll();
  }

  stopAll(): void {
    for (const w of this.live) void w.terminate();
  }

  /** Terminates every worker and waits until they are gone. */
  async close(): Promise<void> {
    this.closed = true;
    this.signal?.removeEventListener("abort", this.onAbort);
    await Promise.all([...this.live].map((w) => w.terminate()));
  }
}

/**
 * acc.finish(), with the list metrics' percentile selections (order-free) in
 * the `selector` worker on the shared chunks while this thread does the order-dependent sums.
 */
async function finishInParallel(
  acc: SummaryAccumulator,
  selector: OneShotWorker<SelectOutput> | undefined,
  group: WorkerGroup,
): Promise<Summary> {
  // Only values in shared memory: anything else would be copied into the worker.
  const jobs = acc.selections().filter((j) => j.parts.every((p) => p.buffer instanceof SharedArrayBuffer));
  const selecting = jobs.length > 0 && selector !== undefined ? group.guard(selector.send(jobs)) : undefined;
  acc.prepare();
  const out = await selecting;
  const selected = new Map<string, readonly number[]>();
  if (out?.ok === true) for (const [k, j] of jobs.entries()) selected.set(j.tag, out.values[k] as number[]);
  const summary = acc.finishWith(selected);
  // The selections were then made in this thread: the same numbers, but say so.
  if (out?.ok === false) summary.notes.push(`selection worker thread failed (${out.reason}); selected in one thread`);
  return summary;
}

/** summarize(readRecords(source, options), options), computed faster; the same Summary, report and errors. */
export async function summarizeFile(
  source: RecordSource,
  options: SummarizeFileOptions = {},
): Promise<SummarizeFileResult> {
  const requested = requestedThreads(options);
  // Before any reading (the workers' results reach an accumulator only at the end).
  if (options.percentiles !== undefined) checkPercentiles(options.percentiles);
  if (typeof source !== "string" || source === "-") return summarizeInThread(source, options);
  let path: string;
  let size: number;
  try {
    path = resolveArtifactsSync(source).records;
    size = statSync(path).size;
  } catch {
    return summarizeInThread(source, options); // the reader reports the problem
  }
  const threads = threadCount(requested, size);
  if (threads <= 1 || isGzipFile(path)) return summarizeInThread(source, options);
  const points = splitPoints(path, size, threads);
  if (points.length < 3) return summarizeInThread(source, options);
  options.signal?.throwIfAborted();
  const group = new WorkerGroup(options.signal);
  try {
    return await summarizeRanges(source, path, size, points, options, group);
  } finally {
    await group.close();
  }
}

async function summarizeRanges(
  source: RecordSource,
  path: string,
  size: number,
  points: number[],
  options: SummarizeFileOptions,
  group: WorkerGroup,
): Promise<SummarizeFileResult> {
  const { mode = "strict", validate = true } = options;
  const phases = options.phases ?? ["profiling"];
  // Progress of each range, summed for the caller's bar.
  const done = points.slice(0, -1).map(() => 0);
  const onProgress = options.onProgress;
  // The first real failure of a worker (not a bad line, which the sequential reread reports).
  let failure: string | undefined;
  let stopping = false;
  const parsing = points.slice(0, -1).map((start, k) => {
    const workerData: WorkerInput = {
      path,
      start,
      end: points[k + 1] as number,
      mode,
      validate,
      phases,
      maxLineBytes: options.maxLineBytes,
      progress: onProgress !== undefined,
    };
    const progress = (bytesRead: number): void => {
      done[k] = bytesRead;
      onProgress?.(
        done.reduce((a, b) => a + b, 0),
        size,
      );
    };
    const worker = group.start<WorkerOutput>(
      "summarize-worker",
      { workerData, resourceLimits: PARSE_WORKER_LIMITS },
      progress,
    ) as OneShotWorker<WorkerOutput>;
    return worker.reply.then((out) => {
      if (!out.ok && !stopping) {
        // The file is reread in this thread anyway: the other ranges are wasted work.
        stopping = true;
        if (out.reason !== "issues") failure = out.reason;
        group.stopAll();
      }
      return out;
    });
  });
  // The selection worker starts when a core frees up (a range is done), to be ready for the tail.
  let selector: OneShotWorker<SelectOutput> | undefined;
  void Promise.race(parsing).then(() => {
    if (!stopping) selector ??= group.start<SelectOutput>("select-worker", {});
  });
  const outputs = await group.guard(Promise.all(parsing));
  if (stopping) {
    const result = await summarizeInThread(source, options);
    if (failure !== undefined)
      result.summary.notes.push(`worker thread failed (${failure}); the file was summarized in one thread`);
    return result;
  }
  selector ??= group.start<SelectOutput>("select-worker", {});
  return mergeRanges(source, path, size, outputs, options, selector, group);
}

/** The workers' stores appended in file order and summarized; sequential reading when any range had an issue. */
async function mergeRanges(
  source: RecordSource,
  path: string,
  size: number,
  outputs: (WorkerOutput | Failed)[],
  options: SummarizeFileOptions,
  selector: OneShotWorker<SelectOutput> | undefined,
  group: WorkerGroup,
): Promise<SummarizeFileResult> {
  options.signal?.throwIfAborted();
  const acc = new SummaryAccumulator(options);
  const tracker = new VersionTracker();
  const report: ReadReport = {
    file: path,
    version: null,
    linesRead: 0,
    blankLines: 0,
    accepted: 0,
    skipped: 0,
    truncated: false,
    bytesRead: size,
    issues: [],
  };
  for (const [k, out] of outputs.entries()) {
    // Range 0 must hold the file's first content line (its checks run there only).
    if (!out.ok || (k === 0 && !out.sawContent) || !acc.absorb(out.store)) return summarizeInThread(source, options);
    tracker.merge(out.tracker);
    report.linesRead += out.linesRead;
    report.blankLines += out.blankLines;
    report.accepted += out.accepted;
  }
  report.version = tracker.version;
  options.onProgress?.(size, size);
  return { summary: await finishInParallel(acc, selector, group), report };
}
