// The parser's data model: what readRecords yields, what readSummary and
// summarize return. Shared contract of @aiperf/parser, @aiperf/csv-exporter
// and @aiperf/cli; change it only together with its users.
import type { ErrorDetails } from "@aiperf/core";

export type { ErrorDetails };

/**
 * Version of a per-request JSONL file (spec §12.12, from the union of metadata keys):
 * - "R":    run1 format (0.1.x): `timestamp_ns`, `credit_phase`.
 * - "O":    Oct-2025 / early L (`session_num`, no `credit_issued_ns`): MetricArray engine.
 * - "L":    L era up to 0.8 (`credit_issued_ns`, no `agent_depth`): MetricArray engine.
 * - "0.10": 0.10/0.11 (`agent_depth`): MetricArray + crick t-digest for inter-chunk latency.
 * - "0.12": 0.12+ (`phase_index`, `phase_name`, ...): column-store engine.
 */
export type RecordsVersion = "R" | "O" | "L" | "0.10" | "0.12";

/** Layout of a summary file `profile_export_aiperf.json` (spec §4). */
export type SummaryVariant = "R" | "O" | "L" | "N";

/** One metric value of a record, as in the file. Integers above 2^53 are bigint. */
export interface RecordMetricValue {
  value: number | bigint | number[];
  unit: string;
}

/**
 * Record metadata: every key of the file is kept (unknown keys too).
 * Every `*_ns` key holds a bigint equal to the digits in the file; the nullable
 * ones are `null` where the file writes `null` (R/O eras) and absent where it
 * omits them (L and later).
 */
export interface RecordMetadata {
  [key: string]: unknown;
  timestamp_ns?: bigint;
  request_start_ns?: bigint;
  request_end_ns?: bigint;
  request_ack_ns?: bigint | null;
  credit_issued_ns?: bigint | null;
  credit_received_ns?: bigint | null;
  cancellation_time_ns?: bigint | null;
  clock_offset_ns?: bigint | null;
  worker_id?: string;
  record_processor_id?: string;
  credit_phase?: string;
  benchmark_phase?: string;
  session_num?: number;
  x_request_id?: string | null;
  x_correlation_id?: string | null;
  conversation_id?: string | null;
  turn_index?: number | null;
  was_cancelled?: boolean;
}

/** One validated line of `profile_export.jsonl`. */
export interface ParsedRecord {
  /** 1-based line number in the source. */
  line: number;
  metadata: RecordMetadata;
  /** Metric tag -> value, in file order; unknown tags are kept. */
  metrics: Record<string, RecordMetricValue>;
  /** `null` when the file has `"error": null` or no `error` key. */
  error: ErrorDetails | null;
  /** Top-level keys other than metadata/metrics/error (e.g. `trace_data`), kept as parsed. */
  extra?: Record<string, unknown>;
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
  error_details: ErrorDetails;
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
