// `compare BASELINE CANDIDATE [CANDIDATE...]`: every metric and statistic of the runs side by side,
// with bootstrap intervals, Mann-Whitney U and verdicts by direction (@aiperf/analysis), provenance
// warnings and thresholds. Exit 0 when everything passes, 1 when a statistic got worse or a
// threshold failed, 2 for usage mistakes (and for differing runs with --strict-provenance).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  AnalysisError,
  collectRun,
  compareMarkdown,
  compareRuns,
  comparisonEpilogue,
  comparisonPreamble,
  comparisonTable,
  parseThreshold,
  parseThresholdsFile,
  thresholdLine as thresholdText,
} from "@aiperf/analysis";
import type { CompareResult, RunInput, Threshold, ThresholdsFileContent, Verdict } from "@aiperf/analysis";
import { toJsonText } from "@aiperf/core";
import { NoRecordsError, SUMMARY_JSON_FILE, readSummary } from "@aiperf/parser";
import type { Summary } from "@aiperf/parser";
import type { Colors } from "../color.js";
import type { CommandContext } from "../context.js";
import { usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, openRun } from "../input.js";
import type { InputOptions } from "../input.js";
import { renderTable } from "../table.js";
import { terminalText } from "../terminal-text.js";

export type OutputFormat = "table" | "markdown" | "json";

export interface GateOptions {
  threshold?: string[];
  thresholds?: string;
  format?: OutputFormat;
  json?: boolean;
  lenient?: boolean;
  maxLineBytes?: number;
}

export interface CompareCommandOptions extends GateOptions {
  noise?: number;
  confidence?: number;
  seed?: number;
  resamples?: number;
  strictProvenance?: boolean;
  stats?: string[] | "all";
}

/** AnalysisError (a threshold, metric or statistic the user named) is a usage error: exit 2. */
export function asUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof AnalysisError) throw usageError(err.message, err.hint);
    throw err;
  }
}

export function outputFormat(opts: GateOptions): OutputFormat {
  if (opts.json === true && opts.format !== undefined && opts.format !== "json")
    throw usageError(`--json and --format ${opts.format} contradict each other`);
  return opts.json === true ? "json" : (opts.format ?? "table");
}

/** --threshold expressions, then a --thresholds file's. */
export async function gatherThresholds(ctx: CommandContext, opts: GateOptions): Promise<ThresholdsFileContent> {
  let file: ThresholdsFileContent = { thresholds: [] };
  if (opts.thresholds !== undefined) {
    const path = resolve(ctx.cwd, opts.thresholds);
    const text = await readFile(path, "utf8");
    file = asUsage(() => parseThresholdsFile(text, displayPath(ctx, path)));
  }
  const inline: Threshold[] = (opts.threshold ?? []).map((t) => asUsage(() => parseThreshold(t, "--threshold")));
  return { ...file, thresholds: [...inline, ...file.thresholds] };
}

const isSummaryFile = (path: string): boolean => /\.json$/i.test(path);

/**
 * A run in any form the other commands take: artifacts directory, JSONL (.gz), "-" for stdin, or a
 * summary JSON alone (also a directory holding only the summary). Records are read once: the
 * summary is recomputed and the per-request values kept for the statistics.
 */
export async function loadRun(ctx: CommandContext, path: string | undefined, input: InputOptions): Promise<RunInput> {
  const summaryOnly = async (file: string): Promise<RunInput> => ({
    label: displayPath(ctx, file),
    summary: await readSummary(file),
  });
  if (path !== undefined && path !== "-" && isSummaryFile(path)) return summaryOnly(resolve(ctx.cwd, path));
  let run: Awaited<ReturnType<typeof openRun>>;
  try {
    run = await openRun(ctx, path, input);
  } catch (err) {
    // A directory without records but with AIPerf's summary: compare the summary.
    if (err instanceof NoRecordsError && path !== undefined) {
      const file = resolve(ctx.cwd, path, SUMMARY_JSON_FILE);
      const found = await readFile(file).then(
        () => true,
        () => false,
      );
      if (found) return summaryOnly(file);
    }
    throw err;
  }
  // AIPerf's own summary next to the records supplies input_config (provenance) and what the
  // records cannot give (carried over, marked).
  let reference: Summary | undefined;
  const summaryJson = run.artifacts?.summaryJson ?? null;
  if (summaryJson !== null) {
    reference = await readSummary(summaryJson).catch((err: Error) => {
      ctx.stderr.write(
        `${ctx.err.yellow("aiperf-tools: warning:")} ${terminalText(`${displayPath(ctx, summaryJson)} not used: ${err.message}`)}\n`,
      );
      return undefined;
    });
  }
  let collected: Awaited<ReturnType<typeof collectRun>>;
  try {
    collected = await collectRun(run.records, reference !== undefined ? { reference } : {});
  } finally {
    await run.finish().catch(() => undefined);
  }
  return { label: run.label, summary: collected.summary, samples: collected.samples, report: await run.records.report };
}

