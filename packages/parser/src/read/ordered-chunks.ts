// The ordered export pipeline: worker threads read byte ranges of a plain records file (split on line
// boundaries, as summarizeFile does) and encode their records into output blocks with an encoder module
// of the caller (CSV rows, Parquet row groups); this thread hands the blocks to the caller in file order.
// Memory stays bounded: a worker has at most `maxInFlight` blocks unwritten. The first issue in file
// order (a bad line, a skipped line, a failed worker) stops the pipeline after the blocks before it: the
// caller then reads on in one thread, so errors and reports are exactly those of the sequential reader.
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReadReport } from "../model.js";
import {
  isGzipFile,
  type OneShotWorker,
  PARSE_WORKER_LIMITS,
  requestedThreads,
  splitPoints,
  threadCount,
  WorkerGroup,
} from "../summarize/summarize-file.js";
import { resolveArtifactsSync } from "./artifacts.js";
import type { OrderedNote, OrderedRange, OrderedWorkerInput, RangeEnd, ToWorker } from "./ordered-worker.js";
import type { ReadOptions, RecordSource } from "./read-records.js";
import { VersionTracker } from "./version.js";

export type { BlockEncoder, BlockEncoderModule, EncodedBlock } from "./ordered-worker.js";

export interface OrderedOptions extends ReadOptions {
  /** Worker threads: as summarizeFile (default AIPERF_THREADS, else 2 from 64 MiB; 1: no pipeline). */
  threads?: number;
  /** Bytes per range handed to a worker (default 32 MiB). */
  rangeBytes?: number;
  /** Blocks a worker may have waiting to be written (default 4). */
  maxInFlight?: number;
}

/** A plain file worth the pipeline. */
export interface OrderedTarget {
  path: string;
  size: number;
  threads: number;
}

/**
 * The file and thread count when `source` suits the pipeline (a plain file with threads > 1), else
 * undefined (gzip, stdin, small files: one thread). A bad thread count is a UsageError.
 */
export function orderedTarget(source: RecordSource, options: OrderedOptions = {}): OrderedTarget | undefined {
  const requested = requestedThreads(options);
  if (typeof source !== "string" || source === "-") return undefined;
  let path: string;
  let size: number;
  try {
    path = resolveArtifactsSync(source).records;
    size = statSync(path).size;
  } catch {
    return undefined; // the sequential reader reports the problem
  }
  const threads = threadCount(requested, size);
  if (threads <= 1 || isGzipFile(path)) return undefined;
  return { path, size, threads };
}

/** done: every record went out in blocks; else the caller reads on from the records its blocks held. */
export type OrderedOutcome = { done: true; report: ReadReport } | { done: false; reason: string };

const DEFAULT_RANGE_BYTES = 32 << 20;
const DEFAULT_IN_FLIGHT = 4;
/**
 * summarize's small young generation, and a capped old one: a worker keeps nothing from one record to
 * the next, and V8 would otherwise let each worker's heap grow to ~100 MB (Parquet export of 100k records,
 * 2 threads: 275 MB peak RSS without the cap, 242 MB with 48 or 96 MB). A worker that runs out (a huge
 * line) fails, and the export reads on in one thread.
 */
const ORDERED_WORKER_LIMITS = { ...PARSE_WORKER_LIMITS, maxOldGenerationSizeMb: 64 };

/**
 * Runs the pipeline over `target` with the encoder module at `encoder` (it exports
 * `createBlockEncoder(config)`), awaiting `onBlock` for each block in file order.
 */
export async function runOrdered(
  target: OrderedTarget,
  encoder: URL,
  config: unknown,
  options: OrderedOptions,
  onBlock: (block: unknown) => Promise<void> | void,
): Promise<OrderedOutcome> {
  const { path, size } = target;
  const rangeBytes = Math.max(1, options.rangeBytes ?? DEFAULT_RANGE_BYTES);
  const points = splitPoints(path, size, Math.max(target.threads, Math.ceil(size / rangeBytes)));
  if (points.length < 3) return { done: false, reason: "one range" };
  options.signal?.throwIfAborted();
  const ranges: OrderedRange[] = points
    .slice(0, -1)
    .map((start, index) => ({ index, start, end: points[index + 1] as number, lineOffset: 0 }));
  const group = new WorkerGroup(options.signal);
  try {
    return await new Pipeline(target, ranges, encoder, config, options, group, onBlock).run();
  } finally {
    await group.close();
  }
}

/** The built module of `url`: under the test runner the caller is its .ts source, beside no .js file. */
function builtModule(url: URL): URL {
  return url.protocol !== "file:" || existsSync(fileURLToPath(url))
    ? url
    : new URL(url.href.replace("/src/", "/dist/"));
}

interface RangeState {
  blocks: unknown[];
  owner: number;
  end?: RangeEnd;
  issue?: string;
}

