#!/usr/bin/env node
// Empties the current package's dist/ before tsc writes it: tsc never deletes the output of a source
// that was removed or moved, and a stale file there would be packed and published.
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
