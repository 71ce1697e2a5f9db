#!/usr/bin/env node
// node bench/report.mjs: `aiperf-tools report` on synthetic run1-shaped runs (bench/generate.mjs):
// wall time and peak RSS against `aiperf-tools summarize` of the same file (the baseline: the
// report reads the same records and computes the same summary), the page's size, and the time
// Debian's Chromium takes to open and draw it. Writes the "Report" section of bench/RESULTS.md.
// Env: BENCH_SIZES=100000,1000000  BENCH_RUNS=3 (2 for 1M)  BENCH_DIR=/tmp/aiperf-bench-report
//      BENCH_OUT=bench/RESULTS.md  CHROMIUM_PATH=/usr/bin/chromium
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = new URL("..", import.meta.url).pathname;
const sizes = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = process.env.BENCH_DIR ?? join(tmpdir(), "aiperf-bench-report");
const outFile = process.env.BENCH_OUT ?? join(root, "bench", "RESULTS.md");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const cli = join(root, "packages", "cli", "dist", "bin.js");
mkdirSync(dir, { recursive: true });
if (!existsSync(cli)) {
  console.error("build first: npm run build");
  process.exit(2);
}

function measure(cmd) {
  const timeFile = join(dir, "time.txt");
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", timeFile, "sh", "-c", cmd], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`failed (${r.status}): ${cmd}\n${r.stderr}`);
  const [wall, rssKb] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { wall, rss: rssKb / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation to the page's ready flag (every visible chart drawn), median of n opens. */
async function openTimes(file, n) {
  const require = createRequire(join(root, "packages", "report", "package.json"));
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const times = [];
  try {
    for (let i = 0; i < n; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 60_000 });
      times.push(performance.now() - t0);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return median(times);
}

const rows = [];
for (const size of sizes) {
  const file = join(dir, `run-${size}.jsonl`);
  if (!existsSync(file)) {
    console.error(`generating ${size} records -> ${file}`);
    const g = spawnSync("node", [join(root, "bench", "generate.mjs"), String(size), `${file}.tmp`, "1"], {
      stdio: "inherit",
    });
    if (g.status !== 0) process.exit(1);
    renameSync(`${file}.tmp`, file);
  }
  const page = join(dir, `report-${size}.html`);
  const n = size >= 1_000_000 ? Math.min(runs, 2) : runs;
  const cases = [
    ["aiperf-tools summarize (baseline)", `node ${cli} summarize ${file} > /dev/null`],
    ["aiperf-tools report", `node ${cli} report ${file} -o ${page} --force`],
  ];
  const samples = Object.fromEntries(cases.map(([name]) => [name, []]));
  for (let round = 1; round <= n; round++) {
    for (const [name, cmd] of cases) {
      console.error(`${size} records, round ${round}/${n}: ${name}`);
      samples[name].push(measure(cmd));
    }
  }
  const baseline = median(samples[cases[0][0]].map((s) => s.wall));
  const html = readFileSync(page, "utf8");
  const dataStart = html.indexOf('id="aiperf-report-data">');
  const dataEnd = html.indexOf("</script>", dataStart);
  const pageBytes = statSync(page).size;
  const dataBytes = Buffer.byteLength(html.slice(dataStart + 'id="aiperf-report-data">'.length, dataEnd));
  console.error(`${size} records: opening the page in Chromium`);
  const openMs = await openTimes(page, 3);
  for (const [name] of cases) {
    const wall = median(samples[name].map((s) => s.wall));
    const rss = Math.max(...samples[name].map((s) => s.rss));
    rows.push({ size, mb: statSync(file).size / 1e6, name, wall, rss, ratio: baseline / wall });
  }
  rows.push({ size, page: true, pageBytes, dataBytes, openMs });
}

const fmt = (x, d = 2) => x.toFixed(d);
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const section = [
  "## Report",
  "",
  `Generated by \`node bench/report.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}. Median wall time of ${runs} runs (2 for 1M records), ` +
    "interleaved; peak RSS is the maximum. Ratio = summarize time / report time on the same file (the report reads the " +
    "records once and computes the same summary, plus the chart data). Open = navigation to every visible chart drawn " +
    "in headless Chromium (median of 3). Budgets: page without data ≤ 300 KB, page of a 1M-request run ≤ 5 MB, open < 2 s.",
  "",
  "| records | file MB | command | wall s | peak RSS MB | ratio vs summarize |",
  "|---:|---:|---|---:|---:|---:|",
  ...rows
    .filter((r) => !r.page)
    .map(
      (r) =>
        `| ${r.size.toLocaleString("en-US")} | ${fmt(r.mb, 0)} | ${r.name} | ${fmt(r.wall)} | ${fmt(r.rss, 0)} | ${fmt(r.ratio)} |`,
    ),
  "",
  "| records | page | of which data | page without data | open and draw in Chromium |",
  "|---:|---:|---:|---:|---:|",
  ...rows
    .filter((r) => r.page)
    .map(
      (r) =>
        `| ${r.size.toLocaleString("en-US")} | ${kb(r.pageBytes)} | ${kb(r.dataBytes)} | ${kb(r.pageBytes - r.dataBytes)} | ${fmt(r.openMs, 0)} ms |`,
    ),
  "",
].join("\n");

// Replace this script's own section; leave every other table of RESULTS.md as it is.
const current = existsSync(outFile) ? readFileSync(outFile, "utf8") : "# Benchmark results\n";
const start = current.indexOf("## Report\n");
let next = -1;
if (start >= 0) next = current.indexOf("\n## ", start + 1);
const updated =
  start < 0
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start)}${section}${next < 0 ? "" : `\n${current.slice(next + 1)}`}`;
writeFileSync(outFile, updated);
console.log(section);
