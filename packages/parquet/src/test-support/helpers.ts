import { mkdtempSync, writeFileSync } from "node:fs";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { readRecords } from "@aiperf/parser";
import { writeRecordsParquet } from "../write.js";
import type { RecordsParquetOptions, RecordsParquetResult } from "../write.js";

const RUN1_DIR = fileURLToPath(new URL("../../../../fixtures/aiperf-run1", import.meta.url));
export const RUN1_JSONL = join(RUN1_DIR, "profile_export.jsonl");

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "aiperf-parquet-"));

/** JSONL -> Parquet file through the parser and our writer. */
export async function exportFile(
  jsonl: string,
  out: string,
  options: RecordsParquetOptions = {},
): Promise<RecordsParquetResult> {
  return writeRecordsParquet(readRecords(jsonl), createWriteStream(out), options);
}

/** Rows of a DuckDB query, values as JS (BIGINT -> bigint, LIST -> array). */
export async function duckdbRows(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/**
 * A 0.12-era JSONL run with wall-clock ns beyond 2^53 (written as digits), an
 * inter-chunk list, errors and absent fields. Returns the path.
 */
export function writeBigRun(dir: string, n: number): string {
  const base = 2n ** 60n + 123_456_789n;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const start = base + BigInt(i) * 1_000_003n;
    const end = start + 50_000_001n;
    const failed = i % 7 === 3;
    const meta = [
      `"session_num":${i}`,
      `"x_request_id":"req-${i}"`,
      `"x_correlation_id":"corr-${i}"`,
      ...(i % 5 === 0 ? [] : [`"conversation_id":"conv-${i}"`]),
      `"turn_index":0`,
      `"credit_issued_ns":${start - 17n}`,
      `"request_start_ns":${start}`,
      ...(failed ? [] : [`"request_ack_ns":${start + 9n}`]),
      `"request_end_ns":${end}`,
      `"worker_id":"worker_${i % 3}"`,
      `"record_processor_id":"rp_${i % 2}"`,
      `"benchmark_phase":"profiling"`,
      `"phase_index":0`,
      `"profiling_index":0`,
      `"phase_name":"profiling"`,
      `"phase_kind":"profiling"`,
      `"was_cancelled":false`,
      `"context_overflow_skip":false`,
      `"agent_depth":0`,
    ].join(",");
    const metrics = failed
      ? `"error_request_count":{"value":1,"unit":"requests"}`
      : [
          `"request_latency":{"value":${50 + i * 0.25},"unit":"ms"}`,
          `"time_to_first_token":{"value":${10 + i / 8},"unit":"ms"}`,
          `"output_sequence_length":{"value":${3 + (i % 4)},"unit":"tokens"}`,
          `"inter_chunk_latency":{"value":[${Array.from({ length: 2 + (i % 4) }, (_, k) => 1.5 + k * 0.1 + i / 1000).join(",")}],"unit":"ms"}`,
        ].join(",");
    const error = failed ? `,"error":{"code":500,"type":"ServerError","message":"boom, \\"quoted\\""}` : "";
    lines.push(`{"metadata":{${meta}},"metrics":{${metrics}}${error}}`);
  }
  const file = join(dir, "profile_export.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
