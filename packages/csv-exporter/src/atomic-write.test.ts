import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { AiperfError } from "@aiperf/parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutputExistsError, writeFileAtomic } from "./atomic-write.js";
import { writeRecordsCsv } from "./records-csv.js";
import { makeRecord } from "./test-support/helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-exporter-atomic-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes a string and leaves no temp file behind", async () => {
    const path = join(dir, "out.csv");
    await writeFileAtomic(path, "a,b\r\n");
    expect(readFileSync(path, "utf8")).toBe("a,b\r\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("writes what a stream producer writes, e.g. a records CSV", async () => {
    const path = join(dir, "records.csv");
    await writeFileAtomic(path, (stream) =>
      writeRecordsCsv([makeRecord(1), makeRecord(2)], stream, { version: "R", columns: ["line", "request_start_ns"] }),
    );
    expect(readFileSync(path, "utf8")).toBe(
      "Line,Request Start (ns)\r\n1,1759522419154568926\r\n2,1759522419154568927\r\n",
    );
  });

  it("ends the stream itself when the producer does not", async () => {
    const path = join(dir, "partial.txt");
    await writeFileAtomic(path, (stream) => pipeline(Readable.from(["x", "y"]), stream, { end: false }));
    expect(readFileSync(path, "utf8")).toBe("xy");
  });

  it("refuses to overwrite an existing file and leaves it untouched", async () => {
    const path = join(dir, "keep.csv");
    writeFileSync(path, "original");
    const attempt = writeFileAtomic(path, "new");
    await expect(attempt).rejects.toBeInstanceOf(OutputExistsError);
    await expect(writeFileAtomic(path, "new")).rejects.toMatchObject({ kind: "io", location: { file: path } });
    expect(readFileSync(path, "utf8")).toBe("original");
    expect(readdirSync(dir)).toEqual(["keep.csv"]);
  });

  it("replaces an existing file with overwrite: true", async () => {
    const path = join(dir, "replace.csv");
    writeFileSync(path, "original");
    await writeFileAtomic(path, new TextEncoder().encode("new"), { overwrite: true });
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["replace.csv"]);
  });

  it("keeps the target absent and removes the temp file when the producer fails", async () => {
    const path = join(dir, "failed.csv");
    const failing = writeFileAtomic(path, async (stream) => {
      stream.write("half a row,");
      throw new Error("source broke");
    });
    await expect(failing).rejects.toThrow(/source broke/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("reports a missing directory as a typed io error with the path", async () => {
    const path = join(dir, "no-such-dir", "out.csv");
    const attempt = writeFileAtomic(path, "x");
    await expect(attempt).rejects.toBeInstanceOf(AiperfError);
    await expect(writeFileAtomic(path, "x")).rejects.toMatchObject({ kind: "io", location: { file: path } });
    await expect(writeFileAtomic(path, async (stream) => void stream.write("x"))).rejects.toMatchObject({
      kind: "io",
      location: { file: path },
    });
  });
});
