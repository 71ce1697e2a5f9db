// The per-request CSV, streamed: records are pulled only as fast as the output
// drains (pipeline back-pressure), so memory does not grow with the input.
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { orderedTarget, readRecords, runOrdered } from "@aiperf/parser";
import type { OrderedOptions, ParsedRecord, ReadReport, RecordsVersion } from "@aiperf/parser";
import type { CsvBlock, CsvBlockConfig } from "./csv-blocks.js";
import { encodeRows } from "./csv-encode.js";
import { catalogColumnPlan, selectColumnPlan } from "./record-columns.js";
import type { ColumnPlan } from "./record-columns.js";
import { LONG_HEADERS, newTally, RowLayout } from "./record-rows.js";
import type { ExportTally } from "./record-rows.js";
import { detectHeadVersion, takeHead, withHead } from "./record-head.js";

export interface RecordsCsvOptions {
  /** One row per value of each list metric (Line, Request ID, Metric, Unit, Index, Value) instead of one row per request. */
  long?: boolean;
  /**
   * Column set (wide format):
   * - `"catalog"` (default): every field of the records' version and every catalog
   *   metric a record of that version can carry; anything else goes to the two
   *   "Other ... (JSON)" columns at the end;
   * - a plan from `scanRecordColumns` (a first pass): exactly what occurs;
   * - column ids (see README), in that order.
   */
  columns?: "catalog" | ColumnPlan | readonly string[];
  /** Version of the records; default: detected from the metadata keys of the first `detectWindow` records. */
  version?: RecordsVersion;
  /** Records buffered to detect the version (default 256; memory is bounded by this, not the input). */
  detectWindow?: number;
  /** Prefix text cells that a spreadsheet would run as a formula with `'` (default true). Numbers are never changed. */
  injectionSafe?: boolean;
  /** End `output` when done (default true; pass false for process.stdout or to append more). */
  end?: boolean;
}

export interface RecordsCsvResult extends ExportTally {
  /** Data rows written (header excluded). */
  rows: number;
  /** Records read. */
  records: number;
  /** Header cells, in order. */
  columns: string[];
  /** Column ids, in order (wide format; the long format's are its headers). */
  columnIds: string[];
  version: RecordsVersion;
}

const DEFAULT_DETECT_WINDOW = 256;
const BATCH_ROWS = 256;

/**
 * Streams `records` to `output` as CSV (RFC 4180, CRLF): a header row, then one
 * row per request (or per list value with `long`). Values are the file's
 * display-unit values, written losslessly (shortest round-trip text, bigints
 * with every digit). Nothing is dropped silently: the result counts what went
 * to the Other columns or had no column.
 */
export async function writeRecordsCsv(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  output: NodeJS.WritableStream,
  options: RecordsCsvOptions = {},
): Promise<RecordsCsvResult> {
  const source = (async function* () {
    yield* records;
  })();
  try {
    const window =
      options.version === undefined && !isPlan(options.columns) ? (options.detectWindow ?? DEFAULT_DETECT_WINDOW) : 0;
    const head = await takeHead(source, window);
    const plan = resolvePlan(options, head);
    const layout = new RowLayout(plan, options.injectionSafe ?? true);
    const tally = newTally();
    const counts = { rows: 0, records: 0 };
    const long = options.long ?? false;
    const header = long ? [...LONG_HEADERS] : plan.columns.map((c) => c.header);

    // Rows are stringified in batches: one stream chunk per row costs more than the CSV encoding itself.
    async function* chunks(): AsyncGenerator<string> {
      let batch: string[][] = [header];
      for await (const record of withHead(head, source)) {
        counts.records++;
        const out = long ? layout.longRows(record) : [layout.wideRow(record, tally)];
        counts.rows += out.length;
        for (const row of out) batch.push(row);
        if (batch.length >= BATCH_ROWS) {
          yield encodeRows(batch);
          batch = [];
        }
      }
      if (batch.length > 0) yield encodeRows(batch);
    }
    // highWaterMark 1: at most one batch waits in the readable; the rest is back-pressure.
    await pipeline(Readable.from(chunks(), { highWaterMark: 1 }), output, { end: options.end ?? true });

    return {
      ...counts,
      columns: header,
      columnIds: long ? header : plan.columns.map((c) => c.id),
      version: plan.version,
      ...tally,
    };
  } finally {
    // Release the input (e.g. close the file) also when we stop early.
    await source.return(undefined);
  }
}

const isPlan = (columns: RecordsCsvOptions["columns"]): columns is ColumnPlan =>
  typeof columns === "object" && !Array.isArray(columns);

