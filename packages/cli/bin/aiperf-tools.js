#!/usr/bin/env node
// The `aiperf-tools` command. This small file is committed so that `npm ci` can link the bin in the
// workspace before anything is built (npm links a bin only if its file exists at install time); it
// loads the build, or says what to do when there is none.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/bin.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(`aiperf-tools: ${fileURLToPath(built)} is missing: run npm run build first\n`);
  process.exitCode = 1;
}
