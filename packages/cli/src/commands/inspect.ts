// `inspect`: what AIPerf's examples/parse_profile_export.py prints, then the counts.
import { getMetric, toJsonText } from "@aiperf/core";
import {
  describePhase,
  describeProducer,
  formatPyValue,
  listPhases,
  type ParsedRecord,
  pyJsonDumps,
  RecordsProducerTracker,
  type RecordsVersion,
} from "@aiperf/parser";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { type InputOptions, scanRun } from "../input.js";
import { terminalText } from "../terminal-text.js";

const VERSION_NAMES: Record<RecordsVersion, string> = {
  R: "R (run1 format, AIPerf 0.1.x)",
  O: "O (Oct-2025 format)",
  L: "L (2026 format, up to AIPerf 0.8)",
  "0.10": "0.10 (AIPerf 0.10/0.11)",
  "0.12": "0.12 (AIPerf 0.12 or later)",
};

export function exampleMetricLines(record: ParsedRecord): string[] {
  return Object.entries(record.metrics).map(([tag, metric]) => {
    const def = getMetric(tag);
    const value = formatPyValue(metric.value, def);
    return terminalText(`  ${def?.header ?? tag} (${tag}): ${value} (${metric.unit})`);
  });
}

export default async function inspect(
  ctx: CommandContext,
  path: string | undefined,
  opts: InputOptions,
): Promise<number> {
  // One streaming pass: the first valid record, the first error, and the counts.
  let total = 0;
  let errors = 0;
  let firstValid: ParsedRecord | undefined;
  let firstError: ParsedRecord | undefined;
  const distinct = new Set<string>();
  const producer = new RecordsProducerTracker();
  const { report, label, artifacts } = await scanRun(ctx, path, opts, (record) => {
    total++;
    producer.observe(record);
    if (record.error === null) {
      firstValid ??= record;
      return;
    }
    errors++;
    firstError ??= record;
    distinct.add(toJsonText([record.error.code ?? null, record.error.type ?? null, record.error.message]));
  });
  const { out } = ctx;
  const lines = [`Loaded ${total} records from ${terminalText(label)}`];
  lines.push("", out.bold("Example Metrics:"));
  lines.push(...(firstValid === undefined ? ["  (no valid record)"] : exampleMetricLines(firstValid)));
  lines.push("", out.bold("Example Error:"));
  // pyJsonDumps indents over several lines: escape each line, keep the layout.
  lines.push(
    firstError?.error ? pyJsonDumps(firstError.error).split("\n").map(terminalText).join("\n") : "  (no error record)",
  );
  lines.push(
    "",
    out.bold("Counts:"),
    `  records: ${total}`,
    `  valid:   ${total - errors}`,
    `  errors:  ${errors}${errors > 0 ? ` (${distinct.size} distinct)` : ""}`,
    `  version: ${report.version === null ? "unknown (no records)" : VERSION_NAMES[report.version]}`,
  );
  const detected = producer.result(report.version);
  if (detected !== null) lines.push(`  producer: ${describeProducer(detected)}`);
  if (report.skipped > 0) lines.push(`  skipped: ${report.skipped} invalid lines`);
  // A multi-phase run (spec §13.6.3): the root files are the aggregate, phases/<name>/ hold each phase's summary.
  const phases = artifacts?.dir != null ? listPhases(artifacts.dir) : [];
  if (phases.length > 0) {
    lines.push(`  phases:   ${terminalText(phases.map(describePhase).join(", "))}`);
    const chosen = artifacts?.phase;
    lines.push(
      chosen === undefined
        ? "  phase:    none chosen: the root files aggregate the profiling phases (--phase NAME picks one)"
        : `  phase:    ${terminalText(chosen.name)}${opts.phase !== undefined ? " (--phase; records of the other phases left out)" : " (the profiling phase; records of every phase counted above)"}`,
    );
  }
  ctx.stdout.write(`${lines.join("\n")}\n`);
  return ExitCode.ok;
}
