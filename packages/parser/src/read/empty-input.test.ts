// Class 10 of issue 9: empty input (0 bytes, blank lines only, an empty .gz,
// empty stdin) is an EmptyInputError in every reader and mode, never an empty success.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { EmptyInputError } from "../errors.js";
import { summarizeFile } from "../summarize/summarize-file.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords } from "./read-records.js";
import { tempDir } from "./test-support/fixtures.js";

const tmp = tempDir();
afterAll(tmp.cleanup);

const CASES: { name: string; file: string; bytes: Buffer; message: string; blank: number }[] = [
  { name: "0 bytes", file: "zero.jsonl", bytes: Buffer.alloc(0), message: "no records: the input is empty", blank: 0 },
  {
    name: "whitespace only",
    file: "ws.jsonl",
    bytes: Buffer.from(" \n\t\r\n\n  "),
    message: "no records: the input holds only 4 blank lines",
    blank: 4,
  },
  {
    name: "an empty .gz",
    file: "e.jsonl.gz",
    bytes: gzipSync(Buffer.alloc(0)),
    message: "no records: the input is empty",
    blank: 0,
  },
  {
    name: "a .gz of one newline",
    file: "n.jsonl.gz",
    bytes: gzipSync("\n"),
    message: "no records: the input holds only 1 blank line",
    blank: 1,
  },
];

async function rejection(p: Promise<unknown>): Promise<EmptyInputError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(EmptyInputError);
  return e as EmptyInputError;
}

describe("empty input", () => {
  it.each(CASES)("$name: EmptyInputError in strict and lenient mode, stream, sync and summarizeFile", async (c) => {
    const path = join(tmp.dir, c.file);
    writeFileSync(path, c.bytes);
    for (const mode of ["strict", "lenient"] as const) {
      const e = await rejection(loadRecords(path, { mode }));
      expect(e.kind).toBe("empty");
      expect(e.format()).toBe(`${path}: ${c.message}`);
      expect(e.report).toMatchObject({ linesRead: c.blank, blankLines: c.blank, accepted: 0, skipped: 0 });
      expect(() => loadRecordsSync(path, { mode })).toThrow(EmptyInputError);
      await rejection(summarizeFile(path, { mode, threads: 2 }));
    }
  });

  it("an empty stream and empty stdin-like input", async () => {
    const e = await rejection(loadRecords(Readable.from([])));
    expect(e.format()).toBe("<stream>: no records: the input is empty");
    await rejection(loadRecords(Readable.from([Buffer.from("\n\n")]), { mode: "lenient" }));
  });

  it("one record is enough; a file of only bad lines is not empty (its lines are reported)", async () => {
    const path = join(tmp.dir, "bad.jsonl");
    writeFileSync(path, "\nnot json\n");
    const { report } = await loadRecords(path, { mode: "lenient" });
    expect([report.linesRead, report.skipped, report.blankLines]).toEqual([2, 1, 1]);
  });
});
