// The constructed 0.13 / schema-1.5 / Rust-engine files of fixtures/constructed/ (issue 11): valid against
// the schemas, read, summarized. Summary statistics in those files are numpy's over the JSONL next to them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateMetricRecordInfo, validateSummaryFile } from "@aiperf/core";
import { describe, expect, it } from "vitest";
import { loadRecords } from "../read/read-records.js";
import { summarizeSync } from "../summarize/summarize.js";
import { parseSummary } from "./parse-summary.js";

const DIR = fileURLToPath(new URL("../../../../fixtures/constructed/", import.meta.url));
const text = (path: string): string => readFileSync(join(DIR, path), "utf8");
const lines = (path: string): unknown[] =>
  text(path)
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as unknown);

describe("constructed fixtures against the schemas", () => {
  it.each(["python-0.13", "summary-1.5", "rust"])("%s/profile_export.jsonl: every line is a valid record", (dir) => {
    const issues = lines(`${dir}/profile_export.jsonl`).map((l) => validateMetricRecordInfo(l));
    expect(issues.every((i) => i.length === 0)).toBe(true);
  });

  it.each(["summary-1.5", "rust"])("%s/profile_export_aiperf.json is a valid summary", (dir) => {
    expect(validateSummaryFile(JSON.parse(text(`${dir}/profile_export_aiperf.json`)))).toEqual([]);
  });

  it("the schema still rejects what 1.5 and Rust do not allow", () => {
    const py = JSON.parse(text("summary-1.5/profile_export_aiperf.json")) as Record<string, unknown>;
    const pointers = (doc: unknown) => validateSummaryFile(doc).map((i) => `${i.pointer}: ${i.message}`);
    expect(pointers({ ...py, runtime_submission_invalid_reasons: [1] })).toEqual([
      "/runtime_submission_invalid_reasons/0: must be string",
    ]);
    expect(pointers({ ...py, warmup_metrics: { request_latency: { avg: 1 } } })).toEqual([
      "/warmup_metrics/request_latency/unit: is required",
    ]);
  });

  it("GPU telemetry is schema-checked; under 1.5 each GPU names its platform and its metrics carry the vendor prefix", () => {
    const py = JSON.parse(text("summary-1.5/profile_export_aiperf.json")) as Record<string, unknown>;
    const pointers = (doc: unknown) => validateSummaryFile(doc).map((i) => `${i.pointer}: ${i.message}`);
    const gpu = (g: Record<string, unknown>) => ({
      summary: {},
      endpoints: { "localhost:9400": { gpus: { gpu_0: g } } },
    });
    const at = "/telemetry_data/endpoints/localhost:9400/gpus/gpu_0";
    const power = { gpu_power_usage: { unit: "W", avg: 350.5 } };
    // 1.5: no platform; a pre-1.5 name under nvidia
    expect(pointers({ ...py, telemetry_data: gpu({ gpu_index: 0, metrics: power }) })).toContain(
      `${at}/platform: is required`,
    );
    expect(pointers({ ...py, telemetry_data: gpu({ gpu_index: 0, platform: "nvidia", metrics: power }) })).toContain(
      `${at}/metrics: property name must be valid`,
    );
    expect(
      pointers({
        ...py,
        telemetry_data: gpu({ gpu_index: 0, platform: "amd", metrics: { amd_power: { unit: "W", avg: 1 } } }),
      }),
    ).toEqual([]);
    // 1.4 (0.12): the same GPU without platform and with the old names is fine; its shape is still checked
    const old = { ...py, schema_version: "1.4" };
    expect(pointers({ ...old, telemetry_data: gpu({ gpu_index: 0, metrics: power }) })).toEqual([]);
    expect(pointers({ ...old, telemetry_data: gpu({ gpu_index: "0", metrics: { x: { unit: 5 } } }) })).toEqual([
      `${at}/gpu_index: must be integer`,
      `${at}/metrics/x/unit: must be string`,
    ]);
  });
});

describe("constructed summaries, parsed", () => {
  it("1.5: variant N, the 1.5 blocks kept as extra", () => {
    const s = parseSummary(text("summary-1.5/profile_export_aiperf.json"));
    expect([s.variant, s.schemaVersion, s.aiperfVersion]).toEqual(["N", "1.5", "0.13.0"]);
    expect(Object.keys(s.extra ?? {})).toEqual([
      "telemetry_data",
      "run_info",
      "is_complete",
      "warmup_metrics",
      "branch_stats",
      "runtime_submission_invalid_reasons",
    ]);
    expect(s.metrics.map((m) => m.tag)).toContain("full_decode_duration");
    expect(s.errorSummary[0]?.error_details.cause_chain).toEqual(["TimeoutError", "ReadTimeout"]);
  });

  it("Rust: no start/end time, scalars with min/max, distributions without sum", () => {
    const s = parseSummary(text("rust/profile_export_aiperf.json"));
    expect([s.variant, s.startTime, s.endTime]).toEqual(["N", undefined, undefined]);
    const get = (t: string) => s.metrics.find((m) => m.tag === t)?.stats;
    expect(get("request_count")).toEqual({ avg: 2, min: 2, max: 2, sum: 2 });
    expect(get("request_latency")?.sum).toBeUndefined();
    expect(s.extra?.steady_state).toMatchObject({ short_window: true });
  });
});

describe("constructed records, summarized", () => {
  it("Python 0.13: the warmup record is left out; source/phase fields and the error's cause chain kept", async () => {
    const { records, report } = await loadRecords(join(DIR, "python-0.13/profile_export.jsonl"));
    expect([report.accepted, report.skipped, report.version]).toEqual([4, 0, "0.12"]);
    expect(records[2]?.metadata).toMatchObject({
      source_inner_idx: 3,
      parent_correlation_id: "root-3",
      agent_depth: 1,
    });
    const s = summarizeSync(records, { version: "0.12" });
    const latency = s.metrics.find((m) => m.tag === "request_latency")?.stats;
    // profiling records 2 and 3: 2099.55 ms twice
    expect(latency).toMatchObject({ avg: 2099.55, min: 2099.55, max: 2099.55, count: 2 });
    expect(s.errorSummary).toEqual([
      {
        error_details: {
          type: "TimeoutError",
          message: "TimeoutError()",
          cause: "ReadTimeout('')",
          cause_chain: ["TimeoutError", "ReadTimeout"],
          details: { timeout_s: 30 },
        },
        count: 1,
      },
    ]);
  });

  it("Rust: explicit nulls and ints written as floats; record stats equal the numpy values of its summary", async () => {
    const { records, report } = await loadRecords(join(DIR, "rust/profile_export.jsonl"));
    expect([report.accepted, report.skipped]).toEqual([3, 0]);
    const s = summarizeSync(records, { version: report.version ?? "L" });
    const file = JSON.parse(text("rust/profile_export_aiperf.json")) as Record<string, Record<string, number>>;
    const get = (t: string) => s.metrics.find((m) => m.tag === t)?.stats;
    for (const tag of ["request_latency", "time_to_first_token", "input_sequence_length", "output_sequence_length"]) {
      const { unit: _u, ...expected } = file[tag] ?? {};
      const { sum: _s, ...ours } = get(tag) ?? {};
      expect(ours, tag).toEqual(expected);
    }
    // 128 + 256 tokens; 1 cancelled request
    expect(get("total_isl")).toEqual({ avg: 384 });
    expect(s.errorSummary[0]).toMatchObject({ error_details: { code: 499 }, count: 1 });
  });
});
