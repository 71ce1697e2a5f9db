import { readFileSync } from "node:fs";
import type { AnalyzeResultFile } from "@aiperf/core";
import { loadRecordsSync, readSummary, summarizeSync } from "@aiperf/parser";
import type { ParsedRecord, Summary } from "@aiperf/parser";
import AjvModule from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aiperfGoodputSpec, analyzeJson, analyzeRun } from "./analyze.js";
import { AnalysisError } from "./errors.js";
import { RUN1_JSON, RUN1_JSONL } from "./test-support/run1.js";

// Reference values: reference/analyze-reference.py (plain Python, committed output; not run here).
const REF_DIR = new URL("../reference/", import.meta.url);
const PHASED = new URL("phased-run.jsonl", REF_DIR).pathname;
interface Ref {
  generated: {
    records: number;
    warmup: number;
    profiling: number;
    errors: number;
    goodput_ttft100_latency430: { good: number; passed: number[]; valid: number; goodput: number };
    trim_start10s_end5s: { kept: number; ttft_ms_min: number };
    skip_first_100: { first_kept_start_ns: string };
    slices_10s: {
      index: number;
      start_ns: string;
      end_ns: string;
      requests: number;
      valid: number;
      ttft_avg_ms: number;
    }[];
    steady_state: {
      method: string;
      ramp_up_end_ns: string;
      ramp_down_start_ns: string;
      steady_state_requests: number;
      total_requests: number;
      trend_correlation: number;
      trend_p_value: number;
      latency_values: number;
      latency_avg_ms: number;
      latency_avg_ci95_ms: [number, number];
    };
    load_shape: { max_in_flight: number; mean_in_flight: number; ramp_up_sec: number; drain_sec: number };
  };
  run1: { goodput_ttft2000_itl30: { good: number; passed: number[]; goodput: number }; slices_2s_counts: number[] };
}
const ref = JSON.parse(readFileSync(new URL("analyze-reference.json", REF_DIR), "utf8")) as Ref;
const G = ref.generated;
const SEC = 1_000_000_000n;

const phased = loadRecordsSync(PHASED).records;
const run1 = loadRecordsSync(RUN1_JSONL).records;
const stat = (s: { metrics: { tag: string; stats: Record<string, number | undefined> }[] }, tag: string, k = "avg") =>
  s.metrics.find((m) => m.tag === tag)?.stats[k];

