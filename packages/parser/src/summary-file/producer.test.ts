// Producer detection by structure (spec §13.1, facts F23), over the constructed fixtures and run1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadRecords } from "../read/read-records.js";
import { RUN1_JSONL, RUN1_SUMMARY } from "../read/test-support/fixtures.js";
import { parseSummary } from "./parse-summary.js";
import { detectSummaryProducer, RecordsProducerTracker } from "./producer.js";

const DIR = fileURLToPath(new URL("../../../../fixtures/constructed/", import.meta.url));

describe("detectSummaryProducer", () => {
  it.each([
    [RUN1_SUMMARY, "python", null, "0.1.x", 0],
    [join(DIR, "summary-1.5/profile_export_aiperf.json"), "python", "1.5", "0.13", 0],
    [join(DIR, "rust/profile_export_aiperf.json"), "rust", "1.4", "Rust engine", 5],
  ])("%s -> %s, schema %s, %s (%d signals)", (file, producer, schema, range, nSignals) => {
    const p = detectSummaryProducer(parseSummary(readFileSync(file, "utf8")));
    expect([p.producer, p.schemaVersion, p.versionRange, p.signals.length]).toEqual([
      producer,
      schema,
      range,
      nSignals,
    ]);
  });

  it("one Rust signal is not enough; a Python 1.4 file stays Python 0.12", () => {
    const py = JSON.parse(readFileSync(join(DIR, "summary-1.5/profile_export_aiperf.json"), "utf8")) as Record<
      string,
      unknown
    >;
    const one = detectSummaryProducer(parseSummary(JSON.stringify({ ...py, schema_version: "1.4", run_info: {} })));
    expect([one.producer, one.versionRange]).toEqual(["python", "0.12 or some 0.13.0 builds"]);
  });
});

describe("RecordsProducerTracker", () => {
  it.each([
    [RUN1_JSONL, "python", "0.1.x"],
    [join(DIR, "python-0.13/profile_export.jsonl"), "python", "0.13"],
    [join(DIR, "rust/profile_export.jsonl"), "rust", "Rust engine"],
  ])("%s -> %s %s", async (file, producer, range) => {
    const { records, report } = await loadRecords(file);
    const tracker = new RecordsProducerTracker();
    for (const r of records) tracker.observe(r);
    expect(tracker.result(report.version)).toMatchObject({ producer, versionRange: range });
  });

  it("a later Rust variant (per-worker worker_id, real credit times) is told by record_processor_id", async () => {
    const { records, report } = await loadRecords(join(DIR, "rust/profile_export.jsonl"));
    const tracker = new RecordsProducerTracker();
    for (const r of records)
      tracker.observe({ ...r, metadata: { ...r.metadata, worker_id: "w-1", credit_issued_ns: 5n } });
    expect(tracker.result(report.version)?.signals).toEqual(['record_processor_id "aiperf runner" on every record']);
    expect(new RecordsProducerTracker().result(null)).toBeNull();
  });
});
