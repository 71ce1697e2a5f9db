// The Pareto front of a sweep: runs that no other run beats on both latency
// (lower is better) and throughput (higher is better).

export interface SweepPoint {
  /** Latency-like value: lower is better. */
  latency: number;
  /** Throughput-like value: higher is better. */
  throughput: number;
}

/**
 * Indices of the points on the front, by increasing latency. A point is on the
 * front when no other point has latency <= and throughput >= with one of them
 * strictly better. Points with a non-finite coordinate are never on it.
 */
export function paretoFront(points: readonly SweepPoint[]): number[] {
  const candidates = points
    .map((p, i) => ({ ...p, i }))
    .filter((p) => Number.isFinite(p.latency) && Number.isFinite(p.throughput))
    // Ascending latency; on equal latency the higher throughput first, so it dominates the rest.
    .sort((a, b) => a.latency - b.latency || b.throughput - a.throughput || a.i - b.i);
  const front: number[] = [];
  let best = Number.NEGATIVE_INFINITY;
  let last: { latency: number; throughput: number } | undefined;
  for (const p of candidates) {
    if (p.throughput > best) {
      front.push(p.i);
      best = p.throughput;
      last = p;
    } else if (last !== undefined && p.latency === last.latency && p.throughput === last.throughput) {
      // An exact duplicate of a front point is not dominated either.
      front.push(p.i);
    }
  }
  return front;
}
