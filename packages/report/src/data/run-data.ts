// One streaming pass over a run's records -> the binned data of every chart:
// distributions (histogram + CDF) of a few record metrics, and per time slice
// the request and token throughput, in-flight requests, errors and the largest
// latency, plus a reproducible sample of requests for the latency scatter.
// Memory is bounded whatever the run's size. Exact statistics are the Summary's.
import { convertUnit, getMetric } from "@aiperf/core";
import type { ParsedRecord, RecordMetricValue } from "@aiperf/parser";
import { recordPhase, recordStartNs } from "@aiperf/parser";
import { type DistributionData, type DistributionOptions, LogHistogram } from "./log-histogram.js";
import { niceSteps } from "./nice.js";
import { Reservoir } from "./reservoir.js";
import { TimeBins } from "./time-bins.js";

/** A chart of one record metric; the first tag of `tags` a record has is used (tags were renamed over versions). */
export interface DistributionSpec {
  key: string;
  tags: readonly string[];
}

export const DISTRIBUTIONS: readonly DistributionSpec[] = [
  { key: "ttft", tags: ["time_to_first_token", "ttft"] },
  { key: "itl", tags: ["inter_token_latency"] },
  { key: "latency", tags: ["request_latency"] },
  { key: "osl", tags: ["output_sequence_length"] },
];

export interface DistributionResult {
  key: string;
  tag: string;
  unit: string;
  data: DistributionData;
}

export interface Timeline {
  /** Width of a slice in seconds. */
  sliceSeconds: number;
  /** Slice start, seconds since the first request started (may be slightly negative for the first slice). */
  t: number[];
  /** Valid requests completed per second of the slice. */
  requestThroughput: number[];
  /** Output tokens per second, each request's tokens spread over its first-token..end interval; null without token counts. */
  tokenThroughput: number[] | null;
  /** Mean number of requests in flight during the slice. */
  inFlight: number[];
  /** Error records per slice (at their end time, or start time when the end is unknown). */
  errors: number[];
  /** Largest request latency (ms) of the requests completed in the slice; null where none. */
  latencyMax: (number | null)[];
  /** A uniform sample of valid requests: completion time (s since the first start) and latency (ms), by time. */
  scatter: { t: number[]; latency: number[]; sampled: number; of: number };
  /** First request start to last request end, seconds. */
  durationSeconds: number;
  /** Time-weighted mean of requests in flight over the run. */
  meanInFlight: number;
}

export interface RunChartData {
  /** Records counted (their phase is counted, as in the summary). */
  records: number;
  valid: number;
  errors: number;
  /** Records of other phases (e.g. warmup), left out of every chart. */
  excludedByPhase: number;
  distributions: DistributionResult[];
  /** Null when no record has a timestamp. */
  timeline: Timeline | null;
  /** Every counted record has record_processor_id "aiperf runner": written by AIPerf's Rust engine. */
  rustEngine: boolean;
  /** What the charts leave out, and why; shown on the page. */
  notes: string[];
}

export interface RunDataOptions extends DistributionOptions {
  /** Benchmark phases that count (default ["profiling"], as in the summary). */
  phases?: string[];
  /** Most requests drawn in the latency scatter (default 3000). */
  scatterPoints?: number;
  /** Most time slices (default 150); a run with fewer requests gets fewer, about 2 x sqrt(requests). */
  maxSlices?: number;
}

const ONE_SEC_NS = 1e9;
const MS_PER_NS = 1e-6;
// Time-bins channels.
const DONE = 0;
const ERRORS = 1;
const TOKENS = 2;
const BUSY = 3;
const LAT_MAX = 4;

function scalar(v: RecordMetricValue | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v.value === "number") return v.value;
  if (typeof v.value === "bigint") return Number(v.value);
  return undefined;
}

function nsValue(v: RecordMetricValue | undefined): bigint | undefined {
  if (v === undefined || v.unit !== "ns") return undefined;
  if (typeof v.value === "bigint") return v.value;
  if (typeof v.value === "number" && Number.isSafeInteger(v.value)) return BigInt(v.value);
  return undefined;
}

/** A metric value in `to` units, undefined when absent, not a number or not convertible. */
function valueIn(v: RecordMetricValue | undefined, to: string): number | undefined {
  const x = scalar(v);
  if (x === undefined || v === undefined) return undefined;
  if (v.unit === to) return x;
  try {
    return convertUnit(x, v.unit, to);
  } catch {
    return undefined;
  }
}

class DistributionCollector {
  readonly histogram = new LogHistogram();
  unit: string | undefined;
  tag: string | undefined;
  unconvertible = 0;

  constructor(readonly spec: DistributionSpec) {}

