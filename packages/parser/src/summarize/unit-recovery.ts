// Unit recovery: the file holds display values (ms, ...); statistics run on the
// base values AIPerf computed them from (ns, ...), recovered exactly where the
// display value allows it (facts F8). What cannot be recovered is counted.
import { interTokenLatencyNs, recoverBase } from "./base-values.js";
import { metricInfo } from "./metric-defs.js";
import type { MetricInfo } from "./metric-defs.js";

/** Base-value marker of a list metric (already written to its column). */
export const LIST = Symbol("list");
/** Base-unit value of every metric of one record, by tag. */
export type Base = Map<string, number | typeof LIST>;

export class UnitRecovery {
  /** Tag -> number of values whose base value could not be recovered exactly. */
  readonly inexact = new Map<string, number>();
  /** Tag -> unit found in the file that the catalog cannot convert from. */
  readonly unitMismatch = new Map<string, string>();
  /** metricInfo(tag, "L") without building its cache key per lookup. */
  private readonly infos = new Map<string, MetricInfo | null>();

  info(tag: string): MetricInfo | undefined {
    let info = this.infos.get(tag);
    if (info === undefined) {
      info = metricInfo(tag, "L") ?? null;
      this.infos.set(tag, info);
    }
    return info ?? undefined;
  }

  /** ITL is a float: recomputed from the integer latencies when that reproduces the file's value. */
  interTokenLatency(base: Base, file: { value: unknown; unit: string }): number {
    const ttft = base.get("time_to_first_token") ?? base.get("ttft");
    const lat = base.get("request_latency");
    const osl = base.get("output_sequence_length");
    const display = file.value as number;
    if (typeof ttft === "number" && typeof lat === "number" && typeof osl === "number" && file.unit === "ms") {
      const itl = interTokenLatencyNs(lat, ttft, osl);
      if (itl !== undefined && itl * (this.info("inter_token_latency")?.ratio ?? 1e-6) === display) return itl;
    }
    return this.toBase("inter_token_latency", file.unit, display);
  }

  /** convert() of one value, without the array and scratch round trip (once per scalar metric per record). */
  toBase(tag: string, fileUnit: string, v: number): number {
    const info = this.converting(tag, fileUnit);
    if (info === undefined) return v;
    const r = recoverBase(v, info.ratio, info.numberType);
    if (!r.exact) this.inexact.set(tag, (this.inexact.get(tag) ?? 0) + 1);
    return r.value;
  }

  /** The catalogue entry when values in `fileUnit` convert to base units; else undefined (used as written). */
  private converting(tag: string, fileUnit: string): MetricInfo | undefined {
    const info = this.info(tag);
    if (info === undefined || fileUnit === info.unit || fileUnit !== info.displayUnit) {
      if (info !== undefined && fileUnit !== info.unit) this.unitMismatch.set(tag, fileUnit);
      return undefined;
    }
    return info;
  }

  /** Base values of one metric's display values into out[off...] (one catalogue lookup per record, not per value). */
  convert(tag: string, fileUnit: string, vs: ArrayLike<number>, out: Float64Array, off: number): void {
    const n = vs.length;
    const info = this.converting(tag, fileUnit);
    if (info === undefined) {
      for (let k = 0; k < n; k++) out[off + k] = vs[k] as number;
      return;
    }
    const { ratio, numberType } = info;
    let inexact = 0;
    if (numberType === "int" && ratio !== 1) {
      // recoverBase's integer rule, inlined for the long lists.
      for (let k = 0; k < n; k++) {
        const v = vs[k] as number;
        const q = v / ratio;
        const r = Math.round(q) + 0; // integer ns: -0.0 ms is +0 ns (facts F21)
        if (r * ratio === v) out[off + k] = r;
        else {
          out[off + k] = q;
          inexact++;
        }
      }
    } else {
      for (let k = 0; k < n; k++) {
        const r = recoverBase(vs[k] as number, ratio, numberType);
        out[off + k] = r.value;
        if (!r.exact) inexact++;
      }
    }
    if (inexact > 0) this.inexact.set(tag, (this.inexact.get(tag) ?? 0) + inexact);
  }
}
