// compareRuns: a baseline against candidates, statistic by statistic. Intervals of each change are
// delta ± z·sqrt(se_b² + se_c²) with bootstrap standard errors (bootstrap.ts) and z adjusted
// (Bonferroni) over the m statistics tested for a candidate, so the stated confidence holds for
// all of a candidate's intervals at once: an A/A comparison is "unchanged" everywhere with at
// least that probability. A statistic is worse only when its interval excludes 0 on the bad side
// of the metric's direction and the change exceeds the noise threshold.
import { getMetric, metricAliases, metricDisplayOrder } from "@aiperf/core";
import type {
  CandidateOutcome,
  CompareResult,
  MetricCandidate,
  MetricComparison,
  RunDescription,
  StatCell,
  Verdict,
} from "@aiperf/core";
import type { ReadReport, Summary } from "@aiperf/parser";
import { meanSe, percentileSe, ratioMeanSe } from "./stats/bootstrap.js";
import { mannWhitneyU } from "./stats/mann-whitney.js";
import { normalIsf } from "./stats/normal.js";
import { Random } from "./stats/random.js";
import { provenanceWarnings, runProvenance } from "./provenance.js";
import { RUN_FIGURES, orderStats, percentileOf, runMetrics } from "./run-metrics.js";
import type { RunMetric } from "./run-metrics.js";
import type { RecordSamples } from "./samples.js";
import { evaluateThreshold } from "./thresholds.js";
import type { Threshold } from "./thresholds.js";

/** A run to compare: its summary, and its per-request values when the records were read. */
export interface RunInput {
  label: string;
  summary: Summary;
  samples?: RecordSamples | undefined;
  /** The read report of the records (their format version), when they were read. */
  report?: ReadReport | undefined;
}

export interface CompareOptions {
  /** Percent, simultaneous over all intervals of a candidate (default 95). */
  confidence?: number;
  /** Percent of the baseline below which a change is noise (default 2). */
  noise?: number;
  seed?: number;
  /** Bootstrap replicates per percentile and run (default 2000). */
  resamples?: number;
  /** Per-request values needed on each side to test a statistic (default 10). */
  minSamples?: number;
  thresholds?: readonly Threshold[];
}

export const COMPARE_DEFAULTS = { confidence: 95, noise: 2, seed: 1, resamples: 2000, minSamples: 10 } as const;

export function describeRun(run: RunInput): RunDescription {
  const s = run.samples;
  return {
    label: run.label,
    source: s === undefined ? "summary" : "records",
    records: s === undefined ? null : { counted: s.records, errors: s.errors },
    provenance: runProvenance(run.summary, s, run.report),
  };
}

/** The run's metric for a baseline tag: the same tag, or one it was renamed from or to. */
function matching(tag: string, metrics: readonly RunMetric[]): RunMetric | undefined {
  const names = metricAliases(tag);
  return metrics.find((m) => m.tag === tag) ?? metrics.find((m) => names.includes(m.tag));
}

/** Console order: display order (null last), then the summary's order; run-level figures last. */
function consoleOrder(metrics: RunMetric[]): RunMetric[] {
  const figures = new Set(RUN_FIGURES.map((f) => f.tag));
  const keyed = metrics.map((m, index) => {
    const def = getMetric(m.tag);
    const order = figures.has(m.tag) ? Number.MAX_VALUE : ((def && metricDisplayOrder(def)) ?? 1e9);
    return { m, index, order };
  });
  keyed.sort((a, b) => a.order - b.order || a.index - b.index);
  return keyed.map((k) => k.m);
}

/** Sorted copies of per-request values, made once per run and metric. */
class SortedCache {
  private readonly cache = new WeakMap<Float64Array, Float64Array>();
  get(values: Float64Array): Float64Array {
    let s = this.cache.get(values);
    if (s === undefined) {
      s = Float64Array.from(values).sort();
      this.cache.set(values, s);
    }
    return s;
  }
}

interface Side {
  key: string;
  metric: RunMetric;
}

