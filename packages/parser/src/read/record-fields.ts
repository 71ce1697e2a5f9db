// Field accessors that hide the run1 -> later metadata renames (facts F2).
import type { RecordMetadata } from "../model.js";

/** Wall-clock request start: `timestamp_ns` (R) or `request_start_ns` (O and later). */
export function recordStartNs(r: { metadata: RecordMetadata }): bigint | undefined {
  const v = r.metadata.timestamp_ns ?? r.metadata.request_start_ns;
  return typeof v === "bigint" ? v : undefined;
}

/** Benchmark phase: `credit_phase` (R) or `benchmark_phase` (O and later). */
export function recordPhase(r: { metadata: RecordMetadata }): string | undefined {
  const v = r.metadata.credit_phase ?? r.metadata.benchmark_phase;
  return typeof v === "string" ? v : undefined;
}
