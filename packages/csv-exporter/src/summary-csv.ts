// AIPerf's profile_export_aiperf.csv (facts F18; variants F5), byte for byte.
import { getMetric, hasFlag, MetricFlag, metricFlags } from "@aiperf/core";
import type { CatalogFormat } from "@aiperf/core";
import { formatFixed } from "@aiperf/parser";
import type { MetricSummary, Summary, SummaryVariant } from "@aiperf/parser";
import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS, cellText, metricLabel } from "./cells.js";

/** Statistic columns of the request section, per summary variant (AIPerf's STAT_KEYS). */
export const SUMMARY_STAT_COLUMNS: Readonly<Record<SummaryVariant, readonly string[]>> = {
  R: ["avg", "min", "max", "p1", "p5", "p25", "p50", "p75", "p90", "p95", "p99", "std"],
  O: ["avg", "min", "max", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "std"],
  L: ["avg", "min", "max", "sum", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "std"],
  N: ["avg", "min", "max", "sum", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "std"],
};

// Which catalog flags decide INTERNAL/EXPERIMENTAL for a layout; N's CSV code is L's.
const CATALOG_FORMAT: Readonly<Record<SummaryVariant, CatalogFormat>> = { R: "R", O: "O", L: "L", N: "L" };

export interface SummaryCsvOptions {
  /** Layout to write; default `summary.variant`. R: no p10/sum; O: p10; L/N: p10 and sum. */
  variant?: SummaryVariant;
  /** Replace the request-section statistic columns (e.g. add `p99.9`); default from the variant. */
  statColumns?: readonly string[];
  /**
   * Neutralize metric-name cells that a spreadsheet would run as a formula
   * (default true). AIPerf's own headers never trigger it; numbers are never touched.
   */
  injectionSafe?: boolean;
}

/**
 * The summary CSV AIPerf writes for `summary`: a request section (metrics that
 * have a percentile) with one column per statistic, a blank row, and a
 * `Metric,Value` section for scalars. Rows are sorted by tag; metrics the
 * catalog flags INTERNAL or EXPERIMENTAL for the variant are left out, unknown
 * tags are kept. Numbers use Python's `.2f`; a missing statistic is an empty
 * cell. Lines end in CRLF, the last one too.
 */
export function toSummaryCsv(summary: Summary, options: SummaryCsvOptions = {}): string {
  const variant = options.variant ?? summary.variant;
  const stats = options.statColumns ?? SUMMARY_STAT_COLUMNS[variant];
  const format = CATALOG_FORMAT[variant];
  const injectionSafe = options.injectionSafe ?? true;
  const name = (m: MetricSummary): string => cellText(metricLabel(m.header, m.unit), injectionSafe);

  const request = summary.metrics.filter(hasPercentile);
  const system = summary.metrics.filter((m) => !hasPercentile(m));
  const rows: string[][] = [];
  if (request.length > 0) {
    rows.push(["Metric", ...stats]);
    for (const m of exported(request, format)) rows.push([name(m), ...stats.map((k) => statCell(m.stats[k]))]);
    // AIPerf decides the blank row before filtering, so it stays even if every row was filtered.
    if (system.length > 0) rows.push([]);
  }
  if (system.length > 0) {
    rows.push(["Metric", "Value"]);
    for (const m of exported(system, format)) rows.push([name(m), statCell(m.stats.avg)]);
  }
  return rows.length === 0 ? "" : stringify(rows, CSV_OPTIONS);
}

/** Request section membership: any percentile statistic present (facts F18 rule 1). */
function hasPercentile(m: MetricSummary): boolean {
  return Object.entries(m.stats).some(([key, value]) => /^p\d/.test(key) && value != null);
}

/** Sorted by tag in code-unit order (Python's str order for ASCII tags), hidden metrics dropped. */
function exported(metrics: readonly MetricSummary[], format: CatalogFormat): MetricSummary[] {
  return metrics
    .filter((m) => {
      const def = getMetric(m.tag);
      if (def === undefined) return true;
      const flags = metricFlags(def, format);
      return !hasFlag(flags, MetricFlag.INTERNAL) && !hasFlag(flags, MetricFlag.EXPERIMENTAL);
    })
    .sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** AIPerf's `_format_number`: absent (or null) -> empty, otherwise `f"{v:.2f}"`. */
function statCell(value: number | undefined): string {
  return value == null ? "" : formatFixed(value, 2);
}
