// Summary + chart data -> the page model (model.ts): facts, headline table,
// error table, distributions with their exact percentile marks, and for
// several runs the sweep chart with its Pareto front.
import { readFileSync } from "node:fs";
import { getMetric } from "@aiperf/core";
import { formatFixed } from "@aiperf/parser";
import type { MetricSummary, ReadReport, RecordsVersion, Summary } from "@aiperf/parser";
import type { RunChartData } from "./data/index.js";
import { paretoFront } from "./data/index.js";
import { runSettings } from "./facts.js";
import { errorRows, headlineTable } from "./headline.js";
import type { ComparisonView, DistributionView, Fact, ReportModel, RunView, SweepOption, SweepView } from "./model.js";

/** One run as the report needs it: its summary and the charts' data from its records. */
export interface RunInput {
  /** Shown as the run's name, e.g. the artifacts folder. */
  label: string;
  summary: Summary;
  charts: RunChartData;
  /** The reader's report: records format, lines skipped in lenient mode. */
  readReport?: ReadReport;
}

export interface ReportModelOptions {
  title?: string;
  /** The comparison of the runs (comparisonView of @aiperf/analysis's compareRuns); shown for several runs. */
  comparison?: ComparisonView | null;
  generator?: string;
}

/** This package's version, from its package.json (beside both src/ and dist/). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
  return pkg.version ?? "";
}

const VERSION_NAMES: Readonly<Record<RecordsVersion, string>> = {
  R: "R (run1 format, AIPerf 0.1.x)",
  O: "O (Oct-2025 format)",
  L: "L (up to AIPerf 0.8)",
  "0.10": "0.10 (AIPerf 0.10/0.11)",
  "0.12": "0.12 (AIPerf 0.12 or later)",
};
const MARKS = ["p50", "p90", "p99"] as const;

function metric(summary: Summary, tags: readonly string[]): MetricSummary | undefined {
  for (const tag of tags) {
    const m = summary.metrics.find((x) => x.tag === tag);
    if (m !== undefined) return m;
  }
  return undefined;
}

const TTFT_TAGS = ["time_to_first_token", "ttft"];
const int = (n: number) => formatFixed(n, 0, { thousands: true });
const fixed = (n: number, d = 2) => formatFixed(n, d, { thousands: true });

function runFacts(input: RunInput): { facts: Fact[]; command: string | null; concurrency: number | undefined } {
  const { summary, charts, readReport } = input;
  const s = runSettings(summary);
  const facts: Fact[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== "") facts.push({ label, value });
  };
  add("AIPerf version", summary.aiperfVersion ?? "not recorded (see the formats)");
  // The Rust engine marks every record (spec 0.13 §13.1.2); anything else is the Python AIPerf.
  add("Producer", charts.rustEngine ? "AIPerf's Rust engine" : "AIPerf (Python)");
  const formats = [
    readReport?.version != null ? `records ${VERSION_NAMES[readReport.version]}` : undefined,
    `summary ${summary.variant}${summary.schemaVersion !== undefined ? ` (schema ${summary.schemaVersion})` : ""}`,
  ];
  add("Formats", formats.filter((f) => f !== undefined).join("; "));
  add("Model", s.models.join(", "));
  const endpoint = [s.endpointType, s.url, s.streaming === true ? "streaming" : undefined];
  add("Endpoint", endpoint.filter((e) => e !== undefined).join(", "));
  const load: string[] = [];
  if (s.concurrency !== undefined) load.push(`concurrency ${fixed(s.concurrency, 0)}`);
  if (s.requestRate !== undefined) load.push(`request rate ${s.requestRate}/s`);
  if (s.rateMode !== undefined) load.push(s.rateMode);
  if (s.requestCount !== undefined) load.push(`${int(s.requestCount)} requests`);
  add("Load", load.join(", "));
  const isl = metric(summary, ["input_sequence_length"])?.stats.avg;
  const osl = metric(summary, ["output_sequence_length"])?.stats.avg;
  const seq = (requested: number | undefined, measured: number | undefined) =>
    [
      requested !== undefined ? `${fixed(requested, 0)} requested` : undefined,
      measured !== undefined ? `${fixed(measured)} mean` : undefined,
    ]
      .filter((x) => x !== undefined)
      .join(", ");
  add("ISL (tokens)", seq(s.isl, isl));
  add("OSL (tokens)", seq(s.osl, osl));
  const duration = metric(summary, ["benchmark_duration"]);
  if (duration?.stats.avg !== undefined) add("Duration", `${fixed(duration.stats.avg)} ${duration.unit}`);
  else if (charts.timeline !== null)
    add("Duration", `${fixed(charts.timeline.durationSeconds)} sec (first start to last end)`);
  if (summary.startTime != null)
    add("Started", summary.endTime != null ? `${summary.startTime} to ${summary.endTime}` : summary.startTime);
  add("Records", `${int(charts.records)}: ${int(charts.valid)} valid, ${int(charts.errors)} errors`);
  if (readReport !== undefined && readReport.skipped > 0)
    add("Skipped lines", `${int(readReport.skipped)} of ${int(readReport.linesRead)} (invalid, read leniently)`);
  if (charts.timeline !== null) add("Mean in flight", `${fixed(charts.timeline.meanInFlight, 1)} requests`);
  if (summary.wasCancelled === true) add("Cancelled", "the run was cancelled before it finished");
  return { facts, command: s.command ?? null, concurrency: s.concurrency };
}

function distributions(summary: Summary, charts: RunChartData): DistributionView[] {
  return charts.distributions.map((d) => {
    const m = metric(summary, [d.tag]);
    const marks = MARKS.flatMap((label) => {
      const v = m?.stats[label];
      return v !== undefined && m?.unit === d.unit ? [{ label, value: v }] : [];
    });
    return {
      key: d.key,
      tag: d.tag,
      title: getMetric(d.tag)?.header ?? m?.header ?? d.tag,
      unit: d.unit,
      data: d.data,
      marks,
    };
  });
}

export function runView(input: RunInput, index: number): RunView {
  const { summary, charts } = input;
  const { facts, command, concurrency } = runFacts(input);
  const notes = [...summary.notes, ...charts.notes];
  if (input.readReport !== undefined && input.readReport.skipped > 0)
    notes.push(`${input.readReport.skipped} invalid lines were skipped (lenient read).`);
  const short =
    concurrency !== undefined
      ? `c=${concurrency}`
      : charts.timeline !== null
        ? `≈${fixed(charts.timeline.meanInFlight, 1)} in flight`
        : input.label;
  return {
    id: `run-${index + 1}`,
    label: input.label,
    short,
    facts,
    command,
    headline: headlineTable(summary),
    errors: errorRows(summary),
    distributions: distributions(summary, charts),
    timeline: charts.timeline,
    notes,
  };
}

const LATENCY_OPTIONS: readonly { tags: readonly string[]; stat: "p50" | "p99" | "avg" }[] = [
  { tags: ["request_latency"], stat: "p50" },
  { tags: ["request_latency"], stat: "p99" },
  { tags: TTFT_TAGS, stat: "p50" },
  { tags: TTFT_TAGS, stat: "p99" },
  { tags: ["inter_token_latency"], stat: "p50" },
];

/** Throughput against latency, one point per run, with the Pareto front per latency choice. */
export function sweepView(summaries: readonly Summary[]): SweepView | null {
  if (summaries.length < 2) return null;
  const yTags = summaries.every((s) => metric(s, ["output_token_throughput"])?.stats.avg !== undefined)
    ? ["output_token_throughput"]
    : ["request_throughput"];
  const yMetric = summaries.map((s) => metric(s, yTags)).find((m) => m !== undefined);
  const y = summaries.map((s) => metric(s, yTags)?.stats.avg ?? null);
  const options: SweepOption[] = [];
  for (const o of LATENCY_OPTIONS) {
    const ms = summaries.map((s) => metric(s, o.tags));
    const x = ms.map((m) => m?.stats[o.stat] ?? null);
    if (x.filter((v) => v !== null).length < 2) continue;
    const first = ms.find((m) => m !== undefined) as MetricSummary;
    const front = paretoFront(x.map((lat, i) => ({ latency: lat ?? Number.NaN, throughput: y[i] ?? Number.NaN })));
    options.push({ key: `${first.tag}.${o.stat}`, label: `${first.header} ${o.stat} (${first.unit})`, x, front });
  }
  if (yMetric === undefined || options.length === 0) return null;
  return { yLabel: `${yMetric.header} (${yMetric.unit})`, y, options };
}

export function reportModel(runs: readonly RunInput[], options: ReportModelOptions = {}): ReportModel {
  const views = runs.map((r, i) => runView(r, i));
  const title =
    options.title ?? (runs.length === 1 ? `AIPerf report: ${runs[0]?.label}` : `AIPerf report: ${runs.length} runs`);
  return {
    title,
    generator: options.generator ?? `@aiperf/report ${packageVersion()}`,
    runs: views,
    sweep: sweepView(runs.map((r) => r.summary)),
    comparison: runs.length > 1 ? (options.comparison ?? null) : null,
  };
}