/** Bootstrap standard error of a statistic on one side, or undefined when it is not tested. */
function standardError(
  side: Side,
  stat: string,
  o: Required<Omit<CompareOptions, "thresholds">>,
  sorted: SortedCache,
): number | undefined {
  const s = side.metric.samples;
  if (s === undefined || s.values.length < o.minSamples) return undefined;
  if (stat === "avg") {
    if (s.list) return s.sums !== undefined && s.counts !== undefined ? ratioMeanSe(s.sums, s.counts) : undefined;
    return meanSe(s.values);
  }
  const p = percentileOf(stat);
  // A list metric's percentiles are of all its values; resampling requests for them is not done.
  if (p === undefined || s.list) return undefined;
  const rng = new Random(`${o.seed}|${side.key}|${side.metric.tag}|${stat}`);
  return percentileSe(sorted.get(s.values), p, o.resamples, rng);
}

function verdictOf(
  direction: RunMetric["direction"],
  delta: number,
  base: number,
  ci: StatCell["ci"],
  noise: number,
): Verdict {
  if (ci === null) return "untested";
  const significant = ci.low > 0 || ci.high < 0;
  const beyondNoise = base === 0 ? delta !== 0 : Math.abs(delta) > (noise / 100) * Math.abs(base);
  if (!significant || !beyondNoise) return "unchanged";
  if (direction === "none") return "changed";
  return delta > 0 === (direction === "higher") ? "better" : "worse";
}

const VERDICT_RANK: Verdict[] = ["worse", "better", "changed", "unchanged", "untested", "absent"];
function worstVerdict(vs: Verdict[]): Verdict {
  let best = VERDICT_RANK.length - 1;
  for (const v of vs) best = Math.min(best, VERDICT_RANK.indexOf(v));
  return VERDICT_RANK[best] as Verdict;
}

/**
 * Compares candidates with a baseline. Pure: the same inputs and options give the same result,
 * which is JSON-serializable (schemas/compare-result.schema.json). Throws AnalysisError for a
 * threshold naming an unknown metric or a statistic a run lacks.
 */
