// Parquet written by worker threads (the parser's ordered pipeline) holds the one-thread file's values:
// DuckDB reads the same rows in the same order and the same key-value metadata (metric order included),
// with 2 and 3 threads over many ranges; a bad line in a later range gives the sequential error (strict)
// or the sequential values (lenient, read on in this thread).
import { spawnSync } from "node:child_process";
import { createWriteStream, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readRecords } from "@aiperf/parser";
import type { OrderedOptions } from "@aiperf/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckdbRows, tempDir, writeBigRun } from "./test-support/helpers.js";
import { writeRecordsParquet, writeRecordsParquetFile } from "./write.js";

const GENERATOR = fileURLToPath(new URL("../../../bench/generate.mjs", import.meta.url));
const q = (path: string): string => `'${path.replaceAll("'", "''")}'`;

async function contents(file: string): Promise<unknown> {
  return {
    rows: await duckdbRows(`SELECT * FROM read_parquet(${q(file)})`),
    kv: await duckdbRows(
      `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${q(file)}) WHERE decode(key) <> 'aiperf_tools.producer' ORDER BY k`,
    ),
  };
}

describe("writeRecordsParquetFile", () => {
  const dir = tempDir();
  let gen = "";
  let big = "";
  beforeAll(() => {
    gen = join(dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "2000", gen, "7"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
    big = writeBigRun(dir, 3000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const split = { rangeBytes: 1 << 19, maxInFlight: 2 };

  async function sequential(path: string, out: string, mode?: "lenient") {
    const records = readRecords(path, mode !== undefined ? { mode } : {});
    const result = await writeRecordsParquet(records, createWriteStream(out), { rowGroupSize: 500 });
    return { result, report: await records.report };
  }

  async function parallel(path: string, out: string, read: OrderedOptions) {
    let fellBack: ReturnType<typeof readRecords> | undefined;
    const { result, report } = await writeRecordsParquetFile(path, createWriteStream(out), {
      rowGroupSize: 500,
      read,
      fallback: () => {
        fellBack = readRecords(path, read.mode !== undefined ? { mode: read.mode } : {});
        return fellBack;
      },
    });
    return { result, report: report ?? (await fellBack?.report), fellBack: fellBack !== undefined };
  }

  it.each([2, 3])("%i threads: the one-thread rows, order and metadata", async (threads) => {
    for (const input of [gen, big]) {
      const one = join(dir, "one.parquet");
      const many = join(dir, `many-${threads}.parquet`);
      const want = await sequential(input, one);
      const got = await parallel(input, many, { threads, ...split });
      expect(got.fellBack).toBe(false);
      expect({ ...got.result, rowGroups: 0 }).toEqual({ ...want.result, rowGroups: 0 });
      // Each range ends its own row group: more of them, none above the row-group size.
      expect(got.result.rowGroups).toBeGreaterThan(want.result.rowGroups);
      const [largest] = await duckdbRows(`SELECT max(row_group_num_rows) AS n FROM parquet_metadata(${q(many)})`);
      expect(Number(largest?.n)).toBeLessThanOrEqual(500);
      expect(got.report).toEqual({ ...want.report, incomplete: undefined, gzip: undefined });
      expect(await contents(many)).toEqual(await contents(one));
    }
  });

  it("a bad line in a later range: the sequential error (strict), the sequential values (lenient)", async () => {
    const lines = readFileSync(gen, "utf8").split("\n");
    lines[1500] = (lines[1500] as string).replace('"metrics":{', '"metrics":{"zz_bad":{"value":"x","unit":"ms"},');
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, lines.join("\n"));
    const one = join(dir, "bad-one.parquet");
    const many = join(dir, "bad-many.parquet");
    const strict = await parallel(bad, many, { threads: 2, ...split }).then(
      () => undefined,
      (e: Error & { location?: unknown }) => ({ message: e.message, location: e.location }),
    );
    const want = await sequential(bad, one).then(
      () => undefined,
      (e: Error & { location?: unknown }) => ({ message: e.message, location: e.location }),
    );
    expect(strict).toEqual(want);
    expect(strict).toMatchObject({ location: { line: 1501 } });
    const lenientWant = await sequential(bad, one, "lenient");
    const lenient = await parallel(bad, many, { threads: 2, mode: "lenient", ...split });
    expect(lenient.fellBack).toBe(true);
    expect(lenient.report).toEqual(lenientWant.report);
    expect({ ...lenient.result, rowGroups: 0 }).toEqual({ ...lenientWant.result, rowGroups: 0 });
    expect(await contents(many)).toEqual(await contents(one));
  });
});