describe("analyzeRun on run1 (R records)", async () => {
  const reference = await readSummary(RUN1_JSON);

  it("without options, the summary is summarize's (AIPerf's numbers) and nothing is left out", async () => {
    const r = await analyzeRun(() => run1, { reference });
    expect(r.summary).toEqual(summarizeSync(run1, { reference }));
    expect(stat(r.summary, "ttft")).toBe(2343.219436988764); // AIPerf's own summary
    expect(r.counts).toEqual({
      records: 100,
      warmupExcluded: 0,
      skippedFirst: 0,
      trimmed: 0,
      analyzed: 100,
      valid: 89,
      errors: 11,
    });
  });

  it("goodput equals the Python reference; its denominator is benchmark_duration", async () => {
    const r = await analyzeRun(() => run1, { reference, goodput: "ttft:2000 inter_token_latency:30" });
    const want = ref.run1.goodput_ttft2000_itl30;
    expect(r.goodput?.goodRequestCount).toBe(want.good);
    expect(r.goodput?.slos.map((s) => s.passed)).toEqual(want.passed);
    expect(r.goodput?.goodput).toBe(want.goodput);
    expect(r.goodput?.aiperf).toBeUndefined(); // run1 ran without --goodput
  });

  it("an SLO on a metric the run lacks is a usage error listing the metrics present", async () => {
    await expect(analyzeRun(() => run1, { goodput: "time_to_first_output_token:100" })).rejects.toThrow(
      /the run has no time_to_first_output_token values \(metrics present: .*ttft/,
    );
  });

  it("all of run1's requests start within 2 s: one partial slice of 100", async () => {
    const r = await analyzeRun(() => run1, { sliceDurationNs: 2n * SEC });
    expect(r.slices?.map((s) => s.requests)).toEqual(ref.run1.slices_2s_counts);
    expect(r.slices?.[0]?.complete).toBe(false);
  });
});

describe("analyzeRun on a generated run with known phases (0.12 records)", () => {
  it("warmup records are excluded by default and counted; --include-warmup counts them", async () => {
    const r = await analyzeRun(() => phased);
    expect(r.version).toBe("0.12");
    expect(r.counts).toMatchObject({
      records: G.records,
      warmupExcluded: G.warmup,
      analyzed: G.profiling,
      errors: G.errors,
    });
    const all = await analyzeRun(() => phased, { includeWarmup: true });
    expect(all.counts).toMatchObject({ warmupExcluded: 0, analyzed: G.records });
  });

  it("goodput equals the Python reference (0.12: duration from rounded doubles)", async () => {
    const r = await analyzeRun(() => phased, { goodput: "time_to_first_token:100 request_latency:430" });
    const want = G.goodput_ttft100_latency430;
    expect(r.goodput).toMatchObject({ goodRequestCount: want.good, validRequests: want.valid });
    expect(r.goodput?.slos.map((s) => s.passed)).toEqual(want.passed);
    expect(r.goodput?.goodput).toBe(want.goodput);
  });

  it("--trim-start/--trim-end keep the records inside the window; the summary is over them", async () => {
    const r = await analyzeRun(() => phased, { trimStartNs: 10n * SEC, trimEndNs: 5n * SEC });
    expect(r.counts.analyzed).toBe(G.trim_start10s_end5s.kept);
    expect(r.counts.trimmed).toBe(G.profiling - G.trim_start10s_end5s.kept);
    expect(stat(r.summary, "time_to_first_token", "min")).toBe(G.trim_start10s_end5s.ttft_ms_min);
    // 0.12 throughputs divide by the window: present, not left out.
    expect(stat(r.summary, "request_throughput")).toBeGreaterThan(0);
  });

  it("--skip-first N leaves out the first N requests by start time", async () => {
    const r = await analyzeRun(() => phased, { skipFirst: 100 });
    expect(r.counts).toMatchObject({ skippedFirst: 100, analyzed: G.profiling - 100 });
    expect(r.window?.startNs).toBe(BigInt(G.skip_first_100.first_kept_start_ns));
  });

  it("time slices: boundaries from the first start, assignment by start, last partial (Python reference)", async () => {
    const r = await analyzeRun(() => phased, { sliceDurationNs: 10n * SEC });
    const got = r.slices ?? [];
    expect(got.map((s) => [s.index, String(s.startNs), String(s.endNs), s.requests])).toEqual(
      G.slices_10s.map((s) => [s.index, s.start_ns, s.end_ns, s.requests]),
    );
    expect(got.map((s) => s.complete)).toEqual(G.slices_10s.map((_, i) => i < G.slices_10s.length - 1));
    got.forEach((s, i) => {
      expect(stat(s.summary, "request_count")).toBe(G.slices_10s[i]?.valid);
      expect(stat(s.summary, "time_to_first_token")).toBe(G.slices_10s[i]?.ttft_avg_ms);
      // Complete slices: request_throughput = valid requests / 10 s (the slice is the window).
      if (s.complete) expect(stat(s.summary, "request_throughput")).toBeCloseTo((G.slices_10s[i]?.valid ?? 0) / 10, 12);
    });
  });

  it("steady state: the window and method equal the Python reference", async () => {
    const r = await analyzeRun(() => phased, { steadyState: true });
    const s = r.steadyState;
    const want = G.steady_state;
    expect(s?.method).toBe(want.method);
    expect(Number(s?.rampUpEndNs) - Number(want.ramp_up_end_ns)).toBe(0);
    expect(Number((s?.rampDownStartNs ?? 0n) - BigInt(want.ramp_down_start_ns))).toBe(0);
    expect(s?.steadyStateRequests).toBe(want.steady_state_requests);
    expect(s?.totalRequests).toBe(want.total_requests);
    // Stationarity: scipy.stats.spearmanr of 10 batch means of in-window latencies.
    expect(s?.trendCorrelation).toBeCloseTo(want.trend_correlation, 14);
    expect(s?.trendPValue).toBeCloseTo(want.trend_p_value, 12);
    expect(s?.stationarityWarning).toBe(false);
    // The slow ramp-up (first 10 s of profiling) is cut off: the steady latency is ~400 ms.
    expect(stat(s?.summary ?? { metrics: [] }, "request_latency", "max")).toBeLessThan(460);
    // Bootstrap intervals: the mean's is numpy's avg ± norm.isf(0.025)·σ/√n over the valid in-window latencies.
    const iv = s?.intervals;
    expect([iv?.confidence, iv?.resamples, iv?.seed]).toEqual([95, 2000, 1]);
    const lat = iv?.metrics.find((m) => m.tag === "request_latency");
    expect(lat?.count).toBe(want.latency_values);
    const avg = lat?.stats.find((x) => x.stat === "avg");
    expect(avg?.value).toBeCloseTo(want.latency_avg_ms, 9);
    expect(avg?.low).toBeCloseTo(want.latency_avg_ci95_ms[0], 8);
    expect(avg?.high).toBeCloseTo(want.latency_avg_ci95_ms[1], 8);
    expect(iv?.metrics.map((m) => m.tag)).toEqual(["request_latency", "time_to_first_token"]); // 0.12: no ITL
    for (const m of iv?.metrics ?? [])
      for (const x of m.stats) {
        expect(x.value, `${m.tag} ${x.stat}`).toBe(stat(s?.summary ?? { metrics: [] }, m.tag, x.stat));
        expect(x.low).toBeLessThanOrEqual(x.value);
        expect(x.high).toBeGreaterThanOrEqual(x.value);
      }
    // Seeded: the same seed gives the same intervals, another seed other percentile intervals.
    const again = await analyzeRun(() => phased, { steadyState: true });
    expect(again.steadyState?.intervals).toEqual(iv);
    const other = await analyzeRun(() => phased, { steadyState: true, bootstrap: { seed: 2 } });
    expect(other.steadyState?.intervals.metrics[0]?.stats[2]).not.toEqual(lat?.stats[2]);
  });

  it("load shape: 8 users, peak 8, ramp-up 7 s and drain equal the Python reference", async () => {
    const r = await analyzeRun(() => phased);
    const l = r.loadShape;
    expect(l?.maxInFlight).toBe(G.load_shape.max_in_flight);
    expect(l?.meanInFlight).toBeCloseTo(G.load_shape.mean_in_flight, 12);
    expect(l?.rampUpSec).toBe(G.load_shape.ramp_up_sec);
    expect(l?.drainSec).toBeCloseTo(G.load_shape.drain_sec, 9);
  });

  it("--json output validates against schemas/analyze-result.schema.json", async () => {
    const r = await analyzeRun(() => phased, {
      goodput: "time_to_first_token:100",
      sloCurve: "request_latency",
      sliceDurationNs: 10n * SEC,
      steadyState: true,
    });
    const schema = JSON.parse(
      readFileSync(new URL("../../../schemas/analyze-result.schema.json", import.meta.url), "utf8"),
    ) as object;
    // ajv is CommonJS: its class is the default export's default under NodeNext.
    const Ajv = AjvModule.default;
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile<AnalyzeResultFile>(
      schema,
    );
    const json = JSON.parse(JSON.stringify(analyzeJson(r))) as unknown;
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // A broken result is refused: the test can fail.
    expect(validate({ ...(json as object), kind: "compare" })).toBe(false);
  });

  it("a record without a start is a data error naming the line when a feature needs timestamps", async () => {
    const broken: ParsedRecord[] = phased.map((r, i) => {
      if (i !== 100) return r;
      const { request_start_ns: _dropped, ...metadata } = r.metadata;
      return { ...r, metadata };
    });
    const err = await analyzeRun(() => broken, { sliceDurationNs: SEC }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnalysisError);
    expect((err as AnalysisError).kind).toBe("data");
    expect(phased[100]?.metadata.benchmark_phase).toBe("profiling");
    expect((err as Error).message).toMatch(/^line 101: the record has no request_start_ns/);
  });
});

describe("properties (fast-check)", () => {
  it("goodput <= request throughput; slice counts sum to the total; trimming nothing changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 20, max: 1000 }),
        fc.integer({ min: 50, max: 600 }),
        fc.integer({ min: 1, max: 30 }),
        async (ttft, latency, sliceSec) => {
          const r = await analyzeRun(() => phased, {
            goodput: `time_to_first_token:${ttft} request_latency:${latency}`,
            sliceDurationNs: BigInt(sliceSec) * SEC,
          });
          const g = r.goodput?.goodput ?? 0;
          const rt = stat(r.summary, "request_throughput") ?? 0;
          // Same count can only be smaller; 0.12 goodput divides by benchmark_duration (<= the window).
          expect(r.goodput?.goodRequestCount ?? 0).toBeLessThanOrEqual(stat(r.summary, "request_count") ?? 0);
          expect(g).toBeLessThanOrEqual(
            (stat(r.summary, "request_count") ?? 0) / (stat(r.summary, "benchmark_duration") ?? 1),
          );
          expect(rt).toBeGreaterThan(0);
          expect((r.slices ?? []).reduce((n, s) => n + s.requests, 0)).toBe(r.counts.analyzed);
          const zero = await analyzeRun(() => phased, { trimStartNs: 0n, trimEndNs: 0n, skipFirst: 0 });
          expect(zero.summary).toEqual((await analyzeRun(() => phased)).summary);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("attainment is monotone in the threshold (lower-is-better and larger-is-better metrics)", async () => {
    for (const tag of ["request_latency", "output_sequence_length"]) {
      const r = await analyzeRun(() => phased, { sloCurve: tag });
      const pts = r.sloCurve?.points ?? [];
      expect(pts.length).toBeGreaterThan(2);
      const att = pts.map((p) => p.attainmentPct);
      const sorted = [...att].sort((a, b) => a - b);
      expect(att).toEqual(r.sloCurve?.direction === "<=" ? sorted : sorted.reverse());
    }
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 300, max: 900 }), fc.integer({ min: 0, max: 200 }), async (a, d) => {
        const lo = await analyzeRun(() => phased, { goodput: `request_latency:${a}` });
        const hi = await analyzeRun(() => phased, { goodput: `request_latency:${a + d}` });
        expect(hi.goodput?.attainmentPct ?? 0).toBeGreaterThanOrEqual(lo.goodput?.attainmentPct ?? 0);
      }),
      { numRuns: 10 },
    );
  });
});

