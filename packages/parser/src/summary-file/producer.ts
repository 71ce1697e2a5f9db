// Which AIPerf wrote a file, from its structure alone (spec §13.1; facts F23). The Rust engine's summary says
// "1.4" like Python 0.12, and its JSONL has the Python names, so only structure tells them apart.
import type { ParsedRecord, RecordsVersion, Summary } from "../model.js";
import { firstLine } from "../read/unknown-version.js";

export interface Producer {
  producer: "python" | "rust";
  /** The summary's schema_version; null for records and for summaries without one. */
  schemaVersion: string | null;
  /** AIPerf versions that write this layout, e.g. "0.12 or some 0.13.0 builds". */
  versionRange: string;
  /** The structural signals that decided it. */
  signals: string[];
}

const SUMMARY_RANGES: Record<string, string> = {
  "1.0": "0.6-0.8",
  "1.1": "late 0.8",
  "1.2": "between 0.8 and 0.10",
  "1.3": "0.10/0.11",
  "1.4": "0.12 or some 0.13.0 builds",
  "1.5": "0.13",
};
const SCALARS = ["request_count", "benchmark_duration", "request_throughput"];

/** Producer of a parsed summary file: Rust when two of the §13.1.1 signals hold. */
export function detectSummaryProducer(summary: Summary): Producer {
  const signals: string[] = [];
  const extra = summary.extra ?? {};
  const runInfo = extra.run_info;
  if (typeof runInfo === "object" && runInfo !== null && Object.keys(runInfo).length === 0)
    signals.push("run_info is {}");
  if (summary.variant !== "R" && summary.startTime === undefined && summary.endTime === undefined)
    signals.push("no start_time/end_time");
  const byTag = new Map(summary.metrics.map((m) => [m.tag, m.stats]));
  const scalarMinMax = SCALARS.some((t) => {
    const s = byTag.get(t);
    return s !== undefined && s.min !== undefined && s.min === s.avg && s.max === s.avg;
  });
  if (scalarMinMax) signals.push("scalars carry min = max = avg");
  const dists = summary.metrics.filter((m) => m.stats.p50 !== undefined && m.stats.count !== undefined);
  if (dists.length > 0 && dists.every((m) => m.stats.sum === undefined))
    signals.push("distributions carry count but no sum");
  for (const key of ["steady_state", "pooled_spec_decode_acceptance_histogram"])
    if (key in extra) signals.push(`Rust-only key ${key}`);
  const schemaVersion = summary.schemaVersion ?? null;
  if (signals.length >= 2) return { producer: "rust", schemaVersion, versionRange: "Rust engine", signals };
  const versionRange =
    schemaVersion !== null
      ? (SUMMARY_RANGES[schemaVersion] ?? `unknown (schema ${schemaVersion})`)
      : summary.variant === "R"
        ? "0.1.x"
        : "Oct-2025 to early 0.x";
  return { producer: "python", schemaVersion, versionRange, signals: [] };
}

const RECORD_RANGES: Record<RecordsVersion, string> = {
  R: "0.1.x",
  O: "Oct-2025",
  L: "2026 up to 0.8",
  "0.10": "0.10/0.11",
  "0.12": "0.12 or 0.13",
};
const SOURCE_KEYS = ["source_trace_id", "source_outer_idx", "source_inner_idx", "source_kind"];
const WIRE_KEYS = ["request_num", "credit_received_ns", "clock_offset_ns"];

/** Collects the §13.1.2 signals over a records file while it streams. */
export class RecordsProducerTracker {
  private records = 0;
  private runner = 0;
  private explicitNulls = 0;
  private source = false;
  private wire = false;

  observe(record: ParsedRecord): void {
    const md = record.metadata;
    this.records++;
    if (md.record_processor_id === "aiperf runner") this.runner++;
    // Python omits nulls (credit_issued_ns exists from L on, when nulls were already dropped); Rust writes it null.
    if (md.credit_issued_ns === null) this.explicitNulls++;
    if (!this.source && SOURCE_KEYS.some((k) => k in md)) this.source = true;
    if (!this.wire && WIRE_KEYS.some((k) => k in md)) this.wire = true;
  }

  /** Null until a record has been seen. */
  result(version: RecordsVersion | null): Producer | null {
    if (this.records === 0 || version === null) return null;
    const signals: string[] = [];
    if (this.runner === this.records) signals.push('record_processor_id "aiperf runner" on every record');
    if (this.explicitNulls === this.records) signals.push("credit_issued_ns: null written on every record");
    if (signals.length > 0) return { producer: "rust", schemaVersion: null, versionRange: "Rust engine", signals };
    const versionRange = this.source
      ? "0.13"
      : this.wire
        ? `${RECORD_RANGES[version]} (msgspec metadata)`
        : RECORD_RANGES[version];
    return { producer: "python", schemaVersion: null, versionRange, signals: [] };
  }
}

/** "python 0.13 (schema 1.5)" / "rust (Rust engine; run_info is {}, ...)". */
export function describeProducer(p: Producer): string {
  const schema = p.schemaVersion !== null ? `, schema ${p.schemaVersion}` : "";
  const why = p.signals.length > 0 ? `: ${p.signals.join(", ")}` : "";
  return p.producer === "rust" ? `Rust engine${schema}${why}` : `Python AIPerf ${p.versionRange}${schema}`;
}

/**
 * The producer of a records file by its first record alone (the Rust signals of RecordsProducerTracker): "rust"
 * when it is processed by "aiperf runner" or writes credit_issued_ns: null; null when unreadable or not a record.
 * Cheap enough to pick a default before the file is read.
 */
export async function peekRecordsProducer(file: string): Promise<"python" | "rust" | null> {
  const first = await firstLine(file);
  if (first === null) return null;
  let md: unknown;
  try {
    md = (JSON.parse(first.text) as { metadata?: unknown }).metadata;
  } catch {
    return null;
  }
  if (typeof md !== "object" || md === null) return null;
  const m = md as Record<string, unknown>;
  return m.record_processor_id === "aiperf runner" || m.credit_issued_ns === null ? "rust" : "python";
}
