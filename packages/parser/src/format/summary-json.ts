// profile_export_aiperf.json in each layout (facts F16): R nests full 16-key
// MetricResults under `records`; O/L/N are flat with declared fields first.
import { getMetric } from "@aiperf/core";
import type { RecordErrorDetails, MetricSummary, Summary, SummaryVariant } from "../model.js";
import { setOwn } from "../own.js";
import { isExported, metricInfo } from "../summarize/metric-defs.js";
import { JsonFloat, writePyJson } from "./py-json.js";

/** schema_version values the writer can produce (1.2 only ever appeared between releases). */
export const SUMMARY_SCHEMA_VERSIONS = ["1.0", "1.1", "1.3", "1.4", "1.5"] as const;
export type SummarySchemaVersion = (typeof SUMMARY_SCHEMA_VERSIONS)[number];
export const SUMMARY_PRODUCERS = ["python", "rust"] as const;
export type SummaryProducer = (typeof SUMMARY_PRODUCERS)[number];

export interface FormatSummaryJsonOptions {
  /** Layout to write (default: summary.variant). Ignored when schemaVersion or producer is given. */
  variant?: SummaryVariant;
  /** Python flat layout with this schema_version: 1.0 without count/sum, 1.1+ with them (facts F24). */
  schemaVersion?: SummarySchemaVersion;
  /** "rust": the Rust engine's layout, which always says schema_version 1.4 (spec §13.3.3). */
  producer?: SummaryProducer;
}

/** Top-level keys a Python schema version introduced; older targets leave them out (spec §13.1.1). */
const KEY_SINCE: Readonly<Record<string, string>> = {
  run_info: "1.2",
  warmup_metrics: "1.4",
  runtime_submission_invalid_reasons: "1.5",
};
/** Keys only the Rust engine writes; a Python target leaves them out. */
const RUST_ONLY_KEYS = ["steady_state", "pooled_spec_decode_acceptance_histogram"];

function versionAtLeast(version: string, min: string): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [c = 0, d = 0] = min.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

const R_PERCENTILES = [1, 5, 25, 50, 75, 90, 95, 99];

/** JsonExportData's declared metric fields (O, kept by L/N), in order (facts F16). */
const FLAT_METRIC_FIELDS: readonly string[] = [
  "request_throughput",
  "request_latency",
  "request_count",
  "time_to_first_token",
  "time_to_second_token",
  "inter_token_latency",
  "output_token_throughput",
  "output_token_throughput_per_user",
  "output_sequence_length",
  "input_sequence_length",
  "goodput",
  "good_request_count",
  "output_token_count",
  "reasoning_token_count",
  "min_request_timestamp",
  "max_response_timestamp",
  "inter_chunk_latency",
  "total_output_tokens",
  "total_reasoning_tokens",
  "benchmark_duration",
  "total_isl",
  "total_osl",
  "error_request_count",
  "error_isl",
  "total_error_isl",
];

/** Percentiles of a metric: the layout's standard set plus any others present (p99.9), ascending. */
function percentiles(stats: MetricSummary["stats"], standard: readonly number[]): number[] {
  const ps = new Set(standard);
  for (const k of Object.keys(stats)) {
    if (k.startsWith("p") && stats[k] !== undefined) {
      const p = Number(k.slice(1));
      if (k.length > 1 && Number.isFinite(p)) ps.add(p);
    }
  }
  return [...ps].sort((a, b) => a - b);
}

function float(v: number | undefined): JsonFloat | null {
  return v === undefined ? null : new JsonFloat(v);
}

function isScalar(m: MetricSummary): boolean {
  return Object.keys(m.stats).every((k) => k === "avg" || k === "count" || m.stats[k] === undefined);
}

/** Tag as the layout names it: run1's ttft/ttst before #343, the new names after. */
function tagFor(tag: string, variant: SummaryVariant): string {
  const def = getMetric(tag);
  if (variant === "R")
    return def?.renamedFrom !== undefined && getMetric(def.renamedFrom)?.presentIn.includes("R")
      ? def.renamedFrom
      : tag;
  return def?.renamedTo ?? tag;
}

function runResult(m: MetricSummary): Record<string, unknown> {
  const s = m.stats;
  const out: Record<string, unknown> = {
    tag: tagFor(m.tag, "R"),
    unit: m.unit,
    header: m.header,
    avg: float(s.avg),
    min: float(s.min),
    max: float(s.max),
  };
  for (const p of percentiles(s, R_PERCENTILES)) out[`p${p}`] = float(s[`p${p}`]);
  out.std = float(s.std);
  // R writes count 1 for every scalar.
  out.count = s.count ?? (isScalar(m) ? 1 : null);
  return out;
}

