// Acceptance in a real browser (Debian's Chromium): no console error, no
// network request, every chart drawn, the headline numbers those of the
// summary, hostile text shown as text. Screenshots go to test-output/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFixed } from "@aiperf/parser";
import { renderReport } from "./html.js";
import { headlineMetrics } from "./headline.js";
import type { RunInput } from "./view.js";
import { reportModel } from "./view.js";
import { chartInk, launch, openReport, screenshot } from "./test-support/browser.js";
import type { BrowserSession, OpenedReport } from "./test-support/browser.js";
import { HOSTILE, hostileRun, loadRun, RUN1_DIR, sweepReport, tempDir } from "./test-support/runs.js";
import { pathToFileURL } from "node:url";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

let session: BrowserSession;
let run1: RunInput;

beforeAll(async () => {
  session = await launch();
  run1 = await loadRun(RUN1_DIR, "fixtures/aiperf-run1");
});
afterAll(async () => {
  await session?.close();
});

/** The only request is the page itself. */
function expectOffline(opened: OpenedReport): void {
  expect(opened.requests).toEqual([pathToFileURL(opened.file).href]);
  expect(opened.errors).toEqual([]);
}

describe("run1's report in Chromium", () => {
  let opened: OpenedReport;
  beforeAll(async () => {
    opened = await openReport(session, renderReport(reportModel([run1])), "run1");
    await screenshot(opened.page, "run1");
  });

  it("loads with no console error and no network request", () => {
    expectOffline(opened);
  });

  it("draws every chart with content: 4 histograms, 4 CDFs, 4 charts over time", async () => {
    const ink = await chartInk(opened.page);
    expect(ink.map((c) => c.key).sort()).toEqual(
      [
        "cdf:itl",
        "cdf:latency",
        "cdf:osl",
        "cdf:ttft",
        "errors",
        "histogram:itl",
        "histogram:latency",
        "histogram:osl",
        "histogram:ttft",
        "in-flight",
        "latency-scatter",
        "throughput",
      ].sort(),
    );
    for (const c of ink) expect(c.ink, c.key).toBeGreaterThan(50);
  });

  it("shows the headline table with the summary's numbers, as summarize formats them", async () => {
    const cells = await opened.page.$$eval("table.headline tbody tr", (rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)),
    );
    const expected = headlineMetrics(run1.summary).map((m) => [
      `${m.header} (${m.unit})`,
      ...["avg", "min", "max", "p99", "p90", "p50", "std"].map((s) => {
        const v = m.stats[s];
        return v === undefined ? "N/A" : formatFixed(v, 2, { thousands: true });
      }),
    ]);
    expect(cells).toEqual(expected);
    // AIPerf's own console values for run1 (its console table, as the README shows it).
    expect(cells[0]).toEqual([
      "Time to First Token (ms)",
      "2,343.22",
      "464.66",
      "3,853.86",
      "3,833.39",
      "3,796.93",
      "2,369.32",
      "1,049.82",
    ]);
    expect(cells.at(-1)).toEqual(["Request Count (requests)", "89.00", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"]);
  });

  it("shows the run facts and the error summary", async () => {
    const facts = await opened.page.$$eval(".facts div", (ds) =>
      ds.map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent]),
    );
    expect(Object.fromEntries(facts)).toMatchObject({
      Model: "openai/gpt-oss-20b",
      Endpoint: "chat, localhost:9000, streaming",
      Load: "concurrency 100, concurrency_burst, 100 requests",
      "ISL (tokens)": "550.00 mean",
      "OSL (tokens)": "250 requested, 242.97 mean",
      Duration: "9.32 sec",
      Records: "100: 89 valid, 11 errors",
    });
    const errors = await opened.page.$$eval("table.errors tbody td", (tds) => tds.map((td) => td.textContent));
    expect(errors).toEqual(["499", "RequestCancellationError", "Request was cancelled after 0.000 seconds", "11"]);
  });

  it("shows values on hover and zooms every time chart together", async () => {
    const { page } = opened;
    const over = page.locator('[data-chart="throughput"] .u-over');
    await over.scrollIntoViewIfNeeded();
    const box = await over.boundingBox();
    if (box === null) throw new Error("no throughput plot");
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 3 });
    const legend = page.locator('[data-chart="throughput"] .u-legend');
    await expect.poll(() => legend.textContent()).toMatch(/requests\/s\s*[\d.,]+output tokens\/s\s*[\d.,]+/);
    const before = await xRanges(page);
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = await xRanges(page);
    for (const key of ["throughput", "in-flight", "errors", "latency-scatter"]) {
      expect(after[key]?.[1] as number, key).toBeLessThan((before[key]?.[1] as number) - 1);
      expect(after[key]).toEqual(after.throughput);
    }
    expect(opened.errors).toEqual([]);
  });
});

