// --phase and the default phase of a multi-phase artifacts directory (spec §13.6.3). Expected values are the
// records' own: the warmup record has request_latency 499.5 ms, TTFT 39.5 ms; the two valid profiling records
// 2099.55 ms each, TTFT 70.55 and 60.55 ms (fixtures/constructed/phases/profile_export.jsonl, lines 1-3).
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { REPO_DIR, RUN1_DIR, runCli } from "./test-support/harness.js";

const PHASES = join(REPO_DIR, "fixtures", "constructed", "phases");

type Block = Record<string, number | string>;
const summaryOf = (stdout: string) => JSON.parse(stdout) as Record<string, Block>;

describe("--phase", () => {
  it("summarize: the profiling phase by default, warmup with --phase (case-insensitive)", async () => {
    const def = await runCli(["summarize", PHASES, "--json"]);
    expect(def.code).toBe(ExitCode.ok);
    const s = summaryOf(def.stdout);
    expect(s.request_latency).toMatchObject({ avg: 2099.55, count: 2 });
    expect(s.time_to_first_token).toMatchObject({ min: 60.55, max: 70.55 });
    // the phase's own summary is the reference: its 1.5 layout is kept
    expect(s.schema_version).toBe("1.5");

    const warm = await runCli(["summarize", PHASES, "--phase", "WARMUP", "--json"]);
    expect(warm.code).toBe(ExitCode.ok);
    const w = summaryOf(warm.stdout);
    expect(w.request_latency).toMatchObject({ avg: 499.5, min: 499.5, max: 499.5, count: 1 });
    expect(w.request_count).toMatchObject({ avg: 1 });
    expect(warm.stderr).toContain('3 record(s) of phase "profiling" excluded');
  });

  it("an unknown phase is exit 2 listing the phases; --phase on a run without phases/ or on stdin too", async () => {
    const r = await runCli(["summarize", PHASES, "--phase", "cooldown"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toContain('no phase "cooldown"');
    expect(r.stderr).toContain("its phases: warmup (warmup), baseline_traffic (profiling)");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const cmd of ["inspect", "validate", "export", "analyze"]) {
      const other = await runCli([cmd, PHASES, "--phase", "cooldown"]);
      expect([cmd, other.code]).toEqual([cmd, ExitCode.usage]);
    }
    const none = await runCli(["inspect", RUN1_DIR, "--phase", "warmup"]);
    expect(none.code).toBe(ExitCode.usage);
    expect(none.stderr).toContain("has no phases/ directory");
    const stdin = await runCli(["inspect", "-", "--phase", "warmup"], { stdin: "" });
    expect(stdin.code).toBe(ExitCode.usage);
  });

  it("validate checks the phase's summary against that phase's records", async () => {
    const r = await runCli(["validate", PHASES, "--phase", "warmup"]);
    expect(r.stdout).toContain("phases/warmup/profile_export_aiperf.json: a valid N summary");
    // the record metrics of the hand-written warmup summary agree; only derived metrics it leaves out differ
    expect(r.stdout).not.toMatch(/ {4}(request_latency|time_to_first_token|input_sequence_length|request_count)/);
    expect(r.stdout).toContain("total_isl: file absent, recomputed present");
    const def = await runCli(["validate", PHASES]);
    expect(def.stdout).toContain("phases/baseline_traffic/profile_export_aiperf.json");
  });

  it("inspect and export keep only the chosen phase's records and say how many were left out", async () => {
    const all = await runCli(["inspect", PHASES]);
    expect(all.stdout).toContain("  records: 4\n");
    expect(all.stdout).toContain("  phase:    baseline_traffic (the profiling phase;");
    const warm = await runCli(["inspect", PHASES, "--phase", "warmup"]);
    expect(warm.stdout).toContain("  records: 1\n");
    expect(warm.stderr).toContain("phase warmup (warmup): 1 record(s) kept, 3 of other phases left out");
    const csv = await runCli(["export", PHASES, "--phase", "baseline_traffic"]);
    expect(csv.code).toBe(ExitCode.ok);
    expect(csv.stdout.trimEnd().split("\n")).toHaveLength(1 + 3);
  });

  it("two profiling phases: no default phase (the root aggregates both); --phase sorts records by phase_name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-phase-"));
    const lines = (await readFile(join(PHASES, "profile_export.jsonl"), "utf8")).trimEnd().split("\n");
    // record 2 in phase "low", records 3 and 4 in phase "high"
    const renamed = lines.map((l, i) =>
      i === 1 ? l.replace('"baseline_traffic"', '"low"') : l.replace('"baseline_traffic"', '"high"'),
    );
    await writeFile(join(dir, "profile_export.jsonl"), `${renamed.join("\n")}\n`);
    await writeFile(
      join(dir, "phase_manifest.json"),
      JSON.stringify({
        schema_version: 1,
        phases: [
          { phase_name: "warmup", phase_kind: "warmup", phase_index: 0 },
          { phase_name: "low", phase_kind: "profiling", phase_index: 1, profiling_index: 0 },
          { phase_name: "high", phase_kind: "profiling", phase_index: 2, profiling_index: 1 },
        ],
      }),
    );
    for (const p of ["warmup", "low", "high"]) await mkdir(join(dir, "phases", p), { recursive: true });
    const agg = summaryOf((await runCli(["summarize", dir, "--json"])).stdout);
    expect(agg.time_to_first_token).toMatchObject({ count: 2, min: 60.55, max: 70.55 });
    expect((await runCli(["inspect", dir])).stdout).toContain("  phase:    none chosen");
    const low = await runCli(["summarize", dir, "--phase", "low", "--json"]);
    expect(low.code).toBe(ExitCode.ok);
    expect(summaryOf(low.stdout).time_to_first_token).toMatchObject({ count: 1, avg: 70.55 });
    const high = summaryOf((await runCli(["summarize", dir, "--phase", "high", "--json"])).stdout);
    expect(high.time_to_first_token).toMatchObject({ count: 1, avg: 60.55 });
    expect(high.error_request_count).toMatchObject({ avg: 1 });
  });
});
