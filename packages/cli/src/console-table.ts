// AIPerf's console exporter (facts F19): the metrics table and the error
// summary table, from a Summary.
import { getMetric, MetricFlag, metricDisplayOrder, metricFlags } from "@aiperf/core";
import type { CatalogFormat } from "@aiperf/core";
import { formatFixed } from "@aiperf/parser";
import type { MetricSummary, Summary, SummaryVariant } from "@aiperf/parser";
import type { Colors } from "./color.js";
import { type Limited, moreLine, topRows } from "./row-limit.js";
import { renderTable } from "./table.js";
import { terminalText } from "./terminal-text.js";

const CATALOG_FORMAT: Readonly<Record<SummaryVariant, CatalogFormat>> = { R: "R", O: "O", L: "L", N: "L" };
const HIDDEN = MetricFlag.ERROR_ONLY | MetricFlag.NO_CONSOLE | MetricFlag.INTERNAL | MetricFlag.EXPERIMENTAL;
/** AIPerf's console percentiles, in its (descending) column order. */
export const CONSOLE_PERCENTILES: readonly number[] = [99, 90, 50];

/** Console rows: visible metrics sorted by display order (null last, ties keep results order). */
function consoleMetrics(summary: Summary): Limited<MetricSummary> {
  const format = CATALOG_FORMAT[summary.variant];
  const keyed = summary.metrics.flatMap((m, index) => {
    const def = getMetric(m.tag);
    // Tags the catalog does not know have no flags to hide them.
    if (def !== undefined && (metricFlags(def, format) & HIDDEN) !== 0) return [];
    const order = def === undefined ? null : metricDisplayOrder(def, format);
    return [{ m, index, order: order ?? Number.POSITIVE_INFINITY }];
  });
  keyed.sort((a, b) => a.order - b.order || a.index - b.index);
  // Catalog metrics are few and all shown; tags from data can be any number: the first few.
  const known = keyed.filter((k) => Number.isFinite(k.order)).map((k) => k.m);
  const unknown = topRows(
    keyed.filter((k) => !Number.isFinite(k.order)).map((k) => k.m),
    () => 0,
  );
  return { shown: [...known, ...unknown.shown], more: unknown.more };
}

/** `header (unit)`, on two lines when the header is longer than 30 characters, as rich does. */
function metricCell(m: MetricSummary): string {
  const header = terminalText(m.header);
  return `${header}${header.length > 30 ? "\n" : " "}(${terminalText(m.unit)})`;
}

function statColumns(percentiles: readonly number[]): string[] {
  const pcts = [...percentiles].sort((a, b) => b - a).map((p) => `p${p}`);
  return ["avg", "min", "max", ...pcts, "std"];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

/** The title centred over the table, as rich prints it. */
function titled(title: string, style: (s: string) => string, table: string): string {
  const width = table.replace(ANSI, "").indexOf("\n");
  return `${" ".repeat(Math.max(0, Math.floor((width - title.length) / 2)))}${style(title)}\n${table}`;
}

export function renderMetricsTable(
  summary: Summary,
  percentiles: readonly number[],
  c: Colors,
  title = "LLM Metrics",
): string {
  const stats = statColumns(percentiles);
  const { shown, more } = consoleMetrics(summary);
  const rows = shown.map((m) => [
    c.cyan(metricCell(m)),
    ...stats.map((s) => {
      const v = m.stats[s];
      return v === undefined ? c.dim("N/A") : c.green(formatFixed(v, 2, { thousands: true }));
    }),
  ]);
  if (rows.length === 0) return "";
  const spec = { head: ["Metric", ...stats], align: ["right" as const, ...stats.map(() => "right" as const)], rows };
  const rest = moreLine(more, "metrics the catalog does not know", "--json or --out");
  return `${titled(`NVIDIA AIPerf | ${title}`, c.italic, renderTable({ ...spec, colors: c }))}${rest}`;
}

/** AIPerf's error table; beyond CONSOLE_MAX_ROWS distinct errors, the most frequent ones and a count of the rest. */
export function renderErrorTable(summary: Summary, c: Colors): string {
  if (summary.errorSummary.length === 0) return "";
  const na = c.dim("N/A");
  const { shown, more } = topRows(summary.errorSummary, (e) => e.count);
  const rows = shown.map(({ error_details: e, count }) => [
    e.code ? terminalText(String(e.code)) : na,
    e.type ? terminalText(e.type) : na,
    terminalText(e.message),
    formatFixed(count, 0, { thousands: true }),
  ]);
  const table = renderTable({
    head: ["Code", "Type", "Message", "Count"],
    align: ["right", "right", "left", "right"],
    rows,
    colors: c,
  });
  const rest = moreLine(more, "distinct errors", "--json or --out");
  return `${titled("NVIDIA AIPerf | Error Summary", c.red, table)}${rest}`;
}

/** rich's title for the endpoint: AIPerf reads it from the endpoint type. */
export function metricsTitle(summary: Summary): string {
  const config = summary.inputConfig as { endpoint?: { type?: unknown } } | undefined;
  const type = config?.endpoint?.type;
  if (type === "embeddings") return "Embeddings Metrics";
  if (type === "rankings") return "Rankings Metrics";
  return "LLM Metrics";
}
