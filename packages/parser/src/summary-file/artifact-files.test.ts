// The other files of an artifacts directory: kind by name, producer and layout by structure, problems located.
// Fixtures: fixtures/constructed/ (spec §13.4-§13.6; statistics numpy's over the JSONL next to them).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { artifactFileKind, checkArtifactFile, findArtifactFiles } from "./artifact-files.js";

const DIR = fileURLToPath(new URL("../../../../fixtures/constructed/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "aiperf-artifact-files-"));

describe("artifact files: kind, producer, layout (table)", () => {
  it.each([
    ["rust/profile_export_records.csv", "records-csv", "rust", "earlier variant", "3 rows, 4 metric columns"],
    [
      "rust/profile_export_aiperf_timeslices.json",
      "timeslices-json",
      "rust",
      "start_ns/end_ns slices (0.12+)",
      "2 slices",
    ],
    [
      "rust/profile_export_aiperf_timeslices.csv",
      "timeslices-csv",
      "unknown",
      "Timeslice,Start_NS,End_NS,... (Rust; Python 0.13 unconfirmed)",
      "32 rows",
    ],
    [
      "summary-1.5/profile_export_aiperf_timeslices.json",
      "timeslices-json",
      "python",
      "start_ns/end_ns slices (0.12+)",
      "1 slices",
    ],
    [
      "summary-1.5/profile_export_aiperf_steady_state.json",
      "steady-state-json",
      "python",
      "detection fallback_min_window",
      "2 metrics in the window",
    ],
    [
      "summary-1.5/profile_export_aiperf_steady_state.csv",
      "steady-state-csv",
      "python",
      "Python steady-state CSV",
      "2 metric rows",
    ],
    ["summary-1.5/server_metrics_export.json", "server-metrics-json", "unknown", "schema 1.1", "1 metric families"],
    ["phases/phase_manifest.json", "phase-manifest", "rust", "schema 1", "2 phases"],
    ["python-phases/phase_manifest.json", "phase-manifest", "python", 'schema "1.0"', "2 phases"],
    [
      "timeslices-2025/profile_export_aiperf_timeslices.json",
      "timeslices-json",
      "python",
      "timeslice_index slices (2025)",
      "1 slices",
    ],
    [
      "timeslices-2025/profile_export_aiperf_timeslices.csv",
      "timeslices-csv",
      "python",
      "Timeslice,Metric,... (Python, 2025)",
      "14 rows",
    ],
  ])("%s: %s by %s, %s, %s, valid", async (path, kind, producer, version, contents) => {
    const name = path.split("/").pop() ?? "";
    expect(artifactFileKind(name)).toBe(kind);
    const r = await checkArtifactFile(join(DIR, path), artifactFileKind(name) ?? "records-csv");
    expect([r.kind, r.producer, r.version, r.contents, r.issues]).toEqual([kind, producer, version, contents, []]);
  });

  it("names: AIPerf's prefixes; records and summaries are not listed here", () => {
    expect(artifactFileKind("foo_timeslices.csv")).toBe("timeslices-csv");
    expect(artifactFileKind("foo_aiperf_timeslices.json")).toBe("timeslices-json");
    expect(artifactFileKind("foo_server_metrics.json")).toBe("server-metrics-json");
    expect(artifactFileKind("profile_export.jsonl")).toBeNull();
    expect(artifactFileKind("profile_export_aiperf.json")).toBeNull();
    expect(findArtifactFiles(join(DIR, "rust")).map((f) => f.kind)).toEqual([
      "timeslices-csv",
      "timeslices-json",
      "records-csv",
    ]);
  });
});

describe("artifact files: problems, located", () => {
  it("records CSV: a bad cell by line and column, a short row, CRLF, a header that is not Rust's", async () => {
    const text = readFileSync(join(DIR, "rust/profile_export_records.csv"), "utf8").split("\n");
    // line 2: request_latency "1e3" (Rust's Display never writes an exponent); line 3: was_cancelled "no"
    const bad = [text[0], text[1]?.replace(",1000,", ",1e3,"), text[2]?.replace(",false,", ",no,"), "7,x"].join("\r\n");
    const file = join(tmp, "profile_export_records.csv");
    writeFileSync(file, `${bad}\r\n`);
    const r = await checkArtifactFile(file, "records-csv");
    expect(r.issues.map((i) => `${i.line}:${i.column} ${i.pointer} ${i.message}`)).toEqual([
      `2:15 /Request Latency (ms) must match pattern "^(-?\\d+(\\.\\d+)?)?$" (cell "1e3")`,
      '3:13 /was_cancelled must match pattern "^(true|false)$" (cell "no")',
      "4:1  2 cells, the header has 21",
      "1:1  CRLF line endings; the Rust engine writes LF",
    ]);
    writeFileSync(file, "Line,Session Number\n1,2\n");
    const other = await checkArtifactFile(file, "records-csv");
    expect(other.producer).toBe("unknown");
    expect(other.issues[0]?.message).toMatch(/^not the Rust engine's header/);
  });

  it("JSON files: a schema problem at its line and pointer; text that is not JSON", async () => {
    const file = join(tmp, "phase_manifest.json");
    writeFileSync(
      file,
      '{\n  "schema_version": 1,\n  "phases": [\n    {"phase_name": "9x", "phase_kind": "cooldown", "phase_index": 0}\n  ]\n}',
    );
    const r = await checkArtifactFile(file, "phase-manifest");
    expect(r.issues.map((i) => `${i.line} ${i.pointer} ${i.message}`)).toEqual([
      '4 /phases/0/phase_name must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"',
      '4 /phases/0/phase_kind must be one of "warmup", "profiling"',
    ]);
    const slices = join(tmp, "profile_export_aiperf_timeslices.json");
    writeFileSync(slices, '{"timeslices": [{"request_latency": {"unit": "ms", "avg": 1}}]}');
    expect((await checkArtifactFile(slices, "timeslices-json")).issues.map((i) => i.pointer)).toEqual([
      "/timeslices/0/start_ns",
      "/timeslices/0/end_ns",
      "/timeslices/0/timeslice_index",
      "/timeslices/0",
    ]);
    writeFileSync(slices, '{"timeslices": [}');
    const broken = await checkArtifactFile(slices, "timeslices-json");
    expect(broken.issues[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^invalid JSON/) });
  });
});
