// Text forms of a comparison: the table rows the console and markdown share, and the markdown
// document (a pull-request comment). Colour is the CLI's business; this module returns plain text.
import type { CheckResult, CompareResult, RunDescription, ThresholdOutcome, Verdict } from "@aiperf/core";
import { formatFixed } from "@aiperf/parser";
import { PROVENANCE_LABELS } from "./provenance.js";

/** AIPerf's console statistics; others are shown when a verdict says they moved. */
export const DEFAULT_TABLE_STATS: readonly string[] = ["avg", "min", "max", "p50", "p90", "p99", "std"];

export interface TableCell {
  text: string;
  /** The verdict the cell shows, for colouring. */
  verdict?: Verdict;
  /** A metric name cell. */
  metric?: boolean;
}

export interface ComparisonTable {
  head: string[];
  /** Right-aligned columns (numbers). */
  numeric: boolean[];
  rows: TableCell[][];
}

export function formatNumber(v: number | null): string {
  if (v === null) return "–";
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e15 || abs < 0.01)) return v.toPrecision(3);
  return formatFixed(v, 2, { thousands: true });
}

const signed = (v: number, digits: number): string =>
  `${v > 0 ? "+" : v < 0 ? "−" : "±"}${formatFixed(Math.abs(v), digits, { thousands: true })}`;

export function formatPercent(v: number | null): string {
  return v === null ? "–" : `${signed(v, 1)}%`;
}

export function formatDelta(v: number | null): string {
  if (v === null) return "–";
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e15 || abs < 0.01)) return `${v > 0 ? "+" : "−"}${abs.toPrecision(3)}`;
  return signed(v, 2);
}

/** The interval of the change in percent of the baseline, e.g. `[+3.1, +16.8]%`. */
export function formatInterval(ci: { low: number; high: number } | null, baseline: number): string {
  if (ci === null) return "–";
  if (baseline === 0) return `[${formatDelta(ci.low)}, ${formatDelta(ci.high)}]`;
  const pct = (d: number): string => signed((100 * d) / Math.abs(baseline), 1);
  return `[${pct(ci.low)}, ${pct(ci.high)}]%`;
}

export function formatP(p: number): string {
  if (p < 1e-4) return "<0.0001";
  return p.toFixed(4);
}

export interface TableOptions {
  /** Statistics to show (default DEFAULT_TABLE_STATS); "all" shows every one. A statistic that moved is always shown. */
  stats?: readonly string[] | "all";
}

/** Short column label of a candidate: its label when there is one candidate, else #1, #2... */
function candidateName(result: CompareResult, i: number): string {
  return result.candidates.length === 1 ? "candidate" : `#${i + 1}`;
}

export function comparisonTable(result: CompareResult, options: TableOptions = {}): ComparisonTable {
  const shown = options.stats ?? DEFAULT_TABLE_STATS;
  const head = ["Metric", "Stat", "baseline"];
  const numeric = [false, false, true];
  const level = `${result.options.confidence}% CI`;
  result.candidates.forEach((_, i) => {
    const n = candidateName(result, i);
    head.push(n, "Δ", "Δ %", `${level} (Δ %)`, "MWU p", "verdict");
    numeric.push(true, true, true, true, true, false);
  });
  const rows: TableCell[][] = [];
  for (const m of result.metrics) {
    const stats = m.stats.filter(
      (s) =>
        shown === "all" ||
        shown.includes(s.stat) ||
        s.candidates.some((c) => c.verdict === "worse" || c.verdict === "better" || c.verdict === "changed"),
    );
    stats.forEach((s, k) => {
      const row: TableCell[] = [
        { text: k === 0 ? `${m.header} (${m.unit})` : "", metric: true },
        { text: s.stat },
        { text: formatNumber(s.baseline) },
      ];
      s.candidates.forEach((c, i) => {
        const mw = m.candidates[i]?.mannWhitney ?? null;
        row.push(
          { text: formatNumber(c.value) },
          { text: formatDelta(c.delta) },
          { text: formatPercent(c.deltaPercent) },
          { text: formatInterval(c.ci, s.baseline) },
          { text: k === 0 && mw !== null ? formatP(mw.p) : "" },
          { text: c.verdict, verdict: c.verdict },
        );
      });
      rows.push(row);
    });
  }
  return { head, numeric, rows };
}

export function runLine(run: RunDescription): string {
  const recs = run.records === null ? "summary only" : `${run.records.counted} records, ${run.records.errors} errors`;
  return `${run.label} (${recs})`;
}

