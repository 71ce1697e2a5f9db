// Seeded random numbers for the bootstrap: pure-rand's xoroshiro128+ for uniforms, and the
// textbook samplers built on it (normal: Marsaglia's polar method; gamma: Marsaglia & Tsang 2000;
// beta: a ratio of gammas). Same seed, same sequence, on every platform.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * 32-bit FNV-1a of a string: turns (seed, metric, statistic, side) into a generator seed.
 * @internal Exported for its tests only.
 */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export class Random {
  private readonly rng: ReturnType<typeof xoroshiro128plus>;
  private spare = Number.NaN;

  constructor(seed: number | string) {
    this.rng = xoroshiro128plus(typeof seed === "string" ? hashSeed(seed) : seed | 0);
  }

  /** Uniform on [0, 1), 53 random bits. */
  uniform(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform on (0, 1]: safe under log() and pow(). */
  uniformOpenZero(): number {
    return 1 - uniformFloat64(this.rng);
  }

  /** Standard normal (polar method; the second value of each pair is kept for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = Number.NaN;
      return s;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    return u * f;
  }

  /** Gamma(shape, 1). Marsaglia & Tsang for shape >= 1; shape < 1 via Gamma(shape + 1) * U^(1/shape). */
  gamma(shape: number): number {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
    if (shape < 1) return this.gamma(shape + 1) * this.uniformOpenZero() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniformOpenZero();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }
}
