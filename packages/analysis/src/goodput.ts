// Goodput for any SLOs, recomputed from the records with AIPerf's rule (facts F40):
// `--goodput "time_to_first_token:100 inter_token_latency:3.40"`, thresholds in the
// metric's display unit, converted to the base unit; a valid record is good when
// every SLO passes (>= for LARGER_IS_BETTER metrics, <= otherwise; a missing value fails).
import { MetricFlag, convertUnit, getMetric, hasFlag, metricAliases, metricFlags, unitRatio } from "@aiperf/core";
import type { ParsedRecord } from "@aiperf/parser";
import { AnalysisError } from "./errors.js";
import { baseValue } from "./record-values.js";
import { UNIT_LIST, UNIT_SPELLINGS } from "./thresholds.js";

export interface Slo {
  /** The tag as the user wrote it (aliases such as ttft / time_to_first_token are accepted). */
  tag: string;
  /** Tags that name this metric across AIPerf versions, the written one first. */
  aliases: string[];
  /** Threshold in the metric's display unit, as AIPerf takes it. */
  threshold: number;
  /** Display unit of the threshold. */
  unit: string;
  /** Threshold in the base unit: threshold * (base.per_second / display.per_second), AIPerf's conversion. */
  baseThreshold: number;
  /** LARGER_IS_BETTER: pass when value >= threshold; else value <= threshold. */
  largerIsBetter: boolean;
}

