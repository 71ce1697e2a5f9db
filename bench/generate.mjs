#!/usr/bin/env node
// Writes a synthetic AIPerf run shaped like run1 (R format: same metrics, similar value distributions,
// ~240 inter-chunk latencies per request, ~11% errors). Deterministic for a given seed.
// Usage: node bench/generate.mjs <records> <out.jsonl> [seed]
import { closeSync, openSync, writeSync } from "node:fs";
import { randomUUID } from "node:crypto";

const count = Number(process.argv[2] ?? 10000);
const out = process.argv[3];
if (!out || !Number.isInteger(count) || count <= 0) {
  console.error("usage: node bench/generate.mjs <records> <out.jsonl> [seed]");
  process.exit(2);
}
let seed = Number(process.argv[4] ?? 1) >>> 0;
// mulberry32: small, fast, reproducible.
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
// Python repr layout for the floats we write (no exponents occur in these ranges).
const pyFloat = (x) => (Number.isInteger(x) ? `${x}.0` : String(x));
const ms = (ns) => pyFloat(ns * 1e-6);
const hex8 = () =>
  Math.floor(rand() * 0xffffffff)
    .toString(16)
    .padStart(8, "0");

const workers = Array.from({ length: 23 }, () => `worker_${hex8()}`);
const processors = Array.from({ length: 5 }, () => `record_processor_${hex8()}`);
const base = 1759522419154568925n;
const fd = openSync(out, "w");
let buf = "";
for (let i = 0; i < count; i++) {
  const start = base + BigInt(i) * 93_177_889n + BigInt(between(0, 5_000_000));
  const meta =
    `{"x_request_id":"${randomUUID()}","x_correlation_id":"${randomUUID()}","conversation_id":"${randomUUID()}",` +
    `"turn_index":0,"timestamp_ns":${start},"worker_id":"${workers[between(0, 22)]}",` +
    `"record_processor_id":"${processors[between(0, 4)]}","credit_phase":"profiling"}`;
  let line;
  if (rand() < 0.11) {
    line =
      `{"metadata":${meta},"metrics":{"error_request_count":{"value":1,"unit":"requests"}},` +
      `"error":{"code":499,"type":"RequestCancellationError","message":"Request was cancelled after 0.000 seconds"}}`;
  } else {
    const osl = between(193, 247);
    const reasoning = between(103, osl);
    const outputTokens = osl - reasoning;
    const ttft = between(464_664_101, 3_853_857_423);
    const gaps = new Array(osl - 1);
    let sum = 0;
    for (let g = 0; g < gaps.length; g++) {
      const v = between(6_174_672, 40_000_000) + (rand() < 0.01 ? between(0, 120_000_000) : 0);
      gaps[g] = v;
      sum += v;
    }
    const latency = ttft + sum;
    const itl = (latency - ttft) / (osl - 1);
    const tps = 1 / (itl * 1e-9);
    const end = start + BigInt(latency);
    line =
      `{"metadata":${meta},"metrics":{"input_sequence_length":{"value":550,"unit":"tokens"},` +
      `"ttft":{"value":${ms(ttft)},"unit":"ms"},"request_count":{"value":1,"unit":"requests"},` +
      `"request_latency":{"value":${ms(latency)},"unit":"ms"},` +
      `"min_request_timestamp":{"value":${start},"unit":"ns"},` +
      (outputTokens > 0 ? `"output_token_count":{"value":${outputTokens},"unit":"tokens"},` : "") +
      `"reasoning_token_count":{"value":${reasoning},"unit":"tokens"},` +
      `"ttst":{"value":${ms(gaps[0])},"unit":"ms"},` +
      `"inter_chunk_latency":{"value":[${gaps.map(ms).join(",")}],"unit":"ms"},` +
      `"output_sequence_length":{"value":${osl},"unit":"tokens"},` +
      `"max_response_timestamp":{"value":${end},"unit":"ns"},` +
      `"inter_token_latency":{"value":${ms(itl)},"unit":"ms"},` +
      `"output_token_throughput_per_user":{"value":${pyFloat(tps)},"unit":"tokens/sec/user"}},"error":null}`;
  }
  buf += `${line}\n`;
  if (buf.length > 8 << 20) {
    writeSync(fd, buf);
    buf = "";
  }
}
writeSync(fd, buf);
closeSync(fd);
