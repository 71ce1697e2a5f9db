// Steady-state window after AIPerf's method (facts F43): CUSUM on the concurrency step function,
// MSER-5 on request latency and TTFT (ordered by request start), CUSUM on output-token throughput;
// window = [latest ramp-up end, earliest ramp-down start], with AIPerf's fallbacks.
// Times are ns offsets from the run's first start (doubles: exact below 2^53 ns, about 104 days).

export interface SteadyStateInput {
  /** Per record with both timestamps, in any order: start and end offsets (ns). */
  starts: Float64Array;
  ends: Float64Array;
  /** Request latency and TTFT (any unit) per record, NaN when absent (error records). */
  latency: Float64Array;
  ttft: Float64Array;
  /** Output tokens per record, NaN when absent. */
  outputTokens: Float64Array;
  /** Minimum window as a share of the run (AIPerf's min_window_pct, default 10 %). */
  minWindowPct?: number;
}

interface SignalWindow {
  rampUpEnd: number | null;
  rampDownStart: number | null;
}

export interface SteadyStateWindow {
  method: string;
  /** Window [start, end] in ns offsets from the first start. */
  start: number;
  end: number;
  cusum: SignalWindow;
  mser5Latency: SignalWindow;
  mser5Ttft: SignalWindow;
  cusumThroughput: SignalWindow;
}

export interface Steps {
  /** Segment boundaries (length levels.length + 1). */
  times: number[];
  levels: number[];
}

/** Step function of the sum of per-record amounts over [start, end). */
export function steps(starts: Float64Array, ends: Float64Array, amount: (i: number) => number): Steps {
  const events: [number, number][] = [];
  for (let i = 0; i < starts.length; i++) {
    const a = amount(i);
    if (a === 0 || Number.isNaN(a)) continue;
    events.push([starts[i] as number, a], [ends[i] as number, -a]);
  }
  events.sort((x, y) => x[0] - y[0]);
  const times: number[] = [];
  const levels: number[] = [];
  let level = 0;
  for (let k = 0; k < events.length; ) {
    const t = (events[k] as [number, number])[0];
    while (k < events.length && (events[k] as [number, number])[0] === t) level += (events[k++] as [number, number])[1];
    if (times.length > 0 && times[times.length - 1] === t) levels[levels.length - 1] = level;
    else {
      times.push(t);
      levels.push(level);
    }
  }
  levels.pop(); // the level after the last event spans no time
  return { times, levels };
}

/**
 * CUSUM change point of a step function: the sum of (level - reference) * duration falls while the
 * level is below its reference and rises after; ramp-up end = where the forward sum is lowest over
 * the first half of the run, ramp-down start = the same from the right over the second half. The
 * reference is the time-weighted mean of the half scanned (our reading, facts F43: the spec's p95
 * target makes the sum fall through any noisy steady phase, so it never finds the change).
 */
function cusumWindow(s: Steps): SignalWindow {
  const n = s.levels.length;
  if (n === 0) return { rampUpEnd: null, rampDownStart: null };
  const first = s.times[0] as number;
  const last = s.times[n] as number;
  const mid = first + (last - first) / 2;
  const dur = (i: number): number => (s.times[i + 1] as number) - (s.times[i] as number);
  const lvl = (i: number): number => s.levels[i] as number;
  const meanOf = (from: number, to: number): number => {
    let area = 0;
    let time = 0;
    for (let i = from; i < to; i++) {
      area += lvl(i) * dur(i);
      time += dur(i);
    }
    return time > 0 ? area / time : 0;
  };
  let split = 0;
  while (split < n && (s.times[split] as number) < mid) split++;
  const upRef = meanOf(0, split);
  let sum = 0;
  let best = 0;
  let rampUpEnd = first;
  for (let i = 0; i < split; i++) {
    sum += (lvl(i) - upRef) * dur(i);
    if (sum < best) {
      best = sum;
      rampUpEnd = s.times[i + 1] as number;
    }
  }
  let lo = n;
  while (lo > 0 && (s.times[lo] as number) > mid) lo--;
  const downRef = meanOf(lo, n);
  sum = 0;
  best = 0;
  let rampDownStart = last;
  for (let i = n - 1; i >= lo; i--) {
    sum += (lvl(i) - downRef) * dur(i);
    if (sum < best) {
      best = sum;
      rampDownStart = s.times[i] as number;
    }
  }
  return { rampUpEnd, rampDownStart };
}

/**
 * MSER-5 truncation point in batches: d* minimising var(batch means after d) / (batches after d)
 * over d <= m/2, m = floor(n / 5) batches of 5. Population variance.
 */