/** JsonMetricResult's fields up to std (unit, avg, p*, min, max, std); null stats left out (exclude_if_none). */
function resultHead(m: MetricSummary): Record<string, unknown> {
  const s = m.stats;
  const out: Record<string, unknown> = { unit: m.unit, avg: optFloat(s.avg) };
  for (const p of percentiles(s, [])) out[`p${p}`] = optFloat(s[`p${p}`]);
  out.min = optFloat(s.min);
  out.max = optFloat(s.max);
  out.std = optFloat(s.std);
  return out;
}

function optFloat(v: number | undefined): JsonFloat | undefined {
  return v === undefined ? undefined : new JsonFloat(v);
}

function flatResult(m: MetricSummary, variant: SummaryVariant): Record<string, unknown> {
  const out = resultHead(m);
  if (variant === "N" && !isScalar(m)) {
    out.count = m.stats.count;
    out.sum = optFloat(m.stats.sum);
  }
  return out;
}

function runDocument(summary: Summary): Record<string, unknown> {
  const records: Record<string, unknown> = {};
  for (const m of summary.metrics) setOwn(records, tagFor(m.tag, "R"), runResult(m));
  const doc: Record<string, unknown> = { records };
  trailer(doc, summary, "R");
  return doc;
}

/** input_config, was_cancelled, error_summary, start_time, end_time. */
function trailer(doc: Record<string, unknown>, summary: Summary, variant: SummaryVariant): void {
  doc.input_config = summary.inputConfig;
  doc.was_cancelled = summary.wasCancelled;
  // R/O's ErrorDetails has exactly code, type, message (nulls written); L/N add cause, details, ...
  const details = (d: RecordErrorDetails): unknown =>
    variant === "R" || variant === "O" ? { code: d.code ?? null, type: d.type ?? null, message: d.message } : d;
  doc.error_summary = summary.errorSummary.map((e) => ({ error_details: details(e.error_details), count: e.count }));
  doc.start_time = summary.startTime;
  doc.end_time = summary.endTime;
}

function flatDocument(summary: Summary, variant: SummaryVariant, schemaVersion?: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  if (variant !== "O") {
    doc.schema_version = schemaVersion ?? summary.schemaVersion;
    doc.aiperf_version = summary.aiperfVersion;
    doc.benchmark_id = summary.benchmarkId;
  }
  const byTag = new Map(summary.metrics.map((m) => [tagFor(m.tag, variant), m]));
  const declared = new Set(FLAT_METRIC_FIELDS);
  for (const tag of FLAT_METRIC_FIELDS) {
    const m = byTag.get(tag);
    // O's serializer wrote declared-but-unset metric fields as null (facts F16); L/N omit them.
    if (m !== undefined) setOwn(doc, tag, flatResult(m, variant));
    else if (variant === "O") doc[tag] = null;
  }
  const extra = summary.extra ?? {};
  if (Object.hasOwn(extra, "telemetry_data")) doc.telemetry_data = extra.telemetry_data;
  trailer(doc, summary, variant);
  // Tags and extra keys are data: "__proto__" or "constructor" are written like any other key.
  for (const [tag, m] of byTag) if (!declared.has(tag)) setOwn(doc, tag, flatResult(m, variant));
  for (const key of Object.keys(extra)) {
    if (key === "telemetry_data") continue;
    if (schemaVersion !== undefined) {
      // An explicit target version: leave out what that version (or Python) never wrote.
      const since = KEY_SINCE[key];
      if (RUST_ONLY_KEYS.includes(key) || (since !== undefined && !versionAtLeast(schemaVersion, since))) continue;
    }
    setOwn(doc, key, extra[key]);
  }
  return doc;
}

/**
 * Scalars the Rust engine accumulates as counters (spec §13.3.3: avg = min = max = sum = total): counts of
 * requests or tokens (request_count, error_request_count, total_isl, ...). The spec names no list; this rule
 * fits its examples (benchmark_duration and throughputs are plain scalars: no sum).
 */
function isRustCounter(m: MetricSummary): boolean {
  return (m.unit === "requests" || m.unit === "tokens") && !m.tag.includes("throughput");
}

/**
 * A metric as the Rust engine projects it (spec §13.3.3): scalars avg = min = max (counters also sum),
 * distributions with count and without sum.
 */
