// analyzeRun: re-analyse a finished run with AIPerf's definitions (facts F40-F44). One read: each
// record goes into one store of per-metric columns (the parser's SubsetSummarizer, what summarize
// keeps) plus its timestamps and the few values steady state and SLOs need; the window, each time
// slice and the steady state are then summarized from that store through the run's own engine.
import { GrowableFloat64Array, SubsetSummarizer, detectRecordsVersion } from "@aiperf/parser";
import type { ParsedRecord, RecordsVersion, Summary } from "@aiperf/parser";
import { AnalysisError } from "./errors.js";
import { GoodputCounter, SloCurveCollector, parseGoodput } from "./goodput.js";
import type { GoodputResult, Slo, SloCurve } from "./goodput.js";
import { loadShape } from "./load-shape.js";
import type { LoadShape } from "./load-shape.js";
import { baseValue, isWarmup, recordFacts } from "./record-values.js";
import { detectSteadyState, spearmanTrend } from "./steady-state.js";
import type { SteadyStateWindow } from "./steady-state.js";
import { INTERVAL_DEFAULTS, metricIntervals } from "./steady-intervals.js";
import type { BootstrapOptions, MetricIntervals, SteadyStateIntervals } from "./steady-intervals.js";
import { trims } from "./window.js";
import type { TrimOptions } from "./window.js";

export interface AnalyzeOptions extends TrimOptions {
  /** AIPerf's --goodput string, e.g. "time_to_first_token:200 inter_token_latency:20". */
  goodput?: string;
  /** Metric whose attainment is reported as a function of the threshold. */
  sloCurve?: string;
  /** Count warmup records too (default: excluded, and reported). */
  includeWarmup?: boolean;
  /** Time slices of this width (ns), anchored at the first request's start. */
  sliceDurationNs?: bigint;
  steadyState?: boolean;
  /** AIPerf's own summary of the run: input_config, its window (0.12), its goodput to check against. */
  reference?: Summary;
  percentiles?: number[];
  /** Confidence, replicates and seed of the steady state's bootstrap intervals (defaults 95 %, 2000, 1). */
  bootstrap?: BootstrapOptions;
}

/** Opens the records (called once). */
export type RecordOpener = () => AsyncIterable<ParsedRecord> | Iterable<ParsedRecord>;

export interface SliceResult {
  index: number;
  startNs: bigint;
  endNs: bigint;
  /** False for the last slice (its end is the last request's end). */
  complete: boolean;
  requests: number;
  summary: Summary;
  /** In-flight requests, requests and output tokens per second of the records starting in the slice. */
  load: { meanInFlight: number; maxInFlight: number; requestsPerSec: number; outputTokensPerSec: number };
}

export interface SteadyStateResult {
  method: string;
  rampUpEndNs: bigint;
  rampDownStartNs: bigint;
  durationNs: bigint;
  totalRequests: number;
  steadyStateRequests: number;
  fractionRetained: number;
  varianceInflationFactor: number | null;
  effectiveP99SampleSize: number;
  sampleSizeWarning: boolean;
  trendCorrelation: number | null;
  trendPValue: number | null;
  stationarityWarning: boolean;
  /** Each signal's ramp-up end / ramp-down start (ns), null when it gave none. */
  signals: Record<string, { rampUpEndNs: bigint | null; rampDownStartNs: bigint | null }>;
  summary: Summary;
  /** Bootstrap confidence intervals of the window's headline statistics. */
  intervals: SteadyStateIntervals;
}

export interface AiperfGoodput {
  /** The SLOs AIPerf ran with (from input_config or cli_command). */
  slos: string;
  goodRequestCount: number | null;
  goodput: number | null;
  /** True when our SLOs are AIPerf's and both values are equal (goodput within 1e-12 relative). */
  matches: boolean | null;
}

