import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import {
  FileWriteError,
  OutputExistsError,
  removePendingTempFiles,
  writeFileAtomic,
  writeFilesAtomic,
} from "./atomic-write.js";
import type { LockEvent } from "./atomic-write.js";

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

describe("writeFilesAtomic", () => {
  const pair = (n: number) => [
    { path: join(dir, "a.json"), content: `{"run":${n}}` },
    // Stream-produced and larger, so the writers' moves really overlap in time.
    {
      path: join(dir, "a.csv"),
      content: async (stream: NodeJS.WritableStream) => {
        for (let i = 0; i < 200; i++) stream.write(`run,${n},${"x".repeat(500)}\n`);
      },
    },
  ];
  const lock = () => join(dir, ".lock");

  it("concurrent writers of one pair leave the whole pair of one of them, and no temp or lock file", async () => {
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        Array.from({ length: 6 }, (_, n) => writeFilesAtomic(pair(n), { overwrite: true, lock: lock() })),
      );
      const json = (JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as { run: number }).run;
      const csv = readFileSync(join(dir, "a.csv"), "utf8");
      expect(csv.startsWith(`run,${json},`)).toBe(true);
      expect(csv.split("\n").filter((l) => l !== "" && !l.startsWith(`run,${json},`))).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(["a.csv", "a.json"]);
    }
  });

  it("without overwrite: one writer wins, the others get OutputExistsError and move nothing", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, (_, n) => writeFilesAtomic(pair(n), { lock: lock() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(OutputExistsError);
    const json = (JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as { run: number }).run;
    expect(readFileSync(join(dir, "a.csv"), "utf8").startsWith(`run,${json},`)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "a.json"]);
  });

  it("an existing second file refuses the whole pair: the first is not written either", async () => {
    writeFileSync(join(dir, "a.csv"), "original");
    await expect(writeFilesAtomic(pair(1), { lock: lock() })).rejects.toBeInstanceOf(OutputExistsError);
    expect(readdirSync(dir)).toEqual(["a.csv"]);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("original");
  });

  it("breaks a lock whose owner is dead; waits for a live one and gives up after the timeout", async () => {
    // A pid that surely ended: a child that has exited.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(lock(), `${dead}\n`);
    await writeFilesAtomic(pair(7), { lock: lock() });
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "a.json"]);

    writeFileSync(lock(), `${process.pid}\n`);
    const held = writeFilesAtomic(pair(8), { overwrite: true, lock: lock(), lockTimeoutMs: 150 });
    // A signal while waiting removes the waiter's temp files, never the lock another writer holds.
    await new Promise((r) => setTimeout(r, 50));
    removePendingTempFiles();
    expect(readdirSync(dir).sort()).toEqual([".lock", "a.csv", "a.json"]);
    await expect(held).rejects.toThrow(/another writer holds the lock/);
    // Nothing moved, temps gone, the other owner's lock left alone.
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(`{"run":7}`);
    expect(readdirSync(dir).sort()).toEqual([".lock", "a.csv", "a.json"]);

    // A lock older than staleMs is broken even though its pid is alive.
    await writeFilesAtomic(pair(9), { overwrite: true, lock: lock(), staleMs: 0 });
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(`{"run":9}`);
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "a.json"]);
  });
  it("two writers breaking one dead owner's lock at once never hold it together (a guard, then a second look)", async () => {
    // Forced interleaving: B finds the dead owner's lock stale and stops; A breaks it and takes the lock;
    // then B goes on breaking. B must find A's live lock, not remove it.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(lock(), `${dead}\n`);
    const deferred = () => {
      let resolve = (): void => undefined;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      return { promise, resolve };
    };
    const bStale = deferred();
    const gateB = deferred();
    const bNext = deferred();
    let bPastGate = false;
    let holders = 0;
    let maxHolders = 0;
    const count = (e: LockEvent): void => {
      if (e === "locked") maxHolders = Math.max(maxHolders, ++holders);
      if (e === "releasing") holders--;
    };
    const b = writeFilesAtomic(pair(2), {
      overwrite: true,
      lock: lock(),
      onLockEvent: async (e) => {
        if (e === "stale" && !bPastGate) {
          bStale.resolve();
          await gateB.promise;
          bPastGate = true;
          return;
        }
        if (bPastGate && (e === "waiting" || e === "locked")) bNext.resolve();
        count(e);
      },
    });
    await bStale.promise;
    const a = writeFilesAtomic(pair(1), {
      overwrite: true,
      lock: lock(),
      onLockEvent: async (e) => {
        count(e);
        if (e === "locked") {
          gateB.resolve();
          // B's next step: waiting for A's lock (right), or taking it too (the race).
          await bNext.promise;
        }
      },
    });
    await Promise.all([a, b]);
    expect(maxHolders).toBe(1);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(`{"run":2}`);
    expect(readFileSync(join(dir, "a.csv"), "utf8").startsWith("run,2,")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "a.json"]);
  });
});
