// @aiperf/report from its tarball: a run1 page with uPlot inlined from the installed `uplot` and the
// package's own assets (both read at run time, so both must ship or be declared).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readRecords, readSummary } from "@aiperf/parser";
import { createReport, DATA_ELEMENT_ID } from "@aiperf/report";

const [runDir = ""] = process.argv.slice(2);
const html = await createReport([
  { label: "run1", summary: await readSummary(runDir), records: readRecords(join(runDir, "profile_export.jsonl")) },
]);
const uplot = readFileSync(createRequire(import.meta.url).resolve("uplot/dist/uPlot.iife.min.js"), "utf8");
console.log(
  JSON.stringify({
    page: html.startsWith("<!doctype html>"),
    data: html.includes(`id="${DATA_ELEMENT_ID}"`),
    uplot: html.includes(uplot.trim().slice(0, 200)),
  }),
);
