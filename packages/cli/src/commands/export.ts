// `export`: the per-request CSV, streamed (records are never all in memory)
// to stdout or atomically to a file.
import { writeRecordsCsv } from "@aiperf/csv-exporter";
import type { RecordsCsvResult } from "@aiperf/csv-exporter";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, type InputOptions, openRun } from "../input.js";
import { assertWritable, outputPath, writeOutputStream } from "../output.js";
import { topRows } from "../row-limit.js";
import { terminalText } from "../terminal-text.js";

export interface ExportOptions extends InputOptions {
  output?: string;
  force?: boolean;
  long?: boolean;
}

export default async function exportCommand(
  ctx: CommandContext,
  path: string | undefined,
  opts: ExportOptions,
): Promise<number> {
  const force = opts.force === true;
  const file = opts.output === undefined || opts.output === "-" ? undefined : outputPath(ctx.cwd, opts.output, "-o");
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
    // Stops the progress bar at once; the read report never settles when the output failed
    // before the first record was read (e.g. an unwritable target), so it is not awaited.
    run.finish().catch(() => undefined);
    throw err;
  }
  await run.finish();
  if (result !== undefined) {
    const where = file === undefined ? "" : ` to ${terminalText(displayPath(ctx, file))}`;
    ctx.stderr.write(`exported ${result.rows} rows from ${result.records} records${where}\n`);
    reportUnplaced(ctx, result);
  }
  return ExitCode.ok;
}

/** Values that had no column of their own are counted, never dropped silently. */
function reportUnplaced(ctx: CommandContext, result: RecordsCsvResult): void {
  const groups: [string, Record<string, number>][] = [
    ["in the Other Metrics (JSON) column", result.otherMetrics],
    ["in the Other Metadata (JSON) column", result.otherMetadata],
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
