// Class 7 of issue 9, parser: many distinct metric tags, each in few records. Columns are
// padded lazily (record-store.ts); the results must be what dense padding gave: the
// sparse tags' stats as computed by hand, and every other metric as without them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RUN1_JSONL, run1Lines, tempDir } from "../read/test-support/fixtures.js";
import { summarizeFile } from "./summarize-file.js";

const N = 600;
const EVERY = 7;

/** run1's records cycled to N; record i gets a tag of its own, and every 7th one a shared sparse tag. */
function sparseLines(): string[] {
  const lines = run1Lines();
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    let extra = `"zz_own_${i}":{"value":${i % 97},"unit":"ms"},`;
    if (i % EVERY === 0) extra += `"zz_every7":{"value":${i},"unit":"ms"},`;
    out.push((lines[i % lines.length] as string).replace('"metrics":{', `"metrics":{${extra}`));
  }
  return out;
}

describe("many sparse metric tags", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const sparse = join(tmp.dir, "sparse.jsonl");
  const plain = join(tmp.dir, "plain.jsonl");
  const lines = run1Lines();
  writeFileSync(sparse, `${sparseLines().join("\n")}\n`);
  writeFileSync(plain, `${Array.from({ length: N }, (_, i) => lines[i % lines.length]).join("\n")}\n`);

  it.each([1, 2])("threads %i: sparse tags have their own values; the other metrics are unchanged", async (threads) => {
    const got = await summarizeFile(sparse, { threads });
    const want = await summarizeFile(plain, { threads: 1 });
    const byTag = new Map(got.summary.metrics.map((m) => [m.tag, m]));
    for (const i of [0, 1, 96, 97, 599]) {
      const m = byTag.get(`zz_own_${i}`);
      expect(m?.stats).toMatchObject({ avg: i % 97, min: i % 97, max: i % 97 });
    }
    expect(got.summary.metrics.filter((m) => m.tag.startsWith("zz_own_"))).toHaveLength(N);
    // 0, 7, ..., 595: 86 values, mean 297.5 (by hand: 7 * 85 / 2).
    expect(byTag.get("zz_every7")?.stats).toMatchObject({ avg: 297.5, min: 0, max: 595, p50: 297.5 });
    const others = got.summary.metrics.filter((m) => !m.tag.startsWith("zz_"));
    expect(others).toEqual(want.summary.metrics);
    expect(got.summary.errorSummary).toEqual(want.summary.errorSummary);
  });

  it("run1 is unchanged (its AIPerf summary is matched byte for byte in run1.test.ts)", async () => {
    const one = await summarizeFile(RUN1_JSONL, { threads: 1 });
    expect(await summarizeFile(RUN1_JSONL, { threads: 2 })).toEqual(one);
  });
});
