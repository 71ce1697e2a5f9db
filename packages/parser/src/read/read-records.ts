// Streaming reader: readRecords yields validated records one by one; memory
// holds one 1 MiB chunk and the records the caller keeps.
import { resolve } from "node:path";
import { AiperfError, CorruptGzipError } from "../errors.js";
import type { ParsedRecord, ReadReport } from "../model.js";
import { resolveArtifactsSync } from "./artifacts.js";
import { LineReader } from "./line-reader.js";
import { resolveMaxLineBytes } from "./line-splitter.js";
import type { ReadMode } from "./line-reader.js";
import { sourceChunks, toReadError } from "./source-chunks.js";
import type { ByteSource } from "./source-chunks.js";

/** A path (file or artifacts directory, `.gz` allowed), a Node readable stream, or "-" for stdin. */
export type RecordSource = string | NodeJS.ReadableStream;

export interface ReadOptions {
  /** strict (default): stop at the first bad line. lenient: skip bad lines, report every issue. */
  mode?: ReadMode;
  /** Validate each line against the MetricRecordInfo schema (default true). */
  validate?: boolean;
  /** Called per chunk with the source bytes consumed; totalBytes is known for files. */
  onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
  signal?: AbortSignal;
  /**
   * Longest line accepted, in bytes (default 256 MiB, at most 0x1fffffe8). A longer line, or a
   * source without newlines, ends the read with LineTooLongError (file, line) in either mode;
   * memory stays bounded by the limit.
   */
  maxLineBytes?: number;
}

export interface RecordStream extends AsyncIterable<ParsedRecord> {
  /**
   * Resolves when iteration ends (with `incomplete: true` if the consumer
   * stopped early); rejects with the error that ended a strict read. Pending
   * until the stream is iterated.
   */
  readonly report: Promise<ReadReport>;
  /** Resolved records path, or "<stdin>" / "<stream>". */
  readonly file: string;
}

/** Hooks of summarizeFile (not public API): a worker's byte range, the reader. */
export interface InternalReadOptions {
  range?: { start: number; end: number };
  onReader?: (reader: LineReader) => void;
}

class RecordStreamImpl implements RecordStream {
  readonly file: string;
  readonly report: Promise<ReadReport>;
  private settle!: { resolve: (r: ReadReport) => void; reject: (e: unknown) => void };
  private readonly source: ByteSource | undefined;
  private readonly openError: unknown;
  private started = false;

  constructor(
    input: RecordSource,
    private readonly options: ReadOptions,
    private readonly internal: InternalReadOptions = {},
  ) {
    this.report = new Promise<ReadReport>((res, rej) => {
      this.settle = { resolve: res, reject: rej };
    });
    // Callers that only iterate must not get an unhandled rejection.
    this.report.catch(() => undefined);
    if (typeof input !== "string") {
      this.file = "<stream>";
      this.source = { kind: "stream", stream: input, name: this.file };
    } else if (input === "-") {
      this.file = "<stdin>";
      this.source = { kind: "stream", stream: process.stdin, name: this.file };
    } else {
      let file = resolve(input);
      try {
        file = resolveArtifactsSync(input).records;
        const { range } = internal;
        this.source = range === undefined ? { kind: "path", path: file } : { kind: "range", path: file, ...range };
      } catch (e) {
        this.openError = e; // surfaced on iteration, like every other read error
      }
      this.file = file;
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<ParsedRecord> {
    if (this.started) throw new Error("a RecordStream can be iterated only once; call readRecords again");
    this.started = true;
    return this.iterate();
  }

  private async *iterate(): AsyncGenerator<ParsedRecord> {
    const { mode = "strict", validate = true, onProgress, signal } = this.options;
    const { range, onReader } = this.internal;
    let reader = new LineReader(this.file, mode, validate, range !== undefined && range.start > 0);
    let settled = false;
    let cutOff = false;
    let chunks: AsyncGenerator<Buffer> | undefined;
    try {
      const limit = resolveMaxLineBytes(this.options.maxLineBytes);
      reader = new LineReader(this.file, mode, validate, range !== undefined && range.start > 0, limit);
      onReader?.(reader);
      if (this.source === undefined) throw this.openError;
      chunks = sourceChunks(this.source, {
        signal,
        onBytes: (read, total) => {
          reader.report.bytesRead = read;
          onProgress?.(read, total);
        },
        onGzip: () => {
          reader.report.gzip = true;
        },
        onCutOff: () => {
          cutOff = true;
        },
      });
      // Not for-await: a line error must leave the source open for gzipDamage().
      for (let c = await chunks.next(); !c.done; c = await chunks.next()) {
        signal?.throwIfAborted();
        reader.feed(c.value);
        for (let r = reader.take(); r !== undefined; r = reader.take()) yield r;
      }
      reader.end(cutOff);
      for (let r = reader.take(); r !== undefined; r = reader.take()) yield r;
      settled = true;
      this.settle.resolve(reader.finish());
    } catch (e) {
      let err = toReadError(e, this.file, signal);
      if (err instanceof AiperfError) err.report ??= reader.finish();
      // A bad line in a gzip stream may be the damage itself: the gzip error wins, as in lenient mode.
      if (reader.report.gzip === true && chunks !== undefined && isLineError(err)) {
        const damage = await gzipDamage(chunks, () => cutOff, this.file);
        if (damage !== undefined) {
          const report = (err as AiperfError).report;
          if (report !== undefined) damage.report = report;
          err = damage;
        }
      }
      settled = true;
      this.settle.reject(err);
      throw err;
    } finally {
      // Not awaited: closing may wait on a pending read; the source is destroyed either way.
      chunks?.return(undefined).catch(() => undefined);
      if (!settled) {
        const report = reader.finish();
        report.incomplete = true;
        this.settle.resolve(report);
      }
    }
  }
}

function isLineError(e: unknown): boolean {
  return (
    e instanceof AiperfError &&
    (e.kind === "syntax" || e.kind === "validation" || e.kind === "truncated" || e.kind === "wrong-file-kind")
  );
}

/** Inflates the rest of a gzip stream (discarding it): the container's damage, if any. */
async function gzipDamage(
  chunks: AsyncGenerator<Buffer>,
  cutOff: () => boolean,
  file: string,
): Promise<CorruptGzipError | undefined> {
  try {
    for (let c = await chunks.next(); !c.done; c = await chunks.next());
  } catch (e) {
    const err = toReadError(e, file, undefined);
    return err instanceof CorruptGzipError ? err : undefined;
  }
  return cutOff() ? new CorruptGzipError(file, "gzip data ends early: the .gz file is cut off") : undefined;
}

/** Stream the validated records of a source. Nothing is read until iteration starts. */
export function readRecords(source: RecordSource, options: ReadOptions = {}): RecordStream {
  return new RecordStreamImpl(source, options);
}

/** readRecords with summarizeFile's hooks. */
export function readRecordsInternal(
  source: RecordSource,
  options: ReadOptions,
  internal: InternalReadOptions,
): RecordStream {
  return new RecordStreamImpl(source, options, internal);
}

/** Read every record of a source (AIPerf's async example mode). */
export async function loadRecords(
  source: RecordSource,
  options: ReadOptions = {},
): Promise<{ records: ParsedRecord[]; report: ReadReport }> {
  const stream = readRecords(source, options);
  const records: ParsedRecord[] = [];
  for await (const r of stream) records.push(r);
  return { records, report: await stream.report };
}
