// Thresholds in a syntax modelled on k6's: `metric.stat op value[unit]`, e.g. `ttft.p99 < 500ms`,
// `error_rate < 1%`, `request_throughput.avg > 20`. A signed value is relative to the baseline
// (compare only): `ttft.p99 < +5%` (change in percent) or `ttft.p99 < +50ms` (change in units).
import { convertUnit } from "@aiperf/core";
import { validateThresholdsFile } from "@aiperf/core";
import type { ThresholdOutcome, ThresholdsFile } from "@aiperf/core";
import { AnalysisError } from "./errors.js";
import { percentileOf, requireMetric, requireStat } from "./run-metrics.js";
import type { RunMetric } from "./run-metrics.js";

export type ThresholdOp = "<" | "<=" | ">" | ">=";

export interface Threshold {
  /** The expression as written. */
  expression: string;
  /** Where it came from, e.g. `--threshold` or `gates.json /thresholds/ttft/0`. */
  origin: string;
  metric: string;
  stat: string;
  op: ThresholdOp;
  /** The number as written (a percent for `%`). */
  value: number;
  /** Unit tag the value is in (ns, us, ms, sec, %, requests/sec, ...), null when none was written. */
  unit: string | null;
  /** null: an absolute limit; "percent": change in percent of the baseline; "delta": change in units. */
  relative: "percent" | "delta" | null;
}

/** Unit spellings accepted after the number -> unit tag of @aiperf/core. */
export const UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  ns: "ns",
  us: "us",
  µs: "us",
  ms: "ms",
  s: "sec",
  sec: "sec",
  "%": "%",
  "req/s": "requests/sec",
  "requests/s": "requests/sec",
  "requests/sec": "requests/sec",
  rps: "requests/sec",
  "tok/s": "tokens/sec",
  "tokens/s": "tokens/sec",
  "tokens/sec": "tokens/sec",
  "tok/s/user": "tokens/sec/user",
  "tokens/s/user": "tokens/sec/user",
  "tokens/sec/user": "tokens/sec/user",
  tokens: "tokens",
  requests: "requests",
};
export const UNIT_LIST = "ns, us, ms, s, %, req/s, tok/s, tok/s/user, tokens, requests";
const STAT_ALIASES: Readonly<Record<string, string>> = { mean: "avg", med: "p50", median: "p50" };

class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    readonly origin: string,
    /** Column of text[0] within what the user wrote (a file entry is prefixed with its metric). */
    readonly offset = 0,
  ) {}

  fail(message: string, at = this.pos): never {
    const col = at + 1 - this.offset;
    const shown = this.text.slice(this.offset);
    throw new AnalysisError(
      "threshold-syntax",
      `${this.origin} '${shown}': ${message} at column ${Math.max(col, 1)}`,
      "expected e.g. 'ttft.p99 < 500ms', 'error_rate < 1%' or (compare) 'request_throughput.avg > -3%'",
    );
  }

  ws(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] as string)) this.pos++;
  }

  match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m === null || m.index !== this.pos) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  token(): string {
    const m = /\S+/y;
    m.lastIndex = this.pos;
    return m.exec(this.text)?.[0] ?? "";
  }
}

function parseStat(s: Scanner): string {
  const at = s.pos;
  const raw = s.match(/p\(\s*[0-9.]+\s*\)|[A-Za-z]+[0-9.]*/y);
  if (raw === undefined) s.fail(`expected a statistic after '.', found '${s.token()}'`);
  const lower = raw.toLowerCase().replace(/\s+/g, "");
  const paren = /^p\(([0-9.]+)\)$/.exec(lower);
  const stat = paren !== null ? `p${paren[1]}` : (STAT_ALIASES[lower] ?? lower);
  if (["avg", "min", "max", "std"].includes(stat) || percentileOf(stat) !== undefined) return stat;
  s.fail(`unknown statistic '${raw}' (expected avg, min, max, std, or a percentile such as p50, p99, p99.9)`, at);
}

