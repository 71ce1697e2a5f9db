// Turns a command's [path] into records: the bundled run when omitted, stdin
// for "-", else a file or an artifacts directory (resolved against ctx.cwd).
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import {
  assertKnownRecordsVersion,
  describePhase,
  inPhase,
  listPhases,
  NoRecordsError,
  readRecords,
  resolveArtifacts,
  SUMMARY_CSV_FILE,
  SUMMARY_JSON_FILE,
  summarize,
  summarizeFile,
  UsageError,
} from "@aiperf/parser";
import type {
  ArtifactPaths,
  ParsedRecord,
  PhaseArtifacts,
  ReadReport,
  RecordIssue,
  RecordSource,
  RecordStream,
  Summary,
  SummarizeOptions,
} from "@aiperf/parser";
import type { CommandContext } from "./context.js";
import { startProgress } from "./progress.js";
import { terminalText } from "./terminal-text.js";

export interface InputOptions {
  lenient?: boolean;
  /** Do not warn about skipped lines (the caller reports them itself). */
  quiet?: boolean;
  /** The reader's line limit in bytes (--max-line-bytes; default the parser's 256 MiB). */
  maxLineBytes?: number;
  /** --phase NAME: one phase of a multi-phase artifacts directory (its records and summary files). */
  phase?: string;
}

export interface OpenRun {
  /** Iterate once; then `finish()` for the read report. */
  records: RecordStream;
  /** The records file as the user should see it (relative to cwd when inside it). */
  label: string;
  /** Where the run's files are; null for stdin. */
  artifacts: ArtifactPaths | null;
  /** Stops the progress bar, reports skipped lines, returns the read report. */
  finish(): Promise<ReadReport>;
}

