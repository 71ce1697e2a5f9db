// The Rust engine's records (spec §13.2.5) without a summary next to them: summarize writes the Rust layout.
// Expected values by hand from fixtures/constructed/rust/profile_export.jsonl: two valid records, ISL 128 and
// 256, OSL 105 and 95, request latency 1000 and 1200 ms; one cancelled request.
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateSummaryFile } from "@aiperf/core";
import { detectSummaryProducer, parseSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { REPO_DIR, runCli } from "../test-support/harness.js";

const RUST = join(REPO_DIR, "fixtures", "constructed", "rust");

describe("summarize: Rust records", () => {
  it("without a summary default to the Rust layout: 1.4, run_info {}, counters with sum, distributions without", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-rust-records-"));
    await copyFile(join(RUST, "profile_export.jsonl"), join(dir, "profile_export.jsonl"));
    const r = await runCli(["summarize", dir, "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    const doc = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(validateSummaryFile(doc)).toEqual([]);
    expect([doc.schema_version, doc.run_info, "start_time" in doc]).toEqual(["1.4", {}, false]);
    expect(doc.request_count).toEqual({ unit: "requests", avg: 2, min: 2, max: 2, sum: 2 });
    expect(doc.total_isl).toEqual({ unit: "tokens", avg: 384, min: 384, max: 384, sum: 384 });
    expect(doc.request_latency).toMatchObject({ avg: 1100, min: 1000, max: 1200, std: 100, count: 2 });
    expect("sum" in (doc.request_latency ?? {})).toBe(false);
    expect(detectSummaryProducer(parseSummary(r.stdout)).producer).toBe("rust");
    // --producer python still writes Python's layout
    const py = JSON.parse((await runCli(["summarize", dir, "--json", "--producer", "python"])).stdout) as typeof doc;
    expect(py.request_count).toEqual({ unit: "requests", avg: 2 });
  });

  it("validate: the Rust summary agrees with its records in the Rust projection, every other file valid", async () => {
    const r = await runCli(["validate", RUST]);
    expect(r.stdout).toContain("✓ the summary agrees exactly with the records: 84 statistics of 12 metrics");
    expect(r.code).toBe(ExitCode.ok);
  });
});
