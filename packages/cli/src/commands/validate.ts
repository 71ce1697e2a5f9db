// `validate`: every record, the summary file, and their agreement. Reads
// leniently so that every bad line is listed, not only the first.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { compareSummaries } from "@aiperf/analysis";
import { getMetric } from "@aiperf/core";
import { toSummaryCsv } from "@aiperf/csv-exporter";
import {
  checkArtifactFile,
  describeProducer,
  detectSummaryProducer,
  findArtifactFiles,
  readSummary,
  SummarySchemaError,
} from "@aiperf/parser";
import type { ArtifactFileKind, ArtifactFileReport, ReadReport, Summary } from "@aiperf/parser";
import type { CommandContext } from "../context.js";
import { describeFailure } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, formatIssue, locateRun, summarizeRun } from "../input.js";
import { terminalText } from "../terminal-text.js";

export interface ValidateOptions {
  summary?: string;
  tolerance?: number;
  maxLineBytes?: number;
  /** --phase NAME of a multi-phase directory: that phase's summary against its records. */
  phase?: string;
}

const MAX_LISTED = 50;

/** Flat files name run1's ttft/ttst by their new tags (facts F16): recomputed values replace carried-over ones. */
function withFlatTags(s: Summary): Summary {
  const renamed = s.metrics
    // Metrics INTERNAL from L on (run1's timestamps) are in no flat file.
    .filter((m) => m.carriedOver !== true && getMetric(m.tag)?.flags.includes("INTERNAL") !== true)
    .map((m) => ({ ...m, tag: getMetric(m.tag)?.renamedTo ?? m.tag }));
  const have = new Set(renamed.map((m) => m.tag));
  const carried = s.metrics.filter((m) => m.carriedOver === true && !have.has(m.tag));
  const prefix = "carried over from the reference summary (not recomputed): ";
  const notes = s.notes.filter((n) => !n.startsWith(prefix));
  if (carried.length > 0) notes.push(`${prefix}${carried.map((m) => m.tag).join(", ")}`);
  return { ...s, metrics: [...renamed, ...carried], notes };
}

/**
 * Recompute in the file's layout (facts F24): the records cannot tell 1.0 from 1.1, so a file with
 * count/sum (N) gets sums, and its percentile set (p10 in flat files) is the one recomputed.
 */
function layoutOf(file: Summary): { variant: Summary["variant"]; percentiles?: number[] } {
  if (file.variant === "R") return { variant: "R" };
  const ps = new Set<number>();
  for (const m of file.metrics)
    for (const key of Object.keys(m.stats)) if (/^p\d+(\.\d+)?$/.test(key)) ps.add(Number(key.slice(1)));
  return { variant: file.variant, ...(ps.size > 0 ? { percentiles: [...ps].sort((a, b) => a - b) } : {}) };
}

function recordsLine(report: ReadReport, valid: number, errors: number): string {
  const version = report.version === null ? "unknown version" : `version ${report.version}`;
  return `${report.accepted} records (${valid} valid, ${errors} errors), ${version}`;
}

/** The first line where AIPerf's CSV and the one rebuilt from its JSON differ, or null. */
async function csvDisagreement(csvFile: string, summary: Summary): Promise<string | null> {
  const actual = (await readFile(csvFile)).toString("utf8");
  const expected = toSummaryCsv(summary);
  if (actual === expected) return null;
  const a = actual.split("\r\n");
  const e = expected.split("\r\n");
  const i = a.findIndex((line, n) => line !== e[n]);
  const n = i === -1 ? a.length : i;
  return `line ${n + 1}: file has ${JSON.stringify(a[n] ?? "")}, the JSON gives ${JSON.stringify(e[n] ?? "")}`;
}

const KIND_NAMES: Record<ArtifactFileKind, string> = {
  "records-csv": "records CSV",
  "timeslices-json": "timeslices JSON",
  "timeslices-csv": "timeslices CSV",
  "steady-state-json": "steady-state JSON",
  "steady-state-csv": "steady-state CSV",
  "server-metrics-json": "server metrics JSON",
  "phase-manifest": "phase manifest",
};

const PRODUCER_NAMES: Record<ArtifactFileReport["producer"], string> = {
  python: "Python AIPerf",
  rust: "Rust engine",
  unknown: "producer not told by the file",
};

/** The other files of the directory (records CSV, timeslices, steady state, server metrics, manifest), each checked. */
async function otherFileLines(
  ctx: CommandContext,
  dir: string,
  good: (t: string) => string,
  bad: (t: string) => string,
): Promise<{ lines: string[]; problems: number }> {
  const lines: string[] = [];
  let problems = 0;
  for (const { file, kind } of findArtifactFiles(dir)) {
    const r = await checkArtifactFile(file, kind);
    const what = `${KIND_NAMES[kind]} (${PRODUCER_NAMES[r.producer]}, ${r.version}): ${r.contents}`;
    if (r.issueCount === 0) {
      lines.push(good(`${displayPath(ctx, file)}: a valid ${what}`));
      continue;
    }
    problems += r.issueCount;
    lines.push(bad(`${displayPath(ctx, file)}: ${r.issueCount} problem(s) in a ${what}`));
    for (const i of r.issues)
      lines.push(
        terminalText(`    ${displayPath(ctx, file)}:${i.line}:${i.column}: ${i.pointer || "/"}: ${i.message}`),
      );
    if (r.issueCount > r.issues.length) lines.push(`    ... and ${r.issueCount - r.issues.length} more`);
  }
  return { lines, problems };
}

