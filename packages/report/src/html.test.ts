import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { DATA_ELEMENT_ID, jsonForHtml, renderReportPage } from "./html.js";
import { reportModel } from "./view.js";
import { HOSTILE, hostileRun, loadRun, RUN1_DIR } from "./test-support/runs.js";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("jsonForHtml", () => {
  it("escapes <, >, & and the JS line separators, and parses back to the same value", () => {
    const value = { s: "</script><!-- a & b \u2028\u2029 >", n: [1, -0.5, 1759522419154568960] };
    const json = jsonForHtml(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u2028\\u2029 \\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });

  it("keeps 7 significant digits of chart numbers, integers exact", () => {
    expect(JSON.parse(jsonForHtml([1 / 3, 2343.2245678, 89, 1759522419154568960]))).toEqual([
      0.3333333, 2343.225, 89, 1759522419154568960,
    ]);
  });
});

describe("the page", async () => {
  const run1 = await loadRun(RUN1_DIR, "fixtures/aiperf-run1");
  const model = reportModel([run1]);
  const page = renderReportPage(model);
  const { html } = page;
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "";

  it("allows no network access and only its own scripts and style, by hash", () => {
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["default-src"]).toEqual(["'none'"]);
    expect(directives["script-src"]).toEqual(scripts.map(sha));
    expect(directives["style-src"]).toEqual(styles.map(sha));
    expect(directives["img-src"]).toEqual(["data:"]);
    expect(scripts).toHaveLength(2);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
  });

  it("references nothing outside itself", () => {
    const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
    expect(refs).toEqual(["data:,"]);
    expect(html).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//);
  });

  it("inlines uPlot unchanged, with its license", () => {
    const require = createRequire(import.meta.url);
    const uplot = readFileSync(require.resolve("uplot/dist/uPlot.iife.min.js"), "utf8");
    expect(scripts[0]).toContain(uplot);
    expect(scripts[0]).toContain("Copyright (c) 2022 Leon Sorokin");
  });

  it("stays within the budget: the page without data is under 300 KB", () => {
    expect(page.shellBytes).toBeLessThan(300_000);
    expect(page.dataBytes).toBeGreaterThan(1000);
    expect(Buffer.byteLength(html)).toBe(page.shellBytes + page.dataBytes);
  });

  it("embeds the model as JSON that parses back", () => {
    const data = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(
      html,
    )?.[1];
    const parsed = JSON.parse(data ?? "null");
    expect(parsed.runs[0].headline).toEqual(model.runs[0]?.headline);
    expect(parsed.runs[0].facts).toEqual(model.runs[0]?.facts);
  });

  it("hostile text cannot close the data block or add markup", async () => {
    const hostile = renderReportPage(reportModel([await hostileRun()])).html;
    expect(hostile.match(/<script/g)).toHaveLength(3);
    expect(hostile.match(/<\/script>/g)).toHaveLength(3);
    expect(hostile).not.toContain(HOSTILE.img);
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("\\u003cimg src=x onerror=");
  });
});
