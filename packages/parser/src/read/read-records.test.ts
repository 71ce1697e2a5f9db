import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  CorruptGzipError,
  EmptyInputError,
  NoRecordsError,
  RecordSyntaxError,
  SourceNotFoundError,
  TruncatedFileError,
  WrongFileKindError,
} from "../errors.js";
import type { ParsedRecord, ReadReport } from "../model.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords, readRecords } from "./read-records.js";
import type { RecordSource, ReadOptions } from "./read-records.js";
import { RUN1_DIR, RUN1_JSONL, RUN1_SUMMARY, run1Lines, tempDir } from "./test-support/fixtures.js";
import { versionLine } from "./test-support/versions.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
let fileNo = 0;
function writeTemp(content: string | Buffer, name = `f${++fileNo}.jsonl`): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
}

const RUN1_BYTES = readFileSync(RUN1_JSONL);
const RUN1_GZ = gzipSync(RUN1_BYTES);
const expected = loadRecordsSync(RUN1_JSONL);

async function errorOf(source: RecordSource, options?: ReadOptions): Promise<unknown> {
  try {
    await loadRecords(source, options);
  } catch (e) {
    return e;
  }
  throw new Error("expected the read to fail");
}

describe("sources", () => {
  const gzDir = join(tmp.dir, "gz-artifacts");
  mkdirSync(gzDir);
  writeFileSync(join(gzDir, "profile_export.jsonl.gz"), RUN1_GZ);
  const sources: [string, () => RecordSource, boolean][] = [
    ["a file path", () => RUN1_JSONL, false],
    ["an artifacts directory", () => RUN1_DIR, false],
    ["a Node stream", () => createReadStream(RUN1_JSONL, { highWaterMark: 1000 }), false],
    ["a .jsonl.gz path", () => writeTemp(RUN1_GZ, "run1.jsonl.gz"), true],
    ["a gzip stream (magic bytes)", () => Readable.from([RUN1_GZ.subarray(0, 1), RUN1_GZ.subarray(1)]), true],
    ["a directory holding profile_export.jsonl.gz", () => gzDir, true],
  ];
  it.each(sources)("reads run1 from %s", async (_name, source, gzip) => {
    const { records, report } = await loadRecords(source());
    expect(records).toEqual(expected.records);
    expect(report).toMatchObject({
      version: "R",
      linesRead: 100,
      blankLines: 0,
      accepted: 100,
      skipped: 0,
      truncated: false,
      issues: [],
    });
    expect(report.gzip ?? false).toBe(gzip);
  });

  it('reads "-" from stdin', async () => {
    const spy = vi
      .spyOn(process, "stdin", "get")
      .mockReturnValue(Readable.from([RUN1_BYTES]) as unknown as typeof process.stdin);
    try {
      const stream = readRecords("-");
      expect(stream.file).toBe("<stdin>");
      const records: ParsedRecord[] = [];
      for await (const r of stream) records.push(r);
      expect(records).toEqual(expected.records);
      expect((await stream.report).file).toBe("<stdin>");
    } finally {
      spy.mockRestore();
    }
  });

  it('loadRecordsSync reads "-" from a real stdin pipe, plain and gzip (built package in a child process)', () => {
    const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
    expect(existsSync(dist), "run `npm run build` first (turbo's test task does)").toBe(true);
    const script = `import { loadRecordsSync } from ${JSON.stringify(pathToFileURL(dist).href)};
      const { records, report } = loadRecordsSync("-");
      process.stdout.write(JSON.stringify([records.length, String(records[0].metadata.timestamp_ns), report.file, report.gzip ?? false]));`;
    for (const [input, gzip] of [
      [RUN1_BYTES, false],
      [RUN1_GZ, true],
    ] as const) {
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { input });
      expect(JSON.parse(out.toString())).toEqual([100, "1759522419154829652", "<stdin>", gzip]);
    }
  });

  it("loadRecordsSync reads gzip too, and names the resolved file", () => {
    const gz = loadRecordsSync(writeTemp(RUN1_GZ, "sync.jsonl.gz"));
    expect(gz.records).toEqual(expected.records);
    expect(gz.report.gzip).toBe(true);
    expect(loadRecordsSync(RUN1_DIR).report.file).toBe(RUN1_JSONL);
  });

  it("reports progress in source bytes against the file size", async () => {
    const calls: [number, number | undefined][] = [];
    const { report } = await loadRecords(RUN1_JSONL, { onProgress: (read, total) => calls.push([read, total]) });
    expect(calls.at(-1)).toEqual([RUN1_BYTES.length, RUN1_BYTES.length]);
    expect(report.bytesRead).toBe(RUN1_BYTES.length);
    const gzPath = writeTemp(RUN1_GZ, "progress.jsonl.gz");
    const gzCalls: [number, number | undefined][] = [];
    await loadRecords(gzPath, { onProgress: (read, total) => gzCalls.push([read, total]) });
    expect(gzCalls.at(-1)).toEqual([statSync(gzPath).size, statSync(gzPath).size]);
  });

  it("names the file it reads before iteration starts", () => {
    expect(readRecords(RUN1_DIR).file).toBe(RUN1_JSONL);
    expect(readRecords(Readable.from([])).file).toBe("<stream>");
  });
});

