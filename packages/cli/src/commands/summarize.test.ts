import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectSummaryProducer, parseSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_CSV, RUN1_DIR, RUN1_JSON, RUN1_JSONL, runBin, runCli } from "../test-support/harness.js";
import { tableRows } from "../test-support/table-rows.js";

// AIPerf's console table for run1: avg, min, max, p99, p90, p50, std (facts F19).
const RUN1_CONSOLE = [
  ["Metric", "avg", "min", "max", "p99", "p90", "p50", "std"],
  ["Time to First Token (ms)", "2,343.22", "464.66", "3,853.86", "3,833.39", "3,796.93", "2,369.32", "1,049.82"],
  ["Time to Second Token (ms)", "120.17", "21.28", "143.25", "142.92", "141.26", "136.64", "40.17"],
  ["Request Latency (ms)", "9,059.65", "7,936.97", "9,299.77", "9,297.61", "9,277.60", "9,097.35", "220.22"],
  ["Inter Token Latency (ms)", "27.76", "22.13", "34.86", "33.73", "32.87", "27.62", "3.73"],
  ["Output Token Throughput Per User\n(tokens/sec/user)", "36.68", "28.69", "45.19", "45.08", "43.87", "36.21", "4.98"],
  ["Output Sequence Length (tokens)", "242.97", "193.00", "247.00", "247.00", "247.00", "247.00", "9.42"],
  ["Input Sequence Length (tokens)", "550.00", "550.00", "550.00", "550.00", "550.00", "550.00", "0.00"],
  ["Output Token Throughput (tokens/sec)", "2,320.72", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"],
  ["Request Throughput (requests/sec)", "9.55", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"],
  ["Request Count (requests)", "89.00", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"],
];
const RUN1_ERRORS = [
  ["Code", "Type", "Message", "Count"],
  ["499", "RequestCancellationError", "Request was cancelled after 0.000 seconds", "11"],
];

function split(stdout: string): { metrics: string[][]; errors: string[][] } {
  const at = stdout.indexOf("NVIDIA AIPerf | Error Summary");
  return { metrics: tableRows(stdout.slice(0, at)), errors: tableRows(stdout.slice(at)) };
}

describe("summarize", () => {
  it("with no path, prints AIPerf's console table and error summary for the bundled run1", async () => {
    const r = await runCli(["summarize"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("NVIDIA AIPerf | LLM Metrics");
    expect(split(r.stdout)).toEqual({ metrics: RUN1_CONSOLE, errors: RUN1_ERRORS });
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("gives the same table for the records alone (no summary file to carry over)", async () => {
    const r = await runCli(["summarize", RUN1_JSONL]);
    expect(r.code).toBe(ExitCode.ok);
    expect(split(r.stdout)).toEqual({ metrics: RUN1_CONSOLE, errors: RUN1_ERRORS });
  });

  it("--percentiles picks the columns (descending, like AIPerf's)", async () => {
    const r = await runCli(["summarize", RUN1_DIR, "--percentiles", "50,90,99.9"]);
    expect(r.code).toBe(ExitCode.ok);
    const rows = split(r.stdout).metrics;
    expect(rows[0]).toEqual(["Metric", "avg", "min", "max", "p99.9", "p90", "p50", "std"]);
    // numpy: f"{np.percentile(latency_ns, 99.9) * 1e-06:,.2f}" over the 89 valid records
    expect(rows.find((row) => row[0] === "Request Latency (ms)")).toEqual([
      "Request Latency (ms)",
      "9,059.65",
      "7,936.97",
      "9,299.77",
      "9,299.56",
      "9,277.60",
      "9,097.35",
      "220.22",
    ]);
    expect(rows.find((row) => row[0] === "Time to First Token (ms)")?.[4]).toBe("3,851.81");
  });

  it("--json prints AIPerf's profile_export_aiperf.json, byte for byte", async () => {
    const r = await runCli(["summarize", RUN1_DIR, "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toBe(`${await readFile(RUN1_JSON, "utf8")}\n`);
  });

  it("--out writes both summary files byte-identical to AIPerf's, and refuses to overwrite without --force", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "aiperf-cli-sum-")), "new", "dir");
    const first = await runCli(["summarize", RUN1_DIR, "--out", out]);
    expect(first.code).toBe(ExitCode.ok);
    expect(first.stderr).toMatch(/wrote .*profile_export_aiperf\.json and .*profile_export_aiperf\.csv\n$/);
    expect((await readFile(join(out, "profile_export_aiperf.json"))).equals(await readFile(RUN1_JSON))).toBe(true);
    expect((await readFile(join(out, "profile_export_aiperf.csv"))).equals(await readFile(RUN1_CSV))).toBe(true);

    await writeFile(join(out, "profile_export_aiperf.csv"), "mine");
    const again = await runCli(["summarize", RUN1_DIR, "--out", out]);
    expect(again.code).toBe(ExitCode.outputExists);
    expect(again.stderr).toMatch(
      /^aiperf-tools: error: .*profile_export_aiperf\.json: file exists; hint: pass --force to overwrite it\n$/,
    );
    expect(await readFile(join(out, "profile_export_aiperf.csv"), "utf8")).toBe("mine");

    const forced = await runCli(["summarize", RUN1_DIR, "--out", out, "--force"]);
    expect(forced.code).toBe(ExitCode.ok);
    expect((await readFile(join(out, "profile_export_aiperf.csv"))).equals(await readFile(RUN1_CSV))).toBe(true);
    expect((await readdir(out)).sort()).toEqual(["profile_export_aiperf.csv", "profile_export_aiperf.json"]);
  });

  it("colours the table on a TTY only", async () => {
    const tty = await runCli(["summarize"], { tty: true });
    expect(tty.stdout).toContain("\u001b[");
    expect(split(tty.stdout).metrics).toEqual(RUN1_CONSOLE);
    expect((await runCli(["summarize"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("reads records from stdin", async () => {
    const r = await runCli(["summarize", "-"], { stdin: await readFile(RUN1_JSONL) });
    expect(r.code).toBe(ExitCode.ok);
    expect(split(r.stdout)).toEqual({ metrics: RUN1_CONSOLE, errors: RUN1_ERRORS });
  });

  it("a broken summary next to the records is reported and ignored, not fatal", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-sum-"));
    await writeFile(join(dir, "profile_export.jsonl"), await readFile(RUN1_JSONL));
    await writeFile(join(dir, "profile_export_aiperf.json"), '{"records": {"ttft": 3}}');
    const r = await runCli(["summarize", dir]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toMatch(
      /^aiperf-tools: warning: ignoring the existing summary: .*profile_export_aiperf\.json:1:\d+: .*\n$/,
    );
    expect(split(r.stdout).metrics).toEqual(RUN1_CONSOLE);
  });

  it("runs through the built bin on the bundled run (what `npm start` does)", async () => {
    const r = await runBin(["summarize"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toBe("");
    expect(split(r.stdout)).toEqual({ metrics: RUN1_CONSOLE, errors: RUN1_ERRORS });
  });
});

describe("summarize --schema-version / --producer", () => {
  type Doc = Record<string, Record<string, unknown>>;

  it.each([
    ["1.0", false],
    ["1.1", true],
    ["1.3", true],
    ["1.4", true],
    ["1.5", true],
  ] as const)("--schema-version %s --json: read back and validated, count/sum %s", async (version, countSum) => {
    const r = await runCli(["summarize", RUN1_DIR, "--json", "--schema-version", version]);
    expect(r.code).toBe(ExitCode.ok);
    const summary = parseSummary(r.stdout.trimEnd());
    expect(summary.schemaVersion).toBe(version);
    expect(detectSummaryProducer(summary).producer).toBe("python");
    const doc = JSON.parse(r.stdout) as Doc;
    expect("count" in (doc.request_latency ?? {})).toBe(countSum);
    expect("sum" in (doc.request_latency ?? {})).toBe(countSum);
    expect("records" in doc).toBe(false);
    // run1's timestamps are INTERNAL from L on: never in a 1.x file.
    expect("min_request_timestamp" in doc).toBe(false);
  });

  it("--producer rust --out writes the Rust layout, and an existing Rust summary makes it the default", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-layouts-"));
    const r = await runCli(["summarize", RUN1_DIR, "--out", dir, "--producer", "rust"]);
    expect(r.code).toBe(ExitCode.ok);
    const text = await readFile(join(dir, "profile_export_aiperf.json"), "utf8");
    const p = detectSummaryProducer(parseSummary(text));
    expect(p.producer).toBe("rust");
    expect(p.signals).toContain("run_info is {}");
    const doc = JSON.parse(text) as Doc;
    expect(doc.request_count).toEqual({ unit: "requests", avg: 89, min: 89, max: 89, sum: 89 });
    expect("start_time" in doc).toBe(false);
    expect("max_response_timestamp" in doc).toBe(false);
    // Records next to that Rust summary: the default layout follows the summary.
    await writeFile(join(dir, "profile_export.jsonl"), await readFile(RUN1_JSONL));
    const again = await runCli(["summarize", dir, "--json"]);
    expect(again.code).toBe(ExitCode.ok);
    expect(detectSummaryProducer(parseSummary(again.stdout.trimEnd())).producer).toBe("rust");
  });

  it("an existing 1.1 summary next to the records makes 1.1 (with count/sum) the default", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-layouts-"));
    expect((await runCli(["summarize", RUN1_DIR, "--out", dir, "--schema-version", "1.1"])).code).toBe(ExitCode.ok);
    await writeFile(join(dir, "profile_export.jsonl"), await readFile(RUN1_JSONL));
    const r = await runCli(["summarize", dir, "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.schema_version).toBe("1.1");
    expect(doc.request_latency?.count).toBe(89);
  });

  it.each([
    [["--schema-version", "1.2"], /Allowed choices are 1\.0, 1\.1, 1\.3, 1\.4, 1\.5/],
    [["--producer", "go"], /Allowed choices are python, rust/],
    [["--producer", "rust", "--schema-version", "1.5"], /--producer rust writes schema_version 1\.4 only, not 1\.5/],
  ])("bad layout %j: exit 2, one line naming the allowed values", async (args, message) => {
    const r = await runCli(["summarize", RUN1_DIR, "--json", ...args]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("validate accepts either layout the records cannot tell apart", () => {
  it.each(["1.0", "1.1", "1.5"])(
    "records + a %s summary written from them: valid, every statistic compared",
    async (v) => {
      const dir = await mkdtemp(join(tmpdir(), "aiperf-layouts-"));
      expect((await runCli(["summarize", RUN1_DIR, "--out", dir, "--schema-version", v])).code).toBe(ExitCode.ok);
      await writeFile(join(dir, "profile_export.jsonl"), await readFile(RUN1_JSONL));
      const r = await runCli(["validate", dir]);
      expect(r.stdout).toContain("the summary agrees exactly with the records");
      expect(r.stdout).not.toContain("carried over");
      expect(r.code).toBe(ExitCode.ok);
    },
  );

  it("a wrong sum in a 1.1 summary is still caught", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-layouts-"));
    expect((await runCli(["summarize", RUN1_DIR, "--out", dir, "--schema-version", "1.1"])).code).toBe(ExitCode.ok);
    await writeFile(join(dir, "profile_export.jsonl"), await readFile(RUN1_JSONL));
    const file = join(dir, "profile_export_aiperf.json");
    const doc = JSON.parse(await readFile(file, "utf8")) as Record<string, Record<string, number>>;
    const latency = doc.request_latency ?? {};
    latency.sum = (latency.sum ?? 0) + 1;
    await writeFile(file, JSON.stringify(doc, null, 2));
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toMatch(/request_latency\.sum: file \d/);
  });
});
