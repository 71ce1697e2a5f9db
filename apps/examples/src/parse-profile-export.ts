#!/usr/bin/env node
// AIPerf's examples/parse_profile_export.py, in TypeScript: load the records of
// a profile_export.jsonl and print an example record's metrics and an error.
//
//   node dist/parse-profile-export.js [path] [--async]
import { fileURLToPath } from "node:url";
import { getMetric } from "@aiperf/core";
import { formatPyValue, loadRecords, loadRecordsSync, pyJsonDumps } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";

export const DEFAULT_FILE = fileURLToPath(new URL("../artifacts/run1/profile_export.jsonl", import.meta.url));

/** Synchronous load, like the script's default mode (load_records). */
export function loadSync(filePath: string): ParsedRecord[] {
  return loadRecordsSync(filePath).records;
}

/** Streaming load, like the script's --async mode (load_records_async). */
export async function loadAsync(filePath: string): Promise<ParsedRecord[]> {
  return (await loadRecords(filePath)).records;
}

/** The lines the Python script prints for these records. */
export function describeRecords(filePath: string, records: readonly ParsedRecord[]): string[] {
  const lines = [`Loaded ${records.length} records from ${filePath}`];

  const record = records.find((r) => r.error === null);
  if (record !== undefined) {
    lines.push("", "Example Metrics:");
    for (const [tag, metric] of Object.entries(record.metrics)) {
      const def = getMetric(tag);
      lines.push(`  ${def?.header ?? tag} (${tag}): ${formatPyValue(metric.value, def)} (${metric.unit})`);
    }
  }

  const errorRecord = records.find((r) => r.error !== null);
  if (errorRecord?.error) {
    lines.push("", "Example Error:", pyJsonDumps(errorRecord.error));
  }
  return lines;
}

export async function main(argv: readonly string[]): Promise<void> {
  const useAsync = argv.includes("--async");
  const filePath = argv.find((a) => !a.startsWith("--")) ?? DEFAULT_FILE;
  const records = useAsync ? await loadAsync(filePath) : loadSync(filePath);
  process.stdout.write(`${describeRecords(filePath, records).join("\n")}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    // Library errors carry the file, line, column and JSON pointer.
    const text =
      err instanceof Error && "format" in err && typeof err.format === "function" ? String(err.format()) : String(err);
    process.stderr.write(`error: ${text}\n`);
    process.exitCode = 1;
  });
}