function resolvePlan(options: RecordsCsvOptions, head: readonly ParsedRecord[]): ColumnPlan {
  const columns = options.columns ?? "catalog";
  if (isPlan(columns)) return columns;
  const version = options.version ?? detectHeadVersion(head);
  return columns === "catalog" ? catalogColumnPlan(version) : selectColumnPlan(columns as readonly string[], version);
}

export interface RecordsCsvFileOptions extends RecordsCsvOptions {
  /** Reading: mode, line limit, progress, threads (the parser's ordered pipeline). */
  read?: OrderedOptions;
  /**
   * The records for the one-thread path, from the first: used when the file does not suit worker
   * threads (gzip, small, stdin), or from the first issue on (a bad line), so errors and reports are
   * exactly the sequential reader's. Its records are iterated only then.
   */
  fallback: () => AsyncIterable<ParsedRecord> | Promise<AsyncIterable<ParsedRecord>>;
}

/**
 * writeRecordsCsv over a records file, the same bytes, encoded in worker threads when the file is
 * large enough (the parser's ordered pipeline): `report` is the read report when the threads did the
 * whole read, undefined when `fallback`'s records were written (its stream has the report).
 */
export async function writeRecordsCsvFile(
  path: string,
  output: NodeJS.WritableStream,
  options: RecordsCsvFileOptions,
): Promise<{ result: RecordsCsvResult; report?: ReadReport }> {
  const read = options.read ?? {};
  const target = orderedTarget(path, read);
  const sequential = async (skipBytes: number): Promise<{ result: RecordsCsvResult }> => {
    const records = await options.fallback();
    if (skipBytes === 0) return { result: await writeRecordsCsv(records, output, options) };
    // The blocks already written are the first bytes the sequential writer produces: drop those.
    const skip = dropFirst(skipBytes);
    const piped = pipeline(skip, output, { end: options.end ?? true });
    piped.catch(() => undefined);
    try {
      const result = await writeRecordsCsv(records, skip, { ...options, end: true });
      await piped;
      return { result };
    } catch (e) {
      skip.destroy();
      throw e;
    }
  };
  if (target === undefined) return sequential(0);

  // The version comes from the first records, as in writeRecordsCsv; any trouble there: one thread.
  const window =
    options.version === undefined && !isPlan(options.columns) ? (options.detectWindow ?? DEFAULT_DETECT_WINDOW) : 0;
  let head: ParsedRecord[];
  const headStream = readRecords(target.path, {
    ...(read.mode !== undefined ? { mode: read.mode } : {}),
    ...(read.maxLineBytes !== undefined ? { maxLineBytes: read.maxLineBytes } : {}),
  })[Symbol.asyncIterator]();
  try {
    head = await takeHead(headStream, window);
  } catch {
    return sequential(0);
  } finally {
    await headStream.return?.(undefined);
  }
  const plan = resolvePlan(options, head);
  const long = options.long ?? false;
  const header = long ? [...LONG_HEADERS] : plan.columns.map((c) => c.header);
  const config: CsvBlockConfig = { plan, long, injectionSafe: options.injectionSafe ?? true };
  const tally = newTally();
  const counts = { rows: 0, records: 0 };
  let written = 0;
  const write = (text: string): Promise<void> => {
    written += Buffer.byteLength(text);
    return new Promise((resolve, reject) => {
      output.write(text, (err) => (err ? reject(err) : resolve()));
    });
  };
  await write(encodeRows([header]));
  const outcome = await runOrdered(target, new URL("./csv-blocks.js", import.meta.url), config, read, async (b) => {
    const block = b as CsvBlock;
    await write(block.text);
    counts.rows += block.rows;
    counts.records += block.records;
    mergeTally(tally, block.tally);
  });
  if (!outcome.done) return sequential(written);
  if (options.end ?? true) await new Promise<void>((resolve) => output.end(resolve));
  const result: RecordsCsvResult = {
    ...counts,
    columns: header,
    columnIds: long ? header : plan.columns.map((c) => c.id),
    version: plan.version,
    ...tally,
  };
  return { result, report: outcome.report };
}

/** Adds a block's counts in block order (keys first seen first, as one pass would list them). */
function mergeTally(into: ExportTally, from: ExportTally): void {
  for (const part of ["otherMetrics", "otherMetadata", "notExported"] as const)
    for (const [key, n] of Object.entries(from[part])) {
      const value = Object.hasOwn(into[part], key) ? (into[part][key] as number) + n : n;
      Object.defineProperty(into[part], key, { value, writable: true, enumerable: true, configurable: true });
    }
}

/** A pass-through that drops its first `bytes` bytes. */
function dropFirst(bytes: number): Transform {
  let left = bytes;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (left >= chunk.length) {
        left -= chunk.length;
        callback();
        return;
      }
      const rest = left > 0 ? chunk.subarray(left) : chunk;
      left = 0;
      callback(null, rest);
    },
  });
}
