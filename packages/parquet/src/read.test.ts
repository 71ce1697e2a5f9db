import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadRecords, summarize, WrongFileKindError } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { openParquetRecords } from "./read.js";
import { exportFile, RUN1_JSONL, tempDir, writeBigRun } from "./test-support/helpers.js";

async function readAll(file: string): Promise<ParsedRecord[]> {
  const opened = await openParquetRecords(file);
  const out: ParsedRecord[] = [];
  for await (const r of opened.records) out.push(r);
  return out;
}

describe("openParquetRecords: our files", () => {
  it("run1: JSONL -> Parquet -> records equals the original, and so does the summary", async () => {
    const out = join(tempDir(), "run.parquet");
    await exportFile(RUN1_JSONL, out);
    const { records } = await loadRecords(RUN1_JSONL);
    const back = await readAll(out);
    expect(back).toEqual(records);
    expect(await summarize(back)).toEqual(await summarize(records));
    const opened = await openParquetRecords(out);
    expect(opened).toMatchObject({ layout: "aiperf-tools", version: "R", rows: 100 });
    for await (const _ of opened.records);
    expect(await opened.records.report).toMatchObject({ accepted: 100, skipped: 0, version: "R" });
  });

  it("a 0.12 run beyond 2^53 ns with several row groups round-trips exactly", async () => {
    const dir = tempDir();
    const jsonl = writeBigRun(dir, 700);
    const out = join(dir, "run.parquet");
    await exportFile(jsonl, out, { rowGroupSize: 100 });
    const { records } = await loadRecords(jsonl);
    const back = await readAll(out);
    expect(back).toEqual(records);
    expect(back[5]?.metadata.request_start_ns).toBe(2n ** 60n + 123_456_789n + 5n * 1_000_003n);
  });

  it("a truncated file is one clear error", async () => {
    const dir = tempDir();
    const out = join(dir, "run.parquet");
    await exportFile(RUN1_JSONL, out);
    const cut = join(dir, "cut.parquet");
    const bytes = readFileSync(out);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    const err = await openParquetRecords(cut).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "summary-format" });
    expect((err as Error).message).toMatch(/^not a readable Parquet file \(.*\); is it cut off\?$/);
    expect((err as Error).message).not.toContain("\n");
  });

  it("a Parquet file of another schema names the columns it lacks", async () => {
    const file = join(tempDir(), "other.parquet");
    writeFileSync(
      file,
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: "session_num", data: [1n, 2n], type: "INT64" },
            { name: "foo", data: ["a", "b"], type: "STRING" },
          ],
        }),
      ),
    );
    const err = await openParquetRecords(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WrongFileKindError);
    expect((err as Error).message).toContain(
      "missing columns x_request_id, request_start_ns, request_end_ns, benchmark_phase",
    );
  });
});

