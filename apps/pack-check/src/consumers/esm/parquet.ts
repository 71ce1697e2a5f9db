// @aiperf/parquet from its tarball: run1 to Parquet and back, the first start timestamp exact.
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openParquetRecords, writeRecordsParquet } from "@aiperf/parquet";
import { readRecords } from "@aiperf/parser";

const [runDir = ""] = process.argv.slice(2);
const file = join(mkdtempSync(join(tmpdir(), "pack-check-parquet-")), "run.parquet");
const written = await writeRecordsParquet(readRecords(join(runDir, "profile_export.jsonl")), createWriteStream(file));
const opened = await openParquetRecords(file);
let first: string | undefined;
for await (const r of opened.records) first ??= String(r.metadata.timestamp_ns);
console.log(JSON.stringify({ rows: written.rows, layout: opened.layout, first }));
