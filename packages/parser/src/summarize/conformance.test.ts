// Issue 11's conformance gaps seen in real runs (facts F21, F22). Expected values by hand / numpy 2.4.
import { describe, expect, it } from "vitest";
import { npPercentile } from "../stats/numpy.js";
import { summarizeSync } from "./summarize.js";
import { toRecord } from "./test-support/arbitrary.js";

const spec = { offsetNs: 0, ttftNs: 1_000_000, gaps: [2_000_000, 4_000_000], isl: 100, error: false, warmup: false };
type Metrics = Record<string, { value: number; unit: string }>;
const withMetrics = (i: number, extra: Metrics) => {
  const r = toRecord({ ...spec, offsetNs: i * 1000 }, i);
  Object.assign(r.metrics, extra);
  return r;
};
const stats = (s: ReturnType<typeof summarizeSync>, tag: string) => s.metrics.find((m) => m.tag === tag)?.stats;

describe("usage_discrepancy_count (facts F22)", () => {
  const usage = (prompt: number, completion: number): Metrics => ({
    usage_prompt_tokens_diff_pct: { value: prompt, unit: "%" },
    usage_completion_tokens_diff_pct: { value: completion, unit: "%" },
  });

  it("is written as 0.0 when every prompt diff is exactly 0 (real 0.8 output has {avg: 0.0})", () => {
    const recs = [1, 2, 3].map((i) => withMetrics(i, usage(0, 50)));
    expect(stats(summarizeSync(recs, { version: "L" }), "usage_discrepancy_count")).toEqual({ avg: 0 });
  });

  it("counts the records over 10 %, the others add 0", () => {
    // 0 (stops: adds 0), 11 > 10 (counts), 5 and 5 (adds 0), 1 and 10.5 (counts): 2
    const recs = [usage(0, 50), usage(11, 0), usage(5, 5), usage(1, 10.5)].map((m, i) => withMetrics(i + 1, m));
    expect(stats(summarizeSync(recs, { version: "L" }), "usage_discrepancy_count")).toEqual({ avg: 2 });
  });

  it("is absent when no valid record carries the usage diffs", () => {
    const s = summarizeSync([toRecord(spec, 1)], { version: "L" });
    expect(stats(s, "usage_discrepancy_count")).toBeUndefined();
  });
});

describe("0.10 prompt-cache usage (facts F22)", () => {
  const cache = (read: number, prompt: number): Metrics => ({
    usage_prompt_tokens: { value: prompt, unit: "tokens" },
    usage_prompt_cache_read_tokens: { value: read, unit: "tokens" },
  });

  it("total = sum of the reads; pct = total / total_usage_prompt_tokens x 100", () => {
    const recs = [cache(30, 100), cache(0, 200), cache(45, 150)].map((m, i) => withMetrics(i + 1, m));
    const s = summarizeSync(recs, { version: "0.10" });
    expect(stats(s, "total_usage_prompt_cache_read_tokens")).toEqual({ avg: 75 });
    expect(stats(s, "total_usage_prompt_tokens")).toEqual({ avg: 450 });
    // 75 / 450 * 100 in doubles: 16.666666666666664 (Python: 75 / 450 * 100)
    expect(stats(s, "overall_usage_prompt_cache_read_pct")).toEqual({ avg: 16.666666666666664 });
    expect(s.metrics.find((m) => m.tag === "overall_usage_prompt_cache_read_pct")?.unit).toBe("%");
  });

  it("no reads (get_or_raise: 0 is missing) or no cache metric leave the pct out", () => {
    const zero = summarizeSync([withMetrics(1, cache(0, 100))], { version: "0.10" });
    expect(stats(zero, "total_usage_prompt_cache_read_tokens")).toEqual({ avg: 0 });
    expect(stats(zero, "overall_usage_prompt_cache_read_pct")).toBeUndefined();
    const none = summarizeSync([withMetrics(1, { usage_prompt_tokens: { value: 100, unit: "tokens" } })], {
      version: "0.10",
    });
    expect(stats(none, "total_usage_prompt_cache_read_tokens")).toBeUndefined();
    expect(stats(none, "overall_usage_prompt_cache_read_pct")).toBeUndefined();
  });
});

describe("signed zeros (facts F21)", () => {
  it("a -0.0 written in an ms field is +0 ns: the summary's min/max/avg/percentiles are +0", () => {
    const recs = [1, 2].map((i) => withMetrics(i, { time_to_first_token: { value: -0, unit: "ms" } }));
    const ttft = stats(summarizeSync(recs, { version: "L" }), "time_to_first_token");
    expect(ttft).toBeDefined();
    for (const [key, v] of Object.entries(ttft ?? {})) {
      if (key === "count") continue;
      expect(Object.is(v, 0), `${key} is +0`).toBe(true);
    }
  });

  it("p0/p100 follow numpy's interpolation (values from numpy 2.4.6)", () => {
    const sign = (a: number[], p: number): string =>
      Object.is(npPercentile(a, p), -0) ? "-0" : String(npPercentile(a, p));
    // np.percentile([-0.0], p) is -0.0 for every p: n = 1 keeps the sign.
    expect([0, 50, 100].map((p) => sign([-0], p))).toEqual(["-0", "-0", "-0"]);
    // [-0.0, -0.0]: p0 0.0, p25 0.0, p50 -0.0, p75 -0.0, p100 0.0
    expect([0, 25, 50, 75, 100].map((p) => sign([-0, -0], p))).toEqual(["0", "0", "-0", "-0", "0"]);
    expect([sign([-2, -0], 100), sign([-2, -0], 50)]).toEqual(["0", "-1"]);
    expect([sign([-0, -0, 1], 0), sign([-0, -0, 1], 50)]).toEqual(["0", "0"]);
    expect([100, 50, 75, 99].map((p) => sign([-1, -0, -0], p))).toEqual(["0", "0", "-0", "-0"]);
    // Unchanged away from zero.
    expect([npPercentile([1, 2, 3], 0), npPercentile([1, 2, 3], 100)]).toEqual([1, 3]);
  });
});
