// Debian's Chromium driven by playwright-core (which never downloads a browser):
// one browser per suite, a fresh profile, every request and console message recorded.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromiumContext } from "../../scripts/chromium.mjs";
import { ARTIFACTS_DIR } from "./runs.js";

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  const profile = mkdtempSync(join(tmpdir(), "aiperf-report-chromium-"));
  const context = await launchChromiumContext(profile, { viewport: { width: 1280, height: 900 } });
  return { context, close: () => context.close() };
}

export interface OpenedReport {
  page: Page;
  /** Console messages of type error (and warnings, kept apart). */
  errors: string[];
  warnings: string[];
  /** Every request the page made, the document itself included. */
  requests: string[];
  /** Milliseconds from navigation to the first screen drawn (the page's ready flag). */
  readyMs: number;
  file: string;
}

/** Writes the page to a file and opens it by file:// URL, as a double-click would. */
export async function openReport(session: BrowserSession, html: string, name: string): Promise<OpenedReport> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name}.html`);
  writeFileSync(file, html);
  const page = await session.context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 20_000 });
  const readyMs = performance.now() - t0;
  // Then every chart of the open sections.
  await page.waitForFunction(() => document.documentElement.dataset.complete === "true", null, { timeout: 20_000 });
  return { page, errors, warnings, requests, readyMs, file };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Per drawn chart: its container's data-chart key and how many pixels of its plot
 * area are coloured (saturated): series, bars and marks, not the grey grid or axes.
 */
export function chartInk(page: Page): Promise<{ key: string; ink: number }[]> {
  return page.evaluate(() => {
    const report = (window as unknown as { aiperfReport: { charts: { container: HTMLElement; u: unknown }[] } })
      .aiperfReport;
    return report.charts
      .filter((c) => c.u !== null)
      .map((c) => {
        const u = c.u as {
          ctx: CanvasRenderingContext2D;
          bbox: { left: number; top: number; width: number; height: number };
        };
        const { left, top, width, height } = u.bbox;
        const img = u.ctx.getImageData(left, top, Math.max(1, width), Math.max(1, height)).data;
        let ink = 0;
        for (let i = 0; i < img.length; i += 4) {
          const r = img[i] as number;
          const g = img[i + 1] as number;
          const b = img[i + 2] as number;
          const a = img[i + 3] as number;
          if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) ink++;
        }
        return { key: c.container.dataset.chart ?? "?", ink };
      });
  });
}