describe("AIPerf's own goodput next to the records", () => {
  const want = G.goodput_ttft100_latency430;
  const aiperfSummary = (spec: string, good: number, goodput: number): Summary => ({
    variant: "N",
    metrics: [
      {
        tag: "good_request_count",
        header: "GoodRequestCount",
        unit: "requests",
        kind: "aggregate",
        stats: { avg: good },
      },
      { tag: "goodput", header: "Goodput", unit: "requests/sec", kind: "derived", stats: { avg: goodput } },
    ],
    errorSummary: [],
    notes: [],
    inputConfig: { input: { goodput: spec }, cli_command: "aiperf profile --goodput 'x:1'" },
  });

  it("finds AIPerf's SLOs in input_config (a goodput key) or in cli_command", () => {
    expect(aiperfGoodputSpec({ a: { goodput: { time_to_first_token: 100, request_latency: 430.5 } } })).toBe(
      "time_to_first_token:100 request_latency:430.5",
    );
    expect(aiperfGoodputSpec({ cli_command: `aiperf profile --goodput "ttft:200 inter_token_latency:20" -m x` })).toBe(
      "ttft:200 inter_token_latency:20",
    );
    expect(aiperfGoodputSpec({ cli_command: "aiperf profile -m x" })).toBeUndefined();
  });

  it("with AIPerf's SLOs (any order) the recomputed values are compared: equal -> matches, else not", async () => {
    const spec = "request_latency:430 time_to_first_token:100";
    const same = await analyzeRun(() => phased, {
      goodput: "time_to_first_token:100 request_latency:430",
      reference: aiperfSummary(spec, want.good, want.goodput),
    });
    expect(same.goodput?.aiperf).toEqual({
      slos: spec,
      goodRequestCount: want.good,
      goodput: want.goodput,
      matches: true,
    });
    const off = await analyzeRun(() => phased, {
      goodput: "time_to_first_token:100 request_latency:430",
      reference: aiperfSummary(spec, want.good + 1, want.goodput),
    });
    expect(off.goodput?.aiperf?.matches).toBe(false);
    const other = await analyzeRun(() => phased, {
      goodput: "time_to_first_token:120",
      reference: aiperfSummary(spec, want.good, want.goodput),
    });
    expect(other.goodput?.aiperf?.matches).toBeNull(); // other SLOs: nothing to compare
    const none = await analyzeRun(() => phased, { reference: aiperfSummary(spec, want.good, want.goodput) });
    expect(none.notes).toContain(
      `AIPerf ran with --goodput "${spec}": pass the same SLOs to compare its good_request_count with ours`,
    );
  });
});