describe("missing and wrong inputs", () => {
  it("a missing path is a SourceNotFoundError, on iteration and in the report", async () => {
    const stream = readRecords(join(tmp.dir, "nope.jsonl"));
    await expect(loadRecords(join(tmp.dir, "nope.jsonl"))).rejects.toBeInstanceOf(SourceNotFoundError);
    const it = stream[Symbol.asyncIterator]();
    await expect(it.next()).rejects.toBeInstanceOf(SourceNotFoundError);
    await expect(stream.report).rejects.toBeInstanceOf(SourceNotFoundError);
  });

  it("a directory without records is a NoRecordsError", async () => {
    const dir = join(tmp.dir, "empty-artifacts");
    mkdirSync(dir);
    expect(await errorOf(dir)).toBeInstanceOf(NoRecordsError);
    expect(() => loadRecordsSync(dir)).toThrow(NoRecordsError);
  });

  it("the summary JSON gives one WrongFileKindError with a hint, not a syntax error per line", async () => {
    for (const file of [RUN1_SUMMARY, writeTemp(JSON.stringify(JSON.parse(readFileSync(RUN1_SUMMARY, "utf8"))))]) {
      const err = await errorOf(file, { mode: "lenient" });
      expect(err).toBeInstanceOf(WrongFileKindError);
      expect((err as WrongFileKindError).hint).toBe(
        "this is AIPerf's summary file; pass profile_export.jsonl or the artifacts directory",
      );
    }
  });

  it("AIPerf's summary CSV gives one WrongFileKindError, even in lenient mode", async () => {
    const err = await errorOf(RUN1_SUMMARY.replace(/\.json$/, ".csv"), { mode: "lenient" });
    expect(err).toBeInstanceOf(WrongFileKindError);
    expect((err as WrongFileKindError).message).toBe("expected one JSON record per line, found CSV text");
    expect((err as WrongFileKindError).location.file).toMatch(/profile_export_aiperf\.csv$/);
  });

  it("a first line that is neither JSON nor CSV stays a syntax error with its position", async () => {
    const err = await errorOf(writeTemp("not json at all\n"));
    expect(err).toBeInstanceOf(RecordSyntaxError);
    expect((err as RecordSyntaxError).location).toMatchObject({ line: 1, column: 1 });
  });

  it("corrupt gzip data is a CorruptGzipError (kind corrupt; gzip-damage.test.ts has every case)", async () => {
    const err = await errorOf(
      writeTemp(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from("not deflate data at all")]), "bad.jsonl.gz"),
    );
    expect(err).toBeInstanceOf(CorruptGzipError);
    expect((err as CorruptGzipError).kind).toBe("corrupt");
    expect((err as CorruptGzipError).message).toMatch(/corrupt gzip data/);
  });

  it("a stream can be iterated once", async () => {
    const stream = readRecords(RUN1_JSONL);
    for await (const _ of stream) break;
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/only once/);
  });
});

