// `export`: the per-request CSV, streamed (records are never all in memory)
// to stdout or atomically to a file.
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeRecordsCsv, writeRecordsCsvFile } from "@aiperf/csv-exporter";
import type { RecordsCsvResult } from "@aiperf/csv-exporter";
import type { RecordsParquetResult } from "@aiperf/parquet";
import type { CommandContext } from "../context.js";
import { usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import type { OrderedOptions, ReadReport, RecordStream } from "@aiperf/parser";
import { displayPath, type InputOptions, locateRun, type OpenRun, openRun, type RunSource } from "../input.js";
import { startProgress } from "../progress.js";
import { assertWritable, outputPath, writeOutputStream } from "../output.js";
import { topRows } from "../row-limit.js";
import { terminalText } from "../terminal-text.js";

export interface ExportOptions extends InputOptions {
  output?: string;
  force?: boolean;
  long?: boolean;
  /** csv (default) or parquet. */
  format?: string;
}

export default async function exportCommand(
  ctx: CommandContext,
  path: string | undefined,
  opts: ExportOptions,
): Promise<number> {
  const force = opts.force === true;
  const file = opts.output === undefined || opts.output === "-" ? undefined : outputPath(ctx.cwd, opts.output, "-o");
  if (opts.format === "parquet") return exportParquet(ctx, path, file, opts);
  if (file !== undefined) await assertWritable(file, { force });

  const csvOptions = { long: opts.long === true };
  const target = <T>(produce: Produce<T>): Promise<T | undefined> =>
    file === undefined ? produce(ctx.stdout) : writeToFile(file, produce, force);
  // stdout stays open for whatever the caller writes after us.
  const end = file !== undefined;
  const located = await locateRun(ctx, path, opts.phase);
  const result: RecordsCsvResult | undefined =
    opts.phase === undefined && isPlainFile(located)
      ? await writeFromFile(ctx, path, opts, located, target, (stream, read, fallback) =>
          writeRecordsCsvFile(located.source, stream, { ...csvOptions, end, read, fallback }),
        )
      : await (async () => {
          const run = await openRun(ctx, path, opts);
          return writeFromRun(run, target, (stream) => writeRecordsCsv(run.records, stream, { ...csvOptions, end }));
        })();
  if (result !== undefined) {
    const where = file === undefined ? "" : ` to ${terminalText(displayPath(ctx, file))}`;
    ctx.stderr.write(`exported ${result.rows} rows from ${result.records} records${where}\n`);
    reportUnplaced(ctx, result);
  }
  return ExitCode.ok;
}

/** Values that had no column of their own are counted, never dropped silently. */
function reportUnplaced(
  ctx: CommandContext,
  result: Pick<RecordsCsvResult, "otherMetrics" | "otherMetadata" | "notExported">,
  [metricsColumn, metadataColumn] = ["Other Metrics (JSON)", "Other Metadata (JSON)"],
): void {
  const groups: [string, Record<string, number>][] = [
    [`in the ${metricsColumn} column`, result.otherMetrics],
    [`in the ${metadataColumn} column`, result.otherMetadata],
    ["not exported (no column holds them)", result.notExported],
  ];
  for (const [what, counts] of groups) {
    const entries = Object.entries(counts);
    if (entries.length === 0) continue;
    // Keys come from data, any number of them: the most frequent few, and how many more.
    const { shown, more } = topRows(entries, ([, n]) => n);
    const listed = shown.map(([key, n]) => `${terminalText(key)} (${n} records)`).join(", ");
    ctx.stderr.write(`  ${what}: ${listed}${more > 0 ? `, ... and ${more} more keys` : ""}\n`);
  }
}

/** `--format parquet`: one typed row per request, written atomically (binary: never to stdout). */
async function exportParquet(
  ctx: CommandContext,
  path: string | undefined,
  file: string | undefined,
  opts: ExportOptions,
): Promise<number> {
  if (file === undefined) throw usageError("--format parquet needs -o FILE (Parquet is binary: not for stdout)");
  const force = opts.force === true;
  const runs = await runsIn(ctx, path);
  if (runs !== null) {
    if (opts.long === true) throw usageError("--long takes one run, not a directory of runs");
    return exportDataset(ctx, runs, file, opts);
  }
  await assertWritable(file, { force });
  // Loaded only for this format: the parquet writer is not needed at start-up.
  const { writeRecordsParquetFile } = await import("@aiperf/parquet");
  const located = await locateRun(ctx, path, opts.phase);
  const result =
    opts.long !== true && opts.phase === undefined && isPlainFile(located)
      ? await writeFromFile<RecordsParquetResult>(
          ctx,
          path,
          opts,
          located,
          (produce) => writeToFile(file, produce, force),
          (stream, read, fallback) => writeRecordsParquetFile(located.source, stream, { read, fallback }),
        )
      : await exportParquetInThread(ctx, path, file, opts);
  if (result !== undefined) {
    ctx.stderr.write(
      `exported ${result.rows} rows from ${result.records} records to ${displayPath(ctx, file)} (Parquet, ${result.rowGroups} row groups)\n`,
    );
    reportUnplaced(ctx, result, ["other_metrics", "other_metadata"]);
  }
  return ExitCode.ok;
}

/** --long, --phase, stdin: the run's records in this thread. */
async function exportParquetInThread(
  ctx: CommandContext,
  path: string | undefined,
  file: string,
  opts: ExportOptions,
): Promise<RecordsParquetResult | undefined> {
  const force = opts.force === true;
  const { writeLongParquet, writeRecordsParquet } = await import("@aiperf/parquet");
  const run = await openRun(ctx, path, opts);
  return writeFromRun<RecordsParquetResult | undefined>(
    run,
    (produce) => writeToFile(file, produce, force),
    async (stream) => {
      if (opts.long !== true) return writeRecordsParquet(run.records, stream);
      const long = await writeLongParquet(run.records, stream);
      ctx.stderr.write(
        `exported ${long.rows} rows from ${long.records} records to ${displayPath(ctx, file)} (Parquet, one row per list value)\n`,
      );
      return undefined;
    },
  );
}

/** A directory of runs (no records of its own, run subdirectories): their paths by name; null for one run. */
async function runsIn(ctx: CommandContext, path: string | undefined): Promise<Map<string, string> | null> {
  if (path === undefined || path === "-") return null;
  const { NoRecordsError } = await import("@aiperf/parser");
  const dir = resolve(ctx.cwd, path);
  try {
    await locateRun(ctx, path);
    return null;
  } catch (err) {
    if (!(err instanceof NoRecordsError)) throw err;
    const runs = new Map<string, string>();
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const sub = join(dir, entry.name);
      const isRun = await locateRun(ctx, sub).then(
        () => true,
        (e: unknown) => (e instanceof NoRecordsError ? false : Promise.reject(e)),
      );
      if (isRun) runs.set(entry.name, sub);
    }
    if (runs.size === 0) throw err;
    return runs;
  }
}

