// Per-request records -> Parquet, streamed: rows are buffered one row group at a
// time and each finished group goes to the output before the next is read, so
// memory is bounded by the row-group size, not the input.
import { readFileSync } from "node:fs";
import { toJsonText } from "@aiperf/core";
import { orderedTarget, readRecords, runOrdered } from "@aiperf/parser";
import type { OrderedOptions, ParsedRecord, ReadReport, RecordMetricValue, RecordsVersion } from "@aiperf/parser";
import type { ParquetBlockConfig } from "./parquet-blocks.js";
import type { KeyValue, RowGroup } from "hyparquet";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import {
  BoolColumn,
  ChunkFileWriter,
  type ColumnBuffer,
  DoubleColumn,
  Int64Column,
  ListColumn,
  msToNs,
  StringColumn,
} from "./chunk-writer.js";
import { nsList, type ParquetColumn, type ParquetKind, parquetColumns, parquetSchema } from "./columns.js";
import { detectHeadVersion, takeHead, withHead } from "@aiperf/csv-exporter";

/** A column with the same value in every row (run-level data of a dataset). */
export interface ConstantColumn {
  name: string;
  kind: "string" | "int" | "double";
  value: string | number | null;
}

export interface RecordsParquetOptions {
  /** Rows per row group (default 4096, as AIPerf's streaming writer): the unit of buffering. */
  rowGroupSize?: number;
  /** Version of the records; default: detected from the first `detectWindow` records. */
  version?: RecordsVersion;
  /** Records buffered to detect the version (default 256). */
  detectWindow?: number;
  /** Appended after the record columns, one value for every row. */
  constants?: readonly ConstantColumn[];
  /** Extra key-value metadata. */
  metadata?: Record<string, string>;
}

export interface RecordsParquetResult {
  rows: number;
  records: number;
  rowGroups: number;
  columns: string[];
  version: RecordsVersion;
  /** Tag -> records whose value went to the other_metrics JSON column (unknown tag, other unit, shape or a bigint). */
  otherMetrics: Record<string, number>;
  /** Key -> records whose value went to the other_metadata JSON column (error keys as `error.<key>`). */
  otherMetadata: Record<string, number>;
  /** JSON pointer -> records whose value no column holds (e.g. `/trace_data`). */
  notExported: Record<string, number>;
}

const DEFAULT_ROW_GROUP = 4096;
const DEFAULT_DETECT_WINDOW = 256;

/** Key-value metadata keys of our files. */
export const META = {
  units: "aiperf.units",
  schemaVersion: "aiperf_tools.schema_version",
  recordsVersion: "aiperf_tools.records_version",
  producer: "aiperf_tools.producer",
  /** JSON list: the records' metric tags in file order (summaries list metrics in that order). */
  metricOrder: "aiperf_tools.metric_order",
} as const;
/** Version of our Parquet layout; bump when a column changes meaning (2: ms lists as `<tag>_ns` INT64 lists). */
const SCHEMA_VERSION = "2";

function producer(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return `@aiperf/parquet ${pkg.version}`;
}

/** Streams `records` as one Parquet file (Snappy) to `output`; ends it. */
export async function writeRecordsParquet(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  output: NodeJS.WritableStream,
  options: RecordsParquetOptions = {},
): Promise<RecordsParquetResult> {
  const source = (async function* () {
    yield* records;
  })();
  try {
    const head = await takeHead(source, options.detectWindow ?? DEFAULT_DETECT_WINDOW);
    const file = new RecordsParquetFile(output, fileLayout(head, options));
    for await (const record of withHead(head, source)) await file.add(record);
    return await file.finish();
  } finally {
    await source.return(undefined);
  }
}

export interface RecordsParquetFileOptions extends RecordsParquetOptions {
  /** Reading: mode, line limit, progress, threads (the parser's ordered pipeline). */
  read?: OrderedOptions;
  /**
   * The records for the one-thread path, from the first: used when the file does not suit worker
   * threads (gzip, small, stdin), or from the first issue on (a bad line; the records already in row
   * groups are passed over), so errors and reports are exactly the sequential reader's.
   */
  fallback: () => AsyncIterable<ParsedRecord> | Promise<AsyncIterable<ParsedRecord>>;
}