async function xRanges(page: OpenedReport["page"]): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const charts = (
      window as unknown as {
        aiperfReport: {
          charts: { container: HTMLElement; u: { scales: { x: { min: number; max: number } } } | null }[];
        };
      }
    ).aiperfReport.charts;
    const out: Record<string, [number, number]> = {};
    for (const c of charts)
      if (c.u !== null) out[c.container.dataset.chart ?? ""] = [c.u.scales.x.min, c.u.scales.x.max];
    return out;
  });
}

describe("a sweep of runs in Chromium", () => {
  let opened: OpenedReport;
  beforeAll(async () => {
    const html = await sweepReport([
      { concurrency: 1 },
      { concurrency: 4 },
      { concurrency: 16 },
      { concurrency: 12, penaltyMs: 900 },
      { concurrency: 32 },
    ]);
    opened = await openReport(session, html, "sweep");
    await screenshot(opened.page, "sweep");
  });

  it("loads offline without errors and draws the sweep chart and the overlaid CDFs", async () => {
    expectOffline(opened);
    const ink = await chartInk(opened.page);
    expect(ink.map((c) => c.key)).toEqual([
      "sweep",
      "cdf-overlay:ttft",
      "cdf-overlay:itl",
      "cdf-overlay:latency",
      "cdf-overlay:osl",
    ]);
    for (const c of ink) expect(c.ink, c.key).toBeGreaterThan(50);
  });

  it("labels the sweep points by concurrency and marks the Pareto front", async () => {
    const labels = await opened.page.$$eval('[data-chart="sweep"] .u-legend .u-series .u-label', (ls) =>
      ls.map((l) => l.textContent),
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        "c=1: sweep/c1",
        "c=4: sweep/c4",
        "c=16: sweep/c16",
        "c=12: sweep/c12",
        "c=32: sweep/c32",
        "Pareto front",
      ]),
    );
  });

  it("shows compare's table: the first run against each other, with coloured verdicts", async () => {
    const { page } = opened;
    const head = await page.$$eval("table.comparison thead th", (ths) => ths.map((th) => th.textContent));
    expect(head.slice(0, 4)).toEqual(["Metric", "Stat", "baseline", "#1"]);
    expect(head.filter((h) => h === "verdict")).toHaveLength(4);
    const notes = await page.$$eval(".card:has(table.comparison) li", (lis) => lis.map((li) => li.textContent));
    expect(notes[0]).toBe("baseline: sweep/c1 (12 records, 0 errors)");
    // Concurrency 32 against 1: TTFT and inter-token latency grow several-fold, so they are worse.
    const worse = await page.locator("table.comparison td.verdict-worse").count();
    expect(worse).toBeGreaterThan(0);
    const color = await page
      .locator("table.comparison td.verdict-worse")
      .first()
      .evaluate((td) => getComputedStyle(td).color);
    expect(color).toBe("rgb(180, 35, 24)");
  });

  it("toggles a run in every comparison chart from one legend", async () => {
    const { page } = opened;
    await page.locator('[data-chart="cdf-overlay:ttft"] .u-legend .u-series', { hasText: "sweep/c4" }).click();
    const shown = await page.evaluate(() => {
      const charts = (
        window as unknown as {
          aiperfReport: {
            charts: {
              group: string;
              container: HTMLElement;
              u: { series: { label: string; show: boolean }[] } | null;
            }[];
          };
        }
      ).aiperfReport.charts;
      return charts
        .filter((c) => c.group === "runs" && c.u !== null)
        .map((c) => c.u?.series.find((s) => String(s.label).includes("sweep/c4"))?.show);
    });
    expect(shown).toEqual([false, false, false, false, false]);
  });

  it("draws a run's own charts when its section is opened", async () => {
    const { page } = opened;
    await page.locator("details.run summary", { hasText: "sweep/c16" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("details.run[open] [data-chart]")].every(
        (d) => (d as HTMLElement).dataset.drawn === "true",
      ),
    );
    const ink = await chartInk(page);
    const own = ink.filter((c) => !c.key.startsWith("cdf-overlay") && c.key !== "sweep");
    expect(own.length).toBeGreaterThanOrEqual(11);
    for (const c of own) expect(c.ink, c.key).toBeGreaterThan(50);
    expect(opened.errors).toEqual([]);
  });
});

