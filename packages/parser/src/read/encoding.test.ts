// Class 13 of issue 9: UTF-16 (with or without a byte order mark) and binary
// input are diagnosed as such in one WrongFileKindError, in either mode and from
// every reader, not as "CSV text" or a syntax error.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { LineTooLongError, RecordSyntaxError, WrongFileKindError } from "../errors.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords } from "./read-records.js";
import { RUN1_JSONL, tempDir } from "./test-support/fixtures.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const TEXT = readFileSync(RUN1_JSONL, "utf8");
const le = Buffer.from(TEXT, "utf16le");
const be = Buffer.from(le).swap16();
// Commas and newlines, but binary: what used to be diagnosed as "CSV text".
const binary = Buffer.concat([Buffer.from("a,b,c\n"), Buffer.from([0, 1, 2, 0xff, 0x2c, 0x0a])]);

const CASES = [
  {
    name: "UTF-16LE with BOM",
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
    found: "UTF-16 text (byte order mark FF FE), not UTF-8",
  },
  {
    name: "UTF-16BE with BOM",
    bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    found: "UTF-16 text (byte order mark FE FF), not UTF-8",
  },
  { name: "UTF-16LE without BOM", bytes: le, found: "UTF-16LE text (a NUL byte after every character), not UTF-8" },
  { name: "UTF-16BE without BOM", bytes: be, found: "UTF-16BE text (a NUL byte before every character), not UTF-8" },
  { name: "binary with commas and NUL", bytes: binary, found: "binary data (a NUL byte at offset 6), not UTF-8 text" },
  {
    name: "invalid UTF-8 without NUL",
    bytes: Buffer.from([0x7b, 0xc3, 0x28, 0x2c, 0x0a]),
    found: "binary data (not valid UTF-8), not UTF-8 text",
  },
];

describe("encoding", () => {
  it.each(CASES)("$name: one WrongFileKindError naming it (strict, lenient, sync, gzip)", async (c) => {
    const path = join(tmp.dir, "in.jsonl");
    writeFileSync(path, c.bytes);
    const gz = join(tmp.dir, "in.jsonl.gz");
    writeFileSync(gz, gzipSync(c.bytes));
    for (const [file, mode] of [
      [path, "strict"],
      [path, "lenient"],
      [gz, "lenient"],
    ] as const) {
      const e = await loadRecords(file, { mode }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(WrongFileKindError);
      expect((e as WrongFileKindError).format()).toBe(`${file}: expected UTF-8 JSON lines, found ${c.found}`);
      expect((e as WrongFileKindError).report?.linesRead).toBe(0);
    }
    expect(() => loadRecordsSync(path, { mode: "lenient" })).toThrow(WrongFileKindError);
  });

  it("an endless NUL stream (/dev/zero) is an over-long line, not binary data: exit 1 after about the limit", async () => {
    // Class 13 yields to class 3 here: NULs only name no kind of file, while the line rules apply to any input.
    let pulled = 0;
    const zeros = Readable.from(
      (function* () {
        for (;;) {
          pulled += 1 << 16;
          yield Buffer.alloc(1 << 16);
        }
      })(),
    );
    const e = await loadRecords(zeros, { mode: "lenient", maxLineBytes: 1 << 20 }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(LineTooLongError);
    expect((e as LineTooLongError).format()).toMatch(/^<stream>:1: line is longer than 1048576 bytes/);
    expect(pulled).toBeLessThanOrEqual((1 << 20) + 4 * (1 << 16));
  });

  it("a short NUL-only file is a syntax error at 1:1 (strict), skipped and counted (lenient); NULs after text stay binary", async () => {
    const path = join(tmp.dir, "nul.jsonl");
    writeFileSync(path, Buffer.alloc(300));
    await expect(loadRecords(path)).rejects.toMatchObject({ kind: "syntax", location: { line: 1, column: 1 } });
    expect(() => loadRecordsSync(path)).toThrow(RecordSyntaxError);
    const lenient = await loadRecords(path, { mode: "lenient" });
    expect(lenient.records).toHaveLength(0);
    expect(lenient.report).toMatchObject({ linesRead: 1, skipped: 1 });
    writeFileSync(path, Buffer.concat([Buffer.from(" "), Buffer.alloc(300)]));
    await expect(loadRecords(path)).rejects.toBeInstanceOf(WrongFileKindError);
  });

  it("UTF-8 with a BOM and non-ASCII text is still read", async () => {
    const path = join(tmp.dir, "bom.jsonl");
    const text = TEXT.replace('"worker_id":"worker_1d62deaa"', '"worker_id":"wörker_é✓"');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const { records } = await loadRecords(path);
    expect(records).toHaveLength(100);
    expect(records[0]?.metadata.worker_id).toBe("wörker_é✓");
  });
});