export function mser5(values: ArrayLike<number>): number {
  const m = Math.floor(values.length / 5);
  const means = new Float64Array(m);
  for (let b = 0; b < m; b++) {
    let s = 0;
    for (let j = 0; j < 5; j++) s += values[b * 5 + j] as number;
    means[b] = s / 5;
  }
  // Suffix sums, from the last batch back to d = 0.
  let sum = 0;
  let sumSq = 0;
  let best = Number.POSITIVE_INFINITY;
  let dBest = 0;
  const stats = new Float64Array(m);
  for (let d = m - 1; d >= 0; d--) {
    const x = means[d] as number;
    sum += x;
    sumSq += x * x;
    const k = m - d;
    const mean = sum / k;
    stats[d] = Math.max(sumSq / k - mean * mean, 0) / k;
  }
  for (let d = 0; d <= Math.floor(m / 2); d++) {
    if ((stats[d] as number) < best) {
      best = stats[d] as number;
      dBest = d;
    }
  }
  return dBest;
}

const MSER_MIN_VALUES = 20;

/** MSER-5 forward and backward on a metric ordered by request start; null when < 20 values. */
function mserWindow(input: SteadyStateInput, order: number[], values: Float64Array): SignalWindow | null {
  const idx = order.filter((i) => !Number.isNaN(values[i] as number));
  if (idx.length < MSER_MIN_VALUES) return null;
  const series = idx.map((i) => values[i] as number);
  const d = mser5(series);
  const rampUpEnd = input.starts[idx[d * 5] as number] as number;
  const back = mser5(series.slice().reverse());
  const rampDownStart = back > 0 ? (input.ends[idx[idx.length - 1 - back * 5] as number] as number) : null;
  return { rampUpEnd, rampDownStart };
}

export function detectSteadyState(input: SteadyStateInput): SteadyStateWindow {
  const none: SignalWindow = { rampUpEnd: null, rampDownStart: null };
  const n = input.starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    first = Math.min(first, input.starts[i] as number);
    last = Math.max(last, input.ends[i] as number);
  }
  const base = { cusum: none, mser5Latency: none, mser5Ttft: none, cusumThroughput: none };
  if (n === 0) return { method: "empty", start: 0, end: 0, ...base };
  if (last <= first) return { method: "zero_duration", start: first, end: last, ...base };

  const names: string[] = [];
  const ups: number[] = [];
  const downs: number[] = [];
  const use = (name: string, w: SignalWindow): void => {
    names.push(name);
    if (w.rampUpEnd !== null) ups.push(w.rampUpEnd);
    if (w.rampDownStart !== null) downs.push(w.rampDownStart);
  };
  const cusum = cusumWindow(steps(input.starts, input.ends, () => 1));
  use("cusum", cusum);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (input.starts[a] as number) - (input.starts[b] as number) || a - b,
  );
  const lat = mserWindow(input, order, input.latency);
  if (lat !== null) use("mser5_latency", lat);
  const ttft = mserWindow(input, order, input.ttft);
  if (ttft !== null) use("mser5_ttft", ttft);
  const tput = steps(input.starts, input.ends, (i) => {
    const d = (input.ends[i] as number) - (input.starts[i] as number);
    return d > 0 ? ((input.outputTokens[i] as number) / d) * 1e9 : Number.NaN;
  });
  const thr = tput.levels.length > 0 ? cusumWindow(tput) : null;
  if (thr !== null) use("cusum_throughput", thr);

  const start = Math.max(first, ...ups);
  const end = Math.min(last, ...downs);
  const signals = {
    cusum,
    mser5Latency: lat ?? none,
    mser5Ttft: ttft ?? none,
    cusumThroughput: thr ?? none,
  };
  const minPct = input.minWindowPct ?? 10;
  if (end <= start) return { method: "fallback_no_overlap", start: first, end: last, ...signals };
  if (end - start < ((last - first) * minPct) / 100)
    return { method: "fallback_min_window", start: first, end: last, ...signals };
  return { method: names.join("_"), start, end, ...signals };
}

/** Spearman rank correlation of `y` against its index, with the two-sided p-value (t, n - 2 df). */
export function spearmanTrend(y: readonly number[]): { rho: number; p: number } {
  const n = y.length;
  const ranks = rank(y);
  const xr = Array.from({ length: n }, (_, i) => i + 1);
  const rho = pearson(xr, ranks);
  if (Math.abs(rho) >= 1) return { rho, p: 0 };
  const t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { rho, p: studentTwoSided(t, n - 2) };
}

function rank(y: readonly number[]): number[] {
  const idx = y.map((_, i) => i).sort((a, b) => (y[a] as number) - (y[b] as number));
  const out = new Array<number>(y.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && y[idx[j + 1] as number] === y[idx[i] as number]) j++;
    for (let k = i; k <= j; k++) out[idx[k] as number] = (i + j) / 2 + 1; // ties: average rank
    i = j + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** P(|T| >= |t|) for Student's t with `df` degrees of freedom: I_{df/(df+t^2)}(df/2, 1/2). */
function studentTwoSided(t: number, df: number): number {
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Regularized incomplete beta I_x(a, b) by its continued fraction (Numerical Recipes' betacf). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < 1e-300) d = 1e-300;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = 1 + aa / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = 1 + aa / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return (front * h) / a;
}

/** ln Γ(x), Lanczos (g = 7, n = 9). */
function lgamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const xx = x - 1;
  let a = g[0] as number;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += (g[i] as number) / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}
