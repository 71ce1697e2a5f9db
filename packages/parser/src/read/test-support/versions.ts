// One record line per JSONL version, shaped as facts F2, F5 describe them.
// Timestamps are parameters so tests can put arbitrary 64-bit values in.
import type { RecordsVersion } from "../../model.js";

export interface Stamps {
  start: bigint;
  end: bigint;
}

const METRICS =
  '"metrics":{"request_latency":{"value":9299.772642,"unit":"ms"},"inter_chunk_latency":{"value":[21.5,0.25,30],"unit":"ms"}}';

const METADATA: Record<RecordsVersion, (s: Stamps) => string> = {
  R: (s) =>
    `{"x_request_id":"a","x_correlation_id":"b","conversation_id":"c","turn_index":0,"timestamp_ns":${s.start},"worker_id":"worker_1","record_processor_id":"rp_1","credit_phase":"profiling"}`,
  O: (s) =>
    `{"session_num":3,"x_request_id":"a","x_correlation_id":"b","conversation_id":"c","turn_index":0,"request_start_ns":${s.start},"request_ack_ns":null,"request_end_ns":${s.end},"worker_id":"worker_1","record_processor_id":"rp_1","benchmark_phase":"profiling","was_cancelled":false,"cancellation_time_ns":null}`,
  L: (s) =>
    `{"session_num":3,"conversation_id":"c","turn_index":0,"credit_issued_ns":${s.start - 5n},"request_start_ns":${s.start},"request_end_ns":${s.end},"worker_id":"worker_1","record_processor_id":"rp_1","benchmark_phase":"profiling","was_cancelled":false}`,
  "0.10": (s) =>
    `{"session_num":3,"conversation_id":"c","turn_index":0,"credit_issued_ns":${s.start - 5n},"request_start_ns":${s.start},"request_end_ns":${s.end},"worker_id":"worker_1","record_processor_id":"rp_1","benchmark_phase":"profiling","was_cancelled":false,"agent_depth":0}`,
  "0.12": (s) =>
    `{"session_num":3,"conversation_id":"c","turn_index":0,"credit_issued_ns":${s.start - 5n},"request_start_ns":${s.start},"request_end_ns":${s.end},"worker_id":"worker_1","record_processor_id":"rp_1","benchmark_phase":"profiling","was_cancelled":false,"agent_depth":0,"phase_index":1,"phase_name":"profiling"}`,
};

/** R and O write `"error":null`; L and later omit it (facts F1). */
export function versionLine(
  version: RecordsVersion,
  s: Stamps = { start: 1759522419154829652n, end: 1759522428454602294n },
): string {
  const tail = version === "R" || version === "O" ? ',"error":null' : "";
  return `{"metadata":${METADATA[version](s)},${METRICS}${tail}}`;
}

export const ALL_VERSIONS: readonly RecordsVersion[] = ["R", "O", "L", "0.10", "0.12"];
