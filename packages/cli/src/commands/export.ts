// `export`: the per-request CSV, streamed (records are never all in memory)
// to stdout or atomically to a file.
import { resolve } from "node:path";
import { writeRecordsCsv } from "@aiperf/csv-exporter";
import type { RecordsCsvResult } from "@aiperf/csv-exporter";
import type { CommandContext } from "../context.js";
import { usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, type InputOptions, openRun } from "../input.js";
import { assertWritable, writeOutputStream } from "../output.js";

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
  const file = opts.output === undefined || opts.output === "-" ? undefined : resolve(ctx.cwd, opts.output);
  if (opts.format === "parquet") return exportParquet(ctx, path, file, opts);
  if (file !== undefined) await assertWritable(file, { force });

  const run = await openRun(ctx, path, opts);
  const csvOptions = { long: opts.long === true };
  let result: RecordsCsvResult | undefined;
  try {
    if (file === undefined) {
      result = await writeRecordsCsv(run.records, ctx.stdout, { ...csvOptions, end: false });
    } else {
      await writeOutputStream(
        file,
        async (stream) => {
          result = await writeRecordsCsv(run.records, stream, csvOptions);
        },
        { force },
      );
    }
  } catch (err) {
    await run.finish().catch(() => undefined);
    throw err;
  }
  await run.finish();
  if (result !== undefined) {
    const where = file === undefined ? "" : ` to ${displayPath(ctx, file)}`;
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
    ctx.stderr.write(`  ${what}: ${entries.map(([key, n]) => `${key} (${n} records)`).join(", ")}\n`);
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
  if (opts.long === true)
    throw usageError("--long is for CSV; the Parquet file keeps each inter-chunk latency list as LIST<DOUBLE>");
  const force = opts.force === true;
  await assertWritable(file, { force });
  // Loaded only for this format: the parquet writer is not needed at start-up.
  const { writeRecordsParquet } = await import("@aiperf/parquet");
  const run = await openRun(ctx, path, opts);
  let result: Awaited<ReturnType<typeof writeRecordsParquet>> | undefined;
  try {
    await writeOutputStream(
      file,
      async (stream) => {
        result = await writeRecordsParquet(run.records, stream);
      },
      { force },
    );
  } catch (err) {
    await run.finish().catch(() => undefined);
    throw err;
  }
  await run.finish();
  if (result !== undefined) {
    ctx.stderr.write(
      `exported ${result.rows} rows from ${result.records} records to ${displayPath(ctx, file)} (Parquet, ${result.rowGroups} row groups)\n`,
    );
    reportUnplaced(ctx, result, ["other_metrics", "other_metadata"]);
  }
  return ExitCode.ok;
}
