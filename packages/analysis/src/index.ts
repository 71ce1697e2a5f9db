// @aiperf/analysis: did a change make serving better or worse? Compare AIPerf runs with statistics
// and gate them with thresholds. Reads nothing itself: give it summaries and per-request samples.
export { compareSummaries, sameValue } from "./summary-diff.js";
export type { Comparison, Difference } from "./summary-diff.js";
export { RecordSampler, collectRun, tapRecords } from "./samples.js";
export type { MetricSamples, RecordSamples } from "./samples.js";
export { compareRuns, describeRun, COMPARE_DEFAULTS } from "./compare.js";
export type { CompareOptions, RunInput } from "./compare.js";
export { checkRun } from "./check.js";
export {
  evaluateThreshold,
  parseThreshold,
  parseThresholdEntry,
  parseThresholdsFile,
} from "./thresholds.js";
export type { Threshold, ThresholdOp, ThresholdsFileContent, ThresholdRun } from "./thresholds.js";
export {
  RUN_FIGURES,
  closestMetrics,
  findMetric,
  orderStats,
  percentileOf,
  requireMetric,
  requireStat,
  runMetrics,
} from "./run-metrics.js";
export type { RunData, RunMetric } from "./run-metrics.js";
export { PROVENANCE_LABELS, commandFlags, provenanceWarnings, runProvenance } from "./provenance.js";
export { AnalysisError } from "./errors.js";
export type { AnalysisErrorKind } from "./errors.js";
export {
  DEFAULT_TABLE_STATS,
  checkMarkdown,
  compareMarkdown,
  comparisonEpilogue,
  comparisonPreamble,
  comparisonTable,
  formatDelta,
  formatInterval,
  formatNumber,
  formatP,
  formatPercent,
  provenanceLines,
  runLine,
  thresholdLine,
} from "./format.js";
export type { ComparisonTable, TableCell, TableOptions } from "./format.js";
export { mannWhitneyU } from "./stats/mann-whitney.js";
export type { MannWhitneyResult } from "./stats/mann-whitney.js";
export { meanSe, percentileReplicates, percentileSe, ratioMeanSe } from "./stats/bootstrap.js";
export { Random } from "./stats/random.js";
export { normalIsf, normalSf } from "./stats/normal.js";
export type {
  CheckResult,
  CompareResult,
  MetricComparison,
  RunDescription,
  StatCell,
  ThresholdOutcome,
  Verdict,
} from "@aiperf/core";
export { analyzeJson, analyzeRun, aiperfGoodputSpec } from "./analyze.js";
export type {
  AiperfGoodput,
  AnalyzeOptions,
  AnalyzeResult,
  RecordOpener,
  SliceResult,
  SteadyStateResult,
} from "./analyze.js";
export { GoodputCounter, SloCurveCollector, parseGoodput, parseSlo } from "./goodput.js";
export type { GoodputResult, Slo, SloCurve, SloCurvePoint, SloOutcome } from "./goodput.js";
export { parseDuration } from "./window.js";
export type { TrimOptions } from "./window.js";
export { detectSteadyState, mser5 } from "./steady-state.js";
export type { SteadyStateWindow } from "./steady-state.js";
export { INTERVAL_DEFAULTS, INTERVAL_STATS, metricIntervals } from "./steady-intervals.js";
export type { BootstrapOptions, MetricIntervals, StatInterval, SteadyStateIntervals } from "./steady-intervals.js";
export { loadShape } from "./load-shape.js";
export type { LoadShape } from "./load-shape.js";
export {
  STEADY_STATE_CSV_FILE,
  STEADY_STATE_JSON_FILE,
  TIMESLICES_CSV_FILE,
  TIMESLICES_JSON_FILE,
  steadyStateCsv,
  steadyStateJson,
  timeslicesCsv,
  timeslicesJson,
} from "./aiperf-files.js";
