// Test-only helpers: the project's run1 fixture (never ../shared) and variants built from it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const coreRoot = fileURLToPath(new URL("../../", import.meta.url));
const run1 = (name: string): string => readFileSync(`${repoRoot}fixtures/aiperf-run1/${name}`, "utf8");

/** The 100 lines of run1's profile_export.jsonl, without the final newline. */
export function run1Lines(): string[] {
  return run1("profile_export.jsonl").replace(/\n$/, "").split("\n");
}

/** run1's profile_export_aiperf.json, parsed. */
export function run1Summary(): Record<string, unknown> {
  return JSON.parse(run1("profile_export_aiperf.json")) as Record<string, unknown>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Line 12 of run1: the first valid (non-error) record. Fresh copy per call. */
export const run1Valid = (): Json => JSON.parse(run1Lines()[11] ?? "") as Json;
/** Line 1 of run1: a cancelled request (error 499). Fresh copy per call. */
export const run1Error = (): Json => JSON.parse(run1Lines()[0] ?? "") as Json;

/** run1's valid record rewritten as an L-era (0.8-0.12) line: session metadata, renamed tags, no "error" key. */
export function laterValid(): Json {
  const r = run1Valid();
  const m = r.metadata as Json;
  const {
    ttft,
    ttst,
    request_count: _c,
    min_request_timestamp: _a,
    max_response_timestamp: _b,
    ...rest
  } = r.metrics as Json;
  return {
    metadata: {
      session_num: 11,
      x_request_id: m.x_request_id,
      x_correlation_id: m.x_correlation_id,
      conversation_id: m.conversation_id,
      turn_index: 0,
      credit_issued_ns: 1759522419159100000,
      request_start_ns: m.timestamp_ns,
      request_ack_ns: 1759522419300000000,
      request_end_ns: 1759522427096160677,
      worker_id: m.worker_id,
      record_processor_id: m.record_processor_id,
      benchmark_phase: "profiling",
      was_cancelled: false,
      // 0.12 keys that no catalogued format declares (facts F5).
      phase_index: 0,
      phase_name: "profiling",
      root_correlation_id: m.x_correlation_id,
    },
    metrics: {
      ...rest,
      time_to_first_token: ttft,
      time_to_second_token: ttst,
      decode_duration: { value: 6256.4, unit: "ms" },
    },
  };
}

/** A 0.10-style timeout record (facts F5): no code, cause/cause_chain, only error_isl, no request_ack_ns. */
export function laterTimeout(): Json {
  const r = laterValid();
  const { request_ack_ns: _ack, ...metadata } = r.metadata as Json;
  return {
    metadata,
    metrics: { error_isl: { value: 550, unit: "tokens" } },
    error: {
      type: "TimeoutError",
      message: "TimeoutError()",
      cause: "Request timed out after 600.0 seconds",
      cause_chain: ["TimeoutError", "CancelledError"],
    },
  };
}
