// export through the bin with AIPERF_THREADS=2 (worker threads, the parser's ordered pipeline) writes what one
// thread writes: the same CSV bytes and the same stderr, also with a bad line (strict: the same error line
// and exit code; lenient: the same rows and skipped-line report).
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBin } from "../test-support/harness.js";

const GENERATOR = fileURLToPath(new URL("../../../../bench/generate.mjs", import.meta.url));

describe("export with worker threads", () => {
  let dir = "";
  let gen = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "aiperf-export-threads-"));
    gen = join(dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "1200", gen, "5"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("AIPERF_THREADS=2 writes the one-thread CSV and messages (good file, strict and lenient bad line)", async () => {
    const lines = (await readFile(gen, "utf8")).split("\n");
    lines[900] = "{not json";
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, lines.join("\n"));
    for (const args of [[gen], [gen, "--long"], [bad], [bad, "--lenient"]]) {
      const one = await runBin(["export", ...(args as string[])], { env: { AIPERF_THREADS: "1" } });
      const two = await runBin(["export", ...(args as string[])], { env: { AIPERF_THREADS: "2" } });
      expect(two.code, args.join(" ")).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      // A strict read's error ends the CSV early: the threads may have written more of the rows before it.
      if (one.code === 0) expect(two.stdout === one.stdout, args.join(" ")).toBe(true);
      else expect(two.stdout.startsWith(one.stdout)).toBe(true);
    }
    expect((await runBin(["export", bad], { env: { AIPERF_THREADS: "2" } })).stderr).toContain(
      "bad.jsonl:901:2: invalid JSON",
    );
  });
});
