import { readSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { checkRun } from "./check.js";
import { AnalysisError } from "./errors.js";
import { runMetrics } from "./run-metrics.js";
import { RUN1_JSON } from "./test-support/run1.js";
import { evaluateThreshold, parseThreshold, parseThresholdEntry, parseThresholdsFile } from "./thresholds.js";

const fails = (f: () => unknown): AnalysisError => {
  try {
    f();
  } catch (e) {
    if (e instanceof AnalysisError) return e;
    throw e;
  }
  throw new Error("expected an AnalysisError");
};

describe("parseThreshold", () => {
  it.each([
    ["ttft.p99 < 500ms", { metric: "ttft", stat: "p99", op: "<", value: 500, unit: "ms", relative: null }],
    ["error_rate < 1%", { metric: "error_rate", stat: "avg", op: "<", value: 1, unit: "%", relative: null }],
    [
      "request_throughput.avg > 20",
      { metric: "request_throughput", stat: "avg", op: ">", value: 20, unit: null, relative: null },
    ],
    ["ttft.p99 < +5%", { stat: "p99", value: 5, unit: "%", relative: "percent" }],
    ["request_throughput.avg > -3%", { op: ">", value: -3, relative: "percent" }],
    ["TTFT.p(95)<=0.5s", { metric: "ttft", stat: "p95", op: "<=", value: 0.5, unit: "sec" }],
    ["itl.med >= 1e3 us", { metric: "itl", stat: "p50", op: ">=", value: 1000, unit: "us" }],
    ["ttft.p99.9 < +50ms", { stat: "p99.9", value: 50, unit: "ms", relative: "delta" }],
    ["output_token_throughput > 2000 tok/s", { unit: "tokens/sec" }],
    ["request_throughput > 9 req/s", { unit: "requests/sec" }],
  ])("%s", (text, expected) => {
    expect(parseThreshold(text, "--threshold")).toMatchObject({ expression: text, origin: "--threshold", ...expected });
  });

  it.each([
    [
      "ttft.p99 < 500xs",
      "unknown unit 'xs' (expected ns, us, ms, s, %, req/s, tok/s, tok/s/user, tokens, requests) at column 15",
    ],
    ["ttft.p99 = 500", "expected an operator <, <=, > or >=, found '=' at column 10"],
    ["ttft.p99 <", "expected a number, found 'nothing' at column 11"],
    [
      "ttft.q99 < 5",
      "unknown statistic 'q99' (expected avg, min, max, std, or a percentile such as p50, p99, p99.9) at column 6",
    ],
    [
      "ttft.p100 < 5",
      "unknown statistic 'p100' (expected avg, min, max, std, or a percentile such as p50, p99, p99.9) at column 6",
    ],
    ["< 5ms", "expected a metric name, found '<' at column 1"],
    ["ttft.p99 < abc", "expected a number, found 'abc' at column 12"],
  ])("'%s' is malformed: %s", (text, message) => {
    const e = fails(() => parseThreshold(text, "--threshold"));
    expect(e.kind).toBe("threshold-syntax");
    expect(e.message).toBe(`--threshold '${text}': ${message}`);
    expect(e.message).not.toContain("\n");
  });

  it("a thresholds-file entry is 'stat op value' or 'op value' under its metric, columns counted in the entry", () => {
    expect(parseThresholdEntry("ttft", "p99 < 500ms", "f")).toMatchObject({ metric: "ttft", stat: "p99", value: 500 });
    expect(parseThresholdEntry("error_rate", "< 1%", "f")).toMatchObject({
      metric: "error_rate",
      stat: "avg",
      unit: "%",
    });
    expect(fails(() => parseThresholdEntry("ttft", "p99 < 5 parsecs", "gates.json /thresholds/ttft/0")).message).toBe(
      "gates.json /thresholds/ttft/0 'p99 < 5 parsecs': unknown unit 'parsecs' (expected ns, us, ms, s, %, req/s, tok/s, tok/s/user, tokens, requests) at column 9",
    );
  });
});

describe("parseThresholdsFile (schemas/thresholds-file.schema.json)", () => {
  it("reads k6-style metric -> expressions and the options", () => {
    const f = parseThresholdsFile(
      JSON.stringify({ thresholds: { ttft: ["p99 < 500ms", "avg < +5%"], error_rate: ["< 1%"] }, noise: 3, seed: 7 }),
      "gates.json",
    );
    expect(f.thresholds.map((t) => [t.metric, t.stat, t.origin])).toEqual([
      ["ttft", "p99", "gates.json /thresholds/ttft/0"],
      ["ttft", "avg", "gates.json /thresholds/ttft/1"],
      ["error_rate", "avg", "gates.json /thresholds/error_rate/0"],
    ]);
    expect(f).toMatchObject({ noise: 3, seed: 7 });
  });

  it.each([
    ["{", /^gates\.json: not valid JSON/],
    [JSON.stringify({ thresholds: { ttft: "p99 < 5" } }), /^gates\.json: \/thresholds\/ttft must be array$/],
    [JSON.stringify({ thresholds: {} }), /^gates\.json: \/thresholds must NOT have fewer than 1 properties$/],
    [
      JSON.stringify({ thresholds: { ttft: ["p99 < 5"] }, gates: 1 }),
      /^gates\.json: \/ must NOT have additional properties$/,
    ],
  ])("rejects %s", (text, message) => {
    const e = fails(() => parseThresholdsFile(text, "gates.json"));
    expect(e.message).toMatch(message);
  });
});

const run1Sync = { label: "run1", summary: await readSummary(RUN1_JSON) };

describe("evaluateThreshold and checkRun on run1's summary", () => {
  const load = async () => run1Sync;

  it("converts units: ttft.p99 (3,833.39 ms) against 4 s and 3,800,000 us", async () => {
    const run = await load();
    const r = checkRun(run, [parseThreshold("ttft.p99 < 4s"), parseThreshold("ttft.p99 < 3800000us")]);
    expect(r.thresholds.map((t) => [t.limit, t.unit, t.passed])).toEqual([
      [4000, "ms", true],
      [3800, "ms", false],
    ]);
    expect(r.thresholds[0]?.value).toBe(3833.3894000399996);
    expect(r.passed).toBe(false);
  });

  it("error_rate is derived: 11 errors of 100 requests = 11 %", async () => {
    const r = checkRun(await load(), [parseThreshold("error_rate < 1%"), parseThreshold("error_rate <= 11%")]);
    expect(r.thresholds.map((t) => [t.value, t.passed])).toEqual([
      [11, false],
      [11, true],
    ]);
  });

  it("request_throughput.avg > 20 fails at 9.55 req/s; > 9 req/s passes", async () => {
    const r = checkRun(await load(), [
      parseThreshold("request_throughput.avg > 20"),
      parseThreshold("request_throughput > 9 req/s"),
    ]);
    expect(r.thresholds.map((t) => t.passed)).toEqual([false, true]);
  });

  it("an unknown metric names the closest metrics the run has", async () => {
    const e = fails(() => checkRun(run1Sync, [parseThreshold("ttf.p99 < 5ms")]));
    expect(e.kind).toBe("unknown-metric");
    expect(e.message).toBe("unknown metric 'ttf' in run1; closest: ttft, ttst, total_isl");
  });

  it("aliases: time_to_first_token and TTFT find run1's ttft; itl its inter_token_latency", () => {
    const metrics = runMetrics(run1Sync);
    for (const name of ["time_to_first_token", "TTFT", "ttft"])
      expect(evaluateThreshold(parseThreshold(`${name}.p50 < 1s`), { label: "run1", metrics }).metric).toBe("ttft");
    expect(evaluateThreshold(parseThreshold("itl < 1s"), { label: "run1", metrics }).metric).toBe(
      "inter_token_latency",
    );
  });

  it("a statistic the run lacks says which it has", () => {
    const e = fails(() => checkRun(run1Sync, [parseThreshold("ttft.p10 < 5ms")]));
    expect(e.kind).toBe("missing-statistic");
    expect(e.message).toBe("ttft has no p10 in run1 (it has avg, min, max, p1, p5, p25, p50, p75, p90, p95, p99, std)");
    expect(fails(() => checkRun(run1Sync, [parseThreshold("request_throughput.p99 > 1")])).message).toBe(
      "request_throughput has no p99 in run1 (it has avg)",
    );
  });

  it("a unit that does not fit the metric, and a relative threshold without a baseline, are usage errors", () => {
    expect(fails(() => checkRun(run1Sync, [parseThreshold("ttft.p99 < 5 tokens")])).message).toBe(
      "threshold 'ttft.p99 < 5 tokens': ttft is in ms, which tokens cannot be converted to",
    );
    const e = fails(() => checkRun(run1Sync, [parseThreshold("ttft.p99 < +5%")]));
    expect(e.message).toMatch(/a signed value is a change against a baseline, which check does not have/);
  });
});
