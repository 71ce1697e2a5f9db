// @aiperf/report: one self-contained, offline HTML page that shows an AIPerf run
// (or a sweep of runs) as tables and charts.
export { collectRunData, createReport } from "./report.js";
export type { CreateReportOptions, ReportRun } from "./report.js";
export { renderReport, renderReportPage, jsonForHtml, DATA_ELEMENT_ID } from "./html.js";
export type { RenderedReport } from "./html.js";
export { reportModel, runView, sweepView } from "./view.js";
export { comparisonView } from "./comparison.js";
export type { ReportModelOptions, RunInput } from "./view.js";
export { errorRows, formatStat, headlineMetrics, headlineTable, HEADLINE_PERCENTILES } from "./headline.js";
export { runSettings } from "./facts.js";
export type { RunSettings } from "./facts.js";
export type * from "./model.js";
export * from "./data/index.js";
