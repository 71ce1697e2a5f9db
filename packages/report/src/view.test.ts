import type { Summary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { reportModel, runView, sweepView } from "./view.js";
import { loadRun, RUN1_DIR } from "./test-support/runs.js";

function summary(stats: Record<string, Record<string, number>>, extra: Partial<Summary> = {}): Summary {
  return {
    variant: "R",
    metrics: Object.entries(stats).map(([tag, s]) => ({
      tag,
      header: tag === "output_token_throughput" ? "Output Token Throughput" : "Request Latency",
      unit: tag === "output_token_throughput" ? "tokens/sec" : "ms",
      kind: "record" as const,
      stats: s,
    })),
    errorSummary: [],
    notes: [],
    ...extra,
  };
}

describe("runView", async () => {
  const run1 = await loadRun(RUN1_DIR, "fixtures/aiperf-run1");
  const view = runView(run1, 0);

  it("run1's facts, from its summary file, the records and the chart data", () => {
    expect(view.facts).toEqual([
      { label: "AIPerf version", value: "not recorded (see the formats)" },
      { label: "Producer", value: "AIPerf (Python)" },
      { label: "Formats", value: "records R (run1 format, AIPerf 0.1.x); summary R" },
      { label: "Model", value: "openai/gpt-oss-20b" },
      { label: "Endpoint", value: "chat, localhost:9000, streaming" },
      { label: "Load", value: "concurrency 100, concurrency_burst, 100 requests" },
      { label: "ISL (tokens)", value: "550.00 mean" },
      { label: "OSL (tokens)", value: "250 requested, 242.97 mean" },
      { label: "Duration", value: "9.32 sec" },
      { label: "Started", value: "2025-10-03T13:13:39.146443 to 2025-10-03T13:13:48.474205" },
      { label: "Records", value: "100: 89 valid, 11 errors" },
      { label: "Mean in flight", value: "86.5 requests" },
    ]);
    expect(view.short).toBe("c=100");
    expect(view.command).toMatch(/^aiperf profile -m "openai\/gpt-oss-20b"/);
  });

  it("marks each distribution with the summary's exact p50, p90 and p99", () => {
    const ttft = view.distributions.find((d) => d.key === "ttft");
    expect(ttft?.title).toBe("Time to First Token");
    expect(ttft?.marks.map((m) => m.label)).toEqual(["p50", "p90", "p99"]);
    const stats = run1.summary.metrics.find((m) => m.tag === "ttft")?.stats;
    expect(ttft?.marks.map((m) => m.value)).toEqual([stats?.p50, stats?.p90, stats?.p99]);
  });
});

describe("sweepView", () => {
  it("one point per run: output token throughput against each latency choice, and the Pareto front", () => {
    const runs = [
      summary({ output_token_throughput: { avg: 100 }, request_latency: { p50: 1000, p99: 1500 } }),
      summary({ output_token_throughput: { avg: 350 }, request_latency: { p50: 1300, p99: 1400 } }),
      summary({ output_token_throughput: { avg: 300 }, request_latency: { p50: 2500, p99: 3000 } }),
    ];
    const sweep = sweepView(runs);
    expect(sweep?.yLabel).toBe("Output Token Throughput (tokens/sec)");
    expect(sweep?.y).toEqual([100, 350, 300]);
    expect(sweep?.options).toEqual([
      { key: "request_latency.p50", label: "Request Latency p50 (ms)", x: [1000, 1300, 2500], front: [0, 1] },
      { key: "request_latency.p99", label: "Request Latency p99 (ms)", x: [1500, 1400, 3000], front: [1] },
    ]);
  });

  it("falls back to request throughput; no sweep for one run", () => {
    const runs = [
      summary({ request_throughput: { avg: 1 }, request_latency: { p50: 10 } }),
      summary({ request_throughput: { avg: 2 }, request_latency: { p50: 20 } }),
    ];
    expect(sweepView(runs)?.y).toEqual([1, 2]);
    expect(sweepView(runs.slice(0, 1))).toBeNull();
  });
});

describe("reportModel", () => {
  it("shows a comparison only for several runs", async () => {
    const run1 = await loadRun(RUN1_DIR, "run1");
    const comparison = { title: "t", columns: ["Metric"], numeric: [false], rows: [], notes: [] };
    expect(reportModel([run1], { comparison }).comparison).toBeNull();
    expect(reportModel([run1, run1], { comparison }).comparison).toEqual(comparison);
  });
});