export function thresholdLine(t: ThresholdOutcome): string {
  const unit = t.unit === "%" ? "%" : ` ${t.unit}`;
  const what = t.relative === "percent" ? "change" : t.relative === "delta" ? "change" : "value";
  const actual =
    t.actual === null
      ? "undefined (baseline is 0)"
      : `${t.relative !== null ? formatDelta(t.actual) : formatNumber(t.actual)}${unit}`;
  const limit = `${t.relative !== null ? formatDelta(t.limit) : formatNumber(t.limit)}${unit}`;
  return `${t.passed ? "pass" : "FAIL"}  ${t.expression}  (${t.metric}.${t.stat} ${what} ${actual}, limit ${t.op} ${limit})`;
}

function verdictSummary(result: CompareResult): string[] {
  return result.candidates.map((c, i) => {
    const who = result.candidates.length === 1 ? "candidate" : `#${i + 1} ${c.run.label}`;
    const parts = [
      `${c.regressions} worse`,
      `${c.improvements} better`,
      `${c.tested} statistics tested`,
      ...(c.thresholdsFailed > 0 ? [`${c.thresholdsFailed} threshold(s) failed`] : []),
    ];
    const sig = c.significance === "none" ? " — no records: thresholds only" : "";
    return `${c.passed ? "PASS" : "FAIL"} ${who}: ${parts.join(", ")}${sig}`;
  });
}

/** Text lines printed before and after the table (console and markdown share them). */
export function comparisonPreamble(result: CompareResult): string[] {
  const lines = [`baseline: ${runLine(result.baseline)}`];
  result.candidates.forEach((c, i) => {
    lines.push(`${result.candidates.length === 1 ? "candidate" : `candidate #${i + 1}`}: ${runLine(c.run)}`);
    for (const w of c.provenanceWarnings) lines.push(`warning: ${w.message}`);
  });
  const o = result.options;
  lines.push(
    `intervals: ${o.confidence}% simultaneous (Bonferroni over the tested statistics), bootstrap SEs (${o.resamples} replicates, seed ${o.seed}); noise ${o.noise}%`,
  );
  return lines;
}

export function comparisonEpilogue(result: CompareResult): string[] {
  return [...result.notes.map((n) => `note: ${n}`), ...verdictSummary(result)];
}

const mdEscape = (s: string): string => s.replace(/\|/g, "\\|");
const VERDICT_MARK: Readonly<Record<Verdict, string>> = {
  worse: "🔴 worse",
  better: "🟢 better",
  changed: "🟡 changed",
  unchanged: "unchanged",
  untested: "untested",
  absent: "absent",
};

/** The comparison as GitHub-flavoured markdown, ready for a pull-request comment. */
export function compareMarkdown(result: CompareResult, options: TableOptions = {}): string {
  const out: string[] = [];
  out.push(`### aiperf-tools compare: ${result.passed ? "✅ pass" : "❌ fail"}`, "");
  for (const line of comparisonPreamble(result)) out.push(`- ${mdEscape(line)}`);
  out.push("");
  const t = comparisonTable(result, options);
  out.push(`| ${t.head.map(mdEscape).join(" | ")} |`);
  out.push(`| ${t.numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`);
  for (const row of t.rows) {
    const cells = row.map((c) => {
      if (c.verdict !== undefined) return VERDICT_MARK[c.verdict];
      return mdEscape(c.metric === true && c.text !== "" ? `**${c.text}**` : c.text);
    });
    out.push(`| ${cells.join(" | ")} |`);
  }
  if (result.thresholds.length > 0) {
    out.push("", "**Thresholds**", "");
    for (const th of result.thresholds) {
      const who = result.candidates.length > 1 && th.candidate !== null ? ` (#${th.candidate + 1})` : "";
      out.push(`- ${th.passed ? "✅" : "❌"} ${mdEscape(thresholdLine(th).replace(/^(pass|FAIL) {2}/, ""))}${who}`);
    }
  }
  out.push("");
  for (const line of comparisonEpilogue(result)) out.push(`- ${mdEscape(line)}`);
  return `${out.join("\n")}\n`;
}

export function checkMarkdown(result: CheckResult): string {
  const out = [
    `### aiperf-tools check: ${result.passed ? "✅ pass" : "❌ fail"}`,
    "",
    `- run: ${mdEscape(runLine(result.run))}`,
    "",
  ];
  for (const th of result.thresholds)
    out.push(`- ${th.passed ? "✅" : "❌"} ${mdEscape(thresholdLine(th).replace(/^(pass|FAIL) {2}/, ""))}`);
  return `${out.join("\n")}\n`;
}

export function provenanceLines(run: RunDescription): string[] {
  return run.provenance.map((p) => `${PROVENANCE_LABELS[p.field]}: ${p.value} (${p.source})`);
}
