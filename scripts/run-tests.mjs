#!/usr/bin/env node
// Runs every package's vitest suite through turbo, then prints one plain
// closing line that CI reads: "N passed, N failed[, N skipped]".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dirs = ["packages", "apps"].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);
for (const dir of dirs) rmSync(join(dir, ".vitest-report.json"), { force: true });

const extra = process.argv.slice(2);
const turbo = spawnSync("npx", ["turbo", "run", "test", "--continue", ...extra], {
  cwd: root,
  stdio: "inherit",
  env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of dirs) {
  const pkg = join(dir, "package.json");
  if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, "utf8")).scripts?.test) continue;
  const report = join(dir, ".vitest-report.json");
  if (!existsSync(report)) {
    missing.push(dir.slice(root.length));
    continue;
  }
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that fails to load, or whose hook fails, has no failing test but must still count.
  failed += r.testResults.filter(
    (t) => t.status === "failed" && !t.assertionResults.some((a) => a.status === "failed"),
  ).length;
}
if (missing.length > 0) {
  console.log(`no test report from: ${missing.join(", ")}`);
  failed += missing.length;
}
if (turbo.status !== 0 && failed === 0) {
  console.log("a task failed outside the test suites (see the output above)");
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);
