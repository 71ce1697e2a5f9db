// Optional: pyarrow reads our file with the same values (skipped, and said so, without python3 + pyarrow; never in CI).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportFile, tempDir, writeBigRun } from "./test-support/helpers.js";

const hasPyarrow =
  process.env.CI === undefined && spawnSync("python3", ["-c", "import pyarrow"], { encoding: "utf8" }).status === 0;

describe.skipIf(!hasPyarrow)("pyarrow (optional: needs python3 with pyarrow)", () => {
  it("reads int64 ns exactly, lists and nulls", async () => {
    const dir = tempDir();
    const jsonl = writeBigRun(dir, 20);
    const out = join(dir, "run.parquet");
    await exportFile(jsonl, out);
    const script = `import pyarrow.parquet as pq, json, sys
t = pq.read_table(sys.argv[1])
print(json.dumps({"start": str(t.column("request_start_ns")[5].as_py()), "icl": t.column("inter_chunk_latency")[1].as_py(), "ack3": t.column("request_ack_ns")[3].as_py(), "type": str(t.schema.field("inter_chunk_latency").type)}))`;
    const r = spawnSync("python3", ["-c", script, out], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      start: String(2n ** 60n + 123_456_789n + 5n * 1_000_003n),
      icl: Array.from({ length: 3 }, (_, k) => 1.5 + k * 0.1 + 1 / 1000), // writeBigRun's list for record 1
      ack3: null, // record 3 failed: no request_ack_ns
      type: "list<element: double>",
    });
  });
});
if (!hasPyarrow) console.log("pyarrow test skipped: python3 with pyarrow not found (or CI)");
