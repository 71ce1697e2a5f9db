// What summarize needs to know about a tag: the core catalog, seen through the
// records' AIPerf version, plus the few released-0.12 metrics the catalog
// (R/O/L) does not list.
import { MetricFlag, displayRatio, getMetric, metricFlags, unitRatio } from "@aiperf/core";
import type { CatalogFormat, MetricDefinition } from "@aiperf/core";
import type { RecordsVersion } from "../model.js";

export interface MetricInfo {
  tag: string;
  header: string;
  /** Base unit the statistics are computed in. */
  unit: string;
  /** Unit of records and summaries. */
  displayUnit: string;
  /** Base -> display factor, multiplied as AIPerf does (1e-6 for ns -> ms). */
  ratio: number;
  kind: "record" | "aggregate" | "derived" | "unknown";
  valueType: "scalar" | "list";
  numberType: "int" | "float" | null;
  flags: number;
  def?: MetricDefinition;
}

export function catalogFormat(version: RecordsVersion): CatalogFormat {
  return version === "R" ? "R" : version === "O" ? "O" : "L";
}

function fromDef(def: MetricDefinition, format: CatalogFormat): MetricInfo {
  return {
    tag: def.tag,
    header: def.header,
    unit: def.unit,
    displayUnit: def.displayUnit ?? def.unit,
    ratio: displayRatio(def),
    kind: def.kind,
    valueType: def.valueType,
    numberType: def.numberType,
    flags: metricFlags(def, format),
    def,
  };
}

type Extra = Omit<MetricInfo, "def" | "ratio" | "flags"> & { flags: number };

// Metrics of released AIPerf 0.12 / N that the catalog does not list (facts F6, F13, F15).
const EXTRA: Extra[] = [
  {
    tag: "decode_duration",
    header: "Decode Duration",
    unit: "ns",
    displayUnit: "ms",
    kind: "record",
    valueType: "scalar",
    numberType: "int",
    flags: MetricFlag.STREAMING_ONLY | MetricFlag.PRODUCES_TOKENS_ONLY,
  },
  {
    tag: "credit_to_start_latency",
    header: "Credit to Start Latency",
    unit: "ms",
    displayUnit: "ms",
    kind: "derived",
    valueType: "scalar",
    numberType: "float",
    flags: MetricFlag.NO_CONSOLE,
  },
  {
    tag: "effective_latency",
    header: "Effective Latency",
    unit: "ms",
    displayUnit: "ms",
    kind: "derived",
    valueType: "scalar",
    numberType: "float",
    flags: MetricFlag.NO_CONSOLE,
  },
  {
    tag: "input_token_throughput",
    header: "Input Token Throughput",
    unit: "tokens/sec",
    displayUnit: "tokens/sec",
    kind: "derived",
    valueType: "scalar",
    numberType: "float",
    flags: MetricFlag.LARGER_IS_BETTER | MetricFlag.NO_CONSOLE,
  },
  // 0.10 prompt-cache usage (facts F22).
  {
    tag: "usage_prompt_cache_read_tokens",
    header: "Usage Prompt Cache Read Tokens",
    unit: "tokens",
    displayUnit: "tokens",
    kind: "record",
    valueType: "scalar",
    numberType: "int",
    flags: MetricFlag.NO_CONSOLE,
  },
  {
    tag: "total_usage_prompt_cache_read_tokens",
    header: "Total Usage Prompt Cache Read Tokens",
    unit: "tokens",
    displayUnit: "tokens",
    kind: "derived",
    valueType: "scalar",
    numberType: "int",
    flags: MetricFlag.NO_CONSOLE,
  },
  {
    tag: "overall_usage_prompt_cache_read_pct",
    header: "Overall Usage Prompt Cache Read",
    unit: "%",
    displayUnit: "%",
    kind: "derived",
    valueType: "scalar",
    numberType: "float",
    flags: MetricFlag.NO_CONSOLE,
  },
];

const cache = new Map<string, MetricInfo | null>();

/** The metric as the given version knows it; undefined for tags nobody catalogued. */
export function metricInfo(tag: string, version: RecordsVersion): MetricInfo | undefined {
  const format = catalogFormat(version);
  const key = `${format}:${tag}`;
  let info = cache.get(key);
  if (info === undefined) {
    const def = getMetric(tag);
    const extra = EXTRA.find((e) => e.tag === tag);
    if (def !== undefined) info = fromDef(def, format);
    else if (extra !== undefined)
      info = { ...extra, ratio: extra.unit === extra.displayUnit ? 1 : unitRatio(extra.unit, extra.displayUnit) };
    else info = null;
    cache.set(key, info);
  }
  return info ?? undefined;
}

/** JSON/CSV summaries drop INTERNAL and EXPERIMENTAL metrics (facts F6). */
export function isExported(info: MetricInfo | undefined): boolean {
  if (info === undefined) return true;
  return (info.flags & (MetricFlag.INTERNAL | MetricFlag.EXPERIMENTAL)) === 0;
}
