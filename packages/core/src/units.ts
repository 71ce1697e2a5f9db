// Unit tags and AIPerf's conversion arithmetic (facts F7): a conversion multiplies by a
// ratio that is computed first as one float64 division, e.g. ns -> ms is value * (1000 / 1e9),
// which is not always the same double as value / 1e6.

export type UnitFamily = "time" | "size" | "generic" | "over-time" | "power" | "energy" | "temperature";

export interface UnitDefinition {
  tag: string;
  family: UnitFamily;
  /** time: units per second (ns 1e9, us 1e6, ms 1e3, sec 1). */
  perSecond?: number;
  /** size: bytes per unit, 1024-based. */
  numBytes?: number;
  /** power/energy: value of one unit in the family's base unit (W, J). */
  scale?: number;
  /** over-time: numerator, per-unit and optional second per-unit, e.g. tokens/sec/user. */
  parts?: { primary: string; per: string; third?: string };
}

const time = (tag: string, perSecond: number): UnitDefinition => ({
  tag,
  family: "time",
  perSecond,
});
const size = (tag: string, numBytes: number): UnitDefinition => ({ tag, family: "size", numBytes });
const generic = (tag: string): UnitDefinition => ({ tag, family: "generic" });
const scaled = (tag: string, family: "power" | "energy", scale: number): UnitDefinition => ({
  tag,
  family,
  scale,
});
const overTime = (tag: string): UnitDefinition => {
  const [primary = "", per = "", third] = tag.split("/");
  return {
    tag,
    family: "over-time",
    parts: third === undefined ? { primary, per } : { primary, per, third },
  };
};

const ALL: UnitDefinition[] = [
  time("ns", 1_000_000_000),
  time("us", 1_000_000),
  time("ms", 1_000),
  time("sec", 1),
  size("B", 1),
  size("KB", 1024),
  size("MB", 1024 ** 2),
  size("GB", 1024 ** 3),
  size("TB", 1024 ** 4),
  // R/O generic units, then the ones L added.
  ...["count", "requests", "tokens", "ratio", "user"].map(generic),
  ...["blocks", "errors", "image", "images", "%", "users", "video", "videos"].map(generic),
  ...["requests/sec", "tokens/sec", "tokens/sec/user"].map(overTime),
  ...["images/sec", "ms/image", "videos/sec", "ms/video", "MB/sec", "GB/sec"].map(overTime),
  // GPU telemetry (L).
  scaled("W", "power", 1),
  scaled("mW", "power", 0.001),
  scaled("J", "energy", 1),
  scaled("mJ", "energy", 0.001),
  scaled("MJ", "energy", 1_000_000),
  { tag: "°C", family: "temperature" },
];

export const units: Readonly<Record<string, UnitDefinition>> = Object.freeze(
  Object.fromEntries(ALL.map((u) => [u.tag, Object.freeze(u)])),
);

function unit(tag: string): UnitDefinition {
  const u = units[tag];
  if (!u) throw new Error(`unknown unit "${tag}"`);
  return u;
}

function incompatible(from: string, to: string): Error {
  return new Error(`cannot convert unit "${from}" to "${to}"`);
}

/** The factors AIPerf multiplies by, in order; one factor except for over-time units. */
function ratioChain(from: string, to: string): number[] {
  const a = unit(from);
  const b = unit(to);
  if (a.tag === b.tag) return [1];
  if (a.family !== b.family) throw incompatible(from, to);
  if (a.perSecond !== undefined && b.perSecond !== undefined) return [b.perSecond / a.perSecond];
  if (a.numBytes !== undefined && b.numBytes !== undefined) return [a.numBytes / b.numBytes];
  if (a.scale !== undefined && b.scale !== undefined) return [a.scale / b.scale];
  if (a.parts && b.parts) {
    // Numerator forwards, per-units backwards (x per sec = x/1000 per ms).
    const chain = [...ratioChain(a.parts.primary, b.parts.primary), ...ratioChain(b.parts.per, a.parts.per)];
    if ((a.parts.third === undefined) !== (b.parts.third === undefined)) throw incompatible(from, to);
    if (a.parts.third !== undefined && b.parts.third !== undefined) {
      chain.push(...ratioChain(b.parts.third, a.parts.third));
    }
    return chain;
  }
  throw incompatible(from, to);
}

/**
 * Factor that converts a value in `from` to `to`: ("ns","ms") is 1000/1e9 = 1e-6, ("sec","ms") 1000,
 * ("B","KB") 1/1024. Throws for unknown tags and incompatible pairs (e.g. "ms" to "tokens").
 */
export function unitRatio(from: string, to: string): number {
  return ratioChain(from, to).reduce((acc, r) => acc * r, 1);
}

/**
 * AIPerf's conversion: value * unitRatio(from, to). Over-time units apply their factors one by
 * one (numerator, then per-units), as AIPerf chains the part conversions.
 */
export function convertUnit(value: number, from: string, to: string): number {
  let out = value;
  for (const r of ratioChain(from, to)) out *= r;
  return out;
}