/** Many runs -> a hive-partitioned dataset `DIR/run=<name>/part-0.parquet` with run-level columns. */
async function exportDataset(
  ctx: CommandContext,
  runs: Map<string, string>,
  outDir: string,
  opts: ExportOptions,
): Promise<number> {
  const force = opts.force === true;
  const { partitionDir, runColumns, writeRecordsParquet } = await import("@aiperf/parquet");
  const { readSummary } = await import("@aiperf/parser");
  const targets = [...runs].map(([name, dir]) => ({
    name,
    dir,
    file: join(outDir, partitionDir(name), "part-0.parquet"),
  }));
  // Refuse before writing any part.
  for (const t of targets) await assertWritable(t.file, { force });
  let rows = 0;
  for (const t of targets) {
    const run = await openRun(ctx, t.dir, opts);
    const summaryFile = run.artifacts?.summaryJson ?? null;
    const summary = summaryFile === null ? undefined : await readSummary(summaryFile).catch(() => undefined);
    if (summaryFile !== null && summary === undefined)
      ctx.stderr.write(
        `${ctx.err.dim("note:")} ${displayPath(ctx, summaryFile)} unreadable: run-level columns are null\n`,
      );
    const result = await writeFromRun<Awaited<ReturnType<typeof writeRecordsParquet>>>(
      run,
      (produce) => writeToFile(t.file, produce, force),
      (stream) => writeRecordsParquet(run.records, stream, { constants: runColumns(t.name, summary) }),
    );
    if (result !== undefined) {
      rows += result.rows;
      reportUnplaced(ctx, result, ["other_metrics", "other_metadata"]);
    }
  }
  ctx.stderr.write(
    `exported ${rows} rows from ${targets.length} runs to ${displayPath(ctx, outDir)} (Parquet, run=<name>/part-0.parquet)\n`,
  );
  return ExitCode.ok;
}

