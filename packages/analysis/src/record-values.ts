// What analyze reads of one record: its phase, validity, start and end (exact
// bigint ns) and base-unit metric values, across the run1 -> later renames.
import { getMetric, unitRatio } from "@aiperf/core";
import { recordPhase, recordStartNs, recoverBase } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";

/** Base-unit value of a scalar metric of the record (AIPerf's value before display conversion), if present. */
export function baseValue(r: ParsedRecord, tag: string): number | undefined {
  const mv = r.metrics[tag];
  if (mv === undefined) return undefined;
  const v = mv.value;
  if (typeof v === "bigint") return Number(v);
  if (typeof v !== "number") return undefined;
  const def = getMetric(tag);
  if (def === undefined || def.unit === mv.unit) return v;
  return recoverBase(v, unitRatio(def.unit, mv.unit), def.numberType).value;
}

/** Request end: request_end_ns, else (run1) start + request_latency for a valid record. */
function recordEndNs(r: ParsedRecord, start: bigint | undefined): bigint | undefined {
  const end = r.metadata.request_end_ns;
  if (typeof end === "bigint") return end;
  if (start === undefined) return undefined;
  const latency = baseValue(r, "request_latency");
  return latency === undefined ? undefined : start + BigInt(Math.round(latency));
}

export interface RecordFacts {
  start: bigint | undefined;
  end: bigint | undefined;
  valid: boolean;
  /** benchmark_phase / credit_phase; undefined when the record has none (counted as profiling). */
  phase: string | undefined;
}

export function recordFacts(r: ParsedRecord): RecordFacts {
  const start = recordStartNs(r);
  return { start, end: recordEndNs(r, start), valid: r.error === null, phase: recordPhase(r) };
}

/** Warmup records: benchmark_phase (or credit_phase) "warmup", or phase_kind "warmup". */
export function isWarmup(r: ParsedRecord, phase: string | undefined): boolean {
  return phase === "warmup" || r.metadata.phase_kind === "warmup";
}