describe("openParquetRecords: AIPerf's profile_export.parquet (spec §13.4)", () => {
  // Built per §13.4.1 from a generated run: Rust column order, metrics as DOUBLE named by tag,
  // inter_chunk_latency as one projected value per request, units in aiperf.units.
  function aiperfFile(dir: string, records: ParsedRecord[]): string {
    const meta = (key: string) => records.map((r) => (r.metadata as Record<string, unknown>)[key] ?? null);
    const big = (key: string) => meta(key).map((v) => (v === null ? null : BigInt(v as number | bigint)));
    const metric = (tag: string) =>
      records.map((r) => {
        const v = r.metrics[tag]?.value;
        return v === undefined ? null : Array.isArray(v) ? v.reduce((a, b) => a + b, 0) / v.length : Number(v);
      });
    const file = join(dir, "profile_export.parquet");
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "session_num", data: big("session_num"), type: "INT64", nullable: false },
        { name: "x_request_id", data: meta("x_request_id"), type: "STRING", nullable: false },
        { name: "x_correlation_id", data: meta("x_correlation_id"), type: "STRING", nullable: false },
        { name: "conversation_id", data: meta("conversation_id"), type: "STRING" },
        { name: "turn_index", data: big("turn_index"), type: "INT64", nullable: false },
        { name: "credit_issued_ns", data: big("credit_issued_ns"), type: "INT64" },
        { name: "request_start_ns", data: big("request_start_ns"), type: "INT64", nullable: false },
        { name: "request_ack_ns", data: big("request_ack_ns"), type: "INT64" },
        { name: "request_end_ns", data: big("request_end_ns"), type: "INT64", nullable: false },
        { name: "worker_id", data: records.map(() => "rust-0"), type: "STRING", nullable: false },
        { name: "record_processor_id", data: records.map(() => "aiperf runner"), type: "STRING", nullable: false },
        { name: "benchmark_phase", data: meta("benchmark_phase"), type: "STRING", nullable: false },
        { name: "was_cancelled", data: meta("was_cancelled"), type: "BOOLEAN", nullable: false },
        { name: "cancellation_time_ns", data: records.map(() => null), type: "INT64" },
        { name: "time_to_first_token", data: metric("time_to_first_token"), type: "DOUBLE" },
        { name: "request_latency", data: metric("request_latency"), type: "DOUBLE" },
        { name: "inter_chunk_latency", data: metric("inter_chunk_latency"), type: "DOUBLE" },
        { name: "output_sequence_length", data: metric("output_sequence_length"), type: "DOUBLE" },
        { name: "error_code", data: records.map((r) => (r.error ? BigInt(r.error.code ?? 0) : null)), type: "INT64" },
        { name: "error_type", data: records.map((r) => r.error?.type ?? null), type: "STRING" },
        { name: "error_message", data: records.map((r) => r.error?.message ?? null), type: "STRING" },
      ],
      kvMetadata: [
        { key: "aiperf.schema_version", value: "1.0" },
        { key: "aiperf.version", value: "0.0.0" },
        {
          key: "aiperf.units",
          value: JSON.stringify({
            inter_chunk_latency: "ms",
            output_sequence_length: "tokens",
            request_latency: "ms",
            time_to_first_token: "ms",
          }),
        },
      ],
    });
    writeFileSync(file, new Uint8Array(buffer));
    return file;
  }

  it("is read and summarized; per-gap inter-chunk latency is a note, not invented", async () => {
    const dir = tempDir();
    const n = 70;
    const { records } = await loadRecords(writeBigRun(dir, n));
    const file = aiperfFile(dir, records);
    const opened = await openParquetRecords(file);
    expect(opened.layout).toBe("aiperf");
    expect(opened.notes.join("\n")).toMatch(/inter_chunk_latency/);
    const back: ParsedRecord[] = [];
    for await (const r of opened.records) back.push(r);
    expect(back).toHaveLength(n);
    expect(back[3]?.error).toEqual({ code: 500, type: "ServerError", message: 'boom, "quoted"' });
    expect(back[1]?.metadata.request_start_ns).toBe(records[1]?.metadata.request_start_ns);
    expect(back[1]?.metrics.inter_chunk_latency).toBeUndefined();
    expect(back[1]?.metrics.request_latency).toEqual({ value: 50.25, unit: "ms" });

    const summary = await summarize(back);
    const latency = summary.metrics.find((m) => m.tag === "request_latency");
    // By hand: request_latency = 50 + i/4 for the 60 successful i in 0..69 (i % 7 != 3).
    const ok = Array.from({ length: n }, (_, i) => i).filter((i) => i % 7 !== 3);
    expect(ok).toHaveLength(60);
    const mean = ok.reduce((a, i) => a + 50 + i / 4, 0) / ok.length;
    expect(latency?.stats.avg).toBeCloseTo(mean, 12);
    expect(latency?.stats.max).toBe(50 + 69 / 4);
    expect(summary.errorSummary).toEqual([
      { error_details: { code: 500, type: "ServerError", message: 'boom, "quoted"' }, count: 10 },
    ]);
  });
});