/** `stat op value` (the stat optional) after the metric has been read. */
function parseRest(s: Scanner, metric: string, origin: string, expression: string): Threshold {
  let stat = "avg";
  if (s.text[s.pos] === ".") {
    s.pos++;
    stat = parseStat(s);
  }
  s.ws();
  const op = s.match(/<=|>=|<|>/y) as ThresholdOp | undefined;
  if (op === undefined) {
    const found = s.token();
    s.fail(
      found === "" ? "expected an operator <, <=, > or >=" : `expected an operator <, <=, > or >=, found '${found}'`,
    );
  }
  s.ws();
  const sign = s.match(/[+-]/y);
  const numAt = s.pos;
  const num = s.match(/(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y);
  if (num === undefined) s.fail(`expected a number, found '${s.token() || "nothing"}'`);
  s.ws();
  const unitAt = s.pos;
  const rawUnit = s.text.slice(s.pos).trimEnd();
  let unit: string | null = null;
  if (rawUnit !== "") {
    const u = UNIT_SPELLINGS[rawUnit] ?? UNIT_SPELLINGS[rawUnit.toLowerCase()];
    if (u === undefined) s.fail(`unknown unit '${rawUnit}' (expected ${UNIT_LIST})`, unitAt);
    unit = u;
  }
  const value = Number(num) * (sign === "-" ? -1 : 1);
  if (!Number.isFinite(value)) s.fail(`the number '${num}' is out of range`, numAt);
  const relative = sign === undefined ? null : unit === "%" ? "percent" : "delta";
  return { expression, origin, metric, stat, op, value, unit, relative };
}

/** Parses one threshold expression; a malformed one throws an AnalysisError pointing at the bad token. */
export function parseThreshold(text: string, origin = "threshold"): Threshold {
  const s: Scanner = new Scanner(text, origin);
  s.ws();
  const metric = s.match(/[A-Za-z][A-Za-z0-9_]*/y);
  if (metric === undefined) s.fail(`expected a metric name, found '${s.token() || "nothing"}'`);
  const rest = parseRest(s, metric.toLowerCase(), origin, text.trim());
  return rest;
}

/** One entry of a thresholds file: `stat op value` or `op value`, under its metric. */
export function parseThresholdEntry(metric: string, text: string, origin: string): Threshold {
  // Parsed as `metric.stat op value` so that columns and messages match the command-line form.
  const prefix = /^\s*[<>]/.test(text) ? `${metric} ` : `${metric}.`;
  const s: Scanner = new Scanner(prefix + text, origin, prefix.length);
  s.pos = prefix.length - (prefix.endsWith(".") ? 1 : 0);
  return parseRest(s, metric.toLowerCase(), origin, text.trim());
}

export interface ThresholdsFileContent {
  thresholds: Threshold[];
  noise?: number;
  confidence?: number;
  seed?: number;
}

/**
 * A thresholds file (schemas/thresholds-file.schema.json), k6-style: metric -> expressions.
 * `text` is the file's content, `file` labels errors.
 */
export function parseThresholdsFile(text: string, file: string): ThresholdsFileContent {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new AnalysisError("usage", `${file}: not valid JSON (${(e as Error).message})`);
  }
  const issues = validateThresholdsFile(doc);
  if (issues.length > 0) {
    const first = issues[0] as (typeof issues)[number];
    throw new AnalysisError(
      "usage",
      `${file}: ${first.pointer || "/"} ${first.message}`,
      'see schemas/thresholds-file.schema.json; e.g. {"thresholds": {"ttft": ["p99 < 500ms"]}}',
    );
  }
  const f = doc as ThresholdsFile;
  const thresholds: Threshold[] = [];
  for (const [metric, list] of Object.entries(f.thresholds)) {
    list.forEach((expr, i) => {
      thresholds.push(parseThresholdEntry(metric, expr, `${file} /thresholds/${metric}/${i}`));
    });
  }
  const out: ThresholdsFileContent = { thresholds };
  if (f.noise !== undefined) out.noise = f.noise;
  if (f.confidence !== undefined) out.confidence = f.confidence;
  if (f.seed !== undefined) out.seed = f.seed;
  return out;
}

/** The limit in the metric's unit (a percent for relative-percent thresholds). */
function limitIn(t: Threshold, metric: RunMetric): number {
  if (t.relative === "percent" || t.unit === null || t.unit === metric.unit) return t.value;
  if (t.unit === "%" && metric.unit === "ratio") return t.value / 100;
  try {
    return convertUnit(t.value, t.unit, metric.unit);
  } catch {
    throw new AnalysisError(
      "unit",
      `${t.origin} '${t.expression}': ${metric.tag} is in ${metric.unit}, which ${t.unit} cannot be converted to`,
    );
  }
}

function holds(actual: number, op: ThresholdOp, limit: number): boolean {
  switch (op) {
    case "<":
      return actual < limit;
    case "<=":
      return actual <= limit;
    case ">":
      return actual > limit;
    case ">=":
      return actual >= limit;
  }
}

export type { ThresholdOutcome };

export interface ThresholdRun {
  label: string;
  metrics: readonly RunMetric[];
}

/** Evaluates a threshold on a run (check, or a candidate of compare with its baseline). */
export function evaluateThreshold(
  t: Threshold,
  run: ThresholdRun,
  baseline?: ThresholdRun,
  candidate: number | null = null,
): ThresholdOutcome {
  if (t.relative !== null && baseline === undefined) {
    throw new AnalysisError(
      "usage",
      `${t.origin} '${t.expression}': a signed value is a change against a baseline, which check does not have`,
      "use compare BASELINE CANDIDATE for relative thresholds, or write an absolute limit",
    );
  }
  const metric = requireMetric(t.metric, run.metrics, run.label);
  const value = requireStat(metric, t.stat, run.label);
  const limit = limitIn(t, metric);
  let base: number | null = null;
  let actual: number | null = value;
  if (t.relative !== null && baseline !== undefined) {
    const bm = requireMetric(t.metric, baseline.metrics, baseline.label);
    base = requireStat(bm, t.stat, baseline.label);
    if (t.relative === "delta") actual = value - base;
    else actual = base === 0 ? (value === 0 ? 0 : null) : ((value - base) / Math.abs(base)) * 100;
  }
  return {
    expression: t.expression,
    origin: t.origin,
    metric: metric.tag,
    stat: t.stat,
    op: t.op,
    limit,
    unit: t.relative === "percent" ? "%" : metric.unit,
    relative: t.relative,
    candidate,
    baseline: base,
    value,
    actual,
    passed: actual !== null && holds(actual, t.op, limit),
  };
}