type Produce<T> = (stream: NodeJS.WritableStream) => Promise<T>;

/** A records file on disk (not stdin, not Parquet): the exporters may read it in worker threads. */
function isPlainFile(run: RunSource): run is RunSource & { source: string } {
  return typeof run.source === "string" && run.source !== "-" && !run.parquet;
}

/**
 * Writes a records file through an exporter that may read it in worker threads (its own progress bar),
 * falling back to the run opened as every command opens it (progress, skipped-line report) when it
 * reads in one thread; that run's read is ended either way.
 */
async function writeFromFile<T>(
  ctx: CommandContext,
  path: string | undefined,
  opts: ExportOptions,
  located: RunSource,
  target: (produce: Produce<T>) => Promise<T | undefined>,
  exporter: (
    stream: NodeJS.WritableStream,
    read: OrderedOptions,
    fallback: () => Promise<RecordStream>,
  ) => Promise<{ result: T; report?: ReadReport }>,
): Promise<T | undefined> {
  const progress = await startProgress(ctx.stderr, located.size, "reading records");
  let opened: OpenRun | undefined;
  const read: OrderedOptions = {
    mode: opts.lenient === true ? "lenient" : "strict",
    ...(opts.maxLineBytes !== undefined ? { maxLineBytes: opts.maxLineBytes } : {}),
    ...(progress.onProgress !== undefined ? { onProgress: progress.onProgress } : {}),
  };
  const fallback = async (): Promise<RecordStream> => {
    progress.stop();
    opened = await openRun(ctx, path, opts);
    return opened.records;
  };
  let result: T | undefined;
  try {
    result = await target(async (stream) => (await exporter(stream, read, fallback)).result);
  } catch (err) {
    progress.stop();
    opened?.finish().catch(() => undefined);
    throw err;
  }
  progress.stop();
  await opened?.finish();
  return result;
}

/** Runs `produce` on an atomically written file, handing its result back. */
async function writeToFile<T>(file: string, produce: Produce<T>, force: boolean): Promise<T | undefined> {
  let result: T | undefined;
  await writeOutputStream(
    file,
    async (stream) => {
      result = await produce(stream);
    },
    { force },
  );
  return result;
}

/**
 * Writes the run's records through `target` (stdout or a file) and ends the run's read either way. On a
 * failure the read report is not awaited: it never settles when the output failed before the first record
 * was read (an unwritable target), and finish() stops the progress bar at once.
 */
async function writeFromRun<T>(
  run: OpenRun,
  target: (produce: Produce<T>) => Promise<T | undefined>,
  produce: Produce<T>,
): Promise<T | undefined> {
  let result: T | undefined;
  try {
    result = await target(produce);
  } catch (err) {
    run.finish().catch(() => undefined);
    throw err;
  }
  await run.finish();
  return result;
}
