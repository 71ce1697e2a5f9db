import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { REPO_DIR, RUN1_JSONL, runCli } from "../test-support/harness.js";

// The generated run with known phases (packages/analysis/reference/analyze-reference.py).
const PHASED = join(REPO_DIR, "packages", "analysis", "reference", "phased-run.jsonl");
const REF = JSON.parse(
  await readFile(join(REPO_DIR, "packages", "analysis", "reference", "analyze-reference.json"), "utf8"),
) as { generated: { slices_10s: { start_ns: string; requests: number }[]; warmup: number } };

describe("analyze", () => {
  it("goodput on the bundled run1: per-SLO and overall attainment, goodput in req/s (8 of 89)", async () => {
    const r = await runCli(["analyze", "--goodput", "ttft:2000 inter_token_latency:30"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("ttft <= 2000 ms: 37/89 pass (41.57 %)");
    expect(r.stdout).toContain("inter_token_latency <= 30 ms: 60/89 pass (67.42 %)");
    expect(r.stdout).toContain("good_request_count 8/89 (8.99 %), goodput 0.86 req/s");
    expect(r.stdout).toContain("NVIDIA AIPerf | Metrics in the window");
  });

  it("an SLO on a metric the run lacks, or a wrong unit, is exit 2 with one line", async () => {
    const missing = await runCli(["analyze", RUN1_JSONL, "--goodput", "time_to_first_output_token:100"]);
    expect(missing.code).toBe(ExitCode.usage);
    expect(missing.stderr).toMatch(/the run has no time_to_first_output_token values \(metrics present: .*ttft/);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const unit = await runCli(["analyze", RUN1_JSONL, "--goodput", "ttft:200tokens"]);
    expect(unit.code).toBe(ExitCode.usage);
    expect(unit.stderr).toContain("ttft is in ms, which tokens cannot be converted to");
    const bad = await runCli(["analyze", RUN1_JSONL, "--slice-duration", "0s"]);
    expect(bad.code).toBe(ExitCode.usage);
  });

  it("records without the timestamps a feature needs: exit 1 naming the file, line and field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "analyze-"));
    const file = join(dir, "profile_export.jsonl");
    const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n");
    lines[2] = (lines[2] ?? "").replace(/"timestamp_ns":\d+,/, "");
    await writeFile(file, lines.join("\n"));
    const r = await runCli(["analyze", file, "--slice-duration", "1s"]);
    expect(r.code).toBe(ExitCode.invalidData);
    // The reader already refuses the record (schema: a start is required); analyze's own check backs it.
    expect(r.stderr).toMatch(/profile_export\.jsonl:3:\d+: missing required property 'timestamp_ns'/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--slice-duration/--steady-state --out write AIPerf-named files; no clobber without --force", async () => {
    const out = await mkdtemp(join(tmpdir(), "analyze-out-"));
    const args = ["analyze", PHASED, "--slice-duration", "10s", "--steady-state", "--out", out];
    const r = await runCli(args);
    expect(r.code).toBe(ExitCode.ok);
    expect((await readdir(out)).sort()).toEqual([
      "profile_export_aiperf_steady_state.csv",
      "profile_export_aiperf_steady_state.json",
      "profile_export_aiperf_timeslices.csv",
      "profile_export_aiperf_timeslices.json",
    ]);
    const slices = JSON.parse(await readFile(join(out, "profile_export_aiperf_timeslices.json"), "utf8")) as {
      timeslices: Record<string, unknown>[];
    };
    expect(slices.timeslices.map((s) => String(s.start_ns))).toEqual(REF.generated.slices_10s.map((s) => s.start_ns));
    expect(slices.timeslices.at(-1)?.is_complete).toBe(false);
    expect(slices.timeslices[0]?.is_complete).toBeUndefined();
    expect(Object.keys(slices.timeslices[0]?.time_to_first_token as object)).toEqual([
      "unit",
      "avg",
      "p1",
      "p5",
      "p10",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "p99",
      "min",
      "max",
      "std",
      "count",
      "sum",
    ]);
    const csv = await readFile(join(out, "profile_export_aiperf_timeslices.csv"), "utf8");
    expect(csv.startsWith("Timeslice,Start_NS,End_NS,Metric,Unit,Stat,Value\r\n")).toBe(true);
    const ss = JSON.parse(await readFile(join(out, "profile_export_aiperf_steady_state.json"), "utf8")) as {
      window_metadata: { detection_method: string };
      metrics: Record<string, Record<string, unknown>>;
    };
    expect(ss.window_metadata.detection_method).toBe("cusum_mser5_latency_mser5_ttft_cusum_throughput");
    expect(Object.keys(ss.metrics.request_latency ?? {})).toEqual([
      "unit",
      "avg",
      "min",
      "max",
      "p50",
      "p90",
      "p95",
      "p99",
      "std",
    ]);
    const again = await runCli(args);
    expect(again.code).toBe(ExitCode.outputExists);
    expect((await runCli([...args, "--force"])).code).toBe(ExitCode.ok);
  });

  it("--json: warmup reported, slices summing to the total, stdin read once", async () => {
    const text = await readFile(PHASED, "utf8");
    const r = await runCli(["analyze", "-", "--slice-duration", "10s", "--json"], { stdin: text });
    expect(r.code).toBe(ExitCode.ok);
    const j = JSON.parse(r.stdout) as {
      kind: string;
      counts: { warmupExcluded: number; analyzed: number };
      timeslices: { slices: { requests: number }[] };
    };
    expect(j.kind).toBe("analyze");
    expect(j.counts.warmupExcluded).toBe(REF.generated.warmup);
    expect(j.timeslices.slices.map((s) => s.requests)).toEqual(REF.generated.slices_10s.map((s) => s.requests));
    expect(r.stderr).toContain(`${REF.generated.warmup} warmup record(s) excluded`);
  });
});
