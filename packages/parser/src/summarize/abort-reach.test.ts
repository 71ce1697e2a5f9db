// Class 16 of issue 9: "an abort reaches the workers within 200 ms", proven without a clock. (1) The
// abort listener terminates every live worker synchronously, inside controller.abort(): no event-loop
// turn, no message the worker must read. (2) terminate() stops a worker whatever it runs, even an
// endless loop (V8 interrupts it at its next check), so the bound is V8's interrupt latency plus the
// thread's exit, not the work left.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerOptions } from "node:worker_threads";
import { Worker as RealWorker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tempDir } from "../read/test-support/fixtures.js";
import { summarizeFile } from "./summarize-file.js";

const hooks = vi.hoisted(() => ({ live: new Set<unknown>(), terminated: new Set<unknown>() }));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class TracedWorker extends real.Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      hooks.live.add(this);
      this.once("exit", () => hooks.live.delete(this));
    }
    override terminate(): Promise<number> {
      hooks.terminated.add(this);
      return super.terminate();
    }
  }
  return { ...real, Worker: TracedWorker };
});

const GENERATOR = fileURLToPath(new URL("../../../../bench/generate.mjs", import.meta.url));

describe("abort reaches the workers", () => {
  const tmp = tempDir();
  let big = "";
  beforeAll(() => {
    big = join(tmp.dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "3000", big, "11"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it("controller.abort() has called terminate() on every live worker by the time it returns", async () => {
    const controller = new AbortController();
    let atAbort: { live: number; terminatedOfLive: number } | undefined;
    const p = summarizeFile(big, {
      threads: 2,
      signal: controller.signal,
      onProgress: () => {
        if (atAbort !== undefined) return;
        const live = [...hooks.live];
        controller.abort();
        // Still inside the progress callback: nothing else has run since abort().
        atAbort = { live: live.length, terminatedOfLive: live.filter((w) => hooks.terminated.has(w)).length };
      },
    });
    await expect(p).rejects.toMatchObject({ name: "AbortError" });
    expect(atAbort).toEqual({ live: 2, terminatedOfLive: 2 });
    expect(hooks.live.size).toBe(0);
  });

  it("terminate() stops a worker that never yields (an endless loop)", async () => {
    const w = new RealWorker("for (;;) {}", { eval: true });
    await new Promise((resolve) => w.once("online", resolve));
    const exited = new Promise<number>((resolve) => w.once("exit", resolve));
    await w.terminate();
    expect(await exited).toBe(1);
  });
});
