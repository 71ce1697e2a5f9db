#!/usr/bin/env node
// The library's file path: summarizeFile (worker threads over byte ranges; AIPERF_THREADS=1 for one thread).
import { summarizeFile } from "@aiperf/parser";

const { summary, report } = await summarizeFile(process.argv[2]);
// Values the summary stores (8 bytes each): the count of every distribution it computed.
const storedValues = summary.metrics.reduce((n, m) => n + (m.kind === "record" ? (m.stats.count ?? 0) : 0), 0);
console.log(JSON.stringify({ accepted: report.accepted, metrics: summary.metrics.length, storedValues }));
