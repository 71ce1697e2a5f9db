// Class 3 of issue 9: unbounded input. A line beyond maxLineBytes, a source
// without newlines (endless, or a gzip bomb) ends the read with LineTooLongError
// at the right line, in strict and lenient mode, after reading at most the
// limit plus a chunk or so.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { LineTooLongError, UsageError } from "../errors.js";
import { summarizeFile } from "../summarize/summarize-file.js";
import { LineSplitter } from "./line-splitter.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords, readRecords } from "./read-records.js";
import type { ReadOptions } from "./read-records.js";
import { run1Lines, tempDir } from "./test-support/fixtures.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const LINES = run1Lines();
const LIMIT = 4096;

/** An endless stream of `byte` in 64 KiB chunks (like /dev/zero), counting what was pulled. */
function endless(byte: number, prefix = ""): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(1 << 16, byte);
  let first = true;
  const stream = Readable.from(
    (function* () {
      for (;;) {
        const c = first ? Buffer.concat([Buffer.from(prefix), chunk]) : chunk;
        first = false;
        pulled += c.length;
        yield c;
      }
    })(),
  );
  return { stream, pulled: () => pulled };
}

async function failure(source: Parameters<typeof loadRecords>[0], options: ReadOptions): Promise<LineTooLongError> {
  const e = await loadRecords(source, options).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LineTooLongError);
  return e as LineTooLongError;
}

describe("line limit", () => {
  it("LineSplitter stops at the first line beyond the limit and holds no more of it", () => {
    const s = new LineSplitter(5);
    const out: string[] = [];
    s.push(Buffer.from("abc\n12345\nabcdef"), out);
    expect(out).toEqual(["abc", "12345"]);
    expect(s.overflow).toBe(2);
    s.push(Buffer.from("\nmore\n"), out);
    expect(out).toEqual(["abc", "12345"]);
    expect(s.end()).toBeUndefined();
    // A line of exactly the limit spanning chunks is fine; one byte more is not.
    const t = new LineSplitter(5);
    const lines: string[] = [];
    t.push(Buffer.from("12"), lines);
    t.push(Buffer.from("345\n12"), lines);
    t.push(Buffer.from("3456"), lines);
    expect(lines).toEqual(["12345"]);
    expect(t.overflow).toBe(1);
  });

  it("a long line after good ones: the good records come first, then the error at its line, in both modes", async () => {
    const text = `${LINES.slice(0, 3).join("\n")}\n${"x".repeat(LIMIT + 1)}\n${LINES[3]}\n`;
    const path = join(tmp.dir, "long.jsonl");
    writeFileSync(path, text);
    for (const mode of ["strict", "lenient"] as const) {
      const seen: number[] = [];
      const e = await (async () => {
        try {
          for await (const r of readRecords(path, { mode, maxLineBytes: LIMIT })) seen.push(r.line);
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(LineTooLongError);
      expect(seen).toEqual([1, 2, 3]);
      const err = e as LineTooLongError;
      expect(err.location).toEqual({ file: path, line: 4 });
      expect(err.format()).toBe(
        `${path}:4: line is longer than 4096 bytes (the line limit); not one JSON record per line`,
      );
      expect(err.report?.accepted).toBe(3);
    }
    expect(() => loadRecordsSync(path, { maxLineBytes: LIMIT })).toThrow(LineTooLongError);
    // The default limit (256 MiB) reads the same file: the line is then a syntax error.
    await expect(loadRecords(path)).rejects.toMatchObject({ kind: "syntax", location: { line: 4 } });
  });

  it("an endless stream without newlines (like /dev/zero, but text) ends with the error after about the limit", async () => {
    for (const mode of ["strict", "lenient"] as const) {
      const src = endless(0x61);
      const e = await failure(src.stream, { mode, maxLineBytes: 1 << 20 });
      expect(e.location).toEqual({ file: "<stream>", line: 1 });
      expect(src.pulled()).toBeLessThanOrEqual((1 << 20) + 4 * (1 << 16));
    }
    // The same after a good first line: the error names line 2.
    const src = endless(0x61, `${LINES[0]}\n`);
    const e = await failure(src.stream, { maxLineBytes: 1 << 20 });
    expect(e.location.line).toBe(2);
  });

  it("a gzip bomb without newlines stops at the limit while inflating (file, sync reader, summarizeFile)", async () => {
    const path = join(tmp.dir, "bomb.jsonl.gz");
    writeFileSync(path, gzipSync(Buffer.alloc(64 << 20, 0x20)));
    const e = await failure(path, { maxLineBytes: 1 << 20 });
    expect(e.location).toEqual({ file: path, line: 1 });
    // Compressed bytes consumed: a small part of the file, not all of the 64 MiB inflated.
    expect(e.report?.bytesRead).toBeLessThan(1 << 20);
    expect(() => loadRecordsSync(path, { maxLineBytes: 1 << 20 })).toThrow(LineTooLongError);
    await expect(summarizeFile(path, { maxLineBytes: 1 << 20, mode: "lenient" })).rejects.toBeInstanceOf(
      LineTooLongError,
    );
  });

  it("refuses a limit that is not a whole number from 1 to 0x1fffffe8", async () => {
    for (const bad of [0, -1, 1.5, Number.NaN, 0x1fffffe9])
      await expect(loadRecords(join(tmp.dir, "long.jsonl"), { maxLineBytes: bad })).rejects.toBeInstanceOf(UsageError);
    expect(() => loadRecordsSync(join(tmp.dir, "long.jsonl"), { maxLineBytes: 0 })).toThrow(UsageError);
  });
});