/**
 * writeRecordsParquet over a records file, the same values (row groups may split differently), encoded
 * in worker threads when the file is large enough: `report` is the read report when the threads did
 * the whole read, undefined when `fallback`'s records were read (its stream has the report).
 */
export async function writeRecordsParquetFile(
  path: string,
  output: NodeJS.WritableStream,
  options: RecordsParquetFileOptions,
): Promise<{ result: RecordsParquetResult; report?: ReadReport }> {
  const read = options.read ?? {};
  const target = orderedTarget(path, read);
  if (target === undefined) return { result: await writeRecordsParquet(await options.fallback(), output, options) };
  let head: ParsedRecord[];
  const headStream = readRecords(target.path, {
    ...(read.mode !== undefined ? { mode: read.mode } : {}),
    ...(read.maxLineBytes !== undefined ? { maxLineBytes: read.maxLineBytes } : {}),
  })[Symbol.asyncIterator]();
  try {
    head = await takeHead(headStream, options.detectWindow ?? DEFAULT_DETECT_WINDOW);
  } catch {
    return { result: await writeRecordsParquet(await options.fallback(), output, options) };
  } finally {
    await headStream.return?.(undefined);
  }
  const layout = fileLayout(head, options);
  const file = new RecordsParquetFile(output, layout);
  const config: ParquetBlockConfig = {
    columns: layout.columns,
    constants: layout.constants,
    groupSize: layout.groupSize,
  };
  const outcome = await runOrdered(target, new URL("./parquet-blocks.js", import.meta.url), config, read, (block) =>
    file.appendBlock(block as ParquetBlock),
  );
  if (outcome.done) return { result: await file.finish(), report: outcome.report };
  // From the first issue on, in this thread: the records before it are in the file already.
  let skip = file.records;
  for await (const record of await options.fallback()) {
    if (skip > 0) skip--;
    else await file.add(record);
  }
  return { result: await file.finish() };
}

/** Columns and metadata of a file, fixed by the head of the records before the first row. */
export interface FileLayout {
  version: RecordsVersion;
  /** The record columns (ms lists as exact ns where the head allows). */
  columns: ParquetColumn[];
  constants: readonly ConstantColumn[];
  kv: KeyValue[];
  groupSize: number;
}