export function rustMetric(m: MetricSummary): MetricSummary {
  const s = m.stats;
  if (isScalar(m)) {
    if (s.avg === undefined) return { ...m, stats: {} };
    const v = s.avg;
    return { ...m, stats: isRustCounter(m) ? { avg: v, min: v, max: v, sum: v } : { avg: v, min: v, max: v } };
  }
  const { sum: _sum, ...rest } = s;
  return { ...m, stats: rest };
}

/** A metric block in the Rust engine's field order (JsonMetricResult's: unit, avg, p*, min, max, std, count, sum). */
function rustResult(metric: MetricSummary): Record<string, unknown> {
  const m = rustMetric(metric);
  const out = resultHead(m);
  out.count = isScalar(metric) ? undefined : m.stats.count;
  out.sum = optFloat(m.stats.sum);
  return out;
}

/**
 * The Rust engine's order: schema "1.4", declared metrics, telemetry_data, input_config, run_info {},
 * was_cancelled, error_summary, steady_state, undeclared metrics alphabetically, then the acceptance
 * histogram; no start_time/end_time.
 */
function rustDocument(summary: Summary): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    schema_version: "1.4",
    aiperf_version: summary.aiperfVersion,
    benchmark_id: summary.benchmarkId,
  };
  const byTag = new Map(summary.metrics.map((m) => [tagFor(m.tag, "N"), m]));
  for (const tag of FLAT_METRIC_FIELDS) {
    const m = byTag.get(tag);
    if (m !== undefined) setOwn(doc, tag, rustResult(m));
  }
  const extra = summary.extra ?? {};
  if (Object.hasOwn(extra, "telemetry_data")) doc.telemetry_data = extra.telemetry_data;
  doc.input_config = summary.inputConfig;
  doc.run_info = {};
  doc.was_cancelled = summary.wasCancelled;
  doc.error_summary = summary.errorSummary.map((e) => {
    const d = e.error_details;
    return { error_details: { code: d.code ?? undefined, type: d.type, message: d.message }, count: e.count };
  });
  // warmup_metrics: tags alphabetical, left out when empty (the blocks are carried as the reference wrote them).
  const warmup = extra.warmup_metrics;
  if (typeof warmup === "object" && warmup !== null && Object.keys(warmup).length > 0) {
    const sorted: Record<string, unknown> = {};
    for (const tag of Object.keys(warmup).sort()) setOwn(sorted, tag, (warmup as Record<string, unknown>)[tag]);
    doc.warmup_metrics = sorted;
  }
  if (Object.hasOwn(extra, "steady_state")) doc.steady_state = extra.steady_state;
  const declared = new Set(FLAT_METRIC_FIELDS);
  const undeclared = [...byTag.keys()].filter((t) => !declared.has(t)).sort();
  for (const tag of undeclared) {
    const m = byTag.get(tag);
    if (m !== undefined) setOwn(doc, tag, rustResult(m));
  }
  const histogram = "pooled_spec_decode_acceptance_histogram";
  if (Object.hasOwn(extra, histogram)) doc[histogram] = extra[histogram];
  return doc;
}

/**
 * The summary as AIPerf writes profile_export_aiperf.json: pydantic indent=2,
 * no trailing newline. R and O write nulls; L and N leave them out.
 */
export function formatSummaryJson(summary: Summary, options: FormatSummaryJsonOptions = {}): string {
  const { schemaVersion, producer } = options;
  if (producer === "rust" && schemaVersion !== undefined && schemaVersion !== "1.4")
    throw new RangeError(`the Rust engine writes schema_version 1.4 only, not ${schemaVersion}`);
  let doc: Record<string, unknown>;
  let variant = options.variant ?? summary.variant;
  if (producer === "rust" || schemaVersion !== undefined) {
    // Metrics later versions made INTERNAL (run1's timestamps, #703) are not in any 1.x file.
    summary = { ...summary, metrics: summary.metrics.filter((m) => isExported(metricInfo(m.tag, "L"))) };
  }
  if (producer === "rust") {
    doc = rustDocument(summary);
    variant = "N";
  } else if (schemaVersion !== undefined) {
    variant = schemaVersion === "1.0" ? "L" : "N";
    doc = flatDocument(summary, variant, schemaVersion);
  } else {
    doc = variant === "R" ? runDocument(summary) : flatDocument(summary, variant);
  }
  const omitNull = variant === "L" || variant === "N";
  // Top-level keys the summary does not have are left out (exclude_unset); nested nulls follow the layout.
  for (const k of Object.keys(doc)) if (doc[k] === undefined) delete doc[k];
  return writePyJson(doc, 0, { omitNull });
}
