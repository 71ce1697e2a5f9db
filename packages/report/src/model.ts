// What the page shows, as plain JSON: built in Node (view.ts), embedded in the
// HTML, drawn by assets/report.js. Text is final (numbers in tables already
// formatted); chart data are numbers. A private contract of this package.
import type { DistributionData, Timeline } from "./data/index.js";

export interface Fact {
  label: string;
  value: string;
}

export interface HeadlineTable {
  /** "Metric", then the statistic columns (avg, min, max, p99, p90, p50, std). */
  columns: string[];
  rows: { metric: string; tag: string; cells: string[] }[];
}

export interface ErrorRow {
  code: string;
  type: string;
  message: string;
  count: string;
}

export interface DistributionView {
  key: string;
  tag: string;
  /** "Time to First Token" */
  title: string;
  unit: string;
  data: DistributionData;
  /** Exact percentiles from the summary, drawn as vertical lines. */
  marks: { label: string; value: number }[];
}

export interface RunView {
  id: string;
  label: string;
  /** Short label for sweep charts: "c=100", else the measured concurrency, else the label. */
  short: string;
  facts: Fact[];
  /** The AIPerf command line, when the summary has it. */
  command: string | null;
  headline: HeadlineTable;
  errors: ErrorRow[];
  distributions: DistributionView[];
  timeline: Timeline | null;
  notes: string[];
}

export interface SweepOption {
  key: string;
  /** "Request Latency p50 (ms)" */
  label: string;
  /** One x (latency) per run; null where the run lacks the statistic. */
  x: (number | null)[];
  /** Indices of runs on the Pareto front, by increasing latency. */
  front: number[];
}

export interface SweepView {
  /** "Output Token Throughput (tokens/sec)" */
  yLabel: string;
  y: (number | null)[];
  options: SweepOption[];
}

export interface ComparisonView {
  title: string;
  columns: string[];
  /** Right-aligned (number) columns. */
  numeric: boolean[];
  /** A cell showing a verdict carries it, for colouring (worse, better, changed, ...). */
  rows: { cells: { text: string; verdict?: string }[] }[];
  notes: string[];
}

export interface ReportModel {
  title: string;
  generator: string;
  runs: RunView[];
  /** Set when there are two or more runs. */
  sweep: SweepView | null;
  comparison: ComparisonView | null;
}