const ENTRY = /^([A-Za-z_][A-Za-z0-9_]*):([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(.*)$/;

/** One `tag:value[unit]` pair; a unit suffix other than the display unit is converted to it. */
export function parseSlo(entry: string): Slo {
  const m = ENTRY.exec(entry.trim());
  if (m === null)
    throw new AnalysisError(
      "threshold-syntax",
      `--goodput '${entry}': expected tag:value, e.g. time_to_first_token:200`,
      "values are in the metric's display unit (ms for latencies)",
    );
  const [, tag = "", number = "", rawUnit = ""] = m;
  const aliases = metricAliases(tag);
  const def = aliases.map((t) => getMetric(t)).find((d) => d !== undefined);
  if (def === undefined) throw new AnalysisError("unknown-metric", `--goodput '${entry}': unknown metric '${tag}'`);
  if (def.kind !== "record" || def.valueType !== "scalar")
    throw new AnalysisError(
      "usage",
      `--goodput '${entry}': ${tag} is not a per-request scalar metric (AIPerf's SLOs apply to per-request values)`,
    );
  const display = def.displayUnit ?? def.unit;
  let threshold = Number(number);
  const unitText = rawUnit.trim();
  if (unitText !== "") {
    const unit = UNIT_SPELLINGS[unitText] ?? UNIT_SPELLINGS[unitText.toLowerCase()];
    if (unit === undefined)
      throw new AnalysisError("unit", `--goodput '${entry}': unknown unit '${unitText}' (expected ${UNIT_LIST})`);
    if (unit !== display) {
      try {
        threshold = convertUnit(threshold, unit, display);
      } catch {
        throw new AnalysisError(
          "unit",
          `--goodput '${entry}': ${tag} is in ${display}, which ${unit} cannot be converted to`,
        );
      }
    }
  }
  return {
    tag,
    aliases,
    threshold,
    unit: display,
    baseThreshold: display === def.unit ? threshold : threshold * unitRatio(display, def.unit),
    largerIsBetter: hasFlag(metricFlags(def), MetricFlag.LARGER_IS_BETTER),
  };
}

/** AIPerf's --goodput string: space-separated tag:value pairs (a tag twice: the last wins, as a dict). */
export function parseGoodput(spec: string): Slo[] {
  const entries = spec.split(/\s+/).filter((e) => e !== "");
  if (entries.length === 0) throw new AnalysisError("threshold-syntax", "--goodput: no SLO given, e.g. 'ttft:200'");
  const byMetric = new Map<string, Slo>();
  for (const e of entries) {
    const slo = parseSlo(e);
    byMetric.set(slo.aliases.slice().sort().join("|"), slo);
  }
  if (byMetric.size > 31)
    throw new AnalysisError("usage", `--goodput: ${byMetric.size} SLOs; at most 31 are supported`);
  return [...byMetric.values()];
}

/** The record's base value of an SLO metric under whichever alias the record uses. */
function sloValue(r: ParsedRecord, aliases: readonly string[]): number | undefined {
  for (const t of aliases) {
    const v = baseValue(r, t);
    if (v !== undefined) return v;
  }
  return undefined;
}

function passes(value: number | undefined, baseThreshold: number, largerIsBetter: boolean): boolean {
  if (value === undefined || Number.isNaN(value)) return false;
  return largerIsBetter ? value >= baseThreshold : value <= baseThreshold;
}

export interface SloOutcome {
  tag: string;
  threshold: number;
  unit: string;
  direction: "<=" | ">=";
  /** Valid records that pass this SLO. */
  passed: number;
  /** passed / valid records * 100. */
  attainmentPct: number;
}

export interface GoodputResult {
  slos: SloOutcome[];
  validRequests: number;
  /** Valid records that pass every SLO (AIPerf's good_request_count). */
  goodRequestCount: number;
  /** good_request_count / benchmark_duration in requests/sec (AIPerf's goodput); null without a duration. */
  goodput: number | null;
  /** Share of valid records passing every SLO, in percent. */
  attainmentPct: number;
  /** good / (valid + errors), AIPerf's good_request_fraction (0 without records). */
  goodRequestFraction: number;
}

/** Counts good records as they stream past (valid ones only; error records only count for the fraction). */
export class GoodputCounter {
  private readonly passed: number[];
  private valid = 0;
  private errors = 0;
  private good = 0;

  constructor(readonly slos: readonly Slo[]) {
    this.passed = slos.map(() => 0);
  }

  add(r: ParsedRecord): void {
    this.addOutcome(r.error === null ? this.passMask(r) : -1);
  }

  /** Bit i set: the valid record passes SLO i (at most 31 SLOs are counted this way). */
  passMask(r: ParsedRecord): number {
    let mask = 0;
    this.slos.forEach((s, i) => {
      if (passes(sloValue(r, s.aliases), s.baseThreshold, s.largerIsBetter)) mask |= 1 << i;
    });
    return mask;
  }

  /** A record given by its passMask (-1: an error record), so that it can be counted after the read. */
  addOutcome(mask: number): void {
    if (mask < 0) {
      this.errors++;
      return;
    }
    this.valid++;
    let all = true;
    this.slos.forEach((_, i) => {
      if ((mask & (1 << i)) !== 0) this.passed[i] = (this.passed[i] ?? 0) + 1;
      else all = false;
    });
    if (all) this.good++;
  }

  /** `durationSec`: the summary's benchmark_duration (sec), AIPerf's goodput denominator. */
  result(durationSec: number | undefined): GoodputResult {
    const pct = (n: number): number => (this.valid === 0 ? 0 : (n / this.valid) * 100);
    const total = this.valid + this.errors;
    return {
      slos: this.slos.map((s, i) => ({
        tag: s.tag,
        threshold: s.threshold,
        unit: s.unit,
        direction: s.largerIsBetter ? ">=" : "<=",
        passed: this.passed[i] ?? 0,
        attainmentPct: pct(this.passed[i] ?? 0),
      })),
      validRequests: this.valid,
      goodRequestCount: this.good,
      goodput: durationSec !== undefined && durationSec > 0 ? this.good / durationSec : null,
      attainmentPct: pct(this.good),
      goodRequestFraction: total === 0 ? 0 : this.good / total,
    };
  }
}

export interface SloCurvePoint {
  /** Threshold in the metric's display unit. */
  threshold: number;
  /** Valid records passing at this threshold, in percent. */
  attainmentPct: number;
}

export interface SloCurve {
  tag: string;
  unit: string;
  direction: "<=" | ">=";
  points: SloCurvePoint[];
}

/** Collects one metric's values for the attainment-vs-threshold curve. */
export class SloCurveCollector {
  private readonly slo: Slo;
  private values: number[] = [];
  private valid = 0;

  constructor(tag: string) {
    this.slo = parseSlo(`${tag}:0`);
  }

  add(r: ParsedRecord): void {
    if (r.error !== null) return;
    this.addValid(this.value(r));
  }

  /** The record's base value of the metric (NaN when it has none). */
  value(r: ParsedRecord): number {
    return sloValue(r, this.slo.aliases) ?? Number.NaN;
  }

  /** A valid record by its value(). */
  addValid(v: number): void {
    this.valid++;
    if (!Number.isNaN(v)) this.values.push(v);
  }

  get tag(): string {
    return this.slo.tag;
  }

  get aliases(): readonly string[] {
    return this.slo.aliases;
  }

  /** Whether any valid record had the metric. */
  get seen(): boolean {
    return this.values.length > 0;
  }

  /** `steps` + 1 evenly spaced thresholds from the smallest to the largest value (display units). */
  curve(steps = 20): SloCurve {
    const { slo } = this;
    const def = slo.aliases.map((t) => getMetric(t)).find((d) => d !== undefined);
    const base = def?.unit ?? slo.unit;
    const toDisplay = base === slo.unit ? 1 : unitRatio(base, slo.unit);
    const toBase = base === slo.unit ? 1 : unitRatio(slo.unit, base);
    const sorted = Float64Array.from(this.values).sort();
    const points: SloCurvePoint[] = [];
    if (sorted.length > 0) {
      const lo = (sorted[0] as number) * toDisplay;
      const hi = (sorted[sorted.length - 1] as number) * toDisplay;
      for (let i = 0; i <= steps; i++) {
        const threshold = i === steps ? hi : lo + ((hi - lo) * i) / steps;
        // The ends are the extreme values themselves (no round trip through the display unit).
        const at =
          i === 0 ? (sorted[0] as number) : i === steps ? (sorted[sorted.length - 1] as number) : threshold * toBase;
        const n = slo.largerIsBetter ? sorted.length - lowerBound(sorted, at) : upperBound(sorted, at);
        points.push({ threshold, attainmentPct: this.valid === 0 ? 0 : (n / this.valid) * 100 });
        if (hi === lo) break;
      }
    }
    return { tag: slo.tag, unit: slo.unit, direction: slo.largerIsBetter ? ">=" : "<=", points };
  }
}

/** Index of the first element >= x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
