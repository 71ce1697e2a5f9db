import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { ByteWriter } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { ChunkFileWriter, Int64Column, ListColumn, StringColumn } from "./chunk-writer.js";
import { parquetSchema } from "./columns.js";
import { duckdbRows, tempDir } from "./test-support/helpers.js";

/** The whole file in memory. */
class MemorySink extends ByteWriter {
  flush(): Promise<void> {
    return Promise.resolve();
  }
}

// mulberry32: reproducible.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("ChunkFileWriter", () => {
  it("ns lists of every bit width, nulls and empty lists, read back exactly by DuckDB and hyparquet", async () => {
    const rand = random(7);
    const capacity = 97;
    const list = new ListColumn("gaps_ns", true, capacity);
    const id = new Int64Column("id", capacity);
    const tag = new StringColumn("tag", capacity);
    const columns = [
      { name: "id", kind: "int" as const, source: "line" as const },
      { name: "tag", kind: "string" as const, source: "other-metadata" as const },
      { name: "gaps_ns", kind: "list-ns" as const, source: "other-metrics" as const },
    ];
    const sink = new MemorySink();
    const writer = new ChunkFileWriter(sink, parquetSchema(columns), [id, tag, list], "SNAPPY");
    const expected: { id: bigint; tag: string | null; gaps: bigint[] | null }[] = [];
    let rejected = 0;
    for (let row = 0; row < 500; row++) {
      const pick = rand();
      let gaps: bigint[] | null = null;
      if (pick < 0.05) list.push(null);
      else if (pick < 0.1) {
        list.push([]);
        gaps = [];
      } else {
        // Magnitudes 2^0 .. 2^51, both signs: every miniblock width from 0 to 53 bits.
        const scale = 2 ** Math.floor(rand() * 52);
        const ms: number[] = [];
        for (let n = 1 + Math.floor(rand() * 300); n > 0; n--) {
          const ns = Math.round((rand() - 0.3) * scale) + 0; // + 0: no -0
          if (Math.abs(ns) <= 2 ** 51 && Object.is(Math.round(ns * 1e-6 * 1e6), ns)) ms.push(ns * 1e-6);
        }
        if (!list.stage(ms)) rejected++;
        list.push(ms);
        gaps = ms.map((v) => BigInt(Math.round(v * 1e6)));
      }
      id.push(BigInt(row));
      const t = row % 11 === 0 ? null : `w${row % 3}`;
      tag.push(t);
      expected.push({ id: BigInt(row), tag: t, gaps });
      if ((row + 1) % capacity === 0) await writer.writeRowGroup(capacity);
    }
    await writer.writeRowGroup(500 % capacity);
    await writer.finish([{ key: "k", value: "v" }], "test");
    expect(rejected).toBe(0);
    const file = join(tempDir(), "lists.parquet");
    writeFileSync(file, sink.getBytes());

    const rows = await duckdbRows(`SELECT id, tag, gaps_ns AS gaps FROM read_parquet('${file}') ORDER BY id`);
    expect(rows).toEqual(expected);
    const objects = await parquetReadObjects({ file: await asyncBufferFromFile(file) });
    expect(objects.map((o) => ({ id: o.id, tag: o.tag, gaps: o.gaps_ns ?? null }))).toEqual(expected);
    const groups = await duckdbRows(`SELECT count(DISTINCT row_group_id) AS g FROM parquet_metadata('${file}')`);
    expect(groups[0]?.g).toBe(6n);
  });

  it("stage refuses a ms value that is not exactly ns * 1e-6", () => {
    const list = new ListColumn("x_ns", true, 4);
    expect(list.stage([21.569765999999998, 0.001])).toBe(true);
    expect(list.stage([0.1 + 0.2])).toBe(false);
    expect(list.stage([-0])).toBe(false);
  });
});