describe("hostile text in Chromium", () => {
  let opened: OpenedReport;
  beforeAll(async () => {
    opened = await openReport(session, renderReport(reportModel([await hostileRun()])), "hostile");
    await screenshot(opened.page, "hostile");
  });

  it("executes nothing, loads nothing and adds no element", async () => {
    expectOffline(opened);
    const { page } = opened;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img, b:not(.marks b)").count()).toBe(0);
  });

  it("shows every hostile string as text, with bidi overrides made visible", async () => {
    const text = (await opened.page.locator("#app").textContent()) ?? "";
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(`${HOSTILE.tag} (${HOSTILE.unit})`);
    expect(text).toContain("gpt-[U+202E]evil[U+202C]-model");
    expect(text).not.toContain("\u202E");
  });
});

describe("bad input in Chromium", () => {
  it("a run with no valid record shows the errors and a note", async () => {
    const dir = tempDir("errors-only");
    const lines = (await import("node:fs")).readFileSync(join(RUN1_DIR, "profile_export.jsonl"), "utf8").split("\n");
    writeFileSync(join(dir, "profile_export.jsonl"), `${lines.filter((l) => l.includes('"error":{')).join("\n")}\n`);
    const run = await loadRun(dir, "errors-only");
    const opened = await openReport(session, renderReport(reportModel([run])), "errors-only");
    expectOffline(opened);
    const text = (await opened.page.locator("#app").textContent()) ?? "";
    expect(text).toContain("The run has no valid records: only the errors are shown.");
    const errors = await opened.page.$$eval("table.errors tbody td", (tds) => tds.map((td) => td.textContent));
    expect(errors).toEqual(["499", "RequestCancellationError", "Request was cancelled after 0.000 seconds", "11"]);
    const ink = await chartInk(opened.page);
    expect(ink.map((c) => c.key).sort()).toEqual(["errors", "in-flight", "latency-scatter", "throughput"]);
    expect(ink.find((c) => c.key === "errors")?.ink).toBeGreaterThan(100);
  });

  it("records without timestamps: the time charts are left out, with a note", async () => {
    const { collectRunData } = await import("./report.js");
    const { loadRecordsOf } = await import("./test-support/runs.js");
    const records = (await loadRecordsOf(RUN1_DIR)).map((r) => {
      const { timestamp_ns: _, ...metadata } = r.metadata;
      return { ...r, metadata };
    });
    const charts = await collectRunData(records);
    const opened = await openReport(
      session,
      renderReport(reportModel([{ ...run1, label: "no timestamps", charts }])),
      "no-timestamps",
    );
    expectOffline(opened);
    const text = (await opened.page.locator("#app").textContent()) ?? "";
    expect(text).toContain("The records carry no timestamps, so the charts over time are left out.");
    const ink = await chartInk(opened.page);
    expect(ink.map((c) => c.key).filter((k) => !k.includes(":"))).toEqual([]);
    expect(ink).toHaveLength(8);
  });
});
