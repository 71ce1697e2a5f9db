// Per-request values of each record metric, gathered while the parser summarizes the same
// records (one read). Values stay in the records' units (the display units the summary shows), in
// Float64Arrays: a 100k-record run costs a few MB here, besides what the summarizer keeps.
import { getMetric } from "@aiperf/core";
import { GrowableFloat64Array, recordPhase, summarize } from "@aiperf/parser";
import type { ParsedRecord, Summary, SummarizeOptions } from "@aiperf/parser";

export interface MetricSamples {
  tag: string;
  /** Unit of the values, as the records write it. */
  unit: string;
  /** A list metric (inter_chunk_latency): `values` holds each request's mean of its list. */
  list: boolean;
  /** One value per request that carries the metric. */
  values: Float64Array;
  /** List metrics: each request's sum and number of values (the summary's mean is sum(sums) / sum(counts)). */
  sums?: Float64Array;
  counts?: Float64Array;
}

export interface RecordSamples {
  metrics: Map<string, MetricSamples>;
  /** Counted records (benchmark phases as summarized), and how many of them are errors. */
  records: number;
  errors: number;
  /** "rust engine" when the records carry its markers, "python" when they carry a record processor id. */
  producer: string | null;
  /** Most requests in flight at once (from each valid record's start and end), null without timestamps. */
  peakConcurrency: number | null;
}

interface Column {
  unit: string;
  values: GrowableFloat64Array;
  sums?: GrowableFloat64Array;
  counts?: GrowableFloat64Array;
}

/** Collects per-request values record by record; finish() once. */
export class RecordSampler {
  private readonly columns = new Map<string, Column>();
  private readonly phases: ReadonlySet<string>;
  private records = 0;
  private errors = 0;
  private producer: string | null = null;
  private t0: bigint | undefined;
  private readonly starts = new GrowableFloat64Array();
  private readonly ends = new GrowableFloat64Array();

  constructor(phases: readonly string[] = ["profiling"]) {
    this.phases = new Set(phases);
  }

  add(record: ParsedRecord): void {
    const phase = recordPhase(record);
    if (phase !== undefined && !this.phases.has(phase)) return;
    this.records++;
    if (record.error !== null) this.errors++;
    const md = record.metadata;
    if (md.record_processor_id === "aiperf runner" || md.worker_id === "rust-0") this.producer = "rust engine";
    else if (this.producer === null && typeof md.record_processor_id === "string") this.producer = "python";
    for (const tag in record.metrics) {
      if (getMetric(tag)?.kind === "aggregate") continue;
      const mv = record.metrics[tag];
      if (mv !== undefined) this.push(tag, mv.unit, mv.value);
    }
    if (record.error === null) this.span(record);
  }

  private column(tag: string, unit: string, list: boolean): Column {
    let col = this.columns.get(tag);
    if (col === undefined) {
      col = { unit, values: new GrowableFloat64Array() };
      if (list) {
        col.sums = new GrowableFloat64Array();
        col.counts = new GrowableFloat64Array();
      }
      this.columns.set(tag, col);
    }
    return col;
  }

  private push(tag: string, unit: string, value: number | bigint | number[]): void {
    if (Array.isArray(value)) {
      if (value.length === 0) return;
      let s = 0;
      for (const v of value) s += v;
      const col = this.column(tag, unit, true);
      col.values.push(s / value.length);
      col.sums?.push(s);
      col.counts?.push(value.length);
    } else {
      const v = typeof value === "bigint" ? Number(value) : value;
      if (Number.isFinite(v)) this.column(tag, unit, false).values.push(v);
    }
  }

  /** Start and end of a valid request in ns, relative to the first start seen (exact enough as doubles). */
  private span(record: ParsedRecord): void {
    const md = record.metadata;
    const start = md.request_start_ns ?? md.timestamp_ns;
    if (start === undefined) return;
    let end: number | undefined;
    this.t0 ??= start;
    if (md.request_end_ns !== undefined) end = Number(md.request_end_ns - this.t0);
    else {
      const lat = record.metrics.request_latency;
      if (lat !== undefined && typeof lat.value === "number" && lat.unit === "ms")
        end = Number(start - this.t0) + lat.value * 1e6;
    }
    if (end === undefined) return;
    this.starts.push(Number(start - this.t0));
    this.ends.push(end);
  }

  private peakConcurrency(): number | null {
    const n = this.starts.length;
    if (n === 0) return null;
    const s = this.starts.toFloat64Array().sort();
    const e = this.ends.toFloat64Array().sort();
    let inFlight = 0;
    let peak = 0;
    let j = 0;
    for (let i = 0; i < n; i++) {
      // A request that ends exactly when another starts is not in flight with it.
      while (j < n && (e[j] as number) <= (s[i] as number)) {
        j++;
        inFlight--;
      }
      inFlight++;
      if (inFlight > peak) peak = inFlight;
    }
    return peak;
  }

  finish(): RecordSamples {
    const metrics = new Map<string, MetricSamples>();
    for (const [tag, col] of this.columns) {
      const m: MetricSamples = {
        tag,
        unit: col.unit,
        list: col.sums !== undefined,
        values: col.values.toFloat64Array(),
      };
      if (col.sums !== undefined && col.counts !== undefined) {
        m.sums = col.sums.toFloat64Array();
        m.counts = col.counts.toFloat64Array();
      }
      metrics.set(tag, m);
    }
    return {
      metrics,
      records: this.records,
      errors: this.errors,
      producer: this.producer,
      peakConcurrency: this.peakConcurrency(),
    };
  }
}

/** Passes every record through, handing it to the sampler on the way. */
export async function* tapRecords(
  records: AsyncIterable<ParsedRecord> | Iterable<ParsedRecord>,
  sampler: RecordSampler,
): AsyncGenerator<ParsedRecord> {
  for await (const r of records) {
    sampler.add(r);
    yield r;
  }
}

/** Summarizes the records (AIPerf's numbers, as @aiperf/parser computes them) and samples them, in one pass. */
export async function collectRun(
  records: AsyncIterable<ParsedRecord> | Iterable<ParsedRecord>,
  options: SummarizeOptions = {},
): Promise<{ summary: Summary; samples: RecordSamples }> {
  const sampler = new RecordSampler(options.phases);
  const summary = await summarize(tapRecords(records, sampler), options);
  return { summary, samples: sampler.finish() };
}
