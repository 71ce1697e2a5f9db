// Catalog facts the commands print, with a fallback for tags the catalog
// does not know (newer AIPerf metrics are kept, never dropped).
import { getMetric } from "@aiperf/core";
import type { MetricDefinition } from "@aiperf/core";

export function metricHeader(tag: string): string {
  return getMetric(tag)?.header ?? tag;
}

/** Python held a float: the metric is float-typed or was converted to its display unit. */
export function isFloatMetric(def: MetricDefinition | undefined): boolean | undefined {
  if (def === undefined) return undefined;
  return def.numberType === "float" || (def.displayUnit !== null && def.displayUnit !== def.unit);
}
