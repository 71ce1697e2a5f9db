import { readFileSync } from "node:fs";
import { loadRecordsSync } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { AnalysisError } from "./errors.js";
import { GoodputCounter, SloCurveCollector, parseGoodput, parseSlo } from "./goodput.js";
import { RUN1_JSONL } from "./test-support/run1.js";

const kind = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (err) {
    return err instanceof AnalysisError ? err.kind : "other";
  }
  return undefined;
};

describe("parseGoodput: AIPerf's syntax, display units", () => {
  it("converts display-unit thresholds to the base unit with AIPerf's ratio (ms -> ns x 1e6)", () => {
    const [ttft, itl, tput] = parseGoodput(
      "time_to_first_token:200 inter_token_latency:3.40  output_token_throughput_per_user:25",
    );
    expect(ttft).toMatchObject({ tag: "time_to_first_token", threshold: 200, unit: "ms", baseThreshold: 200_000_000 });
    expect(ttft?.largerIsBetter).toBe(false);
    expect(itl?.baseThreshold).toBe(3.4 * 1e6);
    // LARGER_IS_BETTER: per-user throughput passes when value >= threshold.
    expect(tput).toMatchObject({ unit: "tokens/sec/user", baseThreshold: 25, largerIsBetter: true });
  });

  it("accepts run1's ttft for time_to_first_token and a unit suffix that converts to the display unit", () => {
    expect(parseSlo("ttft:0.2s")).toMatchObject({ threshold: 200, unit: "ms", baseThreshold: 200_000_000 });
    expect(parseSlo("ttft:200").aliases).toEqual(["ttft", "time_to_first_token"]);
  });

  it("rejects unknown metrics, wrong units, non-record metrics and bad syntax", () => {
    expect(kind(() => parseGoodput("tfft:200"))).toBe("unknown-metric");
    expect(kind(() => parseSlo("ttft:200tokens"))).toBe("unit");
    expect(kind(() => parseSlo("ttft:200parsecs"))).toBe("unit");
    expect(kind(() => parseSlo("request_throughput:5"))).toBe("usage");
    expect(kind(() => parseSlo("ttft=200"))).toBe("threshold-syntax");
    expect(kind(() => parseGoodput("   "))).toBe("threshold-syntax");
  });
});

describe("GoodputCounter on run1", () => {
  const { records } = loadRecordsSync(RUN1_JSONL);
  // By hand from the raw lines: ttft (ms) and ITL (ms) of the valid records.
  const raw = readFileSync(RUN1_JSONL, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { metrics: Record<string, { value: number }>; error: unknown });
  const valid = raw.filter((r) => r.error === null || r.error === undefined);

  it("counts valid records passing every SLO; error records never count", () => {
    const counter = new GoodputCounter(parseGoodput("ttft:2000 inter_token_latency:30"));
    for (const r of records) counter.add(r);
    const res = counter.result(9.317788951);
    const ttftOk = valid.filter((r) => (r.metrics.ttft?.value ?? Infinity) <= 2000).length;
    const itlOk = valid.filter((r) => (r.metrics.inter_token_latency?.value ?? Infinity) <= 30).length;
    const both = valid.filter(
      (r) => (r.metrics.ttft?.value ?? Infinity) <= 2000 && (r.metrics.inter_token_latency?.value ?? Infinity) <= 30,
    ).length;
    expect(valid.length).toBe(89);
    expect(res.slos.map((s) => s.passed)).toEqual([ttftOk, itlOk]);
    expect(res.goodRequestCount).toBe(both);
    expect(both).toBe(8);
    expect(res.goodput).toBe(8 / 9.317788951);
    expect(res.attainmentPct).toBe((8 / 89) * 100);
    expect(res.goodRequestFraction).toBe(8 / 100);
  });

  it("a record that lacks an SLO metric fails it (output_token_count: only 30 of 89 have it)", () => {
    const counter = new GoodputCounter(parseGoodput("output_token_count:0"));
    for (const r of records) counter.add(r);
    expect(counter.result(undefined)).toMatchObject({ goodRequestCount: 30, goodput: null });
  });

  it("the SLO curve runs from the smallest to the largest value, ending at 100 %", () => {
    const c = new SloCurveCollector("ttft");
    for (const r of records) c.add(r);
    const curve = c.curve(4);
    const ttfts = valid.map((r) => r.metrics.ttft?.value as number).sort((a, b) => a - b);
    expect(curve.points.map((p) => p.threshold)[0]).toBe(ttfts[0]);
    expect(curve.points.at(-1)).toEqual({ threshold: ttfts.at(-1), attainmentPct: 100 });
    expect(curve.points[0]?.attainmentPct).toBe((1 / 89) * 100);
    const mid = curve.points[2]?.threshold as number;
    expect(curve.points[2]?.attainmentPct).toBe((ttfts.filter((t) => t <= mid).length / 89) * 100);
  });
});
