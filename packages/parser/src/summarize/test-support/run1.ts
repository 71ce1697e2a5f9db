// The run1 fixture (project copy) for tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ParsedRecord } from "../../model.js";
import { loadRecordsSync } from "../../read/index.js";

export const RUN1_DIR = fileURLToPath(new URL("../../../../../fixtures/aiperf-run1/", import.meta.url));

let cached: ParsedRecord[] | undefined;

export function run1Records(): ParsedRecord[] {
  cached ??= loadRecordsSync(`${RUN1_DIR}profile_export.jsonl`).records;
  return cached;
}

/** AIPerf's own summary file, as text (no trailing newline). */
export function run1SummaryText(): string {
  return readFileSync(`${RUN1_DIR}profile_export_aiperf.json`, "utf8");
}

type Run1Block = Record<string, number | string | null>;

/** AIPerf's summary parsed with JSON.parse: every float parses to the exact double AIPerf wrote. */
export function run1Expected(): { records: Record<string, Run1Block> } & Record<string, unknown> {
  return JSON.parse(run1SummaryText()) as { records: Record<string, Run1Block> };
}
