// Exact order statistics without sorting: the values at a few ranks of the
// ascending order of values spread over several arrays, found by radix
// selection on the 64-bit pattern (16 bits a pass, candidates collected and
// sorted once a bucket is small). O(n) per pass, no copy of the data, and the
// order is TypedArray#sort's: -0 before +0 (NaN must not occur).

const SIGN = 0x80000000;
/** A bucket at most this large is collected and sorted instead of histogrammed again. */
const COLLECT_MAX = 1 << 15;

interface Target {
  rank: number;
  value: number;
}

/** Targets that share the key prefix resolved so far (`digits` 16-bit digits of the sortable key). */
interface Group {
  digits: number[];
  count: number;
  targets: { t: Target; rank: number }[];
  hist?: Uint32Array;
  collected?: Float64Array;
  filled: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The double whose sortable key is (th, tl). */
function fromKey(th: number, tl: number): number {
  if ((th & SIGN) !== 0) {
    u32[1] = (th ^ SIGN) >>> 0;
    u32[0] = tl;
  } else {
    u32[1] = ~th >>> 0;
    u32[0] = ~tl >>> 0;
  }
  return f64[0] as number;
}

/** 16-bit digit `d` (0 = most significant) of the sortable key of (hi, lo) bits. */
function digitOf(th: number, tl: number, d: number): number {
  return d === 0 ? th >>> 16 : d === 1 ? th & 0xffff : d === 2 ? tl >>> 16 : tl & 0xffff;
}

function words(a: Float64Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
}

/** One pass over the data for the groups of the current level (all with `level` digits resolved). */
function pass(parts: readonly Float64Array[], groups: Group[], level: number): void {
  // Groups indexed by their first digit, so most values are rejected by one table read.
  const byFirst = new Int32Array(65536).fill(-1);
  const lists: Group[][] = [];
  for (const g of groups) {
    const d0 = level === 0 ? 0 : (g.digits[0] as number);
    let li = byFirst[d0] as number;
    if (li < 0) {
      li = lists.length;
      lists.push([]);
      byFirst[d0] = li;
    }
    (lists[li] as Group[]).push(g);
  }
  const root = level === 0 ? (groups[0] as Group) : undefined;
  for (const part of parts) {
    const w = words(part);
    for (let i = 0; i < w.length; i += 2) {
      const h = w[i + 1] as number;
      const l = w[i] as number;
      const neg = (h & SIGN) !== 0;
      const th = neg ? ~h >>> 0 : (h | SIGN) >>> 0;
      const tl = neg ? ~l >>> 0 : l;
      let g: Group | undefined = root;
      if (g === undefined) {
        const li = byFirst[th >>> 16] as number;
        if (li < 0) continue;
        for (const c of lists[li] as Group[]) {
          let ok = true;
          for (let d = 1; d < level; d++) if (digitOf(th, tl, d) !== c.digits[d]) ok = false;
          if (ok) {
            g = c;
            break;
          }
        }
        if (g === undefined) continue;
      }
      if (g.collected !== undefined) g.collected[g.filled++] = part[i >> 1] as number;
      else {
        const hist = g.hist as Uint32Array;
        const d = digitOf(th, tl, level);
        hist[d] = (hist[d] as number) + 1;
      }
    }
  }
}

/**
 * Adds to `into` the first 16-bit digit of the sortable keys of values
 * [start, end) of the array whose 32-bit words are `w`.
 */
export function countFirstDigits(w: Uint32Array, start: number, end: number, into: Uint32Array): void {
  for (let i = 2 * start + 1; i < 2 * end; i += 2) {
    const h = w[i] as number;
    const d = ((h & SIGN) !== 0 ? ~h : h | SIGN) >>> 16;
    into[d] = (into[d] as number) + 1;
  }
}

/**
 * Counts of the first 16-bit digit of the sortable keys of `parts`, added into
 * `into`: selectRanks' first pass, done ahead by the threads that hold the
 * values (their histograms add up).
 * @internal Exported for its tests only.
 */
export function firstDigitHistogram(parts: readonly Float64Array[], into = new Uint32Array(65536)): Uint32Array {
  for (const part of parts) countFirstDigits(words(part), 0, part.length, into);
  return into;
}

/**
 * The values at `ranks` (0-based, each < total length) of the ascending order of
 * all values in `parts`, in the order the ranks were given. `firstDigits`:
 * firstDigitHistogram(parts), when known, saves the first pass over the data.
 */
export function selectRanks(
  parts: readonly Float64Array[],
  ranks: readonly number[],
  firstDigits?: Uint32Array,
): number[] {
  let n = 0;
  for (const p of parts) n += p.length;
  if (firstDigits !== undefined && firstDigits.reduce((s, c) => s + c, 0) !== n)
    throw new RangeError("selectRanks: firstDigits does not count the values");
  const targets: Target[] = ranks.map((rank) => {
    if (!(rank >= 0 && rank < n && Number.isInteger(rank))) throw new RangeError(`rank ${rank} outside [0, ${n})`);
    return { rank, value: Number.NaN };
  });
  if (targets.length === 0) return [];
  if (n <= COLLECT_MAX) {
    // One small bucket: collected and sorted at once, without a pass's 64 Ki-entry table (many small columns).
    const all = new Float64Array(n);
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.length;
    }
    all.sort();
    return targets.map((t) => all[t.rank] as number);
  }
  let groups: Group[] = [{ digits: [], count: n, targets: targets.map((t) => ({ t, rank: t.rank })), filled: 0 }];
  for (let level = 0; groups.length > 0; level++) {
    // Level 0 is the one group of all values: its histogram may be given.
    const known = level === 0 && firstDigits !== undefined && n > COLLECT_MAX;
    for (const g of groups) {
      if (known) g.hist = firstDigits;
      else if (g.count <= COLLECT_MAX) g.collected = new Float64Array(g.count);
      else g.hist = new Uint32Array(65536);
    }
    if (!known) pass(parts, groups, level);
    const next: Group[] = [];
    for (const g of groups) {
      if (g.collected !== undefined) {
        g.collected.sort();
        for (const { t, rank } of g.targets) t.value = g.collected[rank] as number;
        continue;
      }
      const hist = g.hist as Uint32Array;
      const sub = new Map<number, Group>();
      for (const entry of g.targets) {
        let below = 0;
        let d = 0;
        while (below + (hist[d] as number) <= entry.rank) below += hist[d++] as number;
        let child = sub.get(d);
        if (child === undefined) {
          child = { digits: [...g.digits, d], count: hist[d] as number, targets: [], filled: 0 };
          sub.set(d, child);
        }
        child.targets.push({ t: entry.t, rank: entry.rank - below });
      }
      for (const child of sub.values()) {
        if (child.digits.length < 4) {
          next.push(child);
          continue;
        }
        // The whole 64-bit key is known: every value of the bucket is this one.
        const [a, b, c, e] = child.digits as [number, number, number, number];
        const v = fromKey(((a << 16) | b) >>> 0, ((c << 16) | e) >>> 0);
        for (const { t } of child.targets) t.value = v;
      }
    }
    groups = next;
  }
  return targets.map((t) => t.value);
}
