import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../model.js";
import { recordPhase, recordStartNs } from "./record-fields.js";
import { detectRecordsVersion } from "./version.js";

describe("detectRecordsVersion (facts F5)", () => {
  const common = ["session_num", "request_start_ns", "request_end_ns", "worker_id", "benchmark_phase"];
  it.each([
    [["timestamp_ns", "credit_phase", "worker_id"], "R"],
    // timestamp_ns wins even if later markers show up (rule 1 comes first).
    [["timestamp_ns", "agent_depth"], "R"],
    ...[
      "phase_index",
      "profiling_index",
      "phase_name",
      "phase_kind",
      "root_correlation_id",
      "context_overflow_skip",
    ].map((k) => [[...common, "credit_issued_ns", "agent_depth", k], "0.12"] as [string[], string]),
    [[...common, "credit_issued_ns", "agent_depth"], "0.10"],
    [[...common, "credit_issued_ns"], "L"],
    [common, "O"],
    [[], "O"],
  ])("%j -> %s", (keys, version) => {
    expect(detectRecordsVersion(keys)).toBe(version);
    expect(detectRecordsVersion(new Set(keys))).toBe(version);
  });
});

describe("recordStartNs / recordPhase", () => {
  const rec = (metadata: ParsedRecord["metadata"]): ParsedRecord => ({ line: 1, metadata, metrics: {}, error: null });
  it("reads the R names and the later names", () => {
    expect(recordStartNs(rec({ timestamp_ns: 5n, credit_phase: "warmup" }))).toBe(5n);
    expect(recordPhase(rec({ timestamp_ns: 5n, credit_phase: "warmup" }))).toBe("warmup");
    expect(recordStartNs(rec({ request_start_ns: 7n, benchmark_phase: "profiling" }))).toBe(7n);
    expect(recordPhase(rec({ request_start_ns: 7n, benchmark_phase: "profiling" }))).toBe("profiling");
    expect(recordStartNs(rec({}))).toBeUndefined();
    expect(recordPhase(rec({}))).toBeUndefined();
  });
});
