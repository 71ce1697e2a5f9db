// Compares a summary file with a summary recomputed from the records, naming
// every metric and statistic that differs.
import { toJsonText } from "@aiperf/core";
import { formatPyFloat } from "@aiperf/parser";
import type { ErrorSummaryEntry, MetricSummary, Summary } from "@aiperf/parser";

export interface Difference {
  /** `tag.stat`, `tag`, or `error_summary[i]`. */
  where: string;
  file: string;
  recomputed: string;
}

export interface Comparison {
  differences: Difference[];
  /** Statistics compared (equal or not). */
  compared: number;
  metrics: number;
  /** Tags taken from the file rather than recomputed: not checked. */
  notChecked: string[];
}

const show = (v: number | undefined): string => (v === undefined ? "absent" : formatPyFloat(v));

export function sameValue(a: number, b: number, tolerance: number): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (tolerance === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function compareMetric(file: MetricSummary, mine: MetricSummary, tolerance: number, out: Difference[]): number {
  let compared = 0;
  if (file.unit !== mine.unit) out.push({ where: `${file.tag}.unit`, file: file.unit, recomputed: mine.unit });
  for (const [stat, value] of Object.entries(file.stats)) {
    if (value === undefined) continue;
    compared++;
    const other = mine.stats[stat];
    if (other === undefined || !sameValue(value, other, tolerance))
      out.push({ where: `${file.tag}.${stat}`, file: show(value), recomputed: show(other) });
  }
  return compared;
}

const errorKey = (e: ErrorSummaryEntry): string =>
  toJsonText([e.error_details.code ?? null, e.error_details.type ?? null, e.error_details.message, e.count]);

export function compareSummaries(file: Summary, recomputed: Summary, tolerance = 0): Comparison {
  const differences: Difference[] = [];
  const mine = new Map(recomputed.metrics.map((m) => [m.tag, m]));
  const notChecked: string[] = [];
  let compared = 0;
  let metrics = 0;
  for (const m of file.metrics) {
    const other = mine.get(m.tag);
    mine.delete(m.tag);
    if (other?.carriedOver === true) {
      notChecked.push(m.tag);
      continue;
    }
    if (other === undefined) {
      differences.push({ where: m.tag, file: "present", recomputed: "absent (not derivable from these records)" });
      continue;
    }
    metrics++;
    compared += compareMetric(m, other, tolerance, differences);
  }
  for (const extra of mine.values()) differences.push({ where: extra.tag, file: "absent", recomputed: "present" });

  const fileErrors = file.errorSummary.map(errorKey);
  const myErrors = recomputed.errorSummary.map(errorKey);
  for (let i = 0; i < Math.max(fileErrors.length, myErrors.length); i++) {
    if (fileErrors[i] !== myErrors[i])
      differences.push({
        where: `error_summary[${i}]`,
        file: fileErrors[i] ?? "absent",
        recomputed: myErrors[i] ?? "absent",
      });
  }
  return { differences, compared, metrics, notChecked };
}
