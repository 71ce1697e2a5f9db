import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../model.js";
import { UsageError } from "../errors.js";
import { summarize, summarizeSync } from "./summarize.js";
import { summarizeFile } from "./summarize-file.js";
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

  // Class 14 of issue 9, library side: the CLI's --percentiles rules.
  it.each([
    [[50, 101], "percentile 101 is not a number strictly between 0 and 100"],
    [[0], "percentile 0 is not a number strictly between 0 and 100"],
    [[100], "percentile 100 is not a number strictly between 0 and 100"],
    [[-5], "percentile -5 is not a number strictly between 0 and 100"],
    [[Number.NaN], "percentile NaN is not a number strictly between 0 and 100"],
    [[Number.POSITIVE_INFINITY], "percentile Infinity is not a number strictly between 0 and 100"],
    [["50"], "percentile '50' is not a number strictly between 0 and 100"],
    [[50, 99.9, 50], "percentile 50 is given twice"],
  ])("percentiles %j: UsageError before anything is read", async (percentiles, message) => {
    const opts = { percentiles: percentiles as number[] };
    for (const make of [() => new SummaryAccumulator(opts), () => summarizeSync([], opts)]) {
      const e = (() => {
        try {
          make();
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).kind).toBe("usage");
      expect((e as UsageError).message).toBe(message);
    }
    // summarizeFile refuses them before touching the source (a missing file would be another error).
    await expect(summarizeFile("/nonexistent/records.jsonl", { ...opts, threads: 2 })).rejects.toThrow(message);
    await expect(summarize([], opts)).rejects.toBeInstanceOf(UsageError);
  });

  it("accepts percentiles near the bounds, in the order given, keyed as written", () => {
    const s = summarizeSync([toRecord(spec, 1) as ParsedRecord], { percentiles: [99.999, 0.001, 50] });
    const ttft = s.metrics.find((m) => m.tag === "time_to_first_token");
    expect(Object.keys(ttft?.stats ?? {}).filter((k) => k.startsWith("p"))).toEqual(["p99.999", "p0.001", "p50"]);
    // One value (ttft 1 ms): every percentile is that value.
    expect([ttft?.stats["p99.999"], ttft?.stats["p0.001"], ttft?.stats.p50]).toEqual([1, 1, 1]);
  });

  it("rejects add() after finish()", () => {
    const acc = new SummaryAccumulator();
    acc.finish();
    expect(() => acc.add(toRecord(spec, 1) as ParsedRecord)).toThrow(/after finish/);
  });
});
