// The headline table: the rows and numbers of `aiperf-tools summarize`'s
// console table (AIPerf's console exporter, docs/aiperf-facts.md F19), from the same Summary and
// formatted by the same formatFixed.
// The row selection mirrors packages/cli/src/console-table.ts consoleMetrics(); both belong in a
// shared lower module (the parser's format module) once the parser restructuring has landed.
import { getMetric, MetricFlag, metricDisplayOrder, metricFlags } from "@aiperf/core";
import type { CatalogFormat } from "@aiperf/core";
import { formatFixed } from "@aiperf/parser";
import type { MetricSummary, Summary, SummaryVariant } from "@aiperf/parser";
import type { ErrorRow, HeadlineTable } from "./model.js";

const CATALOG_FORMAT: Readonly<Record<SummaryVariant, CatalogFormat>> = { R: "R", O: "O", L: "L", N: "L" };
const HIDDEN = MetricFlag.ERROR_ONLY | MetricFlag.NO_CONSOLE | MetricFlag.INTERNAL | MetricFlag.EXPERIMENTAL;
/** AIPerf's console percentiles, in its (descending) column order. */
export const HEADLINE_PERCENTILES: readonly number[] = [99, 90, 50];

/** Console rows: visible metrics by display order (unknown order last; ties keep the summary's order). */
export function headlineMetrics(summary: Summary): MetricSummary[] {
  const format = CATALOG_FORMAT[summary.variant];
  const keyed = summary.metrics.flatMap((m, index) => {
    const def = getMetric(m.tag);
    if (def !== undefined && (metricFlags(def, format) & HIDDEN) !== 0) return [];
    const order = def === undefined ? null : metricDisplayOrder(def, format);
    return [{ m, index, order: order ?? Number.POSITIVE_INFINITY }];
  });
  keyed.sort((a, b) => a.order - b.order || a.index - b.index);
  return keyed.map((k) => k.m);
}

/** Python's f"{v:,.2f}", "N/A" for a statistic the metric lacks: what the console prints. */
export function formatStat(v: number | undefined): string {
  return v === undefined ? "N/A" : formatFixed(v, 2, { thousands: true });
}

export function headlineTable(summary: Summary, percentiles: readonly number[] = HEADLINE_PERCENTILES): HeadlineTable {
  const stats = ["avg", "min", "max", ...[...percentiles].sort((a, b) => b - a).map((p) => `p${p}`), "std"];
  return {
    columns: ["Metric", ...stats],
    rows: headlineMetrics(summary).map((m) => ({
      metric: `${m.header} (${m.unit})`,
      tag: m.tag,
      cells: stats.map((s) => formatStat(m.stats[s])),
    })),
  };
}

export function errorRows(summary: Summary): ErrorRow[] {
  return summary.errorSummary.map(({ error_details: e, count }) => ({
    code: e.code ? String(e.code) : "N/A",
    type: e.type ? e.type : "N/A",
    message: e.message,
    count: formatFixed(count, 0, { thousands: true }),
  }));
}
