// Class 11 of issue 9: a corrupt or cut-off gzip stream is one CorruptGzipError
// (same message) in strict and lenient mode, from every reader, with
// consistent counts; a garbage line produced by the damage never wins in strict mode.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { CorruptGzipError } from "../errors.js";
import { summarizeFile } from "../summarize/summarize-file.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords } from "./read-records.js";
import { RUN1_JSONL, tempDir } from "./test-support/fixtures.js";
import { readFileSync } from "node:fs";

const tmp = tempDir();
afterAll(tmp.cleanup);
const GZ = gzipSync(readFileSync(RUN1_JSONL));

function damaged(name: string, bytes: Buffer): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

const flipped = Buffer.from(GZ);
for (let i = GZ.length >> 1; i < (GZ.length >> 1) + 40; i++) flipped[i] = (flipped[i] as number) ^ 0x55;
const badCrc = Buffer.from(GZ);
badCrc[GZ.length - 6] = (badCrc[GZ.length - 6] as number) ^ 0xff;

const CASES = [
  {
    name: "cut in half",
    path: () => damaged("cut.jsonl.gz", GZ.subarray(0, GZ.length >> 1)),
    message: "gzip data ends early: the .gz file is cut off",
  },
  {
    name: "cut inside the header",
    path: () => damaged("hdr.jsonl.gz", GZ.subarray(0, 5)),
    message: "gzip data ends early: the .gz file is cut off",
  },
  {
    name: "40 bytes flipped mid-stream",
    path: () => damaged("flip.jsonl.gz", flipped),
    message: /^corrupt gzip data: /,
  },
  {
    name: "a bad checksum",
    path: () => damaged("crc.jsonl.gz", badCrc),
    message: "corrupt gzip data: incorrect data check",
  },
];

async function failure(p: Promise<unknown>): Promise<CorruptGzipError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CorruptGzipError);
  return e as CorruptGzipError;
}

describe("damaged gzip", () => {
  it.each(CASES)("$name: the same CorruptGzipError in strict, lenient, sync and summarizeFile", async (c) => {
    const path = c.path();
    const errors = [
      await failure(loadRecords(path)),
      await failure(loadRecords(path, { mode: "lenient" })),
      await failure(summarizeFile(path, { mode: "lenient" })),
      await failure(Promise.resolve().then(() => loadRecordsSync(path))),
      await failure(Promise.resolve().then(() => loadRecordsSync(path, { mode: "lenient" }))),
    ];
    const first = errors[0] as CorruptGzipError;
    expect(first.kind).toBe("corrupt");
    expect(first.location).toEqual({ file: path });
    if (typeof c.message === "string") expect(first.message).toBe(c.message);
    else expect(first.message).toMatch(c.message);
    for (const e of errors) {
      expect(e.format()).toBe(first.format());
      expect(e.report?.gzip).toBe(true);
    }
    // Counts up to the damage add up: lenient exactly; strict may have stopped at one garbage line first.
    for (const [k, e] of errors.entries()) {
      const r = e.report;
      if (r === undefined) throw new Error("no report");
      const unaccounted = r.linesRead - (r.accepted + r.skipped + r.blankLines);
      expect(unaccounted).toBe(k === 1 || k === 2 || k === 4 ? 0 : unaccounted === 1 ? 1 : 0);
    }
  });
});
