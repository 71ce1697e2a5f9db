import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateCheckResult, validateCompareResult } from "@aiperf/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, RUN1_JSON, RUN1_JSONL, runCli } from "../test-support/harness.js";

let slow = "";
let otherConfig = "";
let summaryOnlyDir = "";

/** A copy of run1 with every TTFT x1.10 (edited in the text, so timestamps above 2^53 stay exact). */
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-compare-"));
  slow = join(dir, "slow");
  await mkdir(slow);
  const text = await readFile(RUN1_JSONL, "utf8");
  await writeFile(
    join(slow, "profile_export.jsonl"),
    text.replace(/"ttft":\{"value":([0-9.eE+-]+)/g, (_m, v: string) => `"ttft":{"value":${Number(v) * 1.1}`),
  );
  await copyFile(RUN1_JSON, join(slow, "profile_export_aiperf.json"));
  otherConfig = join(dir, "other");
  await mkdir(otherConfig);
  await copyFile(RUN1_JSONL, join(otherConfig, "profile_export.jsonl"));
  const json = await readFile(RUN1_JSON, "utf8");
  await writeFile(
    join(otherConfig, "profile_export_aiperf.json"),
    json.replace('"concurrency": 100', '"concurrency": 64'),
  );
  summaryOnlyDir = join(dir, "summary-only");
  await mkdir(summaryOnlyDir);
  await copyFile(RUN1_JSON, join(summaryOnlyDir, "profile_export_aiperf.json"));
});

const lastLine = (s: string) => s.trimEnd().split("\n").at(-1);

