import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { REPO_DIR, RUN1_DIR, RUN1_JSONL, runCli } from "../test-support/harness.js";

// Lines of the first valid run1 record as Python prints them, from:
//   python3 -c "import json; r=[json.loads(l) for l in open('profile_export.jsonl')];
//     v=next(x for x in r if x['error'] is None); [print(t, m['value']) for t,m in v['metrics'].items()]"
const PYTHON_LINES = [
  "  Input Sequence Length (input_sequence_length): 550 (tokens)",
  "  Time to First Token (ttft): 1680.543782 (ms)",
  "  Minimum Request Timestamp (min_request_timestamp): 1759522419159192408 (ns)",
  "  Maximum Response Timestamp (max_response_timestamp): 1759522427096160677 (ns)",
  "  Inter Token Latency (inter_token_latency): 32.585544203124996 (ms)",
  "  Output Token Throughput Per User (output_token_throughput_per_user): 30.68845478738693 (tokens/sec/user)",
];

function metricsSection(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf("Example Metrics:");
  return lines.slice(start + 1, lines.indexOf("", start));
}

describe("inspect", () => {
  it("with no path, shows the bundled run1 as AIPerf's example script does, plus counts", async () => {
    const r = await runCli(["inspect"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Loaded 100 records from .*assets\/run1\/profile_export\.jsonl\n/);
    const metrics = metricsSection(r.stdout);
    expect(metrics).toHaveLength(13);
    for (const line of PYTHON_LINES) expect(metrics).toContain(line);
    // The list metric is printed whole, like Python's list repr.
    const icl = metrics.find((l) => l.includes("(inter_chunk_latency)")) ?? "";
    expect(icl).toMatch(
      /^ {2}Inter Chunk Latency \(inter_chunk_latency\): \[134\.440792, 141\.307763, 141\.18373, 136\.59787799999998, .*\] \(ms\)$/,
    );
    expect(r.stdout).toContain(
      'Example Error:\n{\n  "code": 499,\n  "type": "RequestCancellationError",\n  "message": "Request was cancelled after 0.000 seconds"\n}\n',
    );
    expect(r.stdout).toContain(
      "  records: 100\n  valid:   89\n  errors:  11 (1 distinct)\n  version: R (run1 format, AIPerf 0.1.x)\n  producer: Python AIPerf 0.1.x\n",
    );
  });

  it.each([
    ["python-0.13", "  version: 0.12 (AIPerf 0.12 or later)\n  producer: Python AIPerf 0.13\n"],
    [
      "rust",
      '  producer: Rust engine: record_processor_id "aiperf runner" on every record, credit_issued_ns: null written on every record\n',
    ],
  ])("names the producer of the constructed %s records (spec §13.1)", async (dir, expected) => {
    const r = await runCli(["inspect", join(REPO_DIR, "fixtures", "constructed", dir, "profile_export.jsonl")]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain(expected);
  });

  it("lists the phases of a multi-phase artifacts directory in manifest order (spec §13.6.3)", async () => {
    const r = await runCli(["inspect", join(REPO_DIR, "fixtures", "constructed", "phases")]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("  phases:   warmup (warmup), baseline_traffic (profiling)\n");
    expect((await runCli(["inspect", RUN1_DIR])).stdout).not.toContain("phases:");
  });

  it("lists the other AIPerf files of a directory with kind, producer and layout (spec §13.1.3)", async () => {
    const r = await runCli(["inspect", join(REPO_DIR, "fixtures", "constructed", "rust")]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("\nOther files:\n");
    expect(r.stdout).toContain(
      "  profile_export_records.csv: records-csv, rust, earlier variant, 3 rows, 4 metric columns\n",
    );
    expect(r.stdout).toContain(
      "  profile_export_aiperf_timeslices.json: timeslices-json, rust, start_ns/end_ns slices (0.12+), 2 slices\n",
    );
    const phases = await runCli(["inspect", join(REPO_DIR, "fixtures", "constructed", "phases")]);
    expect(phases.stdout).toContain("  phase_manifest.json: phase-manifest, rust, schema 1, 2 phases\n");
    expect((await runCli(["inspect", RUN1_DIR])).stdout).not.toContain("Other files:");
  });

  it("reads a file, an artifacts directory, a .gz file and stdin alike", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-inspect-"));
    const gz = join(dir, "profile_export.jsonl.gz");
    const jsonl = await readFile(RUN1_JSONL);
    await writeFile(gz, gzipSync(jsonl));
    const reference = metricsSection((await runCli(["inspect"])).stdout);
    const runs = [
      await runCli(["inspect", RUN1_JSONL]),
      await runCli(["inspect", RUN1_DIR]),
      await runCli(["inspect", gz]),
      await runCli(["inspect", dir]), // a directory holding only profile_export.jsonl.gz
      await runCli(["inspect", "-"], { stdin: jsonl }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(ExitCode.ok);
      expect(r.stdout).toContain("Loaded 100 records from ");
      expect(metricsSection(r.stdout)).toEqual(reference);
    }
    expect(runs[4]?.stdout).toMatch(/^Loaded 100 records from <stdin>\n/);
  });

  it("resolves a relative path against the working directory and prints it relative", async () => {
    const r = await runCli(["inspect", "aiperf-run1/profile_export.jsonl"], { cwd: join(RUN1_DIR, "..") });
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout.split("\n")[0]).toBe("Loaded 100 records from aiperf-run1/profile_export.jsonl");
  });

  it("--lenient skips a bad line, and says so on stderr", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-inspect-"));
    const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n");
    lines.splice(5, 0, '{"metadata": {}, "metrics": 7}');
    const file = join(dir, "profile_export.jsonl");
    await writeFile(file, lines.join("\n"));
    const strict = await runCli(["inspect", file]);
    expect(strict.code).toBe(ExitCode.invalidData);
    expect(strict.stderr).toMatch(/profile_export\.jsonl:6:\d+: .*--lenient/);
    const r = await runCli(["inspect", "--lenient", file]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain("Loaded 100 records from");
    expect(r.stdout).toContain("  skipped: 1 invalid lines");
    expect(r.stderr).toMatch(/^aiperf-tools: warning: skipped 1 of 101 lines\n {2}.*profile_export\.jsonl:6:\d+: /);
  });

  it("prints an error code beyond 2^53 with all its digits (a valid integer, read as a bigint)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-inspect-"));
    const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n");
    lines[0] = (lines[0] as string).replace('"code":499', '"code":123456789012345678901');
    const file = join(dir, "profile_export.jsonl");
    await writeFile(file, lines.join("\n"));
    const r = await runCli(["inspect", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain('{\n  "code": 123456789012345678901,\n  "type": "RequestCancellationError",');
    expect(r.stdout).toContain("errors:  11 (2 distinct)");
  });
});
