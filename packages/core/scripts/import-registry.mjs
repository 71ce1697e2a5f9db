#!/usr/bin/env node
// One-off import: turns the spec's registry (aiperf-metrics.json) into the catalog
// schemas/catalog/metrics.json. The catalog is the maintained source afterwards;
// run this again only when the spec's registry changes, then `npm run codegen`.
// Usage: node scripts/import-registry.mjs <aiperf-metrics.json> [out.json]
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [src, out = fileURLToPath(new URL("../../../schemas/catalog/metrics.json", import.meta.url))] =
  process.argv.slice(2);
if (!src) {
  console.error("usage: node scripts/import-registry.mjs <aiperf-metrics.json> [out.json]");
  process.exit(2);
}

const FORMAT = { "run1-2025-10-03": "R", "main-2025-10-10": "O", "main-2026-03-13": "L" };
// Not in the registry file as a field; facts F6: request_count.display_order 1000 -> 1100 in #325.
const DISPLAY_ORDER_R = { request_count: 1000 };

const registry = JSON.parse(readFileSync(src, "utf8"));
const flagList = (flags) => flags.filter((f) => f !== "NONE");
const renamedFrom = {};
for (const e of registry) {
  if (e.renamed_to) renamedFrom[e.renamed_to.split(" ")[0]] = e.tag;
}

const catalog = registry.map((e) => {
  const presentIn = e.present_in.map((p) => {
    if (!FORMAT[p]) throw new Error(`${e.tag}: unknown present_in ${p}`);
    return FORMAT[p];
  });
  const introduced = e.introduced ?? (presentIn.includes("R") ? "run1 (0.1.1)" : undefined);
  if (!introduced) throw new Error(`${e.tag}: no introduced and not in run1`);
  const def = {
    tag: e.tag,
    header: e.header,
    shortHeader: e.short_header,
    shortHeaderHideUnit: e.short_header_hide_unit,
    unit: e.unit,
    displayUnit: e.display_unit,
    kind: e.type,
    valueType: e.value_type.startsWith("list") ? "list" : "scalar",
    numberType: /float/.test(e.value_type) ? "float" : /int/.test(e.value_type) ? "int" : null,
    flags: flagList(e.flags),
  };
  const byFormat = {};
  if (e.flags_run1) byFormat.R = flagList(e.flags_run1);
  if (e.flags_oct2025) byFormat.O = flagList(e.flags_oct2025);
  if (Object.keys(byFormat).length > 0) def.flagsByFormat = byFormat;
  def.required = e.required;
  def.displayOrder = e.display_order;
  if (e.tag in DISPLAY_ORDER_R) def.displayOrderByFormat = { R: DISPLAY_ORDER_R[e.tag] };
  def.presentIn = presentIn;
  def.introduced = introduced;
  if (e.renamed_to) def.renamedTo = e.renamed_to.split(" ")[0];
  if (renamedFrom[e.tag]) def.renamedFrom = renamedFrom[e.tag];
  def.formula = e.formula;
  if (e.changes) def.changes = e.changes;
  def.pythonClass = e.class;
  def.sourceFile = e.source_file;
  return def;
});

const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, `${JSON.stringify(catalog, null, 2)}\n`);
renameSync(tmp, out);
console.log(`wrote ${catalog.length} metrics to ${out}`);
