// fast-check arbitraries of L-style records (integer ns in, ms out as AIPerf writes them).
import fc from "fast-check";
import type { ParsedRecord } from "../../model.js";

const MS = 1000 / 1000000000;
const BASE = 1759522419154568925n;

export interface RecordSpec {
  offsetNs: number;
  ttftNs: number;
  gaps: number[];
  isl: number;
  error: boolean;
  warmup: boolean;
}

const recordSpec: fc.Arbitrary<RecordSpec> = fc.record({
  offsetNs: fc.integer({ min: 0, max: 5e9 }),
  ttftNs: fc.integer({ min: 1, max: 4e9 }),
  gaps: fc.array(fc.integer({ min: 1, max: 1e8 }), { minLength: 1, maxLength: 40 }),
  isl: fc.integer({ min: 1, max: 4000 }),
  error: fc.boolean(),
  warmup: fc.boolean(),
});

export function toRecord(spec: RecordSpec, line: number): ParsedRecord {
  const start = BASE + BigInt(spec.offsetNs);
  const metadata = {
    session_num: line,
    request_start_ns: start,
    credit_issued_ns: start - 1000n,
    benchmark_phase: spec.warmup ? "warmup" : "profiling",
  };
  if (spec.error) {
    return {
      line,
      metadata: { ...metadata, request_end_ns: start + 5000n },
      metrics: { error_isl: { value: spec.isl, unit: "tokens" } },
      error: { code: 504, type: "TimeoutError", message: "Request timed out" },
    };
  }
  const osl = spec.gaps.length + 1;
  const lat = spec.ttftNs + spec.gaps.reduce((a, b) => a + b, 0);
  const itl = (lat - spec.ttftNs) / (osl - 1);
  return {
    line,
    metadata: { ...metadata, request_end_ns: start + BigInt(lat) },
    metrics: {
      input_sequence_length: { value: spec.isl, unit: "tokens" },
      time_to_first_token: { value: spec.ttftNs * MS, unit: "ms" },
      request_latency: { value: lat * MS, unit: "ms" },
      inter_chunk_latency: { value: spec.gaps.map((g) => g * MS), unit: "ms" },
      output_sequence_length: { value: osl, unit: "tokens" },
      inter_token_latency: { value: itl * MS, unit: "ms" },
    },
    error: null,
  };
}

export const records: fc.Arbitrary<ParsedRecord[]> = fc
  .array(recordSpec, { minLength: 1, maxLength: 40 })
  .map((specs) => specs.map((s, i) => toRecord(s, i + 1)));