export function compareRuns(
  baseline: RunInput,
  candidates: readonly RunInput[],
  options: CompareOptions = {},
): CompareResult {
  const o = {
    confidence: options.confidence ?? COMPARE_DEFAULTS.confidence,
    noise: options.noise ?? COMPARE_DEFAULTS.noise,
    seed: options.seed ?? COMPARE_DEFAULTS.seed,
    resamples: options.resamples ?? COMPARE_DEFAULTS.resamples,
    minSamples: options.minSamples ?? COMPARE_DEFAULTS.minSamples,
  };
  if (!(o.confidence > 0 && o.confidence < 100))
    throw new RangeError(`confidence must be in (0, 100), got ${o.confidence}`);
  const sorted = new SortedCache();
  const baseMetrics = runMetrics(baseline);
  const candMetrics = candidates.map((c) => runMetrics(c));
  const notes: string[] = [];

  // Rows: baseline metrics some candidate has too.
  const rows = consoleOrder(baseMetrics).filter((bm) => candMetrics.some((cm) => matching(bm.tag, cm) !== undefined));
  for (const [i, cm] of candMetrics.entries()) {
    const only = cm.filter((m) => matching(m.tag, baseMetrics) === undefined).map((m) => m.tag);
    if (only.length > 0) notes.push(`only in candidate ${i + 1} (${candidates[i]?.label}): ${only.join(", ")}`);
  }
  const baseOnly = baseMetrics.filter((bm) => !rows.includes(bm)).map((m) => m.tag);
  if (baseOnly.length > 0) notes.push(`only in the baseline: ${baseOnly.join(", ")}`);

  // Standard errors first: their number per candidate fixes the Bonferroni z.
  const baseSe = new Map<string, number | undefined>();
  const plans = candidates.map((_, ci) =>
    rows.map((bm) => {
      const cm = matching(bm.tag, candMetrics[ci] as RunMetric[]);
      const stats = orderStats(Object.keys(bm.stats)).map((stat) => {
        if (cm === undefined || cm.stats[stat] === undefined) return { stat, cm, se: undefined };
        const key = `${bm.tag}|${stat}`;
        if (!baseSe.has(key)) baseSe.set(key, standardError({ key: "baseline", metric: bm }, stat, o, sorted));
        const sb = baseSe.get(key);
        const sc = sb === undefined ? undefined : standardError({ key: `candidate${ci}`, metric: cm }, stat, o, sorted);
        return { stat, cm, se: sb === undefined || sc === undefined ? undefined : Math.hypot(sb, sc) };
      });
      return { bm, cm, stats };
    }),
  );

  const outcomes: CandidateOutcome[] = [];
  const zs = plans.map((plan) => {
    const m = plan.reduce((n, row) => n + row.stats.filter((s) => s.se !== undefined).length, 0);
    return { m, z: m === 0 ? null : normalIsf((1 - o.confidence / 100) / (2 * m)) };
  });

  const metrics: MetricComparison[] = rows.map((bm, r) => {
    const perCandidate = plans.map((plan) => plan[r] as (typeof plan)[number]);
    const statNames = orderStats(Object.keys(bm.stats)).filter((stat) =>
      perCandidate.some((p) => p.cm?.stats[stat] !== undefined),
    );
    const stats = statNames.map((stat) => {
      const base = bm.stats[stat] as number;
      const cells: StatCell[] = perCandidate.map((p, ci) => {
        const value = p.cm?.stats[stat];
        if (value === undefined) return { value: null, delta: null, deltaPercent: null, ci: null, verdict: "absent" };
        const delta = value - base;
        const se = p.stats.find((s) => s.stat === stat)?.se;
        const z = zs[ci]?.z ?? null;
        const interval = se === undefined || z === null ? null : { low: delta - z * se, high: delta + z * se };
        return {
          value,
          delta,
          deltaPercent: base === 0 ? null : (100 * delta) / Math.abs(base),
          ci: interval,
          verdict: verdictOf(bm.direction, delta, base, interval, o.noise),
        };
      });
      return { stat, baseline: base, candidates: cells };
    });
    const cands: MetricCandidate[] = perCandidate.map((p, ci) => {
      const bs = bm.samples;
      const cs = p.cm?.samples;
      const mw =
        bs !== undefined && cs !== undefined && bs.values.length >= o.minSamples && cs.values.length >= o.minSamples
          ? mannWhitneyU(sorted.get(cs.values), sorted.get(bs.values))
          : null;
      return {
        tag: p.cm?.tag ?? null,
        count: cs?.values.length ?? null,
        mannWhitney: mw,
        verdict: p.cm === undefined ? "absent" : worstVerdict(stats.map((s) => (s.candidates[ci] as StatCell).verdict)),
      };
    });
    return {
      tag: bm.tag,
      header: bm.header,
      unit: bm.unit,
      direction: bm.direction,
      list: bm.samples?.list ?? false,
      baselineCount: bm.samples?.values.length ?? null,
      candidates: cands,
      stats,
    };
  });

  const thresholds = candidates.flatMap((c, ci) =>
    (options.thresholds ?? []).map((t) =>
      evaluateThreshold(
        t,
        { label: `candidate ${c.label}`, metrics: candMetrics[ci] as RunMetric[] },
        { label: `baseline ${baseline.label}`, metrics: baseMetrics },
        ci,
      ),
    ),
  );

  const baseDesc = describeRun(baseline);
  candidates.forEach((c, ci) => {
    const run = describeRun(c);
    const cells = metrics.flatMap((m) => m.stats.map((s) => s.candidates[ci] as StatCell));
    const regressions = cells.filter((cell) => cell.verdict === "worse").length;
    const failed = thresholds.filter((t) => t.candidate === ci && !t.passed).length;
    const hasRecords = baseline.samples !== undefined && c.samples !== undefined;
    outcomes.push({
      run,
      significance: hasRecords ? "bootstrap" : "none",
      tested: zs[ci]?.m ?? 0,
      z: zs[ci]?.z ?? null,
      provenanceWarnings: provenanceWarnings(baseDesc.provenance, run.provenance),
      regressions,
      improvements: cells.filter((cell) => cell.verdict === "better").length,
      thresholdsFailed: failed,
      passed: regressions === 0 && failed === 0,
    });
  });
  candidates.forEach((c, ci) => {
    if (baseline.samples === undefined || c.samples === undefined)
      notes.push(`candidate ${ci + 1} (${c.label}): no records: thresholds only`);
  });
  const listed = metrics.filter((m) => m.list && m.baselineCount !== null).map((m) => m.tag);
  if (listed.length > 0)
    notes.push(`${listed.join(", ")}: list metric; its average is tested over requests, its percentiles are not`);

  return {
    schemaVersion: "1.0",
    kind: "compare",
    options: { ...o, intervals: "bootstrap-se-bonferroni" },
    baseline: baseDesc,
    candidates: outcomes,
    metrics,
    thresholds,
    passed: outcomes.every((c) => c.passed),
    notes,
  };
}
