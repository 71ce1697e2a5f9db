// Whether Python held a metric value as a float: JSON 550 and 550.0 both
// parse to 550, so `inspect` decides from the catalog.
import type { MetricDefinition } from "@aiperf/core";

/** Float-typed, or converted to its display unit (ns -> ms gives floats); undefined for unknown tags. */
export function isFloatMetric(def: MetricDefinition | undefined): boolean | undefined {
  if (def === undefined) return undefined;
  return def.numberType === "float" || (def.displayUnit !== null && def.displayUnit !== def.unit);
}