describe("bad lines: strict stops, lenient skips, both count", () => {
  const good = run1Lines();
  const syntaxLine = '{"metadata":{"x":1,}';
  const invalidLine = (good[5] as string).replace('"worker_id":"', '"worker_id":7,"w":"');
  const cut = (good[6] as string).slice(0, 200);
  const text = `${[good[0], "", "   ", syntaxLine, invalidLine, good[1]].join("\n")}\n${cut}`;
  const path = writeTemp(text);

  it("lenient: returns the good records and every issue with line and column", async () => {
    const { records, report } = await loadRecords(path, { mode: "lenient" });
    expect(records.map((r) => r.line)).toEqual([1, 6]);
    expect(report).toMatchObject({
      linesRead: 7,
      blankLines: 2,
      accepted: 2,
      skipped: 3,
      truncated: true,
      version: "R",
    });
    expect(report.linesRead).toBe(report.accepted + report.skipped + report.blankLines);
    expect(report.issues.map(({ line, column, pointer, kind }) => ({ line, column, pointer, kind }))).toEqual([
      { line: 4, column: syntaxLine.indexOf(",}") + 2, pointer: "/metadata", kind: "syntax" },
      { line: 5, column: invalidLine.indexOf("7,") + 1, pointer: "/metadata/worker_id", kind: "validation" },
      { line: 7, column: cut.length + 1, pointer: "/metadata", kind: "truncated" }, // cut inside a metadata key
    ]);
    expect(loadRecordsSync(path, { mode: "lenient" }).report).toEqual(report);
  });

  it("strict: stops at the first bad line; the error carries the counts so far", async () => {
    const stream = readRecords(path);
    const seen: number[] = [];
    let caught: unknown;
    try {
      for await (const r of stream) seen.push(r.line);
    } catch (e) {
      caught = e;
    }
    expect(seen).toEqual([1]);
    expect(caught).toBeInstanceOf(RecordSyntaxError);
    const err = caught as RecordSyntaxError;
    expect(err.location).toMatchObject({ line: 4, column: syntaxLine.indexOf(",}") + 2 });
    expect(err.report).toMatchObject({ linesRead: 4, blankLines: 2, accepted: 1, skipped: 0 });
    await expect(stream.report).rejects.toBe(err);
  });

  it("a cut-off last line is reported as truncated (strict: TruncatedFileError)", async () => {
    const truncated = writeTemp([good[0], good[1], cut].join("\n"));
    const err = await errorOf(truncated);
    expect(err).toBeInstanceOf(TruncatedFileError);
    expect((err as TruncatedFileError).location).toMatchObject({ line: 3, column: cut.length + 1 });
    expect(() => loadRecordsSync(truncated)).toThrow(TruncatedFileError);
  });

  it("the same cut line followed by a newline is a syntax error, not truncation", async () => {
    const err = await errorOf(writeTemp([good[0], cut, ""].join("\n")));
    expect(err).toBeInstanceOf(RecordSyntaxError);
    expect((err as RecordSyntaxError).location.line).toBe(2);
  });

  it("a gzip file cut mid-stream: the records before the cut are yielded, then CorruptGzipError in either mode", async () => {
    const cutGz = writeTemp(RUN1_GZ.subarray(0, Math.floor(RUN1_GZ.length / 2)), "cut.jsonl.gz");
    for (const mode of ["strict", "lenient"] as const) {
      const records: ParsedRecord[] = [];
      const stream = readRecords(cutGz, { mode });
      await expect(
        (async () => {
          for await (const r of stream) records.push(r);
        })(),
      ).rejects.toBeInstanceOf(CorruptGzipError);
      expect(records.length).toBeGreaterThan(10);
      expect(records).toEqual(expected.records.slice(0, records.length));
      expect(() => loadRecordsSync(cutGz, { mode })).toThrow(CorruptGzipError);
    }
  });

  it("validate: false skips the schema but still refuses non-records", async () => {
    const path2 = writeTemp([invalidLine, "[1]"].join("\n"));
    const { records, report } = await loadRecords(path2, { validate: false, mode: "lenient" });
    expect(records[0]?.metadata.worker_id).toBe(7);
    expect(records[0]?.metadata.timestamp_ns).toBe(BigInt(/"timestamp_ns":(\d+)/.exec(invalidLine)?.[1] ?? "0"));
    expect(report.issues).toMatchObject([{ line: 2, column: 1, pointer: "", kind: "validation" }]);
  });
});

describe("tolerated input", () => {
  it("accepts a UTF-8 BOM, CRLF line ends and blank lines", async () => {
    const lines = run1Lines();
    const text = `\uFEFF${lines.join("\r\n\r\n")}\r\n`;
    const { records, report } = await loadRecords(writeTemp(text));
    expect(records.map(({ line: _l, ...r }) => r)).toEqual(expected.records.map(({ line: _l, ...r }) => r));
    expect(records.map((r) => r.line)).toEqual(lines.map((_, i) => 2 * i + 1));
    expect(report).toMatchObject({ linesRead: 199, blankLines: 99, accepted: 100 });
  });

  it("an empty file is an EmptyInputError carrying a zero report (empty-input.test.ts has every case)", async () => {
    const err = await errorOf(writeTemp(""));
    expect(err).toBeInstanceOf(EmptyInputError);
    expect((err as EmptyInputError).report).toMatchObject({ linesRead: 0, accepted: 0, version: null });
  });
});

describe("stopping", () => {
  it("a consumer that stops early gets an incomplete report", async () => {
    const stream = readRecords(RUN1_JSONL);
    let n = 0;
    for await (const _ of stream) if (++n === 10) break;
    const report: ReadReport = await stream.report;
    expect(report).toMatchObject({ accepted: 10, incomplete: true });
  });

  it("an abort signal ends the read with its reason", async () => {
    const ac = new AbortController();
    const stream = readRecords(createReadStream(RUN1_JSONL, { highWaterMark: 4096 }), { signal: ac.signal });
    let n = 0;
    let caught: unknown;
    try {
      for await (const _ of stream) if (++n === 3) ac.abort();
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).name).toBe("AbortError");
    expect(n).toBeLessThan(100);
    await expect(stream.report).rejects.toBe(caught);
    const pre = new AbortController();
    pre.abort(new Error("stop"));
    await expect(loadRecords(RUN1_JSONL, { signal: pre.signal })).rejects.toThrow("stop");
  });
});

describe("version detection across lines", () => {
  it.each(["R", "O", "L", "0.10", "0.12"] as const)("reports %s", async (version) => {
    const { report } = await loadRecords(
      Readable.from([Buffer.from(`${versionLine(version)}\n${versionLine(version)}\n`)]),
    );
    expect(report.version).toBe(version);
  });

  it("uses the union of keys: credit_issued_ns on a later line still means L", async () => {
    const noCredit = versionLine("L").replace(/"credit_issued_ns":\d+,/, "");
    const { report } = await loadRecords(Readable.from([`${noCredit}\n${versionLine("L")}\n`]));
    expect(report.version).toBe("L");
    expect((await loadRecords(Readable.from([`${noCredit}\n`]))).report.version).toBe("O");
  });
});
