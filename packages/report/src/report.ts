// The library's front door: runs (summary + records) -> one HTML page.
import { compareRuns, RecordSampler } from "@aiperf/analysis";
import type { CompareOptions, RecordSamples } from "@aiperf/analysis";
import type { ParsedRecord, ReadReport, Summary } from "@aiperf/parser";
import { comparisonView } from "./comparison.js";
import { RunDataCollector } from "./data/index.js";
import type { RunChartData, RunDataOptions } from "./data/index.js";
import { renderReport } from "./html.js";
import type { ReportModelOptions, RunInput } from "./view.js";
import { reportModel } from "./view.js";

export interface ReportRun {
  label: string;
  summary: Summary;
  /** The run's records, read once (e.g. readRecords(path)). */
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>;
  /** The read report, when known once the records are consumed (a function, since it is known only then). */
  readReport?: ReadReport | (() => Promise<ReadReport | undefined>);
}

export interface CreateReportOptions extends ReportModelOptions, RunDataOptions {
  /** Options of the comparison of several runs (@aiperf/analysis compareRuns); false leaves it out. */
  compare?: CompareOptions | false;
}

async function each(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  visit: (r: ParsedRecord) => void,
): Promise<void> {
  if (Symbol.asyncIterator in records) for await (const r of records) visit(r);
  else for (const r of records) visit(r);
}

/** One pass over `records`: the binned data of every chart. */
export async function collectRunData(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  options: RunDataOptions = {},
): Promise<RunChartData> {
  const collector = new RunDataCollector(options);
  await each(records, (r) => collector.add(r));
  return collector.finish();
}

/**
 * The report of one run or several (a sweep), as one self-contained HTML page.
 * Each run's records are read once; with several runs they are also sampled for
 * the comparison (the first run is the baseline).
 */
export async function createReport(runs: readonly ReportRun[], options: CreateReportOptions = {}): Promise<string> {
  const compare = runs.length > 1 && options.compare !== false;
  const inputs: (RunInput & { samples?: RecordSamples })[] = [];
  for (const run of runs) {
    const collector = new RunDataCollector(options);
    const sampler = compare ? new RecordSampler(options.phases) : undefined;
    await each(run.records, (r) => {
      collector.add(r);
      sampler?.add(r);
    });
    const readReport = typeof run.readReport === "function" ? await run.readReport() : run.readReport;
    inputs.push({
      label: run.label,
      summary: run.summary,
      charts: collector.finish(),
      ...(readReport !== undefined ? { readReport } : {}),
      ...(sampler !== undefined ? { samples: sampler.finish() } : {}),
    });
  }
  const model = { ...options };
  const [baseline, ...candidates] = inputs.map((i) => ({
    label: i.label,
    summary: i.summary,
    samples: i.samples,
    report: i.readReport,
  }));
  if (compare && baseline !== undefined) {
    model.comparison = comparisonView(compareRuns(baseline, candidates, options.compare || {}));
  }
  return renderReport(reportModel(inputs, model));
}
