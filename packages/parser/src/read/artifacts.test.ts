import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { NoRecordsError, SourceNotFoundError, UsageError } from "../errors.js";
import { inPhase, listPhases, locateArtifacts, resolveArtifacts } from "./artifacts.js";
import { RUN1_DIR, RUN1_JSONL, RUN1_SUMMARY, tempDir } from "./test-support/fixtures.js";

const tmp = tempDir();
afterAll(tmp.cleanup);

describe("resolveArtifacts", () => {
  it("resolves run1's directory to its three files", async () => {
    expect(await resolveArtifacts(RUN1_DIR)).toEqual({
      dir: RUN1_DIR.replace(/\/$/, ""),
      records: RUN1_JSONL,
      summaryJson: RUN1_SUMMARY,
      summaryCsv: join(RUN1_DIR, "profile_export_aiperf.csv"),
    });
  });

  it("resolves a file (relative paths too) to itself, with no siblings guessed", async () => {
    expect(await resolveArtifacts(relative(process.cwd(), RUN1_JSONL))).toEqual({
      dir: null,
      records: RUN1_JSONL,
      summaryJson: null,
      summaryCsv: null,
    });
  });

  it("prefers profile_export.jsonl and falls back to .jsonl.gz; summaries are optional", async () => {
    const dir = join(tmp.dir, "gz-only");
    mkdirSync(dir);
    writeFileSync(join(dir, "profile_export.jsonl.gz"), "");
    expect(await resolveArtifacts(dir)).toEqual({
      dir,
      records: join(dir, "profile_export.jsonl.gz"),
      summaryJson: null,
      summaryCsv: null,
    });
    writeFileSync(join(dir, "profile_export.jsonl"), "");
    expect((await resolveArtifacts(dir)).records).toBe(join(dir, "profile_export.jsonl"));
  });

  it("throws SourceNotFoundError for a missing path and NoRecordsError for a directory without records", async () => {
    await expect(resolveArtifacts(join(tmp.dir, "missing"))).rejects.toBeInstanceOf(SourceNotFoundError);
    const dir = join(tmp.dir, "summary-only");
    mkdirSync(dir);
    writeFileSync(join(dir, "profile_export_aiperf.json"), "{}");
    await expect(resolveArtifacts(dir)).rejects.toBeInstanceOf(NoRecordsError);
    // readSummary's lookup does not need the records.
    expect(locateArtifacts(dir)).toEqual({
      dir,
      records: null,
      summaryJson: join(dir, "profile_export_aiperf.json"),
      summaryCsv: null,
    });
  });
});

describe("listPhases (spec §13.6.3)", () => {
  const PHASES = fileURLToPath(new URL("../../../../fixtures/constructed/phases/", import.meta.url));
  it("lists phases/<name>/ in manifest order with kinds and summaries; [] without phases/", () => {
    const phases = listPhases(PHASES);
    expect(phases.map((p) => [p.name, p.kind, p.summaryJson !== null])).toEqual([
      ["warmup", "warmup", true],
      ["baseline_traffic", "profiling", true],
    ]);
    expect(phases[1]?.dir).toBe(join(PHASES, "phases", "baseline_traffic"));
    expect(listPhases(RUN1_DIR)).toEqual([]);
  });
});

describe("phase selection (spec §13.6.3)", () => {
  const PHASES = fileURLToPath(new URL("../../../../fixtures/constructed/phases/", import.meta.url)).replace(/\/$/, "");
  const phaseDir = (name: string) => join(PHASES, "phases", name);

  it("defaults to the only profiling phase: its summary, the root records", () => {
    const found = locateArtifacts(PHASES);
    expect(found.phase?.name).toBe("baseline_traffic");
    expect(found.records).toBe(join(PHASES, "profile_export.jsonl"));
    expect(found.summaryJson).toBe(join(phaseDir("baseline_traffic"), "profile_export_aiperf.json"));
  });

  it("picks a named phase (case-insensitively); an unknown name lists the phases", () => {
    expect(locateArtifacts(PHASES, { phase: "Warmup" })).toMatchObject({
      summaryJson: join(phaseDir("warmup"), "profile_export_aiperf.json"),
      summaryCsv: null,
      phase: { name: "warmup", kind: "warmup" },
    });
    expect(() => locateArtifacts(PHASES, { phase: "cooldown" })).toThrow(
      /no phase "cooldown" in .*; its phases: warmup \(warmup\), baseline_traffic \(profiling\)$/,
    );
    expect(() => locateArtifacts(RUN1_DIR, { phase: "warmup" })).toThrow(UsageError);
    expect(() => locateArtifacts(RUN1_JSONL, { phase: "warmup" })).toThrow(/is a file/);
    expect(locateArtifacts(RUN1_DIR).phase).toBeUndefined();
  });

  it("a record is in a phase by phase_name, else (Rust, no names) by benchmark_phase", () => {
    const warmup = { name: "warmup", kind: "warmup", dir: "", summaryJson: null };
    expect(inPhase({ metadata: { phase_name: "warmup", benchmark_phase: "warmup" } }, warmup)).toBe(true);
    expect(inPhase({ metadata: { phase_name: "w2", benchmark_phase: "warmup" } }, warmup)).toBe(false);
    expect(inPhase({ metadata: { benchmark_phase: "warmup" } }, warmup)).toBe(true);
    expect(inPhase({ metadata: { benchmark_phase: "warmup" } }, { ...warmup, kind: null })).toBe(false);
  });
});
