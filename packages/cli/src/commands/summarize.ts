// `summarize`: recompute the summary from the records; print AIPerf's console
// tables, or its JSON; optionally write AIPerf's two summary files.
import { join } from "node:path";
import { SUMMARY_STAT_COLUMNS, toSummaryCsv } from "@aiperf/csv-exporter";
import {
  AIPERF_PERCENTILES,
  detectSummaryProducer,
  formatSummaryJson,
  readSummary,
  SUMMARY_CSV_FILE,
  SUMMARY_JSON_FILE,
} from "@aiperf/parser";
import type {
  ArtifactPaths,
  FormatSummaryJsonOptions,
  Summary,
  SummaryProducer,
  SummarySchemaVersion,
  SummaryVariant,
} from "@aiperf/parser";
import { CONSOLE_PERCENTILES, metricsTitle, renderErrorTable, renderMetricsTable } from "../console-table.js";
import type { CommandContext } from "../context.js";
import { describeFailure, usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, type InputOptions, locateRun, summarizeRun } from "../input.js";
import { assertOutputDir, assertWritable, outputPath, writeOutputFiles } from "../output.js";
import { terminalText } from "../terminal-text.js";

export interface SummarizeCommandOptions extends InputOptions {
  out?: string;
  force?: boolean;
  percentiles?: number[];
  json?: boolean;
  schemaVersion?: SummarySchemaVersion;
  producer?: SummaryProducer;
}

/** The summary variant a layout needs from summarize(): N asks for sums, flat layouts for AIPerf's p10. */
function targetVariant(layout: FormatSummaryJsonOptions): SummaryVariant | undefined {
  if (layout.producer === "rust") return "N";
  if (layout.schemaVersion !== undefined) return layout.schemaVersion === "1.0" ? "L" : "N";
  return layout.variant;
}

/**
 * The layout to write (facts F24): what the user chose; else the existing summary's (its producer, its
 * variant); else the one the records' version implies (summary.variant: 0.8 records give 1.0-style L).
 */
function layoutFor(opts: SummarizeCommandOptions, reference: Summary | undefined): FormatSummaryJsonOptions {
  if (opts.producer === "rust" && opts.schemaVersion !== undefined && opts.schemaVersion !== "1.4")
    throw usageError(
      `--producer rust writes schema_version 1.4 only, not ${opts.schemaVersion}`,
      "drop --schema-version or pass 1.4",
    );
  if (opts.schemaVersion !== undefined || opts.producer !== undefined)
    return {
      ...(opts.schemaVersion !== undefined ? { schemaVersion: opts.schemaVersion } : {}),
      ...(opts.producer !== undefined ? { producer: opts.producer } : {}),
    };
  if (reference === undefined) return {};
  if (detectSummaryProducer(reference).producer === "rust") return { producer: "rust" };
  return { variant: reference.variant };
}

/** AIPerf's own summary next to the records, if any: its run-time fields are carried over. */
export async function readReference(
  ctx: CommandContext,
  artifacts: ArtifactPaths | null,
  lenient = false,
): Promise<Summary | undefined> {
  if (artifacts?.summaryJson == null) return undefined;
  try {
    const reference = await readSummary(artifacts.summaryJson, { lenient });
    // Lenient reading keeps a newer AIPerf's unknown top-level objects: say which.
    for (const note of reference.notes.filter((n) => n.endsWith("(lenient reading)")))
      ctx.stderr.write(
        `${ctx.err.dim("note:")} ${terminalText(`${displayPath(ctx, artifacts.summaryJson)}: ${note}`)}\n`,
      );
    return reference;
  } catch (err) {
    // A broken sibling file must not block recomputing; say so and go on without it.
    const { line } = describeFailure(err);
    ctx.stderr.write(
      `${ctx.err.yellow("aiperf-tools: warning:")} ignoring the existing summary: ${terminalText(line)}\n`,
    );
    return undefined;
  }
}

export default async function summarizeCommand(
  ctx: CommandContext,
  path: string | undefined,
  opts: SummarizeCommandOptions,
): Promise<number> {
  const force = opts.force === true;
  // A contradictory layout is a usage error before anything is read.
  layoutFor(opts, undefined);
  const outDir = opts.out === undefined ? undefined : outputPath(ctx.cwd, opts.out, "--out");
  if (outDir !== undefined) await assertOutputDir(outDir);
  const outFiles = outDir === undefined ? [] : [join(outDir, SUMMARY_JSON_FILE), join(outDir, SUMMARY_CSV_FILE)];
  // Refuse before the (possibly long) read, and before writing either file.
  for (const file of outFiles) await assertWritable(file, { force });

  const run = await locateRun(ctx, path, opts.phase);
  const reference = await readReference(ctx, run.artifacts, opts.lenient === true);
  const layout = layoutFor(opts, reference);
  const variant = targetVariant(layout);
  // A flat layout carries AIPerf's flat percentile set (with p10) even for run1-era records.
  const enginePercentiles =
    opts.percentiles ?? (variant !== undefined && variant !== "R" ? AIPERF_PERCENTILES : undefined);
  const { summary } = await summarizeRun(ctx, run, opts, {
    ...(enginePercentiles !== undefined ? { percentiles: [...enginePercentiles] } : {}),
    ...(reference !== undefined ? { reference } : {}),
    ...(variant !== undefined ? { variant } : {}),
  });
  for (const note of summary.notes) ctx.stderr.write(`${ctx.err.dim("note:")} ${terminalText(note)}\n`);

  const [jsonFile, csvFile] = outFiles;
  if (outDir !== undefined && jsonFile !== undefined && csvFile !== undefined) {
    const statColumns = opts.percentiles === undefined ? undefined : csvStatColumns(summary, opts.percentiles);
    // One locked move of both files: concurrent runs into one directory never mix their pair.
    await writeOutputFiles(
      outDir,
      [
        { path: jsonFile, content: formatSummaryJson(summary, layout) },
        { path: csvFile, content: toSummaryCsv(summary, statColumns === undefined ? {} : { statColumns }) },
      ],
      { force },
    );
    ctx.stderr.write(
      `wrote ${terminalText(displayPath(ctx, jsonFile))} and ${terminalText(displayPath(ctx, csvFile))}\n`,
    );
  }

  if (opts.json === true) {
    ctx.stdout.write(`${formatSummaryJson(summary, layout)}\n`);
    return ExitCode.ok;
  }
  const percentiles = opts.percentiles ?? CONSOLE_PERCENTILES;
  const tables = [
    renderMetricsTable(summary, percentiles, ctx.out, metricsTitle(summary)),
    renderErrorTable(summary, ctx.out),
  ];
  ctx.stdout.write(`\n${tables.filter((t) => t !== "").join("\n")}`);
  return ExitCode.ok;
}

/** The CSV's request-section columns with the requested percentiles in place of AIPerf's. */
function csvStatColumns(summary: Summary, percentiles: readonly number[]): string[] {
  const columns = SUMMARY_STAT_COLUMNS[summary.variant];
  const first = columns.findIndex((c) => c.startsWith("p"));
  const rest = columns.filter((c) => !c.startsWith("p"));
  const pcts = [...percentiles].sort((a, b) => a - b).map((p) => `p${p}`);
  return [...rest.slice(0, first), ...pcts, ...rest.slice(first)];
}