/** The head decides the version (unless given) and whether ms lists are exact ns. */
function fileLayout(head: readonly ParsedRecord[], options: RecordsParquetOptions): FileLayout {
  const version = options.version ?? detectHeadVersion(head);
  const columns = parquetColumns(version).map((c) => {
    const ns = nsList(c);
    return ns !== c &&
      c.source === "metric" &&
      head.every((r) => listFitsNs(r.metrics[c.tag]?.value, c.unit, r.metrics[c.tag]?.unit))
      ? ns
      : c;
  });
  const units = Object.fromEntries(
    columns
      .flatMap((c) => (c.source === "metric" ? [[c.name, c.kind === "list-ns" ? "ns" : c.unit] as const] : []))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const kv: KeyValue[] = [
    { key: META.units, value: JSON.stringify(units) },
    { key: META.schemaVersion, value: SCHEMA_VERSION },
    { key: META.recordsVersion, value: version },
    { key: META.producer, value: producer() },
    ...Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
  ];
  return {
    version,
    columns,
    constants: options.constants ?? [],
    kv,
    groupSize: options.rowGroupSize ?? DEFAULT_ROW_GROUP,
  };
}

const allColumnsOf = (layout: Pick<FileLayout, "columns" | "constants">): ParquetColumn[] => [
  ...layout.columns,
  ...layout.constants.map((c) => ({ name: c.name, kind: c.kind as ParquetKind, source: "other-metadata" as const })),
];

/** One row group's typed buffers, filled a record at a time. */
export class RowGroupBuffers {
  readonly buffers: ColumnBuffer[];
  readonly builder: RowBuilder;
  filled = 0;
  private readonly constantValues: unknown[];

  constructor(layout: Pick<FileLayout, "columns" | "constants" | "groupSize">) {
    this.buffers = allColumnsOf(layout).map((c) => columnBuffer(c, layout.groupSize));
    this.builder = new RowBuilder(layout.columns, (index, values) => (this.buffers[index] as ListColumn).stage(values));
    this.constantValues = layout.constants.map(constantValue);
  }

  /** Adds a record's row; the number of rows buffered. */
  add(record: ParsedRecord): number {
    const row = this.builder.add(record);
    for (let i = 0; i < row.length; i++) pushCell(this.buffers[i] as ColumnBuffer, row[i]);
    for (let i = 0; i < this.constantValues.length; i++)
      pushCell(this.buffers[row.length + i] as ColumnBuffer, this.constantValues[i]);
    return ++this.filled;
  }
}

/** A row group encoded by a worker (offsets relative to `bytes`), with what its records diverted. */
export interface ParquetBlock {
  bytes: Uint8Array;
  group: RowGroup;
  records: number;
  tally: RowTally;
  /** Metric tag lists first seen in this block, in record order. */
  signatures: string[][];
}

/** A Parquet file being written: records added here, or row groups encoded elsewhere, then the footer. */
class RecordsParquetFile {
  private readonly result = { rows: 0, records: 0, rowGroups: 0 };
  private readonly rows: RowGroupBuffers;
  private readonly sink: StreamWriter;
  private readonly writer: ChunkFileWriter;

  constructor(
    output: NodeJS.WritableStream,
    private readonly layout: FileLayout,
  ) {
    this.rows = new RowGroupBuffers(layout);
    this.sink = new StreamWriter(output, true);
    this.writer = new ChunkFileWriter(this.sink, parquetSchema(allColumnsOf(layout)), this.rows.buffers, "SNAPPY");
  }

  /** Records written so far. */
  get records(): number {
    return this.result.records;
  }

  async add(record: ParsedRecord): Promise<void> {
    this.result.records++;
    this.result.rows++;
    if (this.rows.add(record) >= this.layout.groupSize) await this.flushRows();
  }

  /** A worker's row group, after the rows added so far (none in practice: blocks come first). */
  async appendBlock(block: ParquetBlock): Promise<void> {
    await this.flushRows();
    await this.writer.appendRowGroup(block.bytes, block.group);
    this.result.records += block.records;
    this.result.rows += block.records;
    this.rows.builder.merge(block.tally, block.signatures);
  }

  private async flushRows(): Promise<void> {
    await this.writer.writeRowGroup(this.rows.filled);
    this.rows.filled = 0;
  }

  /** The last rows, the footer; ends the output. */
  async finish(): Promise<RecordsParquetResult> {
    await this.flushRows();
    const { builder } = this.rows;
    // The footer is written last, so the order seen over the whole input still fits in.
    const kv = [...this.layout.kv, { key: META.metricOrder, value: JSON.stringify(builder.metricOrder) }];
    this.result.rowGroups = await this.writer.finish(kv, `aiperf-tools (${producer()})`);
    await this.sink.end();
    const columns = allColumnsOf(this.layout).map((c) => c.name);
    return { ...this.result, columns, version: this.layout.version, ...builder.tally };
  }
}

function columnBuffer(c: ParquetColumn, capacity: number): ColumnBuffer {
  switch (c.kind) {
    case "ns":
    case "int":
      return new Int64Column(c.name, capacity);
    case "double":
      return new DoubleColumn(c.name, capacity);
    case "bool":
      return new BoolColumn(c.name, capacity);
    case "string":
    case "json":
      return new StringColumn(c.name, capacity);
    case "list":
      return new ListColumn(c.name, false, capacity);
    case "list-ns":
      return new ListColumn(c.name, true, capacity);
  }
}

/** Cells are typed by `cell` (or constants): the buffer's push takes them as they are. */
function pushCell(buffer: ColumnBuffer, value: unknown): void {
  const v = value === undefined ? null : value;
  if (buffer instanceof ListColumn) buffer.push(v as number[] | null);
  else (buffer as Int64Column).push(v as bigint | null);
}

/** Every value of a ms list is exactly `ns * 1e-6` for an integer ns (AIPerf's conversion). */
function listFitsNs(value: unknown, columnUnit: string, unit: string | undefined): boolean {
  if (value === undefined) return true;
  if (unit !== columnUnit || !Array.isArray(value)) return false;
  for (const v of value) if (typeof v !== "number" || msToNs(v) === undefined) return false;
  return true;
}

function constantValue(c: ConstantColumn): unknown {
  if (c.value === null) return null;
  return c.kind === "int" ? BigInt(c.value) : c.value;
}

/** Long layout: doubles split by byte stream, integers plain. */
function encodingOf(kind: ParquetKind): { encoding?: "BYTE_STREAM_SPLIT" } {
  return kind === "double" ? { encoding: "BYTE_STREAM_SPLIT" } : {};
}

/**
 * hyparquet-writer's byte writer as a queue of chunks. `borrow`: large byte arrays given to appendBytes
 * are queued as they are instead of copied (our chunk writer hands over fresh page bodies and never
 * touches them again).
 */
class ChunkQueue extends ByteWriter {
  protected pending: Uint8Array[] = [];
  constructor(private readonly borrow: boolean) {
    super(1 << 16);
  }

  override appendBytes(value: Uint8Array): void {
    if (!this.borrow || value.length < 1 << 15) {
      super.appendBytes(value);
      return;
    }
    this.cut();
    this.pending.push(value);
    this.offset += value.length;
  }

  /** Queues a copy of what the buffer holds (headers, small pages); the buffer is reused. */
  protected cut(): void {
    if (this.index > 0) this.pending.push(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }

  /** Everything queued, in order. */
  takeChunks(): Uint8Array[] {
    this.cut();
    const chunks = this.pending;
    this.pending = [];
    return chunks;
  }
}

/** Row groups kept in memory (a worker's blocks): nothing to drain. */
export class BlockSink extends ChunkQueue {
  constructor() {
    super(true);
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  /** Everything written since the last call, as one array. */
  takeBytes(): Uint8Array {
    const chunks = this.takeChunks();
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** The chunk queue drained to a stream after each row group. */
class StreamWriter extends ChunkQueue {
  constructor(
    private readonly output: NodeJS.WritableStream,
    borrow = false,
  ) {
    super(borrow);
  }

  flush(): Promise<void> {
    const chunks = this.takeChunks();
    if (chunks.length === 0) return Promise.resolve();
    // Resolves once the stream took the last chunk: one row group in flight at most.
    return new Promise((resolve, reject) => {
      const last = chunks.length - 1;
      chunks.forEach((chunk, i) => {
        if (i < last) this.output.write(chunk);
        else this.output.write(chunk, (err) => (err ? reject(err) : resolve()));
      });
    });
  }

  override finish(): Promise<void> {
    return this.flush();
  }

  end(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.output.once("error", reject);
      this.output.end(() => resolve());
    });
  }
}

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};
const pointer = (...segments: string[]): string =>
  segments.map((s) => `/${s.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** The typed cell of a value, or `undefined` when the value does not fit the column's type. */
function cell(kind: ParquetKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "ns":
    case "int":
      if (typeof value === "bigint") return value;
      return typeof value === "number" && Number.isSafeInteger(value) ? BigInt(value) : undefined;
    case "double":
      return typeof value === "number" ? value : undefined;
    case "list":
      return Array.isArray(value) && value.every((v) => typeof v === "number") ? value : undefined;
    case "list-ns":
      return undefined; // staged by RowBuilder instead
    case "string":
      return typeof value === "string" ? value : undefined;
    case "bool":
      return typeof value === "boolean" ? value : undefined;
    case "json":
      return toJsonText(value);
  }
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Records per key whose values went to the JSON columns or nowhere. */
export interface RowTally {
  otherMetrics: Record<string, number>;
  otherMetadata: Record<string, number>;
  notExported: Record<string, number>;
}

const newRowTally = (): RowTally => ({ otherMetrics: {}, otherMetadata: {}, notExported: {} });

/** Fills one row of a column batch per record; what has no column goes to the JSON columns, counted. */
export class RowBuilder {
  tally: RowTally = newRowTally();
  /** Metric tags merged in the order the records list them (a new tag goes right after its predecessor). */
  readonly metricOrder: string[] = [];
  /** Tag lists merged into metricOrder (JSON), and those new since the last take(). */
  private readonly seen = new Set<string>();
  private signatures: string[][] = [];
  /** The last few lists met (all of them in `seen`). */
  private readonly recent: string[][] = [];
  private readonly metrics = new Map<string, { index: number; kind: ParquetKind; unit: string }>();
  /** Metadata key -> its column and the keys that column reads, in order (it takes the first defined one). */
  private readonly metadataColumns = new Map<string, { index: number; kind: ParquetKind; keys: readonly string[] }>();
  private readonly errorColumns = new Map<string, { index: number; kind: ParquetKind }>();
  private readonly lineIndex: number;
  private readonly otherMetadataIndex: number;
  private readonly otherMetricsIndex: number;

  /**
   * `stage(index, values)`: converts a ms list into its ns column's buffer, false
   * when a value is not exactly `ns * 1e-6` (the list then goes to other_metrics).
   */
  constructor(
    private readonly columns: readonly ParquetColumn[],
    private readonly stage: (index: number, values: readonly number[]) => boolean,
  ) {
    columns.forEach((c, index) => {
      if (c.source === "metric") this.metrics.set(c.tag, { index, kind: c.kind, unit: c.unit });
      else if (c.source === "metadata")
        for (const key of c.keys) this.metadataColumns.set(key, { index, kind: c.kind, keys: c.keys });
      else if (c.source === "error") this.errorColumns.set(c.key, { index, kind: c.kind });
    });
    this.lineIndex = columns.findIndex((c) => c.source === "line");
    this.otherMetadataIndex = columns.findIndex((c) => c.source === "other-metadata");
    this.otherMetricsIndex = columns.findIndex((c) => c.source === "other-metrics");
  }

  /** The record's cells in column order (null where it has no value). */
  add(record: ParsedRecord): unknown[] {
    const row: unknown[] = new Array(this.columns.length).fill(null);
    // Leftovers are rare: their objects are made only when there is one.
    let otherMetadata: Record<string, unknown> | undefined;
    if (this.lineIndex >= 0) row[this.lineIndex] = BigInt(record.line);
    const metadata = record.metadata as Record<string, unknown>;
    for (const key of Object.keys(metadata)) {
      const value = metadata[key];
      const col = this.metadataColumns.get(key);
      // A column takes its first defined key; a value that does not fit it is left for other_metadata.
      if (col !== undefined && (col.keys.length === 1 || col.keys.find((k) => metadata[k] !== undefined) === key)) {
        const typed = cell(col.kind, value);
        if (typed !== undefined) {
          row[col.index] = typed;
          continue;
        }
      }
      otherMetadata ??= {};
      otherMetadata[key] = value;
    }
    const error = record.error as Record<string, unknown> | null;
    if (error !== null)
      for (const key of Object.keys(error)) {
        const value = error[key];
        if (value === undefined) continue;
        const col = this.errorColumns.get(key);
        const typed = col === undefined ? undefined : cell(col.kind, value);
        if (col !== undefined && typed !== undefined) row[col.index] = typed;
        else {
          otherMetadata ??= {};
          otherMetadata[`error.${key}`] = value;
        }
      }

    let otherMetrics: Record<string, unknown> | undefined;
    const tags = Object.keys(record.metrics);
    this.noteTags(tags);
    for (const tag of tags) {
      const mv = record.metrics[tag] as RecordMetricValue;
      const col = this.metrics.get(tag);
      const value =
        col === undefined || col.unit !== mv.unit
          ? undefined
          : col.kind === "list-ns"
            ? Array.isArray(mv.value) && this.stage(col.index, mv.value as number[])
              ? mv.value
              : undefined
            : cell(col.kind, mv.value);
      if (col !== undefined && value !== undefined && value !== null) row[col.index] = value;
      else {
        otherMetrics ??= {};
        otherMetrics[tag] = mv;
      }
    }
    if (otherMetadata !== undefined)
      this.divert(row, this.otherMetadataIndex, otherMetadata, this.tally.otherMetadata, "metadata");
    if (otherMetrics !== undefined)
      this.divert(row, this.otherMetricsIndex, otherMetrics, this.tally.otherMetrics, "metrics");
    if (record.extra !== undefined)
      for (const key of Object.keys(record.extra)) bump(this.tally.notExported, pointer(key));
    return row;
  }

  /**
   * Merges a record's tag list into metricOrder. A list seen before changes nothing (its tags are all
   * placed), so only new lists are merged, and they are all an order needs (signatures).
   */
  private noteTags(tags: string[]): void {
    // Most records repeat one of a few lists: compared directly before any key is built.
    for (const known of this.recent) if (sameTags(known, tags)) return;
    if (this.recent.length >= 8) this.recent.pop();
    this.recent.unshift(tags);
    const key = JSON.stringify(tags);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.signatures.push(tags);
    let previous = -1;
    for (const tag of tags) {
      let at = this.metricOrder.indexOf(tag);
      if (at < 0) {
        at = previous + 1;
        this.metricOrder.splice(at, 0, tag);
      }
      previous = at;
    }
  }

  /** The counts and new tag lists since the last take (a worker's block). */
  take(): { tally: RowTally; signatures: string[][] } {
    const out = { tally: this.tally, signatures: this.signatures };
    this.tally = newRowTally();
    this.signatures = [];
    return out;
  }

  /** Adds a block's counts and tag lists, in block order (the same as reading its records here). */
  merge(tally: RowTally, signatures: readonly string[][]): void {
    for (const part of ["otherMetrics", "otherMetadata", "notExported"] as const)
      for (const [key, n] of Object.entries(tally[part])) this.tally[part][key] = (this.tally[part][key] ?? 0) + n;
    for (const tags of signatures) this.noteTags(tags);
  }

  private divert(
    row: unknown[],
    index: number,
    leftover: Record<string, unknown>,
    counts: Record<string, number>,
    where: string,
  ): void {
    const keys = Object.keys(leftover);
    if (keys.length === 0) return;
    if (index < 0) {
      for (const key of keys)
        bump(this.tally.notExported, key.startsWith("error.") ? pointer("error", key.slice(6)) : pointer(where, key));
      return;
    }
    for (const key of keys) bump(counts, key);
    row[index] = toJsonText(leftover);
  }
}

/** Columns of the long layout: one row per value of every list-valued metric (the CSV's --long). */
const LONG_COLUMNS: ParquetColumn[] = [
  { name: "line", kind: "int", source: "line" },
  { name: "x_request_id", kind: "string", source: "other-metadata" },
  { name: "metric", kind: "string", source: "other-metadata" },
  { name: "unit", kind: "string", source: "other-metadata" },
  { name: "index", kind: "int", source: "other-metadata" },
  { name: "value", kind: "double", source: "other-metadata" },
];

/** Streams every list value (inter-chunk latencies) as one row: line, x_request_id, metric, unit, index, value. */
export async function writeLongParquet(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  output: NodeJS.WritableStream,
  options: { rowGroupSize?: number } = {},
): Promise<{ rows: number; records: number; rowGroups: number }> {
  const sink = new StreamWriter(output);
  const writer = new ParquetWriter({
    writer: sink,
    schema: parquetSchema(LONG_COLUMNS),
    codec: "SNAPPY",
    kvMetadata: [
      { key: META.schemaVersion, value: SCHEMA_VERSION },
      { key: META.producer, value: producer() },
      { key: "aiperf_tools.layout", value: "long" },
    ],
    createdBy: `aiperf-tools (${producer()}, hyparquet-writer)`,
  });
  // Rows here are single values: a larger group costs no more memory than a wide one.
  const groupSize = options.rowGroupSize ?? 1 << 20;
  const result = { rows: 0, records: 0, rowGroups: 0 };
  let batch: unknown[][] = LONG_COLUMNS.map(() => []);
  const flush = async (): Promise<void> => {
    const rows = batch[0]?.length ?? 0;
    if (rows === 0) return;
    await writer.write({
      columnData: LONG_COLUMNS.map((c, i) => ({ name: c.name, data: batch[i] ?? [], ...encodingOf(c.kind) })),
      rowGroupSize: rows,
    });
    result.rowGroups++;
    batch = LONG_COLUMNS.map(() => []);
  };
  for await (const record of records) {
    result.records++;
    const id = typeof record.metadata.x_request_id === "string" ? record.metadata.x_request_id : null;
    for (const [tag, mv] of Object.entries(record.metrics)) {
      if (!Array.isArray(mv.value)) continue;
      for (let i = 0; i < mv.value.length; i++) {
        const row = [BigInt(record.line), id, tag, mv.unit, BigInt(i), mv.value[i] ?? null];
        row.forEach((v, c) => {
          batch[c]?.push(v);
        });
        result.rows++;
      }
      if ((batch[0]?.length ?? 0) >= groupSize) await flush();
    }
  }
  await flush();
  await writer.finish();
  await sink.end();
  return result;
}
