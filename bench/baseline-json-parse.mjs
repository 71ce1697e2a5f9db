#!/usr/bin/env node
// Baseline: the bare Node loop every user would write first: readline + JSON.parse per line.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let lines = 0;
let sink = 0;
const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of rl) {
  if (line.length === 0) continue;
  const obj = JSON.parse(line);
  sink += obj.metadata ? 1 : 0;
  lines++;
}
if (sink !== lines) throw new Error("unexpected input");
console.log(JSON.stringify({ lines }));
