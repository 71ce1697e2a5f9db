// The ordered pipeline on its own, with a tiny encoder module (a data: URL): blocks come back in file
// order with the file's line numbers, memory stays bounded by the credits, and the first bad line in
// file order stops it right after the records before that line.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { orderedTarget, runOrdered } from "./ordered-chunks.js";
import { readRecords } from "./read-records.js";
import { RUN1_JSONL, tempDir } from "./test-support/fixtures.js";

const GENERATOR = fileURLToPath(new URL("../../../../bench/generate.mjs", import.meta.url));

// Blocks of 50 records: their line numbers and request ids.
const ENCODER = new URL(
  `data:text/javascript,${encodeURIComponent(`
export function createBlockEncoder(config) {
  let lines = [];
  let ids = [];
  const take = () => {
    if (lines.length === 0) return undefined;
    const block = { data: { lines, ids }, transfer: [] };
    lines = [];
    ids = [];
    return block;
  };
  return {
    add(record) {
      lines.push(record.line);
      ids.push(record.metadata.x_request_id);
      return lines.length >= config.size ? take() : undefined;
    },
    flush: take,
  };
}`)}`,
);

type Block = { lines: number[]; ids: string[] };

async function sequential(path: string): Promise<Block> {
  const out: Block = { lines: [], ids: [] };
  for await (const r of readRecords(path, { mode: "lenient" })) {
    out.lines.push(r.line);
    out.ids.push(r.metadata.x_request_id as string);
  }
  return out;
}

describe("runOrdered", () => {
  const tmp = tempDir();
  let gen = "";
  beforeAll(() => {
    gen = join(tmp.dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "1500", gen, "3"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
    // Blank lines shift the line numbers of every later range.
    const lines = readFileSync(gen, "utf8").split("\n");
    lines.splice(700, 0, "", "   ");
    writeFileSync(gen, lines.join("\n"));
  });
  afterAll(() => tmp.cleanup());

  it("hands the blocks over in file order, with the file's line numbers (blank lines counted), one block in flight per thread", async () => {
    const target = orderedTarget(gen, { threads: 2 });
    expect(target).toMatchObject({ path: gen, threads: 2 });
    const got: Block = { lines: [], ids: [] };
    let blocks = 0;
    const outcome = await runOrdered(
      target as NonNullable<typeof target>,
      ENCODER,
      { size: 50 },
      { rangeBytes: 256 << 10, maxInFlight: 1 },
      async (b) => {
        blocks++;
        got.lines.push(...(b as Block).lines);
        got.ids.push(...(b as Block).ids);
        await new Promise((r) => setTimeout(r, 1));
      },
    );
    expect(outcome).toMatchObject({ done: true, report: { linesRead: 1502, blankLines: 2, accepted: 1500 } });
    expect(got).toEqual(await sequential(gen));
    expect(got.lines.at(-1)).toBe(1502);
    expect(blocks).toBeGreaterThan(30);
  });

  it("stops after the records before the first bad line in file order", async () => {
    const lines = readFileSync(gen, "utf8").split("\n");
    lines[1200] = "{not json";
    lines[1300] = "{not json";
    const bad = join(tmp.dir, "bad.jsonl");
    writeFileSync(bad, lines.join("\n"));
    const got: number[] = [];
    const target = orderedTarget(bad, { threads: 2 });
    const outcome = await runOrdered(
      target as NonNullable<typeof target>,
      ENCODER,
      { size: 50 },
      { rangeBytes: 256 << 10 },
      (b) => {
        got.push(...(b as Block).lines);
      },
    );
    expect(outcome.done).toBe(false);
    const want = (await sequential(bad)).lines.filter((line) => line < 1201);
    expect(got).toEqual(want);
  });

  it("no pipeline for one thread, small files without a thread count, streams; bad counts are usage errors", () => {
    expect(orderedTarget(gen, { threads: 1 })).toBeUndefined();
    expect(orderedTarget(RUN1_JSONL)).toBeUndefined();
    expect(orderedTarget("-", { threads: 2 })).toBeUndefined();
    expect(() => orderedTarget(gen, { threads: 0 })).toThrow(UsageError);
  });
});
