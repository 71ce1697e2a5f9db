// The library's front door: runs (summary + records) -> one HTML page.
import type { ParsedRecord, ReadReport, Summary } from "@aiperf/parser";
import { RunDataCollector } from "./data/index.js";
import type { RunChartData, RunDataOptions } from "./data/index.js";
import { renderReport } from "./html.js";
import type { ReportModelOptions } from "./view.js";
import { reportModel } from "./view.js";

export interface ReportRun {
  label: string;
  summary: Summary;
  /** The run's records, read once (e.g. readRecords(path)); memory stays bounded whatever their number. */
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>;
  /** The read report, when known once the records are consumed (a function, since it is known only then). */
  readReport?: ReadReport | (() => Promise<ReadReport | undefined>);
}

export interface CreateReportOptions extends ReportModelOptions, RunDataOptions {}

/** One pass over `records`: the binned data of every chart. */
export async function collectRunData(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  options: RunDataOptions = {},
): Promise<RunChartData> {
  const collector = new RunDataCollector(options);
  if (Symbol.asyncIterator in records) for await (const r of records) collector.add(r);
  else for (const r of records) collector.add(r);
  return collector.finish();
}

/**
 * The report of one run or several (a sweep), as one self-contained HTML page.
 * Runs are read one after the other.
 */
export async function createReport(runs: readonly ReportRun[], options: CreateReportOptions = {}): Promise<string> {
  const inputs = [];
  for (const run of runs) {
    const charts = await collectRunData(run.records, options);
    const readReport = typeof run.readReport === "function" ? await run.readReport() : run.readReport;
    inputs.push({
      label: run.label,
      summary: run.summary,
      charts,
      ...(readReport !== undefined ? { readReport } : {}),
    });
  }
  return renderReport(reportModel(inputs, options));
}
