// The report command writes the page; the page itself is tested in a real
// browser in @aiperf/report. Here: the same numbers as `summarize`, the output
// rules, several runs, bad input.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, RUN1_JSONL, runBin, runCli } from "../test-support/harness.js";
import { tableRows } from "../test-support/table-rows.js";

interface PageData {
  title: string;
  runs: {
    label: string;
    short: string;
    headline: { columns: string[]; rows: { metric: string; cells: string[] }[] };
    errors: { code: string; type: string; message: string; count: string }[];
    facts: { label: string; value: string }[];
    notes: string[];
    distributions: { key: string }[];
    timeline: unknown;
  }[];
  sweep: { y: number[]; options: { key: string; x: number[] }[] } | null;
  comparison: { columns: string[]; rows: { cells: { text: string; verdict?: string }[] }[]; notes: string[] } | null;
}

function pageData(html: string): PageData {
  const json = /<script type="application\/json" id="aiperf-report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error("no data block in the page");
  return JSON.parse(json) as PageData;
}

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), "aiperf-cli-report-"));
}

describe("report", () => {
  it("writes one page whose headline table is summarize's console table, number for number", async () => {
    const dir = await tmp();
    const file = join(dir, "report.html");
    const r = await runCli(["report", RUN1_DIR, "-o", file]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^wrote \/.*report\.html \(1 run, \d+ KB\)\n$/);
    const html = await readFile(file, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    const run = pageData(html).runs[0];
    if (run === undefined) throw new Error("no run");

    const summarize = await runCli(["summarize", RUN1_DIR]);
    const at = summarize.stdout.indexOf("NVIDIA AIPerf | Error Summary");
    const [head, ...rows] = tableRows(summarize.stdout.slice(0, at));
    expect(run.headline.columns).toEqual(head);
    // The console wraps long metric names onto a second line; the page does not.
    expect(run.headline.rows.map((x) => [x.metric, ...x.cells])).toEqual(
      rows.map(([metric, ...cells]) => [metric?.replace("\n", " "), ...cells]),
    );
    const [, ...errors] = tableRows(summarize.stdout.slice(at));
    expect(run.errors.map((e) => [e.code, e.type, e.message, e.count])).toEqual(errors);
    expect(run.label).toBe("fixtures/aiperf-run1");
    expect(run.short).toBe("c=100");
  });

  it("never overwrites without --force, and refuses before reading", async () => {
    const dir = await tmp();
    const file = join(dir, "report.html");
    await writeFile(file, "keep me");
    const r = await runCli(["report", join(dir, "missing-run"), "-o", file]);
    expect(r.code).toBe(ExitCode.outputExists);
    expect(r.stderr).toBe(`aiperf-tools: error: ${file}: file exists; hint: pass --force to overwrite it\n`);
    expect(await readFile(file, "utf8")).toBe("keep me");
    expect((await runCli(["report", RUN1_DIR, "-o", file, "--force"])).code).toBe(ExitCode.ok);
    expect(await readFile(file, "utf8")).toMatch(/^<!doctype html>/);
  });

  it("without a path reports the bundled run1; without -o writes the page to stdout", async () => {
    const r = await runCli(["report", "--title", "My run"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toBe("");
    const data = pageData(r.stdout);
    expect(data.title).toBe("My run");
    expect(data.runs.map((x) => x.label)).toEqual(["run1 (bundled example)"]);
  });

  it("several runs: one page with the sweep (throughput against latency) and compare's table", async () => {
    const r = await runCli(["report", RUN1_DIR, RUN1_JSONL]);
    expect(r.code).toBe(ExitCode.ok);
    const data = pageData(r.stdout);
    expect(data.runs.map((x) => x.label)).toEqual(["fixtures/aiperf-run1", "fixtures/aiperf-run1"]);
    // AIPerf's output_token_throughput for run1 is 2320.7222350404572; chart data keep 7 significant digits.
    expect(data.sweep?.y).toEqual([2320.722, 2320.722]);
    expect(data.sweep?.options.map((o) => o.key)).toEqual([
      "request_latency.p50",
      "request_latency.p99",
      "ttft.p50",
      "ttft.p99",
      "inter_token_latency.p50",
    ]);
    // The same run twice: compare's table finds no change anywhere.
    const cmp = data.comparison;
    expect(cmp?.columns).toEqual([
      "Metric",
      "Stat",
      "baseline",
      "candidate",
      "Δ",
      "Δ %",
      "95% CI (Δ %)",
      "MWU p",
      "verdict",
    ]);
    const verdicts = new Set(cmp?.rows.map((r) => r.cells[8]?.verdict));
    expect([...verdicts].sort()).toEqual(["unchanged", "untested"]);
    expect(cmp?.notes[0]).toBe("baseline: fixtures/aiperf-run1 (100 records, 11 errors)");
    // One run: no comparison.
    expect(pageData((await runCli(["report", RUN1_DIR])).stdout).comparison).toBeNull();
  });

  it("reads standard input once only", async () => {
    const jsonl = await readFile(RUN1_JSONL);
    const r = await runCli(["report", "-"], { stdin: jsonl });
    expect(r.code).toBe(ExitCode.ok);
    expect(pageData(r.stdout).runs[0]?.label).toBe("<stdin>");
    const twice = await runCli(["report", "-", "-"], { stdin: jsonl });
    expect(twice.code).toBe(ExitCode.usage);
    expect(twice.stderr).toBe("aiperf-tools: error: standard input (-) can be read only once\n");
  });

  it("a bad line stops a strict read with its location; --lenient reports the rest and says what was skipped", async () => {
    const dir = await tmp();
    const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n");
    lines[4] = "{not json";
    await writeFile(join(dir, "profile_export.jsonl"), lines.join("\n"));
    const strict = await runCli(["report", dir]);
    expect(strict.code).toBe(ExitCode.invalidData);
    expect(strict.stdout).toBe("");
    expect(strict.stderr).toMatch(/^aiperf-tools: error: .*profile_export\.jsonl:5:2: .*; hint: pass --lenient/);
    const lenient = await runCli(["report", dir, "--lenient"]);
    expect(lenient.code).toBe(ExitCode.ok);
    expect(lenient.stderr).toMatch(/^aiperf-tools: warning: skipped 1 of 100 lines\n/);
    const run = pageData(lenient.stdout).runs[0];
    expect(run?.notes).toContain("1 invalid lines were skipped (lenient read).");
    expect(run?.facts).toContainEqual({ label: "Skipped lines", value: "1 of 100 (invalid, read leniently)" });
  });

  it("a missing run is exit 3 with one line", async () => {
    const r = await runCli(["report", "/nonexistent/run"]);
    expect(r.code).toBe(ExitCode.notFound);
    expect(r.stderr).toBe("aiperf-tools: error: /nonexistent/run: no such file or directory\n");
  });

  it("runs through the built bin", async () => {
    const r = await runBin(["report", RUN1_DIR]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toBe("");
    expect(pageData(r.stdout).runs[0]?.distributions.map((d) => d.key)).toEqual(["ttft", "itl", "latency", "osl"]);
  });
});
