// Class 12: concurrent `summarize --out DIR --force` runs into one directory must leave the JSON
// and the CSV of the same run (the pair is moved into place under DIR/.aiperf-out.lock).
import { mkdtemp, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, RUN1_JSONL, runBin, runCli } from "../test-support/harness.js";

const JSON_FILE = "profile_export_aiperf.json";
const CSV_FILE = "profile_export_aiperf.csv";

/** The request count as each file of the pair states it. */
async function requestCounts(dir: string): Promise<{ json: number; csv: number }> {
  const summary = JSON.parse(await readFile(join(dir, JSON_FILE), "utf8")) as {
    records: { request_count: { avg: number } };
  };
  const row = (await readFile(join(dir, CSV_FILE), "utf8")).split(/\r?\n/).find((l) => l.startsWith("Request Count,"));
  return { json: summary.records.request_count.avg, csv: Number(row?.split(",")[1]) };
}

/** run1's first 60 records, 49 of them successful (counted by hand: all 11 errors are in the first 60). */
async function modifiedRun(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "aiperf-pair-in-"));
  const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n").slice(0, 60);
  await writeFile(join(dir, "profile_export.jsonl"), `${lines.join("\n")}\n`);
  return dir;
}

describe("summarize --out under concurrent runs", () => {
  it("waits for the lock: while another writer holds it nothing is moved; released, the runs race and one pair wins", async () => {
    const other = await modifiedRun();
    const out = await mkdtemp(join(tmpdir(), "aiperf-pair-out-"));
    const lock = join(out, ".aiperf-out.lock");
    await writeFile(lock, `${process.pid}\n`);
    const runs = Promise.all(
      [RUN1_DIR, other, RUN1_DIR, other].map((input) => runBin(["summarize", input, "--out", out, "--force"])),
    );
    // All four have written both temp files and wait for the lock.
    const deadline = Date.now() + 60_000;
    let names: string[] = [];
    while (Date.now() < deadline) {
      names = await readdir(out);
      if (names.filter((n) => n.endsWith(".tmp")).length === 8) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(names.filter((n) => n.endsWith(".tmp"))).toHaveLength(8);
    expect(names).not.toContain(JSON_FILE);
    expect(names).not.toContain(CSV_FILE);
    await unlink(lock);
    for (const r of await runs) expect(r.code, r.stderr).toBe(ExitCode.ok);
    const { json, csv } = await requestCounts(out);
    expect(csv).toBe(json);
    expect([89, 49]).toContain(json);
    expect((await readdir(out)).sort()).toEqual([CSV_FILE, JSON_FILE]);
  }, 120_000);

  it("every round leaves the JSON and the CSV of one run, and no temp or lock file", async () => {
    const other = await modifiedRun();
    const out = await mkdtemp(join(tmpdir(), "aiperf-pair-out-"));
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(
        [RUN1_DIR, other, RUN1_DIR, other].map((input) => runBin(["summarize", input, "--out", out, "--force"])),
      );
      for (const r of runs) expect(r.code, r.stderr).toBe(ExitCode.ok);
      const { json, csv } = await requestCounts(out);
      expect(csv).toBe(json);
      expect([89, 49]).toContain(json);
      expect((await readdir(out)).sort()).toEqual([CSV_FILE, JSON_FILE]);
    }
  }, 120_000);

  it("without --force an existing CSV alone refuses the pair (exit 4): the JSON is not written either", async () => {
    const out = await mkdtemp(join(tmpdir(), "aiperf-pair-out-"));
    await writeFile(join(out, CSV_FILE), "mine");
    const r = await runCli(["summarize", RUN1_DIR, "--out", out]);
    expect(r.code).toBe(ExitCode.outputExists);
    expect(await readdir(out)).toEqual([CSV_FILE]);
    expect(await readFile(join(out, CSV_FILE), "utf8")).toBe("mine");
  });
});