  add(record: ParsedRecord): void {
    for (const tag of this.spec.tags) {
      const mv = record.metrics[tag];
      if (mv === undefined) continue;
      if (this.tag === undefined) {
        this.tag = tag;
        const def = getMetric(tag);
        this.unit = def?.displayUnit ?? def?.unit ?? mv.unit;
      }
      const x = valueIn(mv, this.unit as string);
      if (x === undefined) this.unconvertible++;
      else this.histogram.add(x);
      return;
    }
  }
}

export class RunDataCollector {
  private readonly phases: ReadonlySet<string>;
  private readonly dists: DistributionCollector[];
  private readonly bins = new TimeBins(["sum", "sum", "sum", "sum", "max"]);
  private readonly scatter: Reservoir<[number, number]>;
  private origin: bigint | undefined;
  private minStart: bigint | undefined;
  private maxEnd: bigint | undefined;
  private counted = 0;
  private valid = 0;
  private errors = 0;
  private excluded = 0;
  private untimed = 0;
  private unknownEnd = 0;
  private withTokens = 0;
  private rustMarked = 0;
  private finished = false;

  constructor(private readonly options: RunDataOptions = {}) {
    this.phases = new Set(options.phases ?? ["profiling"]);
    this.dists = DISTRIBUTIONS.map((spec) => new DistributionCollector(spec));
    this.scatter = new Reservoir(options.scatterPoints ?? 3000);
  }

  /** Adds one record; false when its phase is not counted (the summary leaves it out too). */
  add(record: ParsedRecord): boolean {
    if (this.finished) throw new Error("RunDataCollector: add() after finish()");
    const phase = recordPhase(record);
    if (phase !== undefined && !this.phases.has(phase)) {
      this.excluded++;
      return false;
    }
    this.counted++;
    const ok = record.error === null;
    if (ok) this.valid++;
    else this.errors++;
    if (record.metadata.record_processor_id === "aiperf runner") this.rustMarked++;
    if (ok) for (const d of this.dists) d.add(record);
    this.addTimes(record, ok);
    return true;
  }

  private addTimes(record: ParsedRecord, ok: boolean): void {
    const start = recordStartNs(record);
    if (start === undefined) {
      this.untimed++;
      return;
    }
    this.origin ??= start;
    if (this.minStart === undefined || start < this.minStart) this.minStart = start;
    const { metrics, metadata } = record;
    const latencyMs = valueIn(metrics.request_latency, "ms");
    let end =
      (typeof metadata.request_end_ns === "bigint" ? metadata.request_end_ns : undefined) ??
      nsValue(metrics.max_response_timestamp);
    if (end === undefined && latencyMs !== undefined) end = start + BigInt(Math.round(latencyMs / MS_PER_NS));
    if (end === undefined && typeof metadata.cancellation_time_ns === "bigint") end = metadata.cancellation_time_ns;
    if (end !== undefined && end < start) end = start;
    const last = end ?? start;
    if (this.maxEnd === undefined || last > this.maxEnd) this.maxEnd = last;
    if (end === undefined) this.unknownEnd++;

    const origin = this.origin;
    const s = Number(start - origin);
    const e = end === undefined ? s : Number(end - origin);
    const { bins } = this;
    if (end !== undefined) bins.addInterval(BUSY, s, e, e - s);
    if (!ok) {
      bins.addPoint(ERRORS, e);
      return;
    }
    bins.addPoint(DONE, e);
    const osl = scalar(metrics.output_sequence_length);
    if (osl !== undefined && Number.isFinite(osl)) {
      this.withTokens++;
      const ttftMs = valueIn(metrics.time_to_first_token ?? metrics.ttft, "ms");
      const first = ttftMs === undefined ? e : Math.min(e, s + ttftMs / MS_PER_NS);
      bins.addInterval(TOKENS, first, e, osl);
    }
    if (latencyMs !== undefined && Number.isFinite(latencyMs)) {
      bins.addMax(LAT_MAX, e, latencyMs);
      this.scatter.add([e, latencyMs]);
    }
  }

  finish(): RunChartData {
    this.finished = true;
    const notes: string[] = [];
    const distributions: DistributionResult[] = [];
    for (const d of this.dists) {
      const data = d.histogram.finish(this.options);
      if (d.unconvertible > 0 && d.tag !== undefined)
        notes.push(
          `${d.unconvertible} ${d.tag} values could not be read as numbers in ${d.unit}; they are not charted.`,
        );
      if (data !== null && d.tag !== undefined && d.unit !== undefined)
        distributions.push({ key: d.spec.key, tag: d.tag, unit: d.unit, data });
    }
    if (this.counted === 0) notes.push("The run has no records: there is nothing to chart.");
    else if (this.valid === 0) notes.push("The run has no valid records: only the errors are shown.");
    if (this.excluded > 0)
      notes.push(`${this.excluded} records of other benchmark phases (warmup) are left out, as in the summary.`);
    if (this.untimed > 0 && this.untimed < this.counted)
      notes.push(`${this.untimed} records have no start timestamp and are left out of the time charts.`);
    if (this.untimed > 0 && this.untimed === this.counted)
      notes.push("The records carry no timestamps, so the charts over time are left out.");
    if (this.unknownEnd > 0)
      notes.push(
        `${this.unknownEnd} records have no end time (e.g. cancelled before a response): they count at their start time and not as in flight.`,
      );
    return {
      records: this.counted,
      valid: this.valid,
      errors: this.errors,
      excludedByPhase: this.excluded,
      distributions,
      timeline: this.timeline(),
      rustEngine: this.counted > 0 && this.rustMarked === this.counted,
      notes,
    };
  }

