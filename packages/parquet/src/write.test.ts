import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createWriteStream } from "node:fs";
import { loadRecords, readRecords } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";
import { openParquetRecords } from "./read.js";
import { duckdbRows, exportFile, RUN1_JSONL, tempDir, writeBigRun } from "./test-support/helpers.js";
import { writeLongParquet } from "./write.js";

/** The digits of `"key":123` in a raw JSONL line: exact, without any JSON parser. */
const rawInt = (line: string, key: string): bigint | null => {
  const m = new RegExp(`"${key}":(?:\\{"value":)?(\\d+)`).exec(line);
  return m?.[1] === undefined ? null : BigInt(m[1]);
};

interface RawRecord {
  metadata: Record<string, unknown>;
  metrics: Record<string, { value: number | number[]; unit: string }>;
  error?: { code: number; type: string; message: string } | null;
}

function rawLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "");
}

const q = (file: string): string => `'${file.replaceAll("'", "''")}'`;

describe("writeRecordsParquet, read back by DuckDB", () => {
  it("run1: every value equals the JSONL's (timestamps exact, lists intact, nulls where absent)", async () => {
    const out = join(tempDir(), "run.parquet");
    const result = await exportFile(RUN1_JSONL, out);
    const lines = rawLines(RUN1_JSONL);
    expect(result).toMatchObject({ records: 100, rows: 100, version: "R" });
    expect(result.notExported).toEqual({});

    // The ns list times 1e-6 (AIPerf's ns -> ms conversion, done by DuckDB) is the JSONL's ms list.
    const rows = await duckdbRows(
      `SELECT *, list_transform(inter_chunk_latency_ns, x -> x * 1e-6) AS inter_chunk_latency FROM read_parquet(${q(out)}) ORDER BY line`,
    );
    expect(rows).toHaveLength(100);
    const types = await duckdbRows(`DESCRIBE SELECT * FROM read_parquet(${q(out)})`);
    const typeOf = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    expect(typeOf).toMatchObject({
      request_start_ns: "BIGINT",
      request_latency: "DOUBLE",
      inter_chunk_latency_ns: "BIGINT[]",
      x_request_id: "VARCHAR",
      error_code: "BIGINT",
    });

    const metricTags = new Set<string>();
    lines.forEach((line, i) => {
      const rec = JSON.parse(line) as RawRecord;
      const row = rows[i] as Record<string, unknown>;
      expect(row.line).toBe(BigInt(i + 1));
      expect(row.request_start_ns).toBe(rawInt(line, "timestamp_ns"));
      expect(row.x_request_id).toBe(rec.metadata.x_request_id);
      expect(row.worker_id).toBe(rec.metadata.worker_id);
      expect(row.phase).toBe(rec.metadata.credit_phase);
      expect(row.turn_index).toBe(BigInt(rec.metadata.turn_index as number));
      for (const [tag, mv] of Object.entries(rec.metrics)) {
        metricTags.add(tag);
        const expected = mv.unit === "ns" ? rawInt(line, tag) : mv.value;
        expect(row[tag], `line ${i + 1} ${tag}`).toEqual(expected);
      }
      expect(row.error_code).toBe(rec.error ? BigInt(rec.error.code) : null);
      expect(row.error_message).toBe(rec.error ? rec.error.message : null);
    });
    // Nulls where the record had no such metric.
    for (const tag of metricTags) {
      const column = tag === "inter_chunk_latency" ? "inter_chunk_latency_ns" : tag;
      const present = lines.filter((l) => (JSON.parse(l) as RawRecord).metrics[tag] !== undefined).length;
      const [count] = await duckdbRows(`SELECT count(${column}) AS n FROM read_parquet(${q(out)})`);
      expect(count?.n, tag).toBe(BigInt(present));
    }
    expect(metricTags.has("inter_chunk_latency")).toBe(true);
  });

  it("units, producer and version in the key-value metadata", async () => {
    const out = join(tempDir(), "run.parquet");
    await exportFile(RUN1_JSONL, out);
    const kv = await duckdbRows(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${q(out)})`,
    );
    const meta = Object.fromEntries(kv.map((r) => [r.key, r.value]));
    const units = JSON.parse(meta["aiperf.units"] as string) as Record<string, string>;
    expect(units.request_latency).toBe("ms");
    expect(units.inter_chunk_latency_ns).toBe("ns");
    expect(units.output_sequence_length).toBe("tokens");
    expect(Object.keys(units)).toEqual(Object.keys(units).sort());
    expect(meta["aiperf_tools.producer"]).toMatch(/^@aiperf\/parquet \d+\.\d+\.\d+/);
    expect(meta["aiperf_tools.records_version"]).toBe("R");
    expect(meta["aiperf_tools.schema_version"]).toBe("2");
    // Snappy, except the bit-packed ns list (random bits: nothing to gain).
    const codecs = await duckdbRows(
      `SELECT DISTINCT path_in_schema AS path, compression FROM parquet_metadata(${q(out)}) ORDER BY path`,
    );
    for (const { path, compression } of codecs)
      expect(compression, String(path)).toBe(
        String(path).startsWith("inter_chunk_latency_ns") ? "UNCOMPRESSED" : "SNAPPY",
      );
    expect(codecs.length).toBeGreaterThan(20);
  });

  it("a generated run beyond 2^53 ns: BIGINT exact, bounded row groups, lists and nulls", async () => {
    const dir = tempDir();
    const jsonl = writeBigRun(dir, 1000);
    const out = join(dir, "run.parquet");
    const result = await exportFile(jsonl, out, { rowGroupSize: 128 });
    expect(result).toMatchObject({ records: 1000, version: "0.12", rowGroups: 8 });
    const groups = await duckdbRows(
      `SELECT max(row_group_num_rows) AS m, count(DISTINCT row_group_id) AS g FROM parquet_metadata(${q(out)})`,
    );
    expect(groups[0]).toEqual({ m: 128n, g: 8n });

    const rows = await duckdbRows(`SELECT * FROM read_parquet(${q(out)}) ORDER BY line`);
    // Its lists hold doubles that are not ns * 1e-6 (1.5 + k * 0.1 + ...): kept as LIST<DOUBLE>.
    expect(result.columns).toContain("inter_chunk_latency");
    expect(result.columns).not.toContain("inter_chunk_latency_ns");
    rawLines(jsonl).forEach((line, i) => {
      const rec = JSON.parse(line) as RawRecord;
      const row = rows[i] as Record<string, unknown>;
      for (const key of ["credit_issued_ns", "request_start_ns", "request_ack_ns", "request_end_ns"])
        expect(row[key], `${i} ${key}`).toBe(rawInt(line, key));
      expect((row.request_start_ns as bigint) > 2n ** 53n).toBe(true);
      expect(row.conversation_id).toBe(rec.metadata.conversation_id ?? null);
      expect(row.was_cancelled).toBe(false);
      expect(row.phase).toBe("profiling");
      expect(row.inter_chunk_latency).toEqual(rec.metrics.inter_chunk_latency?.value ?? null);
      expect(row.request_latency).toBe(rec.metrics.request_latency?.value ?? null);
      expect(row.error_message).toBe(rec.error?.message ?? null);
    });
  });

  it("row-group statistics: DuckDB's min/max pruning counts what the JSONL has", async () => {
    const out = join(tempDir(), "run.parquet");
    await exportFile(RUN1_JSONL, out, { rowGroupSize: 16 });
    const lines = rawLines(RUN1_JSONL);
    const latency = lines.map((l) => (JSON.parse(l) as RawRecord).metrics.request_latency?.value as number | undefined);
    const start = lines.map((l) => rawInt(l, "timestamp_ns") as bigint);
    const sorted = latency.filter((v) => v !== undefined).sort((a, b) => a - b);
    for (const quantile of [0, 0.1, 0.5, 0.9, 1]) {
      const t = sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] as number;
      const [row] = await duckdbRows(`SELECT count(*) AS n FROM read_parquet(${q(out)}) WHERE request_latency >= ${t}`);
      expect(row?.n, `>= ${t}`).toBe(BigInt(latency.filter((v) => v !== undefined && v >= t).length));
    }
    for (const i of [0, 17, 50, 99]) {
      const t = start[i] as bigint;
      const [row] = await duckdbRows(
        `SELECT count(*) AS n FROM read_parquet(${q(out)}) WHERE request_start_ns <= ${t}`,
      );
      expect(row?.n, `<= ${t}`).toBe(BigInt(start.filter((v) => v <= t).length));
    }
    const stats = await duckdbRows(
      `SELECT stats_min_value AS lo, stats_max_value AS hi FROM parquet_metadata(${q(out)}) WHERE path_in_schema = 'request_start_ns' AND row_group_id = 0`,
    );
    const first = start.slice(0, 16).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(stats[0]).toEqual({ lo: String(first[0]), hi: String(first[15]) });
  });

  it("metadata and error keys without a column go to other_metadata as JSON, counted, and read back", async () => {
    const dir = tempDir();
    const lines = rawLines(RUN1_JSONL);
    const failed = lines.findIndex((l) => l.includes('"error":{"code":499,'));
    lines[2] = (lines[2] as string).replace('{"metadata":{', '{"metadata":{"custom_key":"abc",');
    lines[failed] = (lines[failed] as string).replace('"error":{"code":499,', '"error":{"code":499,"retry_after":5,');
    const jsonl = join(dir, "profile_export.jsonl");
    writeFileSync(jsonl, `${lines.join("\n")}\n`);
    const out = join(dir, "run.parquet");
    const result = await exportFile(jsonl, out);
    expect(result.otherMetadata).toEqual({ custom_key: 1, "error.retry_after": 1 });
    const rows = await duckdbRows(`SELECT line, other_metadata, error_code FROM read_parquet(${q(out)}) ORDER BY line`);
    expect(JSON.parse(rows[2]?.other_metadata as string)).toEqual({ custom_key: "abc" });
    expect(JSON.parse(rows[failed]?.other_metadata as string)).toEqual({ "error.retry_after": 5 });
    expect(rows[failed]?.error_code).toBe(499n);
    expect(rows.filter((r) => r.other_metadata !== null)).toHaveLength(failed === 2 ? 1 : 2);
    const { records } = await loadRecords(jsonl);
    const back: ParsedRecord[] = [];
    for await (const r of (await openParquetRecords(out)).records) back.push(r);
    expect(back).toEqual(records);
  });

  it("a list after the head that is not ns * 1e-6 goes to other_metrics, counted; gaps beyond 2^32 ns stay exact", async () => {
    const dir = tempDir();
    const lines = rawLines(RUN1_JSONL);
    const withList = lines.flatMap((l, i) => (l.includes('"inter_chunk_latency"') ? [i] : []));
    const [odd, long] = withList.slice(-2) as [number, number];
    const open = '"inter_chunk_latency":{"value":[';
    // 0.1 + 0.2 is no ns * 1e-6; 5000123456 ns (> 2^32: 33-bit deltas) is.
    lines[odd] = (lines[odd] as string).replace(open, `${open}${0.1 + 0.2},`);
    lines[long] = (lines[long] as string).replace(open, `${open}${5_000_123_456 * 1e-6},`);
    const jsonl = join(dir, "profile_export.jsonl");
    writeFileSync(jsonl, `${lines.join("\n")}\n`);
    const out = join(dir, "run.parquet");
    const result = await exportFile(jsonl, out, { detectWindow: 10, rowGroupSize: 32 });
    expect(result.otherMetrics).toEqual({ inter_chunk_latency: 1 });
    const rows = await duckdbRows(
      `SELECT line, inter_chunk_latency_ns AS ns, other_metrics FROM read_parquet(${q(out)}) ORDER BY line`,
    );
    expect(rows[odd]?.ns).toBeNull();
    const kept = JSON.parse(rows[odd]?.other_metrics as string) as RawRecord["metrics"];
    expect(kept.inter_chunk_latency?.value).toEqual(expect.arrayContaining([0.30000000000000004]));
    expect(rows[long]?.ns).toEqual(expect.arrayContaining([5_000_123_456n]));
    const { records } = await loadRecords(jsonl);
    const back: ParsedRecord[] = [];
    for await (const r of (await openParquetRecords(out)).records) back.push(r);
    expect(back).toEqual(records);
  });

  it("--long layout: one row per list value, every value equal to the JSONL's", async () => {
    const out = join(tempDir(), "long.parquet");
    const result = await writeLongParquet(readRecords(RUN1_JSONL), createWriteStream(out), { rowGroupSize: 5000 });
    const expected = rawLines(RUN1_JSONL).flatMap((line, i) => {
      const rec = JSON.parse(line) as RawRecord;
      const icl = rec.metrics.inter_chunk_latency?.value;
      return Array.isArray(icl) ? icl.map((v, k) => [BigInt(i + 1), rec.metadata.x_request_id, BigInt(k), v]) : [];
    });
    expect(expected).toHaveLength(21537);
    expect(result).toMatchObject({ rows: 21537, records: 100 });
    const rows = await duckdbRows(
      `SELECT line, x_request_id, metric, unit, index, value FROM read_parquet(${q(out)}) ORDER BY line, index`,
    );
    expect(rows.map((r) => [r.line, r.x_request_id, r.index, r.value])).toEqual(expected);
    expect(new Set(rows.map((r) => `${r.metric} ${r.unit}`))).toEqual(new Set(["inter_chunk_latency ms"]));
  });
});