export default async function validate(
  ctx: CommandContext,
  path: string | undefined,
  opts: ValidateOptions,
): Promise<number> {
  const { out } = ctx;
  // Every line carries text from the files: escaped for the terminal.
  const bad = (text: string) => `${out.red("✗")} ${terminalText(text)}`;
  const good = (text: string) => `${out.green("✓")} ${terminalText(text)}`;
  const lines: string[] = [];
  let problems = 0;

  const run = await locateRun(ctx, path, opts.phase);
  const summaryPath =
    opts.summary !== undefined ? resolve(ctx.cwd, opts.summary) : (run.artifacts?.summaryJson ?? null);
  let fileSummary: Summary | undefined;
  const summaryLines: string[] = [];
  if (summaryPath === null) {
    summaryLines.push(`- no summary file next to the records (pass --summary FILE to check one); records only`);
  } else {
    try {
      fileSummary = await readSummary(summaryPath);
      summaryLines.push(
        good(
          `${displayPath(ctx, summaryPath)}: a valid ${fileSummary.variant} summary with ${fileSummary.metrics.length} metrics, written by ${describeProducer(detectSummaryProducer(fileSummary))}`,
        ),
      );
    } catch (err) {
      const failure = describeFailure(err);
      // Only a bad summary is a validation result; a missing or unreadable file (3, 5) or the
      // wrong kind of file (2) stops the command with its own exit code.
      if (failure.internal || failure.exitCode !== ExitCode.invalidData) throw err;
      if (err instanceof SummarySchemaError) {
        // Everything the schema says, one line each: instance path and message.
        problems += err.issues.length;
        summaryLines.push(
          bad(`${displayPath(ctx, summaryPath)}: ${err.issues.length} problem(s) against the summary schema`),
        );
        for (const issue of err.issues.slice(0, MAX_LISTED)) {
          const { line, column, pointer } = issue.location;
          summaryLines.push(
            `    ${displayPath(ctx, summaryPath)}:${line}:${column}: ${pointer || "/"}: ${issue.message}`,
          );
        }
        if (err.issues.length > MAX_LISTED) summaryLines.push(`    ... and ${err.issues.length - MAX_LISTED} more`);
      } else {
        problems++;
        summaryLines.push(bad(failure.line));
      }
    }
  }

  // One lenient pass validates every line and recomputes the summary; record problems are
  // listed below as the result, not as warnings.
  const { summary: recomputed, report } = await summarizeRun(
    ctx,
    run,
    { lenient: true, quiet: true, ...(opts.maxLineBytes !== undefined ? { maxLineBytes: opts.maxLineBytes } : {}) },
    fileSummary !== undefined ? { reference: fileSummary, ...layoutOf(fileSummary) } : {},
  );
  const errors = recomputed.errorSummary.reduce((n, e) => n + e.count, 0);
  if (report.issues.length === 0) {
    lines.push(good(`${run.label}: ${recordsLine(report, report.accepted - errors, errors)}`));
  } else {
    problems += report.issues.length;
    lines.push(bad(`${run.label}: ${report.skipped} of ${report.linesRead} lines are invalid`));
    for (const issue of report.issues.slice(0, MAX_LISTED)) lines.push(`    ${formatIssue(ctx, issue)}`);
    if (report.issues.length > MAX_LISTED) lines.push(`    ... and ${report.issues.length - MAX_LISTED} more`);
  }
  lines.push(...summaryLines);

  if (fileSummary !== undefined) {
    const mine = fileSummary.variant === "R" ? recomputed : withFlatTags(recomputed);
    const cmp = compareSummaries(fileSummary, mine, opts.tolerance ?? 0);
    const how = (opts.tolerance ?? 0) === 0 ? "exactly" : `within a relative ${opts.tolerance}`;
    if (cmp.differences.length === 0) {
      lines.push(
        good(
          `the summary agrees ${how} with the records: ${cmp.compared} statistics of ${cmp.metrics} metrics, and the error summary`,
        ),
      );
    } else {
      problems += cmp.differences.length;
      lines.push(
        bad(
          `the summary disagrees with the records in ${cmp.differences.length} place(s) (${cmp.compared} statistics compared ${how}):`,
        ),
      );
      for (const d of cmp.differences.slice(0, MAX_LISTED))
        lines.push(terminalText(`    ${d.where}: file ${d.file}, recomputed ${d.recomputed}`));
      if (cmp.differences.length > MAX_LISTED) lines.push(`    ... and ${cmp.differences.length - MAX_LISTED} more`);
    }
    if (cmp.notChecked.length > 0)
      lines.push(terminalText(`- not derivable from the records, not checked: ${cmp.notChecked.join(", ")}`));
    for (const note of mine.notes) lines.push(`- note: ${terminalText(note)}`);

    // AIPerf's CSV is a function of its JSON; byte parity is defined for the R layout.
    const csvFile = opts.summary === undefined ? (run.artifacts?.summaryCsv ?? null) : null;
    if (csvFile !== null && fileSummary.variant === "R") {
      const disagreement = await csvDisagreement(csvFile, fileSummary);
      if (disagreement === null)
        lines.push(good(`${displayPath(ctx, csvFile)}: byte-identical to the CSV the JSON gives`));
      else {
        problems++;
        lines.push(bad(`${displayPath(ctx, csvFile)} disagrees with the JSON: ${disagreement}`));
      }
    }
  }

  if (run.artifacts?.dir != null && opts.summary === undefined) {
    const others = await otherFileLines(ctx, run.artifacts.dir, good, bad);
    lines.push(...others.lines);
    problems += others.problems;
  }

  lines.push(problems === 0 ? out.green("valid") : out.red(`invalid: ${problems} problem(s)`));
  ctx.stdout.write(`${lines.join("\n")}\n`);
  return problems === 0 ? ExitCode.ok : ExitCode.invalidData;
}
