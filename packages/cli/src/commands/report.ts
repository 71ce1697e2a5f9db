// `report`: one self-contained HTML page of one run or a sweep of runs. Each
// run is read once: every record feeds the summary (the same one as `summarize`
// computes, with AIPerf's own summary as reference), the report's binned chart
// data and, for several runs, the per-request samples of `compare` (the first
// run is the baseline of the comparison table).
import { basename, dirname } from "node:path";
import { compareRuns, RecordSampler } from "@aiperf/analysis";
import type { RecordSamples } from "@aiperf/analysis";
import { SummaryAccumulator } from "@aiperf/parser";
import type { ReadReport } from "@aiperf/parser";
import { comparisonView, renderReportPage, reportModel, RunDataCollector } from "@aiperf/report";
import type { RunInput } from "@aiperf/report";
import type { CommandContext } from "../context.js";
import { usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, type InputOptions, openRun } from "../input.js";
import { assertWritable, outputPath, writeOutputFile } from "../output.js";
import { terminalText } from "../terminal-text.js";
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

interface ReadRun extends RunInput {
  samples: RecordSamples | undefined;
}

async function readRun(
  ctx: CommandContext,
  path: string | undefined,
  opts: ReportCommandOptions,
  sample: boolean,
): Promise<ReadRun> {
  const run = await openRun(ctx, path, opts);
  const reference = await readReference(ctx, run.artifacts);
  const acc = new SummaryAccumulator(reference === undefined ? {} : { reference });
  const charts = new RunDataCollector();
  const sampler = sample ? new RecordSampler() : undefined;
  try {
    for await (const record of run.records) {
      acc.add(record);
      charts.add(record);
      sampler?.add(record);
    }
  } catch (err) {
    await run.finish().catch(() => undefined);
    throw err;
  }
  const readReport: ReadReport = await run.finish();
  const summary = acc.finish();
  for (const note of summary.notes) ctx.stderr.write(`${ctx.err.dim("note:")} ${terminalText(note)}\n`);
  const label = runLabel(ctx, path, run.label, run.artifacts?.dir ?? null);
  return { label, summary, charts: charts.finish(), readReport, samples: sampler?.finish() };
}

export default async function reportCommand(
  ctx: CommandContext,
  paths: string | string[] | undefined,
  opts: ReportCommandOptions,
): Promise<number> {
  const runs = paths === undefined || paths.length === 0 ? [undefined] : typeof paths === "string" ? [paths] : paths;
  if (runs.filter((p) => p === "-").length > 1) throw usageError("standard input (-) can be read only once");
  const force = opts.force === true;
  const file = opts.output === undefined || opts.output === "-" ? undefined : outputPath(ctx.cwd, opts.output, "-o");
  // Refuse before the (possibly long) reads.
  if (file !== undefined) await assertWritable(file, { force });

  const inputs: ReadRun[] = [];
  for (const path of runs) inputs.push(await readRun(ctx, path, opts, runs.length > 1));
  const [baseline, ...candidates] = inputs.map((r) => ({ ...r, report: r.readReport }));
  const comparison =
    baseline !== undefined && candidates.length > 0 ? comparisonView(compareRuns(baseline, candidates)) : null;
  const page = renderReportPage(
    reportModel(inputs, { comparison, ...(opts.title === undefined ? {} : { title: opts.title }) }),
  );
  if (file === undefined) {
    ctx.stdout.write(page.html);
    return ExitCode.ok;
  }
  await writeOutputFile(file, page.html, { force });
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  const what = inputs.length === 1 ? "1 run" : `${inputs.length} runs`;
  ctx.stderr.write(
    `wrote ${terminalText(displayPath(ctx, file))} (${what}, ${kb(page.shellBytes + page.dataBytes)})\n`,
  );
  return ExitCode.ok;
}
