// Class 7: tens of thousands of distinct values from data (error messages, tags, keys) render
// in bounded console output; --json carries all of them.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { RUN1_JSONL, runCli } from "./test-support/harness.js";
import { tableRows } from "./test-support/table-rows.js";

const N = 50_000;
let dir: string;
let errorsFile: string;
let tagsFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "aiperf-cli-scale-"));
  const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n").filter((l) => l !== "");
  const errorLine = lines.find((l) => l.includes('"error":{')) ?? "";
  const validLine = lines.find((l) => !l.includes('"error":{')) ?? "";
  // N distinct messages; "failure #49999" five more times, so it is the most frequent (6).
  const errors = [validLine];
  const ids = [...Array.from({ length: N }, (_, i) => i), N - 1, N - 1, N - 1, N - 1, N - 1];
  for (const i of ids) {
    const r = JSON.parse(errorLine) as { error: { message: string } };
    r.error.message = `failure #${i}`;
    errors.push(JSON.stringify(r));
  }
  errorsFile = join(dir, "errors.jsonl");
  await writeFile(errorsFile, `${errors.join("\n")}\n`);
  // N records, each with one tag of its own; tag_7 is in three records.
  const tags: string[] = [];
  for (const i of [...Array.from({ length: N }, (_, i) => i), 7, 7]) {
    const r = JSON.parse(errorLine) as { metrics: Record<string, unknown> };
    r.metrics[`tag_${i}`] = { value: i, unit: "ms" };
    tags.push(JSON.stringify(r));
  }
  tagsFile = join(dir, "tags.jsonl");
  await writeFile(tagsFile, `${tags.join("\n")}\n`);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("50k distinct values (class 7)", () => {
  it("summarize shows the 20 most frequent errors and how many more; --json has all of them", async () => {
    const t0 = performance.now();
    const r = await runCli(["summarize", errorsFile]);
    // Rendering the whole table took about 2 minutes here; cut, it is the summary's few seconds.
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(r.code).toBe(ExitCode.ok);
    const at = r.stdout.indexOf("NVIDIA AIPerf | Error Summary");
    const rows = tableRows(r.stdout.slice(at)).slice(1); // without the header
    expect(rows).toHaveLength(20);
    // The most frequent first by count, then the first 19 of the ties, in the summary's order.
    const messages = rows.map((row) => row[2]);
    expect(messages).toContain(`failure #${N - 1}`);
    expect(rows.find((row) => row[2] === `failure #${N - 1}`)?.[3]).toBe("6");
    expect(messages.filter((m) => m !== `failure #${N - 1}`)).toEqual(
      Array.from({ length: 19 }, (_, i) => `failure #${i}`),
    );
    expect(r.stdout).toMatch(/\n\.\.\. and 49980 more distinct errors \(all of them: --json or --out\)\n$/);

    const json = await runCli(["summarize", errorsFile, "--json"]);
    const summary = JSON.parse(json.stdout) as { error_summary: { count: number }[] };
    expect(summary.error_summary).toHaveLength(N);
    expect(summary.error_summary.reduce((n, e) => n + e.count, 0)).toBe(N + 5);
  }, 120_000);

  it("metrics lists the catalog's metrics, the 20 most frequent unknown tags and how many more", async () => {
    const r = await runCli(["metrics", tagsFile]);
    expect(r.code).toBe(ExitCode.ok);
    const rows = tableRows(r.stdout).slice(1); // without the header
    const unknown = rows.filter((row) => row[2] === "unknown");
    expect(unknown).toHaveLength(20);
    expect(unknown[0]?.slice(1)).toEqual(["tag_0", "unknown", "scalar", "ms", "1"]);
    expect(unknown.find((row) => row[1] === "tag_7")?.[5]).toBe("3");
    expect(rows.filter((row) => row[2] !== "unknown").map((row) => row[1])).toEqual(["error_request_count"]);
    expect(r.stdout).toContain("\n... and 49980 more tags the catalog does not know (all of them: --json)\n");
    expect(r.stdout).toMatch(/\n50001 metrics in 50002 records of .*tags\.jsonl\n$/);
    const json = await runCli(["metrics", tagsFile, "--json"]);
    expect((JSON.parse(json.stdout) as { metrics: unknown[] }).metrics).toHaveLength(N + 1);
  }, 120_000);

  it("export names the 20 most frequent keys it moved to the JSON column, and how many more", async () => {
    const r = await runCli(["export", tagsFile, "-o", join(dir, "out.csv")]);
    expect(r.code).toBe(ExitCode.ok);
    const line = r.stderr.split("\n").find((l) => l.includes("Other Metrics")) ?? "";
    expect(line.match(/\(\d+ records\)/g)).toHaveLength(20);
    expect(line).toMatch(
      /^ {2}in the Other Metrics \(JSON\) column: tag_0 \(1 records\), .*tag_7 \(3 records\), .*, \.\.\. and 49980 more keys$/,
    );
  }, 120_000);
});
