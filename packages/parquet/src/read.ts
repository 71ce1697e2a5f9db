// Parquet -> ParsedRecord, one row group at a time: our own files (exact round
// trip of what they carry) and AIPerf's profile_export.parquet (spec §13.4).
import { AiperfError, WrongFileKindError } from "@aiperf/parser";
import type { ParsedRecord, ReadReport, RecordStream, RecordsVersion } from "@aiperf/parser";
import { detectRecordsVersion } from "@aiperf/parser";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from "hyparquet";
import type { AsyncBuffer, FileMetaData } from "hyparquet";
import { type ParquetColumn, parquetColumns, resolveLists } from "./columns.js";
import { META } from "./write.js";

export type ParquetLayout = "aiperf-tools" | "aiperf";

/** AIPerf's non-metric columns (§13.4.1), in its order; the rest of its DOUBLE columns are metrics. */
const AIPERF_FIELDS: Readonly<Record<string, "ns" | "int" | "string" | "bool">> = {
  session_num: "int",
  x_request_id: "string",
  x_correlation_id: "string",
  conversation_id: "string",
  turn_index: "int",
  credit_issued_ns: "ns",
  request_start_ns: "ns",
  request_ack_ns: "ns",
  request_end_ns: "ns",
  worker_id: "string",
  global_dispatch_index: "int",
  record_processor_id: "string",
  benchmark_phase: "string",
  was_cancelled: "bool",
  cancellation_time_ns: "ns",
};
const AIPERF_ERROR_FIELDS: Readonly<Record<string, string>> = {
  error_code: "code",
  error_type: "type",
  error_message: "message",
};
/** Columns every AIPerf records Parquet has (the non-nullable ones of §13.4.1). */
const AIPERF_REQUIRED = ["session_num", "x_request_id", "request_start_ns", "request_end_ns", "benchmark_phase"];

/** An opened Parquet records file: what it is, what it cannot carry, and its records. */
export interface ParquetRecordsFile {
  file: string;
  layout: ParquetLayout;
  version: RecordsVersion;
  rows: number;
  rowGroups: number;
  /** Key-value metadata of the file. */
  metadata: Record<string, string>;
  /** What the file cannot carry compared with the JSONL (never invented). */
  notes: string[];
  /** Iterate once; `report` resolves at the end. */
  records: RecordStream;
}

/** Our truncated/corrupt-file error: exit 1 in the CLI, one line (no lenient hint: it cannot help). */
class ParquetCorruptError extends AiperfError {
  constructor(file: string, message: string, cause: unknown) {
    super("summary-format", `not a readable Parquet file (${message}); is it cut off?`, { file }, undefined, { cause });
  }
}