  private timeline(): Timeline | null {
    const { origin, minStart, maxEnd } = this;
    if (origin === undefined || minStart === undefined || maxEnd === undefined) return null;
    const fine = this.bins.finish();
    const lead = Number(origin - minStart);
    const runEnd = Number(maxEnd - origin);
    const runStart = -lead;
    const spanNs = Math.max(runEnd - runStart, fine.widthNs);
    const timed = this.counted - this.untimed;
    const target = Math.max(1, Math.min(this.options.maxSlices ?? 150, Math.max(12, Math.ceil(2 * Math.sqrt(timed)))));
    const m = sliceFactor(spanNs / target, fine.widthNs);
    const sliceNs = m * fine.widthNs;
    const firstFine = Math.round(fine.startNs / fine.widthNs);
    const n0 = fine.channels[0]?.length ?? 0;
    // Slices start at the fine bucket holding the first request's start (at most one bucket early).
    const b0 = Math.floor(runStart / fine.widthNs);
    const s0 = Math.floor((firstFine - b0) / m);
    const s1 = Math.floor((firstFine + n0 - 1 - b0) / m);
    const count = Math.max(0, s1 - s0 + 1);
    const sum = () => new Float64Array(count);
    const done = sum();
    const errs = sum();
    const toks = sum();
    const busy = sum();
    const latMax = new Array<number | null>(count).fill(null);
    for (let k = 0; k < n0; k++) {
      const j = Math.floor((firstFine + k - b0) / m) - s0;
      done[j] = (done[j] as number) + (fine.channels[DONE]?.[k] as number);
      errs[j] = (errs[j] as number) + (fine.channels[ERRORS]?.[k] as number);
      toks[j] = (toks[j] as number) + (fine.channels[TOKENS]?.[k] as number);
      busy[j] = (busy[j] as number) + (fine.channels[BUSY]?.[k] as number);
      const lm = fine.channels[LAT_MAX]?.[k] as number;
      const cur = latMax[j];
      if (!Number.isNaN(lm) && (cur == null || lm > cur)) latMax[j] = lm;
    }
    const t: number[] = [];
    const requestThroughput: number[] = [];
    const tokenThroughput: number[] = [];
    const inFlight: number[] = [];
    for (let j = 0; j < count; j++) {
      const a = b0 * fine.widthNs + (s0 + j) * sliceNs;
      const b = a + sliceNs;
      // Rates over the part of the slice inside the run (the first and last slices are partial).
      const covered = Math.max(Math.min(b, runEnd) - Math.max(a, runStart), 0);
      const secs = covered > 0 ? covered / ONE_SEC_NS : sliceNs / ONE_SEC_NS;
      t.push((a + lead) / ONE_SEC_NS);
      requestThroughput.push((done[j] as number) / secs);
      tokenThroughput.push((toks[j] as number) / secs);
      inFlight.push((busy[j] as number) / (secs * ONE_SEC_NS));
    }
    const sample = this.scatter.sample().sort((p, q) => p[0] - q[0]);
    const busyTotal = busy.reduce((acc, x) => acc + x, 0);
    return {
      sliceSeconds: sliceNs / ONE_SEC_NS,
      t,
      requestThroughput,
      tokenThroughput: this.withTokens > 0 ? tokenThroughput : null,
      inFlight,
      errors: [...errs],
      latencyMax: latMax,
      scatter: {
        t: sample.map((p) => (p[0] + lead) / ONE_SEC_NS),
        latency: sample.map((p) => p[1]),
        sampled: sample.length,
        of: this.scatter.count,
      },
      durationSeconds: Number(maxEnd - minStart) / ONE_SEC_NS,
      meanInFlight: maxEnd > minStart ? busyTotal / Number(maxEnd - minStart) : 0,
    };
  }
}

/** Fine buckets per slice: the first nice slice length (1/2/5 x 10^k ns) that is a whole number of buckets. */
export function sliceFactor(targetNs: number, widthNs: number): number {
  if (!(targetNs > widthNs)) return 1;
  let tries = 0;
  for (const step of niceSteps(targetNs)) {
    const m = step / widthNs;
    if (Math.abs(m - Math.round(m)) < 1e-9 && Math.round(m) >= 1) return Math.round(m);
    if (++tries > 12) break;
  }
  return Math.ceil(targetNs / widthNs);
}