class Pipeline {
  private readonly states: RangeState[] = [];
  private readonly workers: OneShotWorker<{ ok: boolean }>[] = [];
  private readonly failed = new Map<number, string>();
  private readonly progress = new Map<number, number>();
  private next = 0;
  private bytesDone = 0;
  private lines = new LineCounter();
  private wake: () => void = () => undefined;

  constructor(
    private readonly target: OrderedTarget,
    private readonly ranges: readonly OrderedRange[],
    encoder: URL,
    config: unknown,
    private readonly options: OrderedOptions,
    private readonly group: WorkerGroup,
    private readonly onBlock: (block: unknown) => Promise<void> | void,
  ) {
    const workerData: OrderedWorkerInput = {
      path: target.path,
      encoder: builtModule(encoder).href,
      config,
      mode: options.mode ?? "strict",
      validate: options.validate ?? true,
      maxLineBytes: options.maxLineBytes,
      progress: options.onProgress !== undefined,
      maxInFlight: Math.max(1, options.maxInFlight ?? DEFAULT_IN_FLIGHT),
    };
    for (let w = 0; w < target.threads; w++) {
      const worker = group.start<{ ok: boolean }>(
        "../read/ordered-worker",
        { workerData, resourceLimits: ORDERED_WORKER_LIMITS },
        undefined,
        (m) => this.note(w, m.note as OrderedNote),
      );
      if (worker === undefined) break;
      this.workers.push(worker);
      void worker.reply.then((out) => {
        if (!out.ok) this.failed.set(w, "reason" in out ? String(out.reason) : "worker failed");
        this.wake();
      });
    }
    for (const w of this.workers.keys()) this.dispatch(w);
  }

  private dispatch(w: number): void {
    const worker = this.workers[w] as OneShotWorker<{ ok: boolean }>;
    if (this.next >= this.ranges.length) {
      worker.post({ stop: true } satisfies ToWorker);
      return;
    }
    const range = this.ranges[this.next++] as OrderedRange;
    range.lineOffset = this.lines.before(this.target.path, range.start);
    this.states[range.index] = { blocks: [], owner: w };
    worker.post({ range } satisfies ToWorker);
  }

  private note(w: number, note: OrderedNote): void {
    if ("progress" in note) {
      this.progress.set(note.range, note.progress);
      this.reportProgress();
      return;
    }
    const state = this.states[note.range] as RangeState;
    if ("block" in note) state.blocks.push(note.block);
    else if ("end" in note) {
      state.end = note.end;
      this.progress.delete(note.range);
      const range = this.ranges[note.range] as OrderedRange;
      this.bytesDone += range.end - range.start;
      this.reportProgress();
      this.dispatch(w);
    } else state.issue = note.issue;
    this.wake();
  }

  private reportProgress(): void {
    const { onProgress } = this.options;
    if (onProgress === undefined) return;
    let read = this.bytesDone;
    for (const b of this.progress.values()) read += b;
    try {
      onProgress(read, this.target.size);
    } catch (e) {
      this.group.abort(e);
    }
  }

  async run(): Promise<OrderedOutcome> {
    const tracker = new VersionTracker();
    const report: ReadReport = {
      file: this.target.path,
      version: null,
      linesRead: 0,
      blankLines: 0,
      accepted: 0,
      skipped: 0,
      truncated: false,
      bytesRead: this.target.size,
      issues: [],
    };
    for (let k = 0; k < this.ranges.length; ) {
      const state = this.states[k];
      if (state !== undefined && state.blocks.length > 0) {
        await this.group.guard(Promise.resolve(this.onBlock(state.blocks.shift())));
        this.workers[state.owner]?.post({ credit: 1 } satisfies ToWorker);
        continue;
      }
      if (state?.end !== undefined) {
        // Range 0 must hold the file's first content line (its checks run there only).
        if (k === 0 && !state.end.sawContent) return { done: false, reason: "no content in the first range" };
        tracker.merge(state.end.tracker);
        report.linesRead += state.end.linesRead;
        report.blankLines += state.end.blankLines;
        report.accepted += state.end.accepted;
        k++;
        continue;
      }
      if (state?.issue !== undefined) return { done: false, reason: state.issue };
      const dead = state === undefined ? undefined : this.failed.get(state.owner);
      if (dead !== undefined) return { done: false, reason: `worker thread failed (${dead})` };
      const changed = new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      await this.group.guard(changed);
    }
    report.version = tracker.version;
    this.options.onProgress?.(this.target.size, this.target.size);
    return { done: true, report };
  }
}

/** Newlines before a byte offset, counted once in file order as the ranges go out. */
class LineCounter {
  private at = 0;
  private count = 0;

  before(path: string, offset: number): number {
    if (offset <= this.at) return this.count;
    const fd = openSync(path, "r");
    const buf = Buffer.allocUnsafe(1 << 20);
    try {
      while (this.at < offset) {
        const got = readSync(fd, buf, 0, Math.min(buf.length, offset - this.at), this.at);
        if (got <= 0) break;
        const bytes = buf.subarray(0, got);
        for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) this.count++;
        this.at += got;
      }
    } finally {
      closeSync(fd);
    }
    return this.count;
  }
}
