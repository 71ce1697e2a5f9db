// `inspect`: what AIPerf's examples/parse_profile_export.py prints, then the counts.
import { getMetric } from "@aiperf/core";
import { formatPyValue, type ParsedRecord, type RecordsVersion } from "@aiperf/parser";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { type InputOptions, loadRun } from "../input.js";

const VERSION_NAMES: Record<RecordsVersion, string> = {
  R: "R (run1 format, AIPerf 0.1.x)",
  O: "O (Oct-2025 format)",
  L: "L (2026 format, up to AIPerf 0.8)",
  "0.10": "0.10 (AIPerf 0.10/0.11)",
  "0.12": "0.12 (AIPerf 0.12 or later)",
};

/** json.dumps(obj, indent=2): like JSON.stringify, but non-ASCII is escaped (ensure_ascii). */
export function pyJsonDumps(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function exampleMetricLines(record: ParsedRecord): string[] {
  return Object.entries(record.metrics).map(([tag, metric]) => {
    const def = getMetric(tag);
    const value = formatPyValue(metric.value, def);
    return `  ${def?.header ?? tag} (${tag}): ${value} (${metric.unit})`;
  });
}

export default async function inspect(ctx: CommandContext, path: string | undefined, opts: InputOptions): Promise<number> {
  const { records, report, label } = await loadRun(ctx, path, opts);
  const { out } = ctx;
  const lines = [`Loaded ${records.length} records from ${label}`];

  const firstValid = records.find((r) => r.error === null);
  lines.push("", out.bold("Example Metrics:"));
  lines.push(...(firstValid === undefined ? ["  (no valid record)"] : exampleMetricLines(firstValid)));

  const firstError = records.find((r) => r.error !== null);
  lines.push("", out.bold("Example Error:"));
  lines.push(firstError?.error ? pyJsonDumps(firstError.error) : "  (no error record)");

  const errors = records.filter((r) => r.error !== null);
  const distinct = new Set(errors.map((r) => JSON.stringify([r.error?.code ?? null, r.error?.type ?? null, r.error?.message])));
  lines.push(
    "",
    out.bold("Counts:"),
    `  records: ${records.length}`,
    `  valid:   ${records.length - errors.length}`,
    `  errors:  ${errors.length}${errors.length > 0 ? ` (${distinct.size} distinct)` : ""}`,
    `  version: ${report.version === null ? "unknown (no records)" : VERSION_NAMES[report.version]}`,
  );
  if (report.skipped > 0) lines.push(`  skipped: ${report.skipped} invalid lines`);
  ctx.stdout.write(`${lines.join("\n")}\n`);
  return ExitCode.ok;
}