export async function loadRuns(
  ctx: CommandContext,
  paths: readonly string[],
  input: InputOptions,
): Promise<RunInput[]> {
  if (paths.filter((p) => p === "-").length > 1) throw usageError("standard input (-) can be only one of the runs");
  const out: RunInput[] = [];
  for (const p of paths) out.push(await loadRun(ctx, p, input));
  return out;
}

export function verdictColor(c: Colors, v: Verdict, text: string): string {
  switch (v) {
    case "worse":
      return c.red(c.bold(text));
    case "better":
      return c.green(text);
    case "changed":
      return c.yellow(text);
    default:
      return c.dim(text);
  }
}

function renderConsole(result: CompareResult, c: Colors, stats: string[] | "all" | undefined): string {
  const table = comparisonTable(result, stats !== undefined ? { stats } : {});
  const lines: string[] = comparisonPreamble(result)
    .map(terminalText)
    .map((l) => (l.startsWith("warning:") ? c.yellow(l) : l));
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      const text = terminalText(cell.text);
      if (cell.verdict !== undefined) return verdictColor(c, cell.verdict, text);
      return cell.metric === true ? c.cyan(text) : text;
    }),
  );
  const rendered = renderTable({
    head: table.head.map(terminalText),
    align: table.numeric.map((n) => (n ? "right" : "left")),
    rows,
    colors: c,
  });
  const after = comparisonEpilogue(result)
    .map(terminalText)
    .map((l) => (l.startsWith("FAIL") ? c.red(l) : l.startsWith("PASS") ? c.green(l) : c.dim(l)));
  const gates = result.thresholds.map((t) => {
    const who = result.candidates.length > 1 && t.candidate !== null ? ` [#${t.candidate + 1}]` : "";
    const line = terminalText(`${thresholdText(t)}${who}`);
    return t.passed ? c.green(line) : c.red(line);
  });
  return `${lines.join("\n")}\n${rendered}${gates.length > 0 ? `${gates.join("\n")}\n` : ""}${after.join("\n")}\n`;
}

export default async function compare(
  ctx: CommandContext,
  runs: string | string[] | undefined,
  opts: CompareCommandOptions,
): Promise<number> {
  const paths = runs === undefined ? [] : Array.isArray(runs) ? runs : [runs];
  if (paths.length < 2)
    throw usageError("compare needs a baseline and at least one candidate: compare BASELINE CANDIDATE...");
  const format = outputFormat(opts);
  const gates = await gatherThresholds(ctx, opts);
  const [baselinePath, ...candidatePaths] = paths as [string, ...string[]];
  const [baseline, ...candidates] = await loadRuns(ctx, [baselinePath, ...candidatePaths], opts);
  const result = asUsage(() =>
    compareRuns(baseline as RunInput, candidates, {
      thresholds: gates.thresholds,
      ...defined("noise", opts.noise ?? gates.noise),
      ...defined("confidence", opts.confidence ?? gates.confidence),
      ...defined("seed", opts.seed ?? gates.seed),
      ...defined("resamples", opts.resamples),
    }),
  );
  const warnings = result.candidates.flatMap((c) => c.provenanceWarnings);
  if (opts.strictProvenance === true && warnings.length > 0) {
    throw usageError(
      `the runs differ (--strict-provenance): ${warnings.map((w) => w.message).join("; ")}`,
      "compare like with like, or drop --strict-provenance",
    );
  }
  if (format === "json") ctx.stdout.write(`${toJsonText(result, { indent: 2 })}\n`);
  else if (format === "markdown")
    ctx.stdout.write(compareMarkdown(result, opts.stats !== undefined ? { stats: opts.stats } : {}));
  else ctx.stdout.write(renderConsole(result, ctx.out, opts.stats));
  return result.passed ? ExitCode.ok : ExitCode.invalidData;
}

function defined<K extends string>(key: K, v: number | undefined): { [P in K]?: number } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: number };
}
