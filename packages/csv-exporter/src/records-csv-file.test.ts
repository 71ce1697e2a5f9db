// The per-request CSV written by worker threads (the parser's ordered pipeline) is the one-thread CSV
// byte for byte, on generated runs split into many ranges, with 2 and 3 threads; a bad line in a later
// range gives exactly the sequential error (strict) or output and report (lenient).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readRecords } from "@aiperf/parser";
import type { OrderedOptions } from "@aiperf/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRecordsCsv, writeRecordsCsvFile } from "./records-csv.js";
import type { RecordsCsvOptions } from "./records-csv.js";

const GENERATOR = fileURLToPath(new URL("../../../bench/generate.mjs", import.meta.url));

function sink(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

async function sequential(path: string, options: RecordsCsvOptions & { mode?: "lenient" } = {}) {
  const out = sink();
  const records = readRecords(path, options.mode !== undefined ? { mode: options.mode } : {});
  const result = await writeRecordsCsv(records, out.stream, options);
  return { bytes: out.bytes(), result, report: await records.report };
}

async function parallel(path: string, read: OrderedOptions, options: RecordsCsvOptions = {}) {
  const out = sink();
  let fellBack: ReturnType<typeof readRecords> | undefined;
  const { result, report } = await writeRecordsCsvFile(path, out.stream, {
    ...options,
    read,
    fallback: () => {
      fellBack = readRecords(path, read.mode !== undefined ? { mode: read.mode } : {});
      return fellBack;
    },
  });
  return { bytes: out.bytes(), result, report: report ?? (await fellBack?.report), fellBack: fellBack !== undefined };
}

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { location?: unknown; kind?: string };
    return { name: err.name, message: err.message, kind: err.kind, location: err.location };
  }
  throw new Error("expected a rejection");
}

describe("writeRecordsCsvFile", () => {
  let dir = "";
  let gen = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aiperf-csv-file-"));
    gen = join(dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "3000", gen, "7"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // ~10 MB in 1 MiB ranges: 10 ranges, a few blocks in flight, so the order of the workers' output matters.
  const split = { rangeBytes: 1 << 20, maxInFlight: 2 };

  it.each([2, 3])("%i threads write the one-thread bytes, result and report (wide and --long)", async (threads) => {
    for (const long of [false, true]) {
      const want = await sequential(gen, { long });
      const got = await parallel(gen, { threads, ...split }, { long });
      expect(got.fellBack).toBe(false);
      expect(got.bytes.length).toBe(want.bytes.length);
      expect(got.bytes.equals(want.bytes)).toBe(true);
      expect(got.result).toEqual(want.result);
      expect(got.report).toEqual({ ...want.report, incomplete: undefined, gzip: undefined });
    }
    // Line numbers are the file's: the last row is line 3000's.
    const text = (await parallel(gen, { threads, ...split })).bytes.toString("utf8").trimEnd();
    expect(text.slice(text.lastIndexOf("\r\n") + 2).split(",")[0]).toBe("3000");
  });

  it("reports progress from the threads: never backwards, ending at the file size", async () => {
    const seen: number[] = [];
    await parallel(gen, { threads: 2, ...split, onProgress: (bytes) => seen.push(bytes) });
    const size = readFileSync(gen).length;
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((b, i) => i === 0 || b >= (seen[i - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBe(size);
  });

  it("a bad line in a later range: the sequential error (strict), the sequential bytes and report (lenient)", async () => {
    const lines = readFileSync(gen, "utf8").split("\n");
    lines[2100] = (lines[2100] as string).replace('"metrics":{', '"metrics":{"zz_bad":{"value":"x","unit":"ms"},');
    lines[2600] = (lines[2600] as string).slice(0, 300);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, lines.join("\n"));
    const strict = await errorOf(parallel(bad, { threads: 2, ...split }));
    expect(strict).toEqual(await errorOf(sequential(bad)));
    expect(strict).toMatchObject({ kind: "validation", location: { line: 2101 } });
    for (const threads of [2, 3]) {
      const want = await sequential(bad, { mode: "lenient" });
      const got = await parallel(bad, { threads, mode: "lenient", ...split });
      expect(got.fellBack).toBe(true);
      expect(want.report.skipped).toBe(2);
      expect(got.bytes.equals(want.bytes)).toBe(true);
      expect(got.result).toEqual(want.result);
      expect(got.report).toEqual(want.report);
    }
  });

  it("gzip, one thread and a small file read in this thread (the fallback records)", async () => {
    const gz = join(dir, "gen.jsonl.gz");
    writeFileSync(gz, gzipSync(readFileSync(gen)));
    const want = await sequential(gen);
    for (const [path, read] of [
      [gz, { threads: 2 }],
      [gen, { threads: 1 }],
      [gen, {}],
    ] as const) {
      const got = await parallel(path, read);
      expect(got.fellBack).toBe(true);
      expect(got.bytes.equals(want.bytes)).toBe(true);
    }
  });
});
