// The page: one HTML file with everything inlined (uPlot, its CSS, the page's
// script and style, the data). A Content-Security-Policy allows only these
// scripts and this style (by hash) and no network access at all; the data sit
// in a <script type="application/json"> block with <, >, &, U+2028 and U+2029
// escaped, and the page script sets every text with textContent.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportModel } from "./model.js";

export const DATA_ELEMENT_ID = "aiperf-report-data";

interface Assets {
  uplotJs: string;
  uplotCss: string;
  uplotLicense: string;
  pageJs: string;
  pageCss: string;
}

let cached: Assets | undefined;

/** uPlot from its installed package (a dependency, so a published report package has it); our assets beside src/ and dist/. */
function assets(): Assets {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const uplotJsPath = require.resolve("uplot/dist/uPlot.iife.min.js");
  const uplotDir = join(dirname(uplotJsPath), "..");
  const own = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  const read = (p: string) => readFileSync(p, "utf8");
  cached = {
    uplotJs: read(uplotJsPath),
    uplotCss: read(join(uplotDir, "dist", "uPlot.min.css")),
    uplotLicense: read(join(uplotDir, "LICENSE")),
    pageJs: read(join(own, "report.js")),
    pageCss: read(join(own, "report.css")),
  };
  return cached;
}

/** JSON that can sit inside <script type="application/json">: no "</script>", "<!--" or line separators survive. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value, roundForChart).replace(/[<>&\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** Chart numbers to 7 significant digits: far below a pixel, and a smaller page. Integers stay exact. */
function roundForChart(_key: string, value: unknown): unknown {
  if (typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value))
    return Number(value.toPrecision(7));
  return value;
}

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** A JS comment can hold any text but its terminator. */
function comment(text: string): string {
  return `/*!\n${text.replaceAll("*/", "* /").trim()}\n*/\n`;
}

export interface RenderedReport {
  html: string;
  /** Bytes of the page without the data block's content (budget: 300 KB). */
  shellBytes: number;
  /** Bytes of the data block. */
  dataBytes: number;
}

export function renderReportPage(model: ReportModel): RenderedReport {
  const a = assets();
  const style = `${a.uplotCss}\n${a.pageCss}`;
  const uplot = `${comment(`uPlot (https://github.com/leeoniya/uPlot), inlined unchanged.\n\n${a.uplotLicense}`)}${a.uplotJs}`;
  const page = a.pageJs;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(uplot)} ${sha256(page)}`,
    `style-src ${sha256(style)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const data = jsonForHtml(model);
  const head = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="@aiperf/report">',
    "<title>AIPerf report</title>",
    '<link rel="icon" href="data:,">',
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    '<noscript><p class="noscript">This report draws its tables and charts with JavaScript; please allow scripts for this file.</p></noscript>',
    '<div id="app"></div>',
    `<script type="application/json" id="${DATA_ELEMENT_ID}">`,
  ].join("\n");
  const tail = ["</script>", `<script>${uplot}</script>`, `<script>${page}</script>`, "</body>", "</html>", ""].join(
    "\n",
  );
  const html = `${head}${data}${tail}`;
  const dataBytes = Buffer.byteLength(data);
  return { html, dataBytes, shellBytes: Buffer.byteLength(html) - dataBytes };
}

/** The report as one HTML string. */
export function renderReport(model: ReportModel): string {
  return renderReportPage(model).html;
}
