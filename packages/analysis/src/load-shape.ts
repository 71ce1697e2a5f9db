// Load shape from the records' timestamps (facts F44): requests in flight over time (a step
// function of start/end), its peak and time-weighted mean, when the target concurrency was first
// reached (ramp-up) and when it was left for good (drain).
import { steps } from "./steady-state.js";

export interface LoadShape {
  /** Records with both timestamps that entered the shape. */
  requests: number;
  spanSec: number;
  maxInFlight: number;
  /** Time-weighted mean of in-flight requests over [first start, last end]. */
  meanInFlight: number;
  /** The configured concurrency (input_config) or, without one, the peak. */
  targetConcurrency: number;
  targetSource: "input_config" | "peak";
  /** Seconds from the first start until in-flight first reached the target; null if never. */
  rampUpSec: number | null;
  /** Seconds from the last moment at (or above) the target until the last end; null if never reached. */
  drainSec: number | null;
  /** In-flight requests over time: [seconds since first start, level] at each change. */
  timeline: [number, number][];
}

/** `starts`/`ends`: ns offsets from the first start. `timelinePoints` caps the timeline's length. */
export function loadShape(
  starts: Float64Array,
  ends: Float64Array,
  configured: number | undefined,
  timelinePoints = 2000,
): LoadShape {
  const s = steps(starts, ends, () => 1);
  const n = s.levels.length;
  const first = s.times[0] ?? 0;
  const last = s.times[n] ?? first;
  let max = 0;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const level = s.levels[i] as number;
    max = Math.max(max, level);
    area += level * ((s.times[i + 1] as number) - (s.times[i] as number));
  }
  const target = configured !== undefined && configured > 0 ? configured : max;
  let reached: number | null = null;
  let left: number | null = null;
  for (let i = 0; i < n; i++) {
    if ((s.levels[i] as number) >= target) {
      if (reached === null) reached = s.times[i] as number;
      left = s.times[i + 1] as number;
    }
  }
  const sec = (ns: number): number => ns / 1e9;
  const stride = Math.max(1, Math.ceil(n / timelinePoints));
  const timeline: [number, number][] = [];
  for (let i = 0; i < n; i += stride) timeline.push([sec((s.times[i] as number) - first), s.levels[i] as number]);
  if (n > 0) timeline.push([sec(last - first), 0]);
  return {
    requests: starts.length,
    spanSec: sec(last - first),
    maxInFlight: max,
    meanInFlight: last > first ? area / (last - first) : 0,
    targetConcurrency: target,
    targetSource: configured !== undefined && configured > 0 ? "input_config" : "peak",
    rampUpSec: reached === null ? null : sec(reached - first),
    drainSec: left === null ? null : sec(last - left),
    timeline,
  };
}
