// The metric catalog (schemas/catalog/metrics.json, compiled into ./generated/catalog.ts).
import { catalogData } from "./generated/catalog.js";
import type { CatalogFormat, MetricDefinition, MetricDirection } from "./generated/types.js";
import { flagMask } from "./flags.js";
import { unitRatio } from "./units.js";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Every metric of AIPerf's registry in R, O and L (69 entries), including renamed-away tags such as ttft. */
export const metrics: readonly MetricDefinition[] = deepFreeze(catalogData.map((d) => structuredClone(d)));

const byTag = new Map(metrics.map((m) => [m.tag, m]));

/** Definition of a tag, or undefined for tags the catalog does not know (e.g. newer AIPerf metrics). */
export function getMetric(tag: string): MetricDefinition | undefined {
  return byTag.get(tag);
}

/** Bitmask of the flags in effect in a format (default "L", the newest catalogued). */
export function metricFlags(def: MetricDefinition, format: CatalogFormat = "L"): number {
  const names = format === "L" ? def.flags : (def.flagsByFormat?.[format] ?? def.flags);
  return flagMask(names);
}

/** Console sort key in a format (default "L"); null sorts last. */
export function metricDisplayOrder(def: MetricDefinition, format: CatalogFormat = "L"): number | null {
  if (format === "R" && def.displayOrderByFormat?.R !== undefined) return def.displayOrderByFormat.R;
  return def.displayOrder;
}

/** Factor from base unit to display unit; 1 when displayUnit is null or equal to unit. */
export function displayRatio(def: MetricDefinition): number {
  return def.displayUnit === null || def.displayUnit === def.unit ? 1 : unitRatio(def.unit, def.displayUnit);
}

/**
 * Which way is better for a tag (schemas/metric-definition.schema.json states the rule); a renamed tag
 * has its successor's direction. Undefined for tags the catalog does not know.
 */
export function metricDirection(tag: string): MetricDirection | undefined {
  return byTag.get(tag)?.direction;
}

/**
 * Tags naming the same metric across AIPerf versions (renamedFrom/renamedTo, both ways), the tag itself first:
 * ttft -> [ttft, time_to_first_token].
 */
export function metricAliases(tag: string): string[] {
  const out = [tag];
  const visit = (t: string): void => {
    const def = byTag.get(t);
    for (const next of [def?.renamedTo, def?.renamedFrom]) {
      if (next !== undefined && !out.includes(next)) {
        out.push(next);
        visit(next);
      }
    }
  };
  visit(tag);
  return out;
}