describe("compare", () => {
  it("run1 against itself: all unchanged, exit 0", async () => {
    const r = await runCli(["compare", RUN1_DIR, RUN1_DIR]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("│ Time to First Token (ms)");
    expect(r.stdout).not.toMatch(/│ (worse|better|changed) +│/);
    expect(lastLine(r.stdout)).toMatch(/^PASS candidate: 0 worse, 0 better, \d+ statistics tested$/);
    expect(r.stdout).not.toContain("\u001b["); // no colour off a terminal
  });

  it("run1 against TTFT x1.10 with --threshold 'ttft.avg < +5%': TTFT worse, the gate fails, exit 1", async () => {
    const r = await runCli(["compare", RUN1_DIR, slow, "--threshold", "ttft.avg < +5%"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /│ p99 +│ +3,833\.39 │ +4,216\.73 │ +\+383\.34 │ +\+10\.0% │ +\[\+8\.6, \+11\.4\]% │ +│ worse +│/,
    );
    expect(r.stdout).toContain("FAIL  ttft.avg < +5%  (ttft.avg change +10.00%, limit < +5.00%)");
    expect(lastLine(r.stdout)).toMatch(
      /^FAIL candidate: 3 worse, 0 better, \d+ statistics tested, 1 threshold\(s\) failed$/,
    );
  });

  it("colours only on a terminal", async () => {
    const r = await runCli(["compare", RUN1_DIR, slow], { tty: true });
    expect(r.stdout).toContain("\u001b[");
  });

  it("--json follows schemas/compare-result.schema.json; --format markdown is a PR comment", async () => {
    const j = await runCli(["compare", RUN1_DIR, slow, "--json"]);
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.stdout);
    expect(validateCompareResult(doc)).toEqual([]);
    expect(doc.candidates[0].regressions).toBe(3);
    const md = await runCli(["compare", RUN1_DIR, slow, "--format", "markdown", "--stats", "avg,p99"]);
    expect(md.stdout.split("\n")[0]).toBe("### aiperf-tools compare: ❌ fail");
    expect(md.stdout).toContain("| **Time to First Token (ms)** | avg |");
  });

  it("a summary JSON alone (file or directory): no records, thresholds only", async () => {
    for (const base of [RUN1_JSON, summaryOnlyDir]) {
      const r = await runCli(["compare", base, slow, "--threshold", "ttft.p99 < +5%"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("(summary only)");
      expect(r.stdout).toContain("no records: thresholds only");
      expect(r.stdout).not.toMatch(/│ worse +│/);
    }
  });

  it("reads one run from standard input", async () => {
    const r = await runCli(["compare", "-", RUN1_DIR], { stdin: await readFile(RUN1_JSONL) });
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("baseline: <stdin> (100 records, 11 errors)");
  });

  it("several candidates: one column group each", async () => {
    const r = await runCli(["compare", RUN1_DIR, RUN1_DIR, slow, "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.candidates.map((c: { passed: boolean }) => c.passed)).toEqual([true, false]);
    const t = await runCli(["compare", RUN1_DIR, RUN1_DIR, slow]);
    expect(t.stdout).toMatch(/ #1 │.* #2 │/);
  });

  it("warns about differing provenance; --strict-provenance makes it exit 2", async () => {
    const r = await runCli(["compare", RUN1_DIR, otherConfig]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("warning: concurrency differs: baseline 100, candidate 64");
    const s = await runCli(["compare", RUN1_DIR, otherConfig, "--strict-provenance"]);
    expect(s.code).toBe(ExitCode.usage);
    expect(s.stdout).toBe("");
    expect(s.stderr).toBe(
      "aiperf-tools: error: the runs differ (--strict-provenance): concurrency differs: baseline 100, candidate 64; hint: compare like with like, or drop --strict-provenance\n",
    );
  });

  it.each([
    [
      ["ttft.p99 < 500xs"],
      /^aiperf-tools: error: --threshold 'ttft\.p99 < 500xs': unknown unit 'xs' .* at column 15; hint: /,
    ],
    [
      ["ttf.p99 < +5%"],
      /^aiperf-tools: error: unknown metric 'ttf' in candidate .*; closest: ttft, ttst, total_isl; hint: /,
    ],
    [
      ["ttft.p10 < +5%"],
      /^aiperf-tools: error: ttft has no p10 in candidate .* \(it has avg, min, max, p1, p5, p25, p50, p75, p90, p95, p99, std\)$/,
    ],
  ])("bad threshold %j: exit 2, one line", async (args, line) => {
    const r = await runCli(["compare", RUN1_DIR, slow, "--threshold", ...args]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(line);
  });

  it("usage mistakes exit 2", async () => {
    const one = await runCli(["compare", RUN1_DIR]);
    expect(one.code).toBe(ExitCode.usage);
    expect(one.stderr).toMatch(/compare needs a baseline and at least one candidate/);
    const stdin = await runCli(["compare", "-", "-"]);
    expect(stdin.code).toBe(ExitCode.usage);
    const noise = await runCli(["compare", RUN1_DIR, slow, "--noise", "-1"]);
    expect(noise.code).toBe(ExitCode.usage);
    const both = await runCli(["compare", RUN1_DIR, slow, "--json", "--format", "markdown"]);
    expect(both.code).toBe(ExitCode.usage);
  });
});

describe("check", () => {
  it("absolute thresholds with units: pass and fail, exit 1 when one fails", async () => {
    const r = await runCli([
      "check",
      RUN1_DIR,
      "--threshold",
      "ttft.p99 < 4s",
      "--threshold",
      "error_rate < 1%",
      "--threshold",
      "request_throughput.avg > 9 req/s",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      "run: fixtures/aiperf-run1/profile_export.jsonl",
      "pass  ttft.p99 < 4s  (ttft.p99 value 3,833.39 ms, limit < 4,000.00 ms)",
      "FAIL  error_rate < 1%  (error_rate.avg value 11.00%, limit < 1.00%)",
      "pass  request_throughput.avg > 9 req/s  (request_throughput.avg value 9.55 requests/sec, limit > 9.00 requests/sec)",
      "FAIL: 1 of 3 threshold(s)",
      "",
    ]);
  });

  it("all pass: exit 0; --json follows schemas/check-result.schema.json", async () => {
    const r = await runCli(["check", RUN1_DIR, "--threshold", "ttft.p99 < 4000ms", "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(validateCheckResult(JSON.parse(r.stdout))).toEqual([]);
  });

  it("a thresholds file (k6 style), checked by the generated validator", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-check-"));
    const good = join(dir, "gates.json");
    await writeFile(good, JSON.stringify({ thresholds: { ttft: ["p99 < 4s"], error_rate: ["< 20%"] } }));
    const r = await runCli(["check", RUN1_DIR, "--thresholds", good]);
    expect(r.code).toBe(ExitCode.ok);
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ thresholds: { ttft: "p99 < 4s" } }));
    const b = await runCli(["check", RUN1_DIR, "--thresholds", bad]);
    expect(b.code).toBe(ExitCode.usage);
    expect(b.stderr).toMatch(/^aiperf-tools: error: .*bad\.json: \/thresholds\/ttft must be array; hint: /);
  });

  it("a relative threshold, no threshold, or an unknown metric: exit 2", async () => {
    const rel = await runCli(["check", RUN1_DIR, "--threshold", "ttft.p99 < +5%"]);
    expect(rel.code).toBe(ExitCode.usage);
    expect(rel.stderr).toMatch(/a signed value is a change against a baseline/);
    const none = await runCli(["check", RUN1_DIR]);
    expect(none.code).toBe(ExitCode.usage);
    const unknown = await runCli(["check", RUN1_DIR, "--threshold", "goodput > 1"]);
    expect(unknown.code).toBe(ExitCode.usage);
    expect(unknown.stderr).toMatch(
      /unknown metric 'goodput' in fixtures\/aiperf-run1\/profile_export\.jsonl; closest: /,
    );
  });
});
