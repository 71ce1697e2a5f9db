import { chmod, copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { REPO_DIR, RUN1_CSV, RUN1_DIR, RUN1_JSON, RUN1_JSONL, runBin, runCli } from "../test-support/harness.js";

/** A copy of run1 whose files can be altered. */
async function run1Copy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-validate-"));
  for (const f of [RUN1_JSONL, RUN1_JSON, RUN1_CSV]) await copyFile(f, join(dir, f.slice(f.lastIndexOf("/") + 1)));
  return dir;
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  expect(text.split(from)).toHaveLength(2); // the edit hits exactly one place
  await writeFile(file, text.replace(from, to));
}

describe("validate", () => {
  it("run1 is valid: records, summary, their agreement and the CSV", async () => {
    const r = await runCli(["validate", RUN1_DIR]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("100 records (89 valid, 11 errors), version R");
    expect(r.stdout).toContain("a valid R summary with 21 metrics, written by Python AIPerf 0.1.x");
    // facts F20: 152 values = every non-null stat plus count, of the 21 metrics
    expect(r.stdout).toContain("agrees exactly with the records: 152 statistics of 21 metrics");
    expect(r.stdout).toContain("profile_export_aiperf.csv: byte-identical");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("valid");
  });

  it("catches a summary value altered by one digit, naming the metric and statistic", async () => {
    const dir = await run1Copy();
    await edit(join(dir, "profile_export_aiperf.json"), '"std": 220.21827319725128', '"std": 220.21827319725138');
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toContain("request_latency.std: file 220.2182731972514, recomputed 220.21827319725128");
    expect(r.stdout).toContain("disagrees with the records in 1 place(s)");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^invalid: /);
  });

  it("--tolerance accepts a difference below it", async () => {
    const dir = await run1Copy();
    await edit(join(dir, "profile_export_aiperf.json"), '"avg": 2343.219436988764', '"avg": 2343.219436988765');
    expect((await runCli(["validate", dir])).stdout).toContain(
      "ttft.avg: file 2343.219436988765, recomputed 2343.219436988764",
    );
    const r = await runCli(["validate", dir, "--tolerance", "1e-12"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("agrees within a relative 1e-12");
  });

  it("catches an altered count in the error summary", async () => {
    const dir = await run1Copy();
    await edit(join(dir, "profile_export_aiperf.json"), '"count": 11\n', '"count": 12\n');
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toMatch(/error_summary\[0\]: file .*,12\], recomputed .*,11\]/);
  });

  it("catches a CSV cell that disagrees with the JSON", async () => {
    const dir = await run1Copy();
    await edit(join(dir, "profile_export_aiperf.csv"), "Request Count,89.00", "Request Count,88.00");
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toMatch(
      /profile_export_aiperf\.csv disagrees with the JSON: line \d+: file has "Request Count,88\.00", the JSON gives "Request Count,89\.00"/,
    );
  });

  it("lists every invalid record line with its location", async () => {
    const dir = await run1Copy();
    const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n");
    lines[2] = lines[2]?.replace('"credit_phase":"profiling"', '"credit_phase":7') ?? "";
    lines[6] = "{not json";
    await writeFile(join(dir, "profile_export.jsonl"), lines.join("\n"));
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toContain("2 of 100 lines are invalid");
    expect(r.stdout).toMatch(/profile_export\.jsonl:3:\d+: .*\(at \/metadata\/credit_phase\)/);
    expect(r.stdout).toMatch(/profile_export\.jsonl:7:\d+: /);
  });

  it("reports a malformed summary file with its location", async () => {
    const dir = await run1Copy();
    await edit(
      join(dir, "profile_export_aiperf.json"),
      '"unit": "ms",\n      "header": "Time to First Token"',
      '"unit": 5,\n      "header": "Time to First Token"',
    );
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toMatch(/profile_export_aiperf\.json:\d+:\d+: \/records\/ttft\/unit: must be string$/m);
  });

  it("lists what the summary schema says: every instance path and message, located", async () => {
    const dir = await run1Copy();
    const file = join(dir, "profile_export_aiperf.json");
    await edit(file, '"unit": "ms",\n      "header": "Time to First Token"', '"header": "Time to First Token"');
    await edit(file, '"avg": 550.0,', '"avg": "550",');
    await edit(file, '"count": 11', '"count": "11"');
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toContain("profile_export_aiperf.json: 3 problem(s) against the summary schema");
    const listed = r.stdout.split("\n").filter((l) => /^ {4}\S*profile_export_aiperf\.json:\d+:\d+: /.test(l));
    expect(listed.map((l) => l.replace(/^.*json:\d+:\d+: /, "")).sort()).toEqual([
      "/error_summary/0/count: must be integer",
      "/records/input_sequence_length/avg: must be number or null",
      "/records/ttft/unit: is required",
    ]);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^invalid: /);
  });

  it("shows a summary value out of double range as written (1e400 at line 43, column 14), never as null or Infinity", async () => {
    const dir = await run1Copy();
    const summary = join(dir, "other-summary.json");
    await copyFile(RUN1_JSON, summary);
    await edit(summary, '"avg": 2343.219436988764,', '"avg": 1e400,');
    await edit(summary, '"avg": 550.0,', '"avg": -1E+400,');
    const r = await runBin(["validate", join(dir, "profile_export.jsonl"), "--summary", summary]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("other-summary.json: 2 problem(s) against the summary schema");
    expect(r.stdout).toContain(
      "other-summary.json:43:14: /records/ttft/avg: out of double range: 1e400 (a double holds at most ±1.8e308)",
    );
    expect(r.stdout).toMatch(
      /other-summary\.json:\d+:\d+: \/records\/input_sequence_length\/avg: out of double range: -1E\+400 /,
    );
    expect(r.stdout).not.toMatch(/null|Infinity/);
  });

  it("names the producer of a summary by its structure: the Rust engine's says 1.4 (spec §13.1)", async () => {
    const rust = join(REPO_DIR, "fixtures", "constructed", "rust");
    const r = await runCli(["validate", rust]);
    expect(r.stdout).toContain(
      "a valid N summary with 9 metrics, written by Rust engine, schema 1.4: run_info is {}, no start_time/end_time, scalars carry min = max = avg, distributions carry count but no sum, Rust-only key steady_state",
    );
    const py = await runCli(["validate", join(REPO_DIR, "fixtures", "constructed", "summary-1.5")]);
    expect(py.stdout).toContain("written by Python AIPerf 0.13, schema 1.5");
  });

  it("checks every other file kind of the directory: records CSV, timeslices, steady state, server metrics, manifest", async () => {
    const constructed = join(REPO_DIR, "fixtures", "constructed");
    const rust = await runCli(["validate", join(constructed, "rust")]);
    expect(rust.stdout).toContain(
      "rust/profile_export_records.csv: a valid records CSV (Rust engine, earlier variant): 3 rows, 4 metric columns",
    );
    expect(rust.stdout).toContain("rust/profile_export_aiperf_timeslices.json: a valid timeslices JSON (Rust engine,");
    const py = await runCli(["validate", join(constructed, "summary-1.5")]);
    for (const f of ["steady_state.csv", "steady_state.json", "timeslices.json"])
      expect(py.stdout).toContain(`summary-1.5/profile_export_aiperf_${f}: a valid`);
    expect(py.stdout).toContain("summary-1.5/server_metrics_export.json: a valid server metrics JSON");
    expect((await runCli(["validate", join(constructed, "phases")])).stdout).toContain(
      "phases/phase_manifest.json: a valid phase manifest (Rust engine, schema 1): 2 phases",
    );

    // a run1 copy with a broken records CSV and manifest: each problem located, exit 1
    const dir = await run1Copy();
    const csv = (await readFile(join(constructed, "rust", "profile_export_records.csv"), "utf8")).replace(
      ",1000,",
      ",1e3,",
    );
    await writeFile(join(dir, "profile_export_records.csv"), csv);
    await writeFile(join(dir, "phase_manifest.json"), '{"schema_version": 1, "phases": []}');
    const r = await runCli(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toContain(
      "profile_export_records.csv: 1 problem(s) in a records CSV (Rust engine, earlier variant)",
    );
    expect(r.stdout).toContain(
      `profile_export_records.csv:2:15: /Request Latency (ms): must match pattern "^(-?\\d+(\\.\\d+)?)?$" (cell "1e3")`,
    );
    expect(r.stdout).toContain("phase_manifest.json:1:33: /phases: must NOT have fewer than 1 items");
    expect(r.stdout).toContain("invalid: 2 problem(s)");
  });

  it("checks the records alone when there is no summary", async () => {
    const r = await runCli(["validate", RUN1_JSONL]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("no summary file next to the records");
  });

  it("exit codes through the built bin: 0 valid, 1 invalid", async () => {
    expect((await runBin(["validate"])).code).toBe(ExitCode.ok);
    const dir = await run1Copy();
    await edit(join(dir, "profile_export_aiperf.json"), '"std": 220.21827319725128', '"std": 220.21827319725138');
    const r = await runBin(["validate", dir]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stdout).toContain("request_latency.std");
  });

  describe("--summary FILE that cannot be read (class 15)", () => {
    it("a missing file is exit 3 in one line, not 'invalid'", async () => {
      const missing = join(tmpdir(), "aiperf-cli-no-such-dir", "profile_export_aiperf.json");
      const r = await runCli(["validate", RUN1_DIR, "--summary", missing]);
      expect(r.code).toBe(ExitCode.notFound);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`aiperf-tools: error: ${missing}: no such file or directory\n`);
    });

    it("the records given as the summary are the wrong kind of file: exit 2", async () => {
      const r = await runCli(["validate", RUN1_DIR, "--summary", RUN1_JSONL]);
      expect(r.code).toBe(ExitCode.usage);
      expect(r.stderr).toMatch(
        /^aiperf-tools: error: .*profile_export\.jsonl: expected AIPerf's summary JSON[^\n]*\n$/,
      );
    });

    const root = process.getuid?.() === 0;
    it.skipIf(root)(
      "a directory without permission is exit 5 with the OS reason (skipped as root: root reads anything)",
      async () => {
        const dir = await run1Copy();
        await chmod(dir, 0o000);
        try {
          const r = await runCli(["validate", RUN1_DIR, "--summary", join(dir, "profile_export_aiperf.json")]);
          expect(r.code).toBe(ExitCode.io);
          expect(r.stderr).toMatch(/^aiperf-tools: error: .*: read failed: EACCES: permission denied[^\n]*\n$/);
        } finally {
          await chmod(dir, 0o700);
        }
      },
    );

    it("a broken summary is still a validation result: exit 1 with the location", async () => {
      const dir = await run1Copy();
      const file = join(dir, "profile_export_aiperf.json");
      await writeFile(file, (await readFile(file, "utf8")).slice(0, 200));
      const r = await runCli(["validate", join(dir, "profile_export.jsonl"), "--summary", file]);
      expect(r.code).toBe(ExitCode.invalidData);
      expect(r.stdout).toMatch(/✗ .*profile_export_aiperf\.json:\d+:\d+: /);
    });
  });
});
