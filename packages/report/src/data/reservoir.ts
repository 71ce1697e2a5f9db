// A uniform random sample of at most `size` items from a stream of unknown
// length (Vitter's algorithm R), reproducible: the same stream gives the same
// sample, so a report of the same run is the same file.

/** mulberry32: a small, fast, seedable generator of doubles in [0, 1). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Reservoir<T> {
  private readonly items: T[] = [];
  private seen = 0;
  private readonly random: () => number;

  constructor(
    private readonly size: number,
    seed = 1,
  ) {
    this.random = mulberry32(seed);
  }

  add(item: T): void {
    this.seen++;
    if (this.items.length < this.size) {
      this.items.push(item);
      return;
    }
    const j = Math.floor(this.random() * this.seen);
    if (j < this.size) this.items[j] = item;
  }

  /** Items offered so far. */
  get count(): number {
    return this.seen;
  }

  /** The sample (all items when fewer than `size` were offered), in no particular order. */
  sample(): T[] {
    return [...this.items];
  }
}
