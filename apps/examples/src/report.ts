#!/usr/bin/env node
// A report of an AIPerf run from TypeScript: read the records once, feeding both
// the summary (what `aiperf-tools summarize` computes) and the report's chart
// data, then render one self-contained HTML page.
//
//   node dist/report.js [artifacts-dir] > report.html
import { fileURLToPath } from "node:url";
import { readRecords, readSummary, SummaryAccumulator } from "@aiperf/parser";
import { RunDataCollector, renderReport, reportModel } from "@aiperf/report";

export const DEFAULT_DIR = fileURLToPath(new URL("../artifacts/run1", import.meta.url));

export async function buildReport(dir: string, label = dir): Promise<string> {
  // AIPerf's own summary, when present, supplies what the records cannot (input_config: model, concurrency, ...).
  const reference = await readSummary(dir).catch(() => undefined);
  const summary = new SummaryAccumulator(reference === undefined ? {} : { reference });
  const charts = new RunDataCollector();
  const records = readRecords(dir);
  for await (const record of records) {
    summary.add(record);
    charts.add(record);
  }
  const readReport = await records.report;
  return renderReport(reportModel([{ label, summary: summary.finish(), charts: charts.finish(), readReport }]));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? DEFAULT_DIR;
  buildReport(dir, process.argv[2] ?? "artifacts/run1")
    .then((html) => process.stdout.write(html))
    .catch((err: unknown) => {
      const text =
        err instanceof Error && "format" in err && typeof err.format === "function"
          ? String(err.format())
          : String(err);
      process.stderr.write(`error: ${text}\n`);
      process.exitCode = 1;
    });
}
