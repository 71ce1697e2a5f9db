// Class 3 of issue 9, sync reader: gzip is inflated in 64 KiB pieces (GunzipSync), so a bomb
// without newlines stops at the line limit; members, padding and damage behave as node's gunzip.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { CorruptGzipError, LineTooLongError } from "../errors.js";
import { GunzipSync } from "./gunzip-sync.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords } from "./read-records.js";
import { run1Lines, tempDir } from "./test-support/fixtures.js";

const tmp = tempDir();
afterAll(tmp.cleanup);

/** Inflates `parts` pushed one by one; the output pieces' sizes and the text. */
function inflate(parts: Uint8Array[]): { sizes: number[]; text: string; cutOff: boolean } {
  const sizes: number[] = [];
  const out: Buffer[] = [];
  const g = new GunzipSync("x.gz", (c) => {
    sizes.push(c.length);
    out.push(Buffer.from(c));
  });
  for (const p of parts) g.push(p);
  return { sizes, text: Buffer.concat(out).toString("latin1"), cutOff: g.cutOff };
}

describe("GunzipSync", () => {
  const a = gzipSync("hello\nworld\n");
  const b = gzipSync("second\n");
  const two = Buffer.concat([a, b]);

  it("hands a bomb over in pieces of at most 64 KiB", () => {
    const r = inflate([gzipSync(Buffer.alloc(8 << 20, 0x61))]);
    expect(Math.max(...r.sizes)).toBe(1 << 16);
    expect(r.sizes.reduce((s, n) => s + n, 0)).toBe(8 << 20);
    expect(r.cutOff).toBe(false);
  });

  it("reads concatenated members wherever the input is split, as gunzipSync does", () => {
    for (let k = 0; k <= two.length; k++) {
      const r = inflate([two.subarray(0, k), two.subarray(k)]);
      expect(r.text).toBe("hello\nworld\nsecond\n");
      expect(r.cutOff).toBe(false);
    }
    // NUL padding after a member is ignored (gzip(1) and node agree).
    const padded = Buffer.concat([a, Buffer.alloc(10)]);
    expect(inflate([padded]).text).toBe(gunzipSync(padded).toString("latin1"));
  });

  it("a cut-off member: what it held, and cutOff", () => {
    for (const k of [1, 5, b.length - 1]) {
      const r = inflate([two.subarray(0, a.length + k)]);
      expect(r.cutOff).toBe(true);
      expect("hello\nworld\nsecond\n".startsWith(r.text)).toBe(true);
    }
  });

  it("damage: zlib's message, as the streaming reader gives it", async () => {
    const garbage = Buffer.concat([gzipSync(`${run1Lines()[0]}\n`), Buffer.from("garbage")]);
    expect(() => inflate([garbage])).toThrow("corrupt gzip data: incorrect header check");
    const path = join(tmp.dir, "garbage.jsonl.gz");
    writeFileSync(path, garbage);
    const sync = (() => {
      try {
        loadRecordsSync(path);
      } catch (e) {
        return e;
      }
    })();
    const streamed = await loadRecords(path).catch((e: unknown) => e);
    expect(sync).toBeInstanceOf(CorruptGzipError);
    expect((sync as CorruptGzipError).format()).toBe((streamed as CorruptGzipError).format());
  });
});

describe("loadRecordsSync on a gzip bomb", () => {
  it("stops at the line limit after the first read, not after inflating 2.5 GiB", () => {
    // 40 members of 64 MiB of spaces: ~2.6 MB compressed, more than a Buffer may hold inflated.
    const member = gzipSync(Buffer.alloc(64 << 20, 0x20));
    const path = join(tmp.dir, "bomb.jsonl.gz");
    const bytes = Buffer.concat(Array.from({ length: 40 }, () => member));
    writeFileSync(path, bytes);
    let e: unknown;
    try {
      loadRecordsSync(path, { maxLineBytes: 1 << 20 });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(LineTooLongError);
    expect((e as LineTooLongError).location).toEqual({ file: path, line: 1 });
    expect((e as LineTooLongError).report?.bytesRead).toBeLessThanOrEqual(1 << 20);
    expect(bytes.length).toBeGreaterThan(2 << 20);
  });
});
