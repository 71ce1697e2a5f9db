#!/usr/bin/env node
// A PNG of a report page as Debian's Chromium draws it (for docs/; tests write their own).
//   node packages/report/scripts/screenshot.mjs report.html out.png [width] [height]
// With a height, only the top of the page (that many pixels); without, the whole page.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";

const [html, png, width = "1280", height] = process.argv.slice(2);
if (html === undefined || png === undefined) {
  console.error("usage: screenshot.mjs report.html out.png [width]");
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) } });
  await page.goto(pathToFileURL(resolve(html)).href);
  await page.waitForFunction(() => document.documentElement.dataset.complete === "true");
  await page.screenshot({ path: png, fullPage: height === undefined });
} finally {
  await browser.close();
}