export function displayPath(ctx: CommandContext, file: string): string {
  if (file.startsWith("<")) return file;
  const rel = relative(ctx.cwd, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

/** Resolves [path] to an artifacts location without reading records; null for stdin. */
async function locateInput(
  ctx: CommandContext,
  path: string | undefined,
  phase: string | undefined,
): Promise<ArtifactPaths | null> {
  if (path === "-") {
    if (phase !== undefined)
      throw new UsageError("--phase needs an artifacts directory, not standard input", "pass the directory");
    return null;
  }
  const abs = path === undefined ? ctx.bundledRunDir : resolve(ctx.cwd, path);
  try {
    return await resolveArtifacts(abs, phase !== undefined ? { phase } : {});
  } catch (err) {
    // An artifacts directory of AIPerf's Rust engine may hold only profile_export.parquet.
    const parquet = join(abs, PARQUET_RECORDS_FILE);
    if (!(err instanceof NoRecordsError) || !existsSync(parquet)) throw err;
    const beside = (name: string): string | null => (existsSync(join(abs, name)) ? join(abs, name) : null);
    return { dir: abs, records: parquet, summaryJson: beside(SUMMARY_JSON_FILE), summaryCsv: beside(SUMMARY_CSV_FILE) };
  }
}

const PARQUET_RECORDS_FILE = "profile_export.parquet";
const isParquet = (file: string | null): file is string => file !== null && /\.parquet$/i.test(file);

/** A Parquet records file, opened through @aiperf/parquet (loaded only here: it is not needed at start-up). */
async function openParquet(file: string) {
  const { openParquetRecords } = await import("@aiperf/parquet");
  return openParquetRecords(file);
}

/** Where a command's records come from, before anything is read. */
export interface RunSource {
  /** Path of the records file, or stdin ("-", or the injected stream in tests). */
  source: RecordSource;
  /** The records file as the user should see it (relative to cwd when inside it). */
  label: string;
  /** Where the run's files are; null for stdin. */
  artifacts: ArtifactPaths | null;
  /** Size of the records file; undefined for stdin. */
  size: number | undefined;
  /** The records file is Parquet (ours or AIPerf's profile_export.parquet). */
  parquet: boolean;
}

export async function locateRun(ctx: CommandContext, path: string | undefined, phase?: string): Promise<RunSource> {
  const artifacts = await locateInput(ctx, path, phase);
  const file = artifacts?.records ?? null;
  // Records of a version we do not know are exit 2 with the fields that did not match, before any reading.
  if (file !== null && !isParquet(file)) await assertKnownRecordsVersion(file);
  // The parser names process.stdin "<stdin>"; an injected stream (tests) is just a stream.
  return {
    source: file ?? (ctx.stdin === process.stdin ? "-" : ctx.stdin),
    label: file === null ? "<stdin>" : displayPath(ctx, file),
    artifacts,
    size: file === null ? undefined : (await stat(file)).size,
    parquet: isParquet(file),
  };
}

function readMode(opts: InputOptions): "strict" | "lenient" {
  return opts.lenient === true ? "lenient" : "strict";
}

function lineLimit(opts: InputOptions): { maxLineBytes?: number } {
  return opts.maxLineBytes !== undefined ? { maxLineBytes: opts.maxLineBytes } : {};
}

/** Opens the records for streaming: no command holds a whole run in memory. */
export async function openRun(
  ctx: CommandContext,
  path: string | undefined,
  opts: InputOptions = {},
): Promise<OpenRun> {
  const run = await locateRun(ctx, path, opts.phase);
  // --phase keeps that phase's records; the others are counted and said, not dropped silently.
  const phase = opts.phase !== undefined ? run.artifacts?.phase : undefined;
  const kept = { in: 0, out: 0 };
  const only = (records: RecordStream): RecordStream =>
    phase === undefined ? records : onlyPhase(records, phase, kept);
  const notePhase = (): void => {
    if (phase !== undefined && opts.quiet !== true)
      ctx.stderr.write(`${ctx.err.dim("note:")} ${phaseNote(phase, kept)}\n`);
  };
  if (run.parquet && typeof run.source === "string") {
    const opened = await openParquet(run.source);
    if (opts.quiet !== true) for (const note of opened.notes) ctx.stderr.write(`${ctx.err.dim("note:")} ${note}\n`);
    return {
      records: only(opened.records),
      label: run.label,
      artifacts: run.artifacts,
      finish: async () => {
        const report = await opened.records.report;
        notePhase();
        return report;
      },
    };
  }
  const progress = await startProgress(ctx.stderr, run.size, "reading records");
  const records = readRecords(run.source, {
    mode: readMode(opts),
    ...lineLimit(opts),
    ...(progress.onProgress !== undefined ? { onProgress: progress.onProgress } : {}),
  });
  return {
    records: only(records),
    label: run.label,
    artifacts: run.artifacts,
    async finish() {
      progress.stop();
      const report = await records.report;
      if (opts.quiet !== true) reportSkipped(ctx, report);
      notePhase();
      return report;
    },
  };
}

/** The records of one phase (by phase_name, else benchmark_phase); `kept` counts both sides. */
function onlyPhase(records: RecordStream, phase: PhaseArtifacts, kept: { in: number; out: number }): RecordStream {
  return {
    file: records.file,
    report: records.report,
    async *[Symbol.asyncIterator]() {
      for await (const record of records) {
        if (inPhase(record, phase)) {
          kept.in++;
          yield record;
        } else kept.out++;
      }
    },
  };
}

function phaseNote(phase: PhaseArtifacts, kept: { in: number; out: number }): string {
  return `phase ${terminalText(describePhase(phase))}: ${kept.in} record(s) kept, ${kept.out} of other phases left out`;
}

/** Streams every record through `visit`; returns the read report (skipped lines reported). */
export async function scanRun(
  ctx: CommandContext,
  path: string | undefined,
  opts: InputOptions,
  visit: (record: ParsedRecord) => void,
): Promise<{ report: ReadReport; label: string; artifacts: ArtifactPaths | null }> {
  const run = await openRun(ctx, path, opts);
  try {
    for await (const record of run.records) visit(record);
  } finally {
    await run.finish().catch(() => undefined);
  }
  return { report: await run.records.report, label: run.label, artifacts: run.artifacts };
}

/** Summarizes a run, in worker threads when it is a file (the parser decides), with the progress bar. */
export async function summarizeRun(
  ctx: CommandContext,
  run: RunSource,
  opts: InputOptions,
  options: SummarizeOptions,
): Promise<{ summary: Summary; report: ReadReport }> {
  const phase = run.artifacts?.phase;
  if (phase !== undefined && options.phases === undefined) {
    // The phase's kind is the engine's phase filter; only a kind shared with another phase (or an unknown
    // kind) needs the records sorted by name, in one thread.
    const phases = run.artifacts?.dir != null ? listPhases(run.artifacts.dir) : [];
    const unique = phase.kind !== null && phases.filter((p) => p.kind === phase.kind).length === 1;
    if (unique && phase.kind !== null) return summarizeRun(ctx, run, opts, { ...options, phases: [phase.kind] });
    const opened = await openRun(ctx, run.artifacts?.dir ?? undefined, { ...opts, phase: phase.name });
    let summary: Summary;
    try {
      summary = await summarize(opened.records, { ...options, phases: ["warmup", "profiling"] });
    } catch (err) {
      await opened.finish().catch(() => undefined);
      throw err;
    }
    return { summary, report: await opened.finish() };
  }
  if (run.parquet && typeof run.source === "string") {
    const opened = await openParquet(run.source);
    const summary = await summarize(opened.records, options);
    summary.notes.push(...opened.notes);
    return { summary, report: await opened.records.report };
  }
  const progress = await startProgress(ctx.stderr, run.size, "summarizing");
  let result: { summary: Summary; report: ReadReport };
  try {
    result = await summarizeFile(run.source, {
      ...options,
      mode: readMode(opts),
      ...lineLimit(opts),
      ...(progress.onProgress !== undefined ? { onProgress: progress.onProgress } : {}),
    });
  } finally {
    progress.stop();
  }
  if (opts.quiet !== true) reportSkipped(ctx, result.report);
  return result;
}

const MAX_LISTED_ISSUES = 5;

/** `file:line:column: message (at /pointer)`, the same shape as a strict read's error line. */
export function formatIssue(ctx: CommandContext, issue: RecordIssue): string {
  const at = issue.pointer !== "" ? ` (at ${issue.pointer})` : "";
  return terminalText(`${displayPath(ctx, issue.file)}:${issue.line}:${issue.column}: ${issue.message}${at}`);
}

/** Lenient reads skip lines; say how many and why, on stderr, so nothing vanishes silently. */
function reportSkipped(ctx: CommandContext, report: ReadReport): void {
  if (report.skipped === 0 && report.issues.length === 0) return;
  const { err } = ctx;
  ctx.stderr.write(
    `${err.yellow("aiperf-tools: warning:")} skipped ${report.skipped} of ${report.linesRead} lines${report.truncated ? " (the last line is cut off)" : ""}\n`,
  );
  for (const issue of report.issues.slice(0, MAX_LISTED_ISSUES)) ctx.stderr.write(`  ${formatIssue(ctx, issue)}\n`);
  const more = report.issues.length - MAX_LISTED_ISSUES;
  if (more > 0) ctx.stderr.write(`  ... and ${more} more\n`);
}
