// Test-only helpers: the project's run1 fixture, an in-memory CSV sink and
// hand-built records. Excluded from the build.
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import type { ParsedRecord } from "@aiperf/parser";
import { parse } from "csv-parse/sync";
import { writeRecordsCsv } from "../records-csv.js";
import type { RecordsCsvOptions, RecordsCsvResult } from "../records-csv.js";

/** The project's copy of AIPerf's run1 artifacts. */
export const RUN1_DIR = fileURLToPath(new URL("../../../../fixtures/aiperf-run1/", import.meta.url));

/** writeRecordsCsv into memory. */
export async function recordsCsv(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  options: RecordsCsvOptions = {},
): Promise<{ text: string; result: RecordsCsvResult }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const result = await writeRecordsCsv(records, sink, options);
  return { text: Buffer.concat(chunks).toString("utf8"), result };
}

/** An independent RFC 4180 reader (csv-parse), rows as arrays of strings. */
export function readCsv(text: string): string[][] {
  return parse(text, { relax_column_count: false }) as string[][];
}

/** A valid R-format record with the given metrics, or an error record. */
export function makeRecord(
  line: number,
  parts: Partial<Pick<ParsedRecord, "metrics" | "error" | "extra">> & { metadata?: Record<string, unknown> } = {},
): ParsedRecord {
  const record: ParsedRecord = {
    line,
    metadata: {
      x_request_id: `req-${line}`,
      x_correlation_id: null,
      conversation_id: null,
      turn_index: 0,
      timestamp_ns: 1759522419154568925n + BigInt(line),
      worker_id: "worker_1",
      record_processor_id: "record_processor_1",
      credit_phase: "profiling",
      ...parts.metadata,
    },
    metrics: parts.metrics ?? {},
    error: parts.error ?? null,
  };
  if (parts.extra !== undefined) record.extra = parts.extra;
  return record;
}
