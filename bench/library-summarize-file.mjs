#!/usr/bin/env node
// The library's file path: summarizeFile (worker threads over byte ranges; AIPERF_THREADS=1 for one thread).
import { summarizeFile } from "@aiperf/parser";

const { summary, report } = await summarizeFile(process.argv[2]);
console.log(JSON.stringify({ accepted: report.accepted, metrics: summary.metrics.length }));
