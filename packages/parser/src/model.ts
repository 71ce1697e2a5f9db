// The parser's data model: what readRecords yields, what readSummary and
// summarize return. Shared contract of @aiperf/parser, @aiperf/csv-exporter
// and @aiperf/cli; change it only together with its users.
// The record types are derived from the types generated from schemas/ (the one
// source of truth): a field added to a schema appears here by itself, with the
// parser's exact reading applied (every `*_ns` integer as a bigint, facts F3).
import type {
  ErrorDetails,
  MetricRecordInfo,
  MetricRecordMetadataRun1,
  MetricRecordMetadataSession,
  MetricValue,
} from "@aiperf/core";

/** T without the keys K, keeping T's other members and its index signature (Omit loses them). */
type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };

/** T's `*_ns` members as the parser reads them: exact bigints (null kept where the schema allows it). */
export type ExactNs<T> = { [K in keyof T]: K extends `${string}_ns` ? Exclude<T[K], number> | bigint : T[K] };

/**
 * Version of a per-request JSONL file (facts F5, from the union of metadata keys):
 * - "R":    run1 format (0.1.x): `timestamp_ns`, `credit_phase`.
 * - "O":    Oct-2025 / early L (`session_num`, no `credit_issued_ns`): MetricArray engine.
 * - "L":    L era up to 0.8 (`credit_issued_ns`, no `agent_depth`): MetricArray engine.
 * - "0.10": 0.10/0.11 (`agent_depth`): MetricArray + crick t-digest for inter-chunk latency.
 * - "0.12": 0.12+ (`phase_index`, `phase_name`, ...): column-store engine.
 */
export type RecordsVersion = "R" | "O" | "L" | "0.10" | "0.12";

/** Layout of a summary file `profile_export_aiperf.json` (facts F16). */
export type SummaryVariant = "R" | "O" | "L" | "N";

/**
 * One metric value of a record, as in the file (schema MetricValue). Integers above 2^53 are bigint;
 * other keys of the value object are kept.
 */
export type RecordMetricValue = Without<MetricValue, "value"> & { value: MetricValue["value"] | bigint };

/**
 * Record metadata: either schema variant (run1 or session), every key optional, every
 * key of the file kept (unknown keys too). Every `*_ns` key holds a bigint equal to the
 * digits in the file; the nullable ones are `null` where the file writes `null` (R/O
 * eras) and absent where it omits them (L and later).
 */
export type RecordMetadata = Partial<ExactNs<MetricRecordMetadataRun1 & MetricRecordMetadataSession>>;

/**
 * Why a request failed (schema ErrorDetails), as the parser reads it: a `code` beyond 2^53 is a bigint
 * equal to the digits in the file; every other field as generated.
 */
export type RecordErrorDetails = Without<ErrorDetails, "code"> & { code?: ErrorDetails["code"] | bigint };

/** Top-level keys of a record line other than metadata, metrics and error (schema MetricRecordInfo). */
export type RecordExtra = Without<MetricRecordInfo, "metadata" | "metrics" | "error">;

/** One validated line of `profile_export.jsonl`. */
export interface ParsedRecord {
  /** 1-based line number in the source. */
  line: number;
  metadata: RecordMetadata;
  /** Metric tag -> value, in file order; unknown tags are kept. */
  metrics: Record<string, RecordMetricValue>;
  /** `null` when the file has `"error": null` or no `error` key. */
  error: RecordErrorDetails | null;
  /** Top-level keys other than metadata/metrics/error (e.g. `trace_data`), kept as parsed. */
  extra?: RecordExtra;
}

/** One problem found in the input; `pointer` is a JSON pointer into the line's object. */
export interface RecordIssue {
  file: string;
  line: number;
  column: number;
  pointer: string;
  message: string;
  kind: "syntax" | "validation" | "truncated";
}

/** What a read did: nothing disappears silently. */
export interface ReadReport {
  file: string;
  version: RecordsVersion | null;
  linesRead: number;
  blankLines: number;
  accepted: number;
  skipped: number;
  truncated: boolean;
  /** Bytes consumed from the source as stored (compressed bytes for gzip). */
  bytesRead: number;
  issues: RecordIssue[];
  /** The source was gzip-compressed. */
  gzip?: boolean;
  /** Iteration stopped before the end of the source (the consumer stopped early). */
  incomplete?: boolean;
}

/** Statistic keys. Percentiles beyond AIPerf's set are written `p99.9`, `p99.99`. */
export type StatKey =
  | "avg"
  | "min"
  | "max"
  | "sum"
  | "p1"
  | "p5"
  | "p10"
  | "p25"
  | "p50"
  | "p75"
  | "p90"
  | "p95"
  | "p99"
  | "std"
  | "count";

/** One metric of a summary, values in display units (as AIPerf writes them). */
export interface MetricSummary {
  tag: string;
  header: string;
  /** Display unit tag, e.g. "ms". */
  unit: string;
  kind: "record" | "aggregate" | "derived" | "unknown";
  /** Present statistics only; a stat the metric lacks is absent (AIPerf's null). */
  stats: Partial<Record<StatKey, number>> & Record<string, number | undefined>;
  /** Set when the value was carried over from an existing summary instead of recomputed. */
  carriedOver?: boolean;
}

export interface ErrorSummaryEntry {
  error_details: RecordErrorDetails;
  count: number;
}

/** The normalized summary: every variant of profile_export_aiperf.json, and what summarize() computes. */
export interface Summary {
  variant: SummaryVariant;
  /** AIPerf version whose engine produced or reproduced the values, when known. */
  aiperfVersion?: string;
  schemaVersion?: string;
  benchmarkId?: string;
  /** Results-dict order (AIPerf's order in the R `records` map). */
  metrics: MetricSummary[];
  errorSummary: ErrorSummaryEntry[];
  inputConfig?: unknown;
  wasCancelled?: boolean;
  startTime?: string | null;
  endTime?: string | null;
  /** Other top-level keys of a summary file (telemetry_data, run_info, ...), kept verbatim in order. */
  extra?: Record<string, unknown>;
  /** What could not be derived or was left out, and why. */
  notes: string[];
}