export interface AnalyzeResult {
  version: RecordsVersion;
  counts: {
    records: number;
    warmupExcluded: number;
    skippedFirst: number;
    trimmed: number;
    analyzed: number;
    valid: number;
    errors: number;
  };
  /** The analysed window [first start, last end] after trimming (ns); null without timestamps. */
  window: { startNs: bigint; endNs: bigint } | null;
  summary: Summary;
  goodput?: GoodputResult & { aiperf?: AiperfGoodput };
  sloCurve?: SloCurve;
  slices?: SliceResult[];
  sliceDurationNs?: bigint;
  steadyState?: SteadyStateResult;
  loadShape: LoadShape | null;
  notes: string[];
}

const VALID = 1;
const WARMUP = 2;
const HAS_START = 4;
const HAS_END = 8;

/** Append-only typed column (bigint timestamps, byte flags), doubling as it fills. */
class Column<A extends BigInt64Array | Uint8Array> {
  length = 0;
  constructor(
    public buf: A,
    private readonly make: (size: number) => A,
  ) {}
  push(v: A[number]): void {
    if (this.length === this.buf.length) {
      const next = this.make(this.buf.length * 2);
      (next as Uint8Array).set(this.buf as Uint8Array);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  at(i: number): A[number] {
    return this.buf[i] as A[number];
  }
}

const bigColumn = () => new Column(new BigInt64Array(1024), (n) => new BigInt64Array(n));
const byteColumn = () => new Column(new Uint8Array(1024), (n) => new Uint8Array(n));

async function* iterate(open: RecordOpener): AsyncGenerator<ParsedRecord> {
  const src = open();
  if (Symbol.asyncIterator in src) for await (const r of src) yield r;
  else for (const r of src) yield r;
}

/** What the one read keeps per record besides the store: timestamps, flags, values for steady state and SLOs. */
interface Pass {
  flags: Column<Uint8Array>;
  starts: Column<BigInt64Array>;
  ends: Column<BigInt64Array>;
  latency: GrowableFloat64Array;
  ttft: GrowableFloat64Array;
  osl: GrowableFloat64Array;
  itl: GrowableFloat64Array;
  /** GoodputCounter.passMask of each record (-1: an error record). */
  sloMask: GrowableFloat64Array;
  /** The SLO curve metric's value of each record (NaN: none). */
  sloValue: GrowableFloat64Array;
  keys: Set<string>;
  /** Tags present on valid records (for the SLO check). */
  tags: Set<string>;
  warmup: number;
  /** Line of the first counted record without a start, if any. */
  noStartLine: number | undefined;
}

async function readPass(
  open: RecordOpener,
  includeWarmup: boolean,
  store: SubsetSummarizer,
  good: GoodputCounter | undefined,
  curve: SloCurveCollector | undefined,
): Promise<Pass> {
  const p: Pass = {
    flags: byteColumn(),
    starts: bigColumn(),
    ends: bigColumn(),
    latency: new GrowableFloat64Array(1024),
    ttft: new GrowableFloat64Array(1024),
    osl: new GrowableFloat64Array(1024),
    itl: new GrowableFloat64Array(1024),
    sloMask: new GrowableFloat64Array(good === undefined ? 1 : 1024),
    sloValue: new GrowableFloat64Array(curve === undefined ? 1 : 1024),
    keys: new Set(),
    tags: new Set(),
    noStartLine: undefined,
    warmup: 0,
  };
  for await (const r of iterate(open)) {
    store.add(r);
    for (const k in r.metadata) p.keys.add(k);
    const f = recordFacts(r);
    let flags = 0;
    if (f.valid) flags |= VALID;
    if (isWarmup(r, f.phase)) {
      flags |= WARMUP;
      p.warmup++;
    }
    if (f.start !== undefined) flags |= HAS_START;
    if (f.end !== undefined) flags |= HAS_END;
    p.flags.push(flags);
    p.starts.push(f.start ?? 0n);
    p.ends.push(f.end ?? 0n);
    const counted = includeWarmup || (flags & WARMUP) === 0;
    if (counted && f.start === undefined && p.noStartLine === undefined) p.noStartLine = r.line;
    if (counted && f.valid) for (const t in r.metrics) p.tags.add(t);
    p.latency.push(f.valid ? (baseValue(r, "request_latency") ?? Number.NaN) : Number.NaN);
    p.ttft.push(f.valid ? (baseValue(r, "time_to_first_token") ?? baseValue(r, "ttft") ?? Number.NaN) : Number.NaN);
    p.osl.push(f.valid ? (baseValue(r, "output_sequence_length") ?? Number.NaN) : Number.NaN);
    p.itl.push(f.valid ? (baseValue(r, "inter_token_latency") ?? Number.NaN) : Number.NaN);
    if (good !== undefined) p.sloMask.push(f.valid ? good.passMask(r) : -1);
    if (curve !== undefined) p.sloValue.push(f.valid ? curve.value(r) : Number.NaN);
  }
  return p;
}

/** A record's end for windows: its end, else its start. */
function endOrStart(p: Pass, i: number): bigint {
  return ((p.flags.buf[i] as number) & HAS_END) !== 0 ? p.ends.at(i) : p.starts.at(i);
}

/** A naive ISO time at µs resolution (read back as UTC by the parser's window code). */
function naiveIso(us: bigint): string {
  const ms = Number(us / 1000n);
  const frac = (us % 1_000_000n).toString().padStart(6, "0");
  return `${new Date(ms).toISOString().slice(0, 19)}.${frac}`;
}

/** A stand-in summary whose start/end times give 0.12's throughputs the window [start, end] (µs resolution). */
function windowReference(startNs: bigint, endNs: bigint, inputConfig: unknown): Summary {
  const a = startNs / 1000n;
  const b = a + (endNs - startNs + 500n) / 1000n;
  const ref: Summary = {
    variant: "N",
    metrics: [],
    errorSummary: [],
    notes: [],
    startTime: naiveIso(a),
    endTime: naiveIso(b),
  };
  if (inputConfig !== undefined) ref.inputConfig = inputConfig;
  return ref;
}

/** The stand-in's notes are about the stand-in: drop them. */
function cleanNotes(s: Summary): Summary {
  s.notes = s.notes.filter((n) => !n.includes("reference summary"));
  return s;
}

function metricAvg(s: Summary, tag: string): number | undefined {
  return s.metrics.find((m) => m.tag === tag)?.stats.avg;
}

/** AIPerf's --goodput setting of a run: a `goodput` key anywhere in input_config, else cli_command. */
export function aiperfGoodputSpec(inputConfig: unknown): string | undefined {
  let found: string | undefined;
  let command: string | undefined;
  const visit = (v: unknown): void => {
    if (found !== undefined || v === null || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (k === "goodput" && x !== null && x !== undefined) {
        if (typeof x === "string") found = x;
        else if (typeof x === "object" && !Array.isArray(x))
          found = Object.entries(x)
            .map(([t, n]) => `${t}:${String(n)}`)
            .join(" ");
        if (found !== undefined) return;
      }
      if (k === "cli_command" && typeof x === "string") command = x;
      visit(x);
    }
  };
  visit(inputConfig);
  if (found !== undefined && found.trim() !== "") return found;
  const m = command === undefined ? null : /--goodput[ =](?:"([^"]*)"|'([^']*)'|(\S+))/.exec(command);
  return m === null ? undefined : (m[1] ?? m[2] ?? m[3]);
}

function sameSlos(a: readonly Slo[], b: readonly Slo[]): boolean {
  if (a.length !== b.length) return false;
  const key = (s: Slo): string => `${[...s.aliases].sort().join("|")}=${s.baseThreshold}`;
  const set = new Set(a.map(key));
  return b.every((s) => set.has(key(s)));
}

export async function analyzeRun(open: RecordOpener, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const slos = options.goodput === undefined ? undefined : parseGoodput(options.goodput);
  const curve = options.sloCurve === undefined ? undefined : new SloCurveCollector(options.sloCurve);
  const good = slos === undefined ? undefined : new GoodputCounter(slos);
  const includeWarmup = options.includeWarmup === true;
  const store = new SubsetSummarizer({
    ...(options.percentiles !== undefined ? { percentiles: options.percentiles } : {}),
    phases: ["profiling", "warmup"],
  });
  const p = await readPass(open, includeWarmup, store, good, curve);
  const notes: string[] = [];
  const n = p.flags.length;
  const version = detectRecordsVersion(p.keys);

  // SLOs on metrics the run lacks are usage mistakes (exit 2), named with what the run has.
  const asked = [...(slos ?? []), ...(curve === undefined ? [] : [{ tag: curve.tag, aliases: curve.aliases }])];
  for (const s of asked) {
    if (!s.aliases.some((t) => p.tags.has(t)))
      throw new AnalysisError(
        "unknown-metric",
        `the run has no ${s.tag} values (metrics present: ${[...p.tags].sort().join(", ")})`,
      );
  }

  const needsTimes = trims(options) || options.sliceDurationNs !== undefined || options.steadyState === true;
  if (needsTimes && p.noStartLine !== undefined)
    throw new AnalysisError(
      "data",
      `line ${p.noStartLine}: the record has no request_start_ns (timestamp_ns in run1), which trimming, time slices and steady state need`,
    );

  // Which records are analysed: phase, --skip-first (by start), then the trimming window.
  const keep = new Uint8Array(n);
  let warmupExcluded = 0;
  for (let i = 0; i < n; i++) {
    const f = p.flags.buf[i] as number;
    if (!includeWarmup && (f & WARMUP) !== 0) warmupExcluded++;
    else keep[i] = 1;
  }
  let skippedFirst = 0;
  const skip = options.skipFirst ?? 0;
  if (skip > 0) {
    const order = [...keep.keys()].filter((i) => keep[i] === 1);
    order.sort((a, b) => {
      const d = p.starts.at(a) - p.starts.at(b);
      return d < 0n ? -1 : d > 0n ? 1 : a - b;
    });
    for (const i of order.slice(0, skip)) {
      keep[i] = 0;
      skippedFirst++;
    }
  }
  const span = (): { first: bigint; last: bigint } | null => {
    let first: bigint | undefined;
    let last: bigint | undefined;
    for (let i = 0; i < n; i++) {
      if (keep[i] !== 1 || ((p.flags.buf[i] as number) & HAS_START) === 0) continue;
      const s = p.starts.at(i);
      const e = endOrStart(p, i);
      if (first === undefined || s < first) first = s;
      if (last === undefined || e > last) last = e;
    }
    return first === undefined || last === undefined ? null : { first, last };
  };
  let trimmed = 0;
  let window = span();
  const trimStart = options.trimStartNs ?? 0n;
  const trimEnd = options.trimEndNs ?? 0n;
  if (window !== null && (trimStart > 0n || trimEnd > 0n)) {
    const ws = window.first + trimStart;
    const we = window.last - trimEnd;
    if (we <= ws)
      throw new AnalysisError(
        "usage",
        `--trim-start and --trim-end leave nothing of the ${Number(window.last - window.first) / 1e9} s run`,
      );
    for (let i = 0; i < n; i++) {
      if (keep[i] !== 1) continue;
      if (p.starts.at(i) < ws || endOrStart(p, i) > we) {
        keep[i] = 0;
        trimmed++;
      }
    }
    window = span();
  }
  if (warmupExcluded > 0)
    notes.push(`${warmupExcluded} warmup record(s) excluded (pass --include-warmup to count them)`);

  // Slices and steady state, from the kept records' timestamps.
  const sliceNs = options.sliceDurationNs;
  const sliceOf = new Int32Array(n).fill(-1);
  let sliceCount = 0;
  if (sliceNs !== undefined && window !== null) {
    for (let i = 0; i < n; i++) {
      if (keep[i] !== 1) continue;
      const k = Number((p.starts.at(i) - window.first) / sliceNs);
      sliceOf[i] = k;
      sliceCount = Math.max(sliceCount, k + 1);
    }
  }
  const rel = (i: number): number => Number(p.starts.at(i) - (window?.first ?? 0n));
  const relEnd = (i: number): number => Number(p.ends.at(i) - (window?.first ?? 0n));
  const timed: number[] = [];
  for (let i = 0; i < n; i++)
    if (keep[i] === 1 && ((p.flags.buf[i] as number) & (HAS_START | HAS_END)) === (HAS_START | HAS_END)) timed.push(i);
  const starts = Float64Array.from(timed, rel);
  const ends = Float64Array.from(timed, relEnd);

  let ss: SteadyStateWindow | undefined;
  const inSteady = new Uint8Array(n);
  if (options.steadyState === true && window !== null) {
    const pick = (col: GrowableFloat64Array): Float64Array => Float64Array.from(timed, (i) => col.get(i));
    ss = detectSteadyState({
      starts,
      ends,
      latency: pick(p.latency),
      ttft: pick(p.ttft),
      outputTokens: pick(p.osl),
    });
    for (const i of timed) if (rel(i) >= ss.start && relEnd(i) <= ss.end) inSteady[i] = 1;
  }

  // The summaries, goodput and the curve over the kept records, from the one read.
  const inputConfig = options.reference?.inputConfig;
  // Nothing left out but what AIPerf leaves out: its summary (and its 0.12 window) applies as is.
  const untouched = !trims(options) && !(includeWarmup && p.warmup > 0);
  const windowed = (a: bigint, b: bigint): Summary | undefined =>
    version === "0.12" ? windowReference(a, b, inputConfig) : undefined;
  const summaryOf = (rows: ArrayLike<number>, reference: Summary | undefined): Summary =>
    cleanNotes(store.summary(rows, reference === undefined ? { version } : { version, reference }));
  const kept: number[] = [];
  let valid = 0;
  let errors = 0;
  for (let i = 0; i < n; i++) {
    if (keep[i] !== 1) continue;
    kept.push(i);
    if (((p.flags.buf[i] as number) & VALID) !== 0) valid++;
    else errors++;
    if (good !== undefined) good.addOutcome(p.sloMask.get(i));
    if (curve !== undefined && ((p.flags.buf[i] as number) & VALID) !== 0) curve.addValid(p.sloValue.get(i));
  }
  const summary = summaryOf(
    kept,
    untouched && options.reference !== undefined
      ? options.reference
      : window !== null
        ? windowed(window.first, window.last)
        : undefined,
  );
  if (!untouched || options.reference === undefined) {
    if (inputConfig !== undefined) summary.inputConfig = inputConfig;
  }
  const result: AnalyzeResult = {
    version,
    counts: { records: n, warmupExcluded, skippedFirst, trimmed, analyzed: valid + errors, valid, errors },
    window: window === null ? null : { startNs: window.first, endNs: window.last },
    summary,
    loadShape: timed.length > 0 ? loadShape(starts, ends, configuredConcurrency(inputConfig)) : null,
    notes,
  };
  const untimed = valid + errors - timed.length;
  if (untimed > 0) notes.push(`${untimed} record(s) without a request end are left out of the load shape`);

  if (good !== undefined && slos !== undefined) {
    const g: GoodputResult & { aiperf?: AiperfGoodput } = good.result(metricAvg(summary, "benchmark_duration"));
    const spec = aiperfGoodputSpec(options.reference?.inputConfig);
    const ref = options.reference;
    if (spec !== undefined && ref !== undefined) {
      const theirs = (() => {
        try {
          return parseGoodput(spec);
        } catch {
          return undefined;
        }
      })();
      const count = metricAvg(ref, "good_request_count") ?? null;
      const gp = metricAvg(ref, "goodput") ?? null;
      const same = theirs !== undefined && sameSlos(slos, theirs) && untouched;
      g.aiperf = {
        slos: spec,
        goodRequestCount: count,
        goodput: gp,
        matches: !same
          ? null
          : count === g.goodRequestCount &&
            (gp === null || (g.goodput !== null && Math.abs(gp - g.goodput) <= 1e-12 * Math.abs(gp))),
      };
    }
    result.goodput = g;
  }
  if (slos === undefined) {
    const spec = aiperfGoodputSpec(options.reference?.inputConfig);
    if (spec !== undefined)
      notes.push(`AIPerf ran with --goodput "${spec}": pass the same SLOs to compare its good_request_count with ours`);
  }
  if (curve !== undefined) result.sloCurve = curve.curve();

  if (sliceNs !== undefined && window !== null) {
    const sliceStart = (k: number): bigint => window.first + BigInt(k) * sliceNs;
    const sliceEnd = (k: number): bigint => (k === sliceCount - 1 ? window.last : sliceStart(k + 1));
    // The kept records of each slice, in read order (one bucket pass).
    const offsets = new Int32Array(sliceCount + 1);
    for (const i of kept) {
      const k = (sliceOf[i] as number) + 1;
      offsets[k] = (offsets[k] as number) + 1;
    }
    for (let k = 0; k < sliceCount; k++) offsets[k + 1] = (offsets[k + 1] as number) + (offsets[k] as number);
    const members = new Int32Array(kept.length);
    const fill = offsets.slice(0, sliceCount);
    for (const i of kept) {
      const k = sliceOf[i] as number;
      members[fill[k] as number] = i;
      fill[k] = (fill[k] as number) + 1;
    }
    const used: number[] = [];
    for (let k = 0; k < sliceCount; k++) if ((offsets[k + 1] as number) > (offsets[k] as number)) used.push(k);
    const load = inFlightPerSlice(
      starts,
      ends,
      used.map((k) => [Number(sliceStart(k) - window.first), Number(sliceEnd(k) - window.first)]),
    );
    result.sliceDurationNs = sliceNs;
    result.slices = used.map((k, j) => {
      const rows = members.subarray(offsets[k] as number, offsets[k + 1] as number);
      let tokens = 0;
      for (const i of rows) {
        const o = p.osl.get(i);
        if (!Number.isNaN(o)) tokens += o;
      }
      const a = sliceStart(k);
      const b = sliceEnd(k);
      const sec = Number(b - a) / 1e9;
      return {
        index: k,
        startNs: a,
        endNs: b,
        complete: k !== sliceCount - 1,
        requests: rows.length,
        summary: summaryOf(rows, windowed(a, b)),
        load: {
          ...(load[j] as { meanInFlight: number; maxInFlight: number }),
          requestsPerSec: sec > 0 ? rows.length / sec : 0,
          outputTokensPerSec: sec > 0 ? tokens / sec : 0,
        },
      };
    });
  }

  if (ss !== undefined && window !== null) {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (inSteady[i] === 1) rows.push(i);
    const steady = summaryOf(
      rows,
      windowed(window.first + BigInt(Math.round(ss.start)), window.first + BigInt(Math.round(ss.end))),
    );
    result.steadyState = {
      ...steadyResult(ss, window.first, timed.length, steady, p, timed, inSteady),
      intervals: steadyIntervals(steady, p, rows, options.bootstrap ?? {}),
    };
  }
  return result;
}

/**
 * Time-weighted mean and peak of in-flight requests within each window [a, b) (ns offsets, ascending and
 * disjoint), in one sweep: the level at a, then the changes strictly inside, in time order (ends first).
 */
function inFlightPerSlice(
  starts: Float64Array,
  ends: Float64Array,
  windows: [number, number][],
): { meanInFlight: number; maxInFlight: number }[] {
  const times = new Float64Array(starts.length + ends.length);
  times.set(starts);
  times.set(ends, starts.length);
  // Event k: a start when k < starts.length; sorted by time, ends (-1) before starts (+1).
  const order = Uint32Array.from(times, (_, k) => k);
  const delta = (k: number): number => (k < starts.length ? 1 : -1);
  order.sort((x, y) => (times[x] as number) - (times[y] as number) || delta(x) - delta(y));
  const out: { meanInFlight: number; maxInFlight: number }[] = [];
  let e = 0;
  let level = 0;
  for (const [a, b] of windows) {
    // Every event at or before a: the level at a (a request starting at a is in flight; one ending at a is not).
    while (e < order.length && (times[order[e] as number] as number) <= a) level += delta(order[e++] as number);
    let t = a;
    let area = 0;
    let inside = level;
    let max = inside;
    let f = e;
    for (; f < order.length && (times[order[f] as number] as number) < b; f++) {
      const k = order[f] as number;
      const at = times[k] as number;
      area += inside * (at - t);
      t = at;
      inside += delta(k);
      max = Math.max(max, inside);
    }
    area += inside * (b - t);
    out.push({ meanInFlight: b > a ? area / (b - a) : 0, maxInFlight: max });
  }
  return out;
}

function configuredConcurrency(inputConfig: unknown): number | undefined {
  if (inputConfig === null || typeof inputConfig !== "object") return undefined;
  const loadgen = (inputConfig as Record<string, unknown>).loadgen;
  if (loadgen === null || typeof loadgen !== "object") return undefined;
  const c = (loadgen as Record<string, unknown>).concurrency;
  return typeof c === "number" ? c : undefined;
}

/** Intervals of request latency, TTFT and ITL in the window, under the tag the summary uses. */
function steadyIntervals(summary: Summary, p: Pass, rows: number[], o: BootstrapOptions): SteadyStateIntervals {
  const metrics: MetricIntervals[] = [];
  const columns: [string[], GrowableFloat64Array][] = [
    [["request_latency"], p.latency],
    [["time_to_first_token", "ttft"], p.ttft],
    [["inter_token_latency"], p.itl],
  ];
  for (const [tags, col] of columns) {
    const m = summary.metrics.find((x) => tags.includes(x.tag) && x.carriedOver !== true);
    if (m === undefined) continue;
    const values = new GrowableFloat64Array(rows.length);
    for (const i of rows) {
      const v = col.get(i);
      if (!Number.isNaN(v)) values.push(v);
    }
    const stats = m.stats as Record<string, number | undefined>;
    const mi = metricIntervals(m.tag, values.toFloat64Array(), (stat) => stats[stat], o);
    if (mi !== undefined) metrics.push(mi);
  }
  return {
    confidence: o.confidence ?? INTERVAL_DEFAULTS.confidence,
    resamples: o.resamples ?? INTERVAL_DEFAULTS.resamples,
    seed: o.seed ?? INTERVAL_DEFAULTS.seed,
    metrics,
  };
}

function steadyResult(
  ss: SteadyStateWindow,
  t0: bigint,
  total: number,
  summary: Summary,
  p: Pass,
  timed: number[],
  inSteady: Uint8Array,
): Omit<SteadyStateResult, "intervals"> {
  const abs = (x: number | null): bigint | null => (x === null ? null : t0 + BigInt(Math.round(x)));
  const inWindow = timed.filter((i) => inSteady[i] === 1);
  const kept = inWindow.length;
  // Stationarity: Spearman trend of 10 batch means of in-window latencies ordered by start.
  const lat = inWindow
    .filter((i) => !Number.isNaN(p.latency.get(i)))
    .sort((a, b) => {
      const d = p.starts.at(a) - p.starts.at(b);
      return d < 0n ? -1 : d > 0n ? 1 : a - b;
    })
    .map((i) => p.latency.get(i));
  let rho: number | null = null;
  let pValue: number | null = null;
  if (lat.length >= 10) {
    const size = Math.floor(lat.length / 10);
    const means = Array.from(
      { length: 10 },
      (_, b) => lat.slice(b * size, (b + 1) * size).reduce((x, y) => x + y, 0) / size,
    );
    const t = spearmanTrend(means);
    if (!Number.isNaN(t.rho)) {
      rho = t.rho;
      pValue = t.p;
    }
  }
  const p99 = Math.floor(kept * 0.01);
  const sig = (w: { rampUpEnd: number | null; rampDownStart: number | null }) => ({
    rampUpEndNs: abs(w.rampUpEnd),
    rampDownStartNs: abs(w.rampDownStart),
  });
  return {
    method: ss.method,
    rampUpEndNs: abs(ss.start) as bigint,
    rampDownStartNs: abs(ss.end) as bigint,
    durationNs: BigInt(Math.round(ss.end - ss.start)),
    totalRequests: total,
    steadyStateRequests: kept,
    fractionRetained: total === 0 ? 0 : kept / total,
    varianceInflationFactor: kept === 0 ? null : total / kept,
    effectiveP99SampleSize: p99,
    sampleSizeWarning: p99 < 10,
    trendCorrelation: rho,
    trendPValue: pValue,
    stationarityWarning: rho !== null && pValue !== null && Math.abs(rho) > 0.65 && pValue < 0.05,
    signals: {
      cusum: sig(ss.cusum),
      mser5_latency: sig(ss.mser5Latency),
      mser5_ttft: sig(ss.mser5Ttft),
      cusum_throughput: sig(ss.cusumThroughput),
    },
    summary: cleanNotes(summary),
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const nsText = (v: bigint | null): string | null => (v === null ? null : v.toString());
const finite = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : v);

function metricsJson(s: Summary): Json[] {
  return s.metrics.map((m) => {
    const stats: Record<string, number> = {};
    for (const [k, v] of Object.entries(m.stats)) if (v !== undefined && Number.isFinite(v)) stats[k] = v;
    return { tag: m.tag, header: m.header, unit: m.unit, stats };
  });
}

/** The plain-JSON form of a result (schemas/analyze-result.schema.json): ns as decimal strings, no bigint. */
export function analyzeJson(r: AnalyzeResult): Json {
  const out: { [k: string]: Json } = {
    schemaVersion: "1.0",
    kind: "analyze",
    recordsVersion: r.version,
    counts: { ...r.counts },
    window:
      r.window === null
        ? null
        : {
            startNs: r.window.startNs.toString(),
            endNs: r.window.endNs.toString(),
            durationSec: Number(r.window.endNs - r.window.startNs) / 1e9,
          },
    metrics: metricsJson(r.summary),
  };
  if (r.goodput !== undefined) {
    const g = r.goodput;
    const gj: { [k: string]: Json } = {
      slos: g.slos.map((s) => ({ ...s })),
      validRequests: g.validRequests,
      goodRequestCount: g.goodRequestCount,
      goodput: g.goodput,
      attainmentPct: g.attainmentPct,
      goodRequestFraction: g.goodRequestFraction,
    };
    if (g.aiperf !== undefined) gj.aiperf = { ...g.aiperf };
    out.goodput = gj;
  }
  if (r.sloCurve !== undefined) out.sloCurve = { ...r.sloCurve, points: r.sloCurve.points.map((p) => ({ ...p })) };
  if (r.slices !== undefined)
    out.timeslices = {
      sliceDurationNs: (r.sliceDurationNs ?? 0n).toString(),
      slices: r.slices.map((s) => ({
        index: s.index,
        startNs: s.startNs.toString(),
        endNs: s.endNs.toString(),
        complete: s.complete,
        requests: s.requests,
        load: { ...s.load },
        metrics: metricsJson(s.summary),
      })),
    };
  if (r.steadyState !== undefined) {
    const s = r.steadyState;
    const signals: { [k: string]: Json } = {};
    for (const [k, w] of Object.entries(s.signals))
      signals[k] = { rampUpEndNs: nsText(w.rampUpEndNs), rampDownStartNs: nsText(w.rampDownStartNs) };
    out.steadyState = {
      method: s.method,
      rampUpEndNs: s.rampUpEndNs.toString(),
      rampDownStartNs: s.rampDownStartNs.toString(),
      durationNs: s.durationNs.toString(),
      totalRequests: s.totalRequests,
      steadyStateRequests: s.steadyStateRequests,
      fractionRetained: s.fractionRetained,
      varianceInflationFactor: finite(s.varianceInflationFactor),
      effectiveP99SampleSize: s.effectiveP99SampleSize,
      sampleSizeWarning: s.sampleSizeWarning,
      trendCorrelation: finite(s.trendCorrelation),
      trendPValue: finite(s.trendPValue),
      stationarityWarning: s.stationarityWarning,
      signals,
      metrics: metricsJson(s.summary),
      intervals: {
        confidence: s.intervals.confidence,
        resamples: s.intervals.resamples,
        seed: s.intervals.seed,
        metrics: s.intervals.metrics.map((m) => ({
          tag: m.tag,
          unit: m.unit,
          count: m.count,
          stats: m.stats.map((x) => ({ ...x })),
        })),
      },
    };
  }
  out.loadShape =
    r.loadShape === null ? null : { ...r.loadShape, timeline: r.loadShape.timeline.map(([t, l]) => [t, l]) };
  out.notes = [...r.notes, ...r.summary.notes];
  return out;
}