/** Opens a Parquet records file and checks its schema; reads rows only when `records` is iterated. */
export async function openParquetRecords(file: string): Promise<ParquetRecordsFile> {
  let buffer: AsyncBuffer;
  let meta: FileMetaData;
  try {
    buffer = await asyncBufferFromFile(file);
    meta = await parquetMetadataAsync(buffer);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== undefined) throw err;
    throw new ParquetCorruptError(file, (err as Error).message, err);
  }
  const kv = Object.fromEntries((meta.key_value_metadata ?? []).map((e) => [e.key, e.value ?? ""]));
  const names = parquetSchema(meta).children.map((c) => c.element.name);
  const present = new Set(names);
  const units = parseUnits(kv[META.units]);
  const order = parseOrder(kv[META.metricOrder]);
  const rows = Number(meta.num_rows);
  const rowGroups = meta.row_groups.map((g) => Number(g.num_rows));

  let layout: ParquetLayout;
  let version: RecordsVersion;
  let toRecord: (row: Record<string, unknown>, index: number) => ParsedRecord;
  const notes: string[] = [];
  if (kv["aiperf_tools.layout"] === "long")
    throw new WrongFileKindError(
      file,
      "this Parquet file is an export --long (one row per list value), not per-request records",
      "export the records without --long to read them back",
    );
  if (kv[META.schemaVersion] !== undefined) {
    layout = "aiperf-tools";
    version = (kv[META.recordsVersion] ?? "L") as RecordsVersion;
    const columns = resolveLists(parquetColumns(version), present);
    const missing = columns.map((c) => c.name).filter((n) => !present.has(n));
    if (missing.length > 0)
      throw new WrongFileKindError(
        file,
        `Parquet file lacks columns of its aiperf-tools layout: ${missing.join(", ")}`,
      );
    notes.push(
      version === "R" || version === "O"
        ? "read from Parquet: a metadata field the record lacked reads back as null"
        : "read from Parquet: a metadata field written as null reads back as absent",
      "read from Parquet: top-level keys other than metadata/metrics/error (e.g. trace_data) are not in the file",
    );
    toRecord = inOrder(ourRecord(columns, version), order);
  } else {
    const missing = AIPERF_REQUIRED.filter((n) => !present.has(n));
    if (missing.length > 0)
      throw new WrongFileKindError(
        file,
        `Parquet file is neither an aiperf-tools export nor AIPerf's profile_export.parquet: missing columns ${missing.join(", ")}`,
        "export one with `aiperf-tools export RUN --format parquet`",
      );
    layout = "aiperf";
    const metaKeys = names.filter((n) => AIPERF_FIELDS[n] !== undefined);
    version = detectRecordsVersion(metaKeys);
    const leaves = new Map(parquetSchema(meta).children.map((c) => [c.element.name, c.element.type]));
    const metricNames = names.filter(
      (n) => AIPERF_FIELDS[n] === undefined && AIPERF_ERROR_FIELDS[n] === undefined && leaves.get(n) === "DOUBLE",
    );
    if (present.has("inter_chunk_latency"))
      notes.push(
        "AIPerf's Parquet holds one projected inter_chunk_latency value per request, not the per-gap latencies: inter-chunk latency is left out",
      );
    if (names.some((n) => n.startsWith("trace_")))
      notes.push("AIPerf's Parquet trace_* columns are not read (no per-record trace data)");
    notes.push("AIPerf's Parquet has no JSONL line numbers: `line` is the row number");
    toRecord = aiperfRecord(
      metricNames.filter((n) => n !== "inter_chunk_latency"),
      units,
    );
  }

  const report: ReadReport = {
    file,
    version,
    linesRead: 0,
    blankLines: 0,
    accepted: 0,
    skipped: 0,
    truncated: false,
    bytesRead: buffer.byteLength,
    issues: [],
  };
  return {
    file,
    layout,
    version,
    rows,
    rowGroups: rowGroups.length,
    metadata: kv,
    notes,
    records: recordStream(file, report, async function* () {
      let start = 0;
      for (const size of rowGroups) {
        let objects: Record<string, unknown>[];
        try {
          objects = (await parquetReadObjects({
            file: buffer,
            metadata: meta,
            rowStart: start,
            rowEnd: start + size,
          })) as Record<string, unknown>[];
        } catch (err) {
          throw new ParquetCorruptError(file, (err as Error).message, err);
        }
        for (let i = 0; i < objects.length; i++) {
          report.linesRead++;
          report.accepted++;
          yield toRecord(objects[i] as Record<string, unknown>, start + i);
        }
        start += size;
      }
    }),
  };
}

function parseOrder(text: string | undefined): Map<string, number> {
  if (text === undefined) return new Map();
  try {
    const parsed = JSON.parse(text) as unknown;
    return new Map(Array.isArray(parsed) ? parsed.map((tag, i) => [String(tag), i]) : []);
  } catch {
    return new Map();
  }
}

/** Metrics in the order the source file listed them (column order otherwise). */
function inOrder(
  toRecord: (row: Record<string, unknown>, index: number) => ParsedRecord,
  order: Map<string, number>,
): (row: Record<string, unknown>, index: number) => ParsedRecord {
  if (order.size === 0) return toRecord;
  const rank = (tag: string): number => order.get(tag) ?? order.size;
  return (row, index) => {
    const record = toRecord(row, index);
    const tags = Object.keys(record.metrics).sort((a, b) => rank(a) - rank(b));
    record.metrics = Object.fromEntries(tags.map((t) => [t, record.metrics[t]])) as ParsedRecord["metrics"];
    return record;
  };
}

