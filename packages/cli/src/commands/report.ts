// `report`: one self-contained HTML page of one run or a sweep of runs. Each
// run is read once: every record feeds both the summary (the same one as
// `summarize` computes, with AIPerf's own summary as reference) and the
// report's binned chart data, so memory stays that of `summarize`.
import { basename, dirname, resolve } from "node:path";
import { SummaryAccumulator } from "@aiperf/parser";
import type { ReadReport } from "@aiperf/parser";
import { renderReportPage, reportModel, RunDataCollector } from "@aiperf/report";
import type { RunInput } from "@aiperf/report";
import type { CommandContext } from "../context.js";
import { usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, type InputOptions, openRun } from "../input.js";
import { assertWritable, writeOutputFile } from "../output.js";
import { readReference } from "./summarize.js";

export interface ReportCommandOptions extends InputOptions {
  output?: string;
  force?: boolean;
  title?: string;
}

/** The name a run goes by on the page: its artifacts folder, else its file. */
function runLabel(ctx: CommandContext, path: string | undefined, label: string, dir: string | null): string {
  if (path === undefined) return "run1 (bundled example)";
  if (dir !== null) return displayPath(ctx, dir);
  return basename(label) === "profile_export.jsonl" && label.includes("/") ? dirname(label) : label;
}

async function readRun(ctx: CommandContext, path: string | undefined, opts: ReportCommandOptions): Promise<RunInput> {
  const run = await openRun(ctx, path, opts);
  const reference = await readReference(ctx, run.artifacts);
  const acc = new SummaryAccumulator(reference === undefined ? {} : { reference });
  const charts = new RunDataCollector();
  try {
    for await (const record of run.records) {
      acc.add(record);
      charts.add(record);
    }
  } catch (err) {
    await run.finish().catch(() => undefined);
    throw err;
  }
  const readReport: ReadReport = await run.finish();
  const summary = acc.finish();
  for (const note of summary.notes) ctx.stderr.write(`${ctx.err.dim("note:")} ${note}\n`);
  return {
    label: runLabel(ctx, path, run.label, run.artifacts?.dir ?? null),
    summary,
    charts: charts.finish(),
    readReport,
  };
}

export default async function reportCommand(
  ctx: CommandContext,
  paths: string | string[] | undefined,
  opts: ReportCommandOptions,
): Promise<number> {
  const runs = paths === undefined || paths.length === 0 ? [undefined] : typeof paths === "string" ? [paths] : paths;
  if (runs.filter((p) => p === "-").length > 1) throw usageError("standard input (-) can be read only once");
  const force = opts.force === true;
  const file = opts.output === undefined || opts.output === "-" ? undefined : resolve(ctx.cwd, opts.output);
  // Refuse before the (possibly long) reads.
  if (file !== undefined) await assertWritable(file, { force });

  const inputs: RunInput[] = [];
  for (const path of runs) inputs.push(await readRun(ctx, path, opts));
  const page = renderReportPage(reportModel(inputs, opts.title === undefined ? {} : { title: opts.title }));
  if (file === undefined) {
    ctx.stdout.write(page.html);
    return ExitCode.ok;
  }
  await writeOutputFile(file, page.html, { force });
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  const what = inputs.length === 1 ? "1 run" : `${inputs.length} runs`;
  ctx.stderr.write(`wrote ${displayPath(ctx, file)} (${what}, ${kb(page.shellBytes + page.dataBytes)})\n`);
  return ExitCode.ok;
}
