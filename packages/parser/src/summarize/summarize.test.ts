import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../model.js";
import { summarizeSync } from "./summarize.js";
import { SummaryAccumulator } from "./accumulator.js";
import { toRecord } from "./test-support/arbitrary.js";

const spec = { offsetNs: 0, ttftNs: 1_000_000, gaps: [2_000_000, 4_000_000], isl: 100, error: false, warmup: false };

describe("summarize edge cases", () => {
  it("an all-error run has only the error metrics, no duration or throughput (facts F5)", () => {
    const recs = [1, 2, 3].map((i) => toRecord({ ...spec, offsetNs: i, error: true }, i));
    const s = summarizeSync(recs, { version: "L" });
    expect(s.metrics.map((m) => m.tag)).toEqual(["error_isl", "error_request_count", "total_error_isl"]);
    expect(s.metrics.find((m) => m.tag === "total_error_isl")?.stats).toEqual({ avg: 300 });
    expect(s.errorSummary).toEqual([
      { error_details: { code: 504, type: "TimeoutError", message: "Request timed out" }, count: 3 },
    ]);
  });

  it("groups an error whose code is beyond 2^53 (a bigint) without losing a digit", () => {
    const big = toRecord({ ...spec, error: true }, 1);
    big.error = { code: 123456789012345678901n as unknown as number, type: "X", message: "m" };
    const small = toRecord({ ...spec, offsetNs: 1, error: true }, 2);
    const s = summarizeSync([big, small, big], { version: "L" });
    expect(s.errorSummary.map((e) => [e.error_details.code, e.count])).toEqual([
      [123456789012345678901n, 2],
      [504, 1],
    ]);
  });

  it("no records: an empty summary that says so", () => {
    const s = new SummaryAccumulator({ version: "L" }).finish();
    expect(s.metrics).toEqual([]);
    expect(s.notes[0]).toMatch(/no records counted/);
  });

  it("one valid record: benchmark_duration = latency, hand-computed stats", () => {
    const s = summarizeSync([toRecord(spec, 1)], { version: "L" });
    const get = (t: string) => s.metrics.find((m) => m.tag === t)?.stats;
    // latency 1 + 2 + 4 = 7 ms; 3 tokens in 7e-3 s
    expect(get("benchmark_duration")?.avg).toBe(7_000_000 * 1e-9);
    expect(get("output_token_throughput")?.avg).toBe(3 / (7_000_000 * 1e-9));
    // ICL 2 and 4 ms: mean 3, population std 1, p50 3
    expect(get("inter_chunk_latency")).toMatchObject({ avg: 3, std: 1, p50: 3, min: 2, max: 4, count: 2, sum: 6 });
    expect(get("inter_token_latency")?.avg).toBe(3);
  });

  it("keeps tags the catalog does not know, in the file's unit, and notes inexact values", () => {
    const r = toRecord(spec, 1);
    r.metrics.brand_new_metric = { value: 2.5, unit: "widgets" };
    r.metrics.time_to_first_token = { value: 0.0000005, unit: "ms" };
    const s = summarizeSync([r], { version: "L" });
    expect(s.metrics.find((m) => m.tag === "brand_new_metric")).toMatchObject({
      kind: "unknown",
      unit: "widgets",
      stats: { avg: 2.5, count: 1 },
    });
    expect(s.notes.some((n) => n.startsWith("time_to_first_token: 1 value(s) have no exact base-unit value"))).toBe(
      true,
    );
  });

  it("rejects percentiles outside [0, 100] before reading anything", () => {
    expect(() => new SummaryAccumulator({ percentiles: [50, 101] })).toThrow(RangeError);
  });

  it("rejects add() after finish()", () => {
    const acc = new SummaryAccumulator();
    acc.finish();
    expect(() => acc.add(toRecord(spec, 1) as ParsedRecord)).toThrow(/after finish/);
  });
});
