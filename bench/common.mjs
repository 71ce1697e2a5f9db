// What every bench script shares: the built CLI, timing under /usr/bin/time, synthetic runs, RESULTS.md sections.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("..", import.meta.url).pathname;
/** The launcher npm links as `aiperf-tools` (it runs dist/bundle when built, else dist/bin.js). */
export const cli = join(root, "packages", "cli", "bin", "aiperf-tools.js");
/** The same CLI unbundled (module by module), for before/after ratios in one run. */
export const cliUnbundled = `AIPERF_NO_BUNDLE=1 node ${cli}`;

/** Exits with a hint when the packages are not built; makes `dir`. */
export function prepare(dir) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(root, "packages", "cli", "dist", "bin.js"))) {
    console.error("build first: npm run build");
    process.exit(2);
  }
}

/**
 * Runs a shell command under /usr/bin/time; wall seconds, peak RSS in MB and CPU seconds (user + sys). Exit codes other than
 * `ok` are failures (compare exits 1 when a statistic got worse, which is not a failure here).
 */
export function measure(cmd, dir, ok = [0]) {
  const timeFile = join(dir, `time-${process.pid}.txt`);
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, "sh", "-c", cmd], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  if (!ok.includes(r.status)) throw new Error(`failed (${r.status}): ${cmd}\n${r.stderr}`);
  const [wall, rssKb, user, sys] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
  // CPU seconds (all threads): far less sensitive than wall time to other work on a shared machine.
  return { wall, rss: rssKb / 1024, cpu: user + sys };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `dir/<name>`: a synthetic run of `size` records (bench/generate.mjs), generated once and reused. */
export function syntheticRun(dir, size, seed = 1, name = `run-${size}.jsonl`) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    console.error(`generating ${size} records (seed ${seed}) -> ${file}`);
    const g = spawnSync("node", [join(root, "bench", "generate.mjs"), String(size), `${file}.tmp`, String(seed)], {
      stdio: "inherit",
    });
    if (g.status !== 0) process.exit(1);
    renameSync(`${file}.tmp`, file);
  }
  return file;
}

/**
 * Replaces the section of `file` that starts with `heading` (up to the next `## `) by `text`, or appends it;
 * every other section stays. `heading` null: the part before the first `## ` (bench/run.mjs's table).
 */
export function writeSection(file, heading, text) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  let start;
  let end;
  if (heading === null) {
    start = 0;
    const at = current.indexOf("\n## ");
    end = at < 0 ? current.length : at + 1;
  } else {
    const at = current.startsWith(`${heading}\n`) ? 0 : current.indexOf(`\n${heading}\n`);
    start = at < 0 ? -1 : at === 0 ? 0 : at + 1;
    const next = start < 0 ? -1 : current.indexOf("\n## ", start + 1);
    end = next < 0 ? current.length : next + 1;
  }
  const body = `${text.trimEnd()}\n`;
  const updated =
    start < 0
      ? `${current.trimEnd()}${current ? "\n\n" : ""}${body}`
      : `${current.slice(0, start)}${body}${end < current.length ? `\n${current.slice(end)}` : ""}`;
  writeFileSync(`${file}.tmp`, updated);
  renameSync(`${file}.tmp`, file);
}