function parseUnits(text: string | undefined): Record<string, string> {
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function recordStream(file: string, report: ReadReport, rows: () => AsyncGenerator<ParsedRecord>): RecordStream {
  let settle!: { resolve: (r: ReadReport) => void; reject: (e: unknown) => void };
  const done = new Promise<ReadReport>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => undefined);
  return {
    file,
    report: done,
    async *[Symbol.asyncIterator]() {
      let finished = false;
      try {
        yield* rows();
        finished = true;
        settle.resolve(report);
      } catch (err) {
        if (err instanceof AiperfError) err.report = report;
        settle.reject(err);
        throw err;
      } finally {
        if (!finished) settle.resolve({ ...report, incomplete: true });
      }
    },
  };
}

/** INT64 cells as numbers where the JSONL has numbers (counters), bigint where it has `*_ns`. */
const asInt = (v: unknown): unknown =>
  typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;

function metricValue(kind: ParquetColumn["kind"], value: unknown): unknown {
  if (kind === "ns") return asInt(value);
  // AIPerf's own ns -> ms conversion: gives back the JSONL's doubles exactly.
  if (kind === "list-ns") return (value as bigint[]).map((ns) => Number(ns) * 1e-6);
  return value;
}

function ourRecord(
  columns: readonly ParquetColumn[],
  version: RecordsVersion,
): (row: Record<string, unknown>, index: number) => ParsedRecord {
  // R/O records write every field (null when unset); later ones omit unset fields.
  const keepNull = version === "R" || version === "O";
  return (row, index) => {
    const metadata: Record<string, unknown> = {};
    const metrics: Record<string, { value: unknown; unit: string }> = {};
    let error: Record<string, unknown> | null = null;
    let line = index + 1;
    for (const col of columns) {
      const value = row[col.name] ?? null;
      switch (col.source) {
        case "line":
          if (value !== null) line = Number(value);
          break;
        case "metadata": {
          const key = (version === "R" ? col.keys[0] : col.keys.at(-1)) ?? col.name;
          if (value !== null) metadata[key] = col.kind === "int" ? asInt(value) : value;
          else if (keepNull) metadata[key] = null;
          break;
        }
        case "error":
          if (value === null) break;
          error ??= {};
          error[col.key] = col.kind === "json" ? JSON.parse(value as string) : col.kind === "ns" ? asInt(value) : value;
          break;
        case "metric":
          if (value !== null) metrics[col.tag] = { value: metricValue(col.kind, value), unit: col.unit };
          break;
        case "other-metadata":
          if (value === null) break;
          for (const [key, v] of Object.entries(JSON.parse(value as string) as Record<string, unknown>)) {
            if (key.startsWith("error.")) {
              error ??= {};
              error[key.slice(6)] = v;
            } else metadata[key] = v;
          }
          break;
        case "other-metrics":
          if (value !== null) Object.assign(metrics, JSON.parse(value as string));
          break;
      }
    }
    return { line, metadata, metrics, error } as ParsedRecord;
  };
}

function aiperfRecord(
  metricNames: readonly string[],
  units: Record<string, string>,
): (row: Record<string, unknown>, index: number) => ParsedRecord {
  return (row, index) => {
    const metadata: Record<string, unknown> = {};
    for (const [name, kind] of Object.entries(AIPERF_FIELDS)) {
      const value = row[name];
      if (value === null || value === undefined) continue;
      metadata[name] = kind === "int" ? asInt(value) : value;
    }
    const metrics: Record<string, { value: unknown; unit: string }> = {};
    for (const name of metricNames) {
      const value = row[name];
      if (typeof value === "number" && Number.isFinite(value)) metrics[name] = { value, unit: units[name] ?? "" };
    }
    let error: Record<string, unknown> | null = null;
    for (const [name, key] of Object.entries(AIPERF_ERROR_FIELDS)) {
      const value = row[name];
      if (value === null || value === undefined) continue;
      error ??= {};
      error[key] = name === "error_code" ? asInt(value) : value;
    }
    return { line: index + 1, metadata, metrics, error } as ParsedRecord;
  };
}
