import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRecords } from "../read/index.js";
import { RUN1_JSONL, tempDir } from "../read/test-support/fixtures.js";
import type { SummarizeOptions } from "./options.js";
import { summarize } from "./summarize.js";
import { summarizeFile } from "./summarize-file.js";
import type { SummarizeFileOptions } from "./summarize-file.js";

const GENERATOR = fileURLToPath(new URL("../../../../bench/generate.mjs", import.meta.url));

/** Exact text of a result: bigint and -0 spelled out, every double in shortest round-trip form. */
function exact(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? `${x}n` : Object.is(x, -0) ? "-0" : x));
}

async function sequential(path: string, options: SummarizeFileOptions = {}): Promise<string> {
  const stream = readRecords(path, options);
  const summary = await summarize(stream, options as SummarizeOptions);
  return exact({ summary, report: await stream.report });
}

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { location?: unknown; report?: unknown; kind?: string };
    return { name: err.name, message: err.message, kind: err.kind, location: err.location, report: exact(err.report) };
  }
  throw new Error("expected a rejection");
}

describe("summarizeFile", () => {
  const tmp = tempDir();
  let big = "";
  beforeAll(() => {
    // 6000 generated records (~1.4M inter-chunk latencies: several 1M-value chunks, numpy's 8192 chunks).
    big = join(tmp.dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "6000", big, "7"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it("equals summarize(readRecords()) on run1 with 1, 2 and 3 threads (summary and report)", async () => {
    const want = await sequential(RUN1_JSONL);
    for (const threads of [1, 2, 3]) {
      const got = await summarizeFile(RUN1_JSONL, { threads });
      expect(exact(got)).toBe(want);
    }
  });

  it("equals the sequential result on a generated multi-chunk file for every engine", async () => {
    for (const version of ["R", "L", "0.10", "0.12"] as const) {
      const want = await sequential(big, { version });
      for (const threads of [1, 2, 3])
        expect(exact(await summarizeFile(big, { threads, version })), `${version} x${threads}`).toBe(want);
    }
  });

  it("reports progress from the worker threads: never backwards, ending at the file size", async () => {
    const { size } = statSync(big);
    const seen: [number, number | undefined][] = [];
    const got = await summarizeFile(big, { threads: 2, onProgress: (bytes, total) => seen.push([bytes, total]) });
    expect(exact(got)).toBe(await sequential(big));
    // ~20 MB in two ranges: each worker posts notes every 4 MB before the final one.
    expect(seen.filter(([bytes]) => bytes < size).length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    expect(seen.at(-1)).toEqual([size, size]);
    expect(seen.every(([, total]) => total === size)).toBe(true);
  });

  it("reports a bad line in a later byte range exactly as the sequential reader (strict and lenient)", async () => {
    const lines = readFileSync(big, "utf8").split("\n");
    lines[4500] = (lines[4500] as string).replace('"metrics":{', '"metrics":{"zz_bad":{"value":"x","unit":"ms"},');
    lines[5200] = (lines[5200] as string).slice(0, 300);
    const bad = join(tmp.dir, "bad.jsonl");
    writeFileSync(bad, lines.join("\n"));
    const strict = await errorOf(summarizeFile(bad, { threads: 2 }));
    expect(strict).toEqual(await errorOf(sequential(bad)));
    expect(strict).toMatchObject({ kind: "validation", location: { line: 4501 } });
    const lenient = await summarizeFile(bad, { threads: 2, mode: "lenient" });
    expect(lenient.report.skipped).toBe(2);
    expect(exact(lenient)).toBe(await sequential(bad, { mode: "lenient" }));
  });
});
