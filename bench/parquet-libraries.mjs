#!/usr/bin/env node
// Library comparison for issue 15: the same records, columns and row groups (4096 rows) written by
// apache-arrow + parquet-wasm, streamed batch by batch. Our writer is `aiperf-tools export --format parquet`.
// The two libraries are not dependencies of the repo: install them into any directory and pass it.
//   mkdir /tmp/libs && (cd /tmp/libs && npm init -y && npm i parquet-wasm@0.8.0 apache-arrow@21.2.0)
//   /usr/bin/time -v node bench/parquet-libraries.mjs IN.jsonl OUT.parquet /tmp/libs [snappy|zstd]
import { createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { readRecords } from "../packages/parser/dist/index.js";

const [input, output, libs, codec = "snappy"] = process.argv.slice(2);
if (!input || !output || !libs) {
  console.error("usage: node bench/parquet-libraries.mjs IN.jsonl OUT.parquet LIBS_DIR [snappy|zstd]");
  process.exit(2);
}
const resolveIn = createRequire(join(libs, "package.json"));
const arrow = await import(pathToFileURL(resolveIn.resolve("apache-arrow")).href);
const wasm = await import(pathToFileURL(resolveIn.resolve("parquet-wasm")).href);

const STRINGS = ["x_request_id", "x_correlation_id", "conversation_id", "worker_id", "record_processor_id"];
const DOUBLES = [
  "input_sequence_length",
  "ttft",
  "request_count",
  "request_latency",
  "output_token_count",
  "reasoning_token_count",
  "ttst",
  "output_sequence_length",
  "inter_token_latency",
  "output_token_throughput_per_user",
  "error_request_count",
];
const NS = ["min_request_timestamp", "max_response_timestamp"];

function batchIpc(rows) {
  const col = {};
  const str = (k) => rows.map((r) => r.metadata[k] ?? null);
  for (const k of STRINGS) col[k] = arrow.vectorFromArray(str(k), new arrow.Utf8());
  col.phase = arrow.vectorFromArray(str("credit_phase"), new arrow.Utf8());
  col.line = arrow.vectorFromArray(
    rows.map((r) => BigInt(r.line)),
    new arrow.Int64(),
  );
  col.turn_index = arrow.vectorFromArray(
    rows.map((r) => BigInt(r.metadata.turn_index)),
    new arrow.Int64(),
  );
  col.request_start_ns = arrow.vectorFromArray(
    rows.map((r) => BigInt(r.metadata.timestamp_ns)),
    new arrow.Int64(),
  );
  for (const k of NS)
    col[k] = arrow.vectorFromArray(
      rows.map((r) => (r.metrics[k] === undefined ? null : BigInt(r.metrics[k].value))),
      new arrow.Int64(),
    );
  for (const k of DOUBLES)
    col[k] = arrow.vectorFromArray(
      rows.map((r) => r.metrics[k]?.value ?? null),
      new arrow.Float64(),
    );
  // The same representation as ours: integer ns per gap.
  col.inter_chunk_latency_ns = arrow.vectorFromArray(
    rows.map((r) => r.metrics.inter_chunk_latency?.value.map((v) => BigInt(Math.round(v * 1e6))) ?? null),
    new arrow.List(new arrow.Field("element", new arrow.Int64(), true)),
  );
  col.error_code = arrow.vectorFromArray(
    rows.map((r) => (r.error ? BigInt(r.error.code) : null)),
    new arrow.Int64(),
  );
  col.error_type = arrow.vectorFromArray(
    rows.map((r) => r.error?.type ?? null),
    new arrow.Utf8(),
  );
  col.error_message = arrow.vectorFromArray(
    rows.map((r) => r.error?.message ?? null),
    new arrow.Utf8(),
  );
  return arrow.tableToIPC(new arrow.Table(col), "stream");
}

const builder = new wasm.WriterPropertiesBuilder()
  .setCompression(codec === "zstd" ? wasm.Compression.ZSTD : wasm.Compression.SNAPPY)
  .setMaxRowGroupSize(4096);
// Defaults otherwise (dictionary, PLAIN fallback). DELTA_BINARY_PACKED for the list cannot be asked for:
// a column path string is one segment (no nested column), and setting it for every column panics
// (`RuntimeError: unreachable`: DOUBLE has no DELTA_BINARY_PACKED).
const props = builder.build();

const source = readRecords(input);
const iterator = source[Symbol.asyncIterator]();
let records = 0;
const batches = new ReadableStream({
  async pull(controller) {
    const rows = [];
    while (rows.length < 4096) {
      const next = await iterator.next();
      if (next.done) break;
      rows.push(next.value);
    }
    records += rows.length;
    if (rows.length > 0)
      for (const b of wasm.Table.fromIPCStream(batchIpc(rows)).recordBatches()) controller.enqueue(b);
    if (rows.length < 4096) controller.close();
  },
});
const bytes = await wasm.transformParquetStream(batches, props);
await bytes.pipeTo(Writable.toWeb(createWriteStream(output)));
console.log(JSON.stringify({ records, codec }));
