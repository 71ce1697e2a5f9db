#!/usr/bin/env node
// The `aiperf-tools` command. This small file is committed so that `npm ci` can link the bin in the
// workspace before anything is built (npm links a bin only if its file exists at install time); it
// loads the build, or says what to do when there is none. The bundled build (dist/bundle, see
// scripts/bundle.mjs) starts faster; it is used when it and the packages it refers to are there,
// else dist/bin.js (AIPERF_NO_BUNDLE=1 forces the latter).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin.js", import.meta.url);
const bundled = new URL("../dist/bundle/bin.js", import.meta.url);

/** True when the bundle is complete: its entry and every package beside this one that it refers to. */
function bundleUsable() {
  if (process.env.AIPERF_NO_BUNDLE === "1" || !existsSync(bundled)) return false;
  try {
    const requires = new URL("../dist/bundle/requires.json", import.meta.url);
    const paths = JSON.parse(readFileSync(requires, "utf8"));
    return paths.every((p) => existsSync(new URL(p, requires)));
  } catch {
    return false;
  }
}

if (bundleUsable()) {
  await import(bundled.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(`aiperf-tools: ${fileURLToPath(built)} is missing: run npm run build first\n`);
  process.exitCode = 1;
}
