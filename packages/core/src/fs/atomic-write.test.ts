import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileWriteError, OutputExistsError, removePendingTempFiles, writeFileAtomic } from "./atomic-write.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "core-atomic-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes a string and leaves no temp file behind", async () => {
    const path = join(dir, "out.csv");
    await writeFileAtomic(path, "a,b\r\n");
    expect(readFileSync(path, "utf8")).toBe("a,b\r\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("writes what a stream producer writes, through backpressure", async () => {
    const path = join(dir, "rows.csv");
    const rows = Array.from({ length: 20000 }, (_, i) => `${i},${1759522419154568926n + BigInt(i)}\r\n`);
    await writeFileAtomic(path, (stream) => pipeline(Readable.from(rows), stream));
    expect(readFileSync(path, "utf8")).toBe(rows.join(""));
    expect(readdirSync(dir)).toEqual(["rows.csv"]);
  });

  it("ends the stream itself when the producer does not", async () => {
    const path = join(dir, "partial.txt");
    await writeFileAtomic(path, (stream) => pipeline(Readable.from(["x", "y"]), stream, { end: false }));
    expect(readFileSync(path, "utf8")).toBe("xy");
  });

  it("lists its temp file while writing; removePendingTempFiles removes it synchronously (signal handlers)", async () => {
    const path = join(dir, "big.csv");
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const writing = writeFileAtomic(path, async (stream) => {
      stream.write("partial,row\r\n");
      await gate;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toHaveLength(1); // the temp file
    removePendingTempFiles();
    expect(readdirSync(dir)).toEqual([]);
    release();
    // The move then fails (its temp is gone): the target never appears half-written.
    await expect(writing).rejects.toThrow(FileWriteError);
    expect(readdirSync(dir)).toEqual([]);
    // Done writes leave nothing listed.
    await writeFileAtomic(join(dir, "done.csv"), "x");
    removePendingTempFiles();
    expect(readdirSync(dir)).toEqual(["done.csv"]);
  });

  it("a temp file that cannot be opened rejects with the path (no unhandled 'error' event)", async () => {
    const path = join(dir, "missing-dir", "out.csv");
    await expect(writeFileAtomic(path, async (stream) => stream.write("x"))).rejects.toThrow(FileWriteError);
    await expect(writeFileAtomic(path, async (stream) => stream.write("x"))).rejects.toThrow(/ENOENT/);
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

  it("rethrows a typed error of the producer as is (e.g. a record that fails validation), wraps others", async () => {
    const typed = Object.assign(new Error("line 3: not JSON"), { kind: "syntax", format: () => "f:3: not JSON" });
    await expect(writeFileAtomic(join(dir, "a.csv"), async () => Promise.reject(typed))).rejects.toBe(typed);
    const plain = writeFileAtomic(join(dir, "b.csv"), async () => Promise.reject(new Error("disk gone")));
    await expect(plain).rejects.toMatchObject({
      name: "FileWriteError",
      message: "cannot write output: disk gone",
      kind: "io",
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("formats its errors as the CLI prints them: path, message, hint", async () => {
    const path = join(dir, "keep.csv");
    writeFileSync(path, "original");
    const err = await writeFileAtomic(path, "new").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputExistsError);
    expect((err as OutputExistsError).format()).toBe(`${path}: output file already exists`);
    expect((err as OutputExistsError).hint).toMatch(/--force/);
  });

  it("reports a missing directory as a typed io error with the path", async () => {
    const path = join(dir, "no-such-dir", "out.csv");
    const attempt = writeFileAtomic(path, "x");
    await expect(attempt).rejects.toBeInstanceOf(FileWriteError);
    await expect(writeFileAtomic(path, "x")).rejects.toMatchObject({ kind: "io", location: { file: path } });
    await expect(writeFileAtomic(path, async (stream) => void stream.write("x"))).rejects.toMatchObject({
      kind: "io",
      location: { file: path },
    });
  });
});
