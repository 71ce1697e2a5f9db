#!/usr/bin/env node
// The library path: readRecords (validated, exact bigints) piped into summarize, no CLI around it.
import { readRecords, summarize } from "@aiperf/parser";

const stream = readRecords(process.argv[2]);
const summary = await summarize(stream);
const report = await stream.report;
console.log(JSON.stringify({ accepted: report.accepted, metrics: summary.metrics.length }));
