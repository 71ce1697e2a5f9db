// Class 16 of issue 9: worker threads. Worker is wrapped (vi.mock) to count the
// threads started and still alive and to make a chosen worker fail, so the tests
// prove the parallel path ran, a failure is noted, and no worker outlives the call.
import { statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerOptions } from "node:worker_threads";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { readRecords } from "../read/index.js";
import { RUN1_JSONL, tempDir } from "../read/test-support/fixtures.js";
import { summarize } from "./summarize.js";
import { summarizeFile } from "./summarize-file.js";

const hooks = vi.hoisted(() => ({
  live: new Set<unknown>(),
  started: [] as string[],
  /** Name of the worker script to replace by one that throws at once ("summarize-worker" fails the 2nd range only). */
  fail: undefined as string | undefined,
}));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends real.Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      const name = String(url).includes("select-worker") ? "select-worker" : "summarize-worker";
      const nth = hooks.started.filter((n) => n === name).length;
      const failing = hooks.fail === name && (name === "select-worker" || nth === 1);
      super(failing ? "throw new Error('injected failure')" : url, failing ? { eval: true } : options);
      hooks.started.push(name);
      hooks.live.add(this);
      this.once("exit", () => hooks.live.delete(this));
    }
  }
  return { ...real, Worker: CountedWorker };
});

const GENERATOR = fileURLToPath(new URL("../../../../bench/generate.mjs", import.meta.url));

async function sequential(path: string): Promise<unknown> {
  const stream = readRecords(path);
  const summary = await summarize(stream);
  return { summary, report: await stream.report };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("summarizeFile worker threads", () => {
  const tmp = tempDir();
  let big = "";
  beforeAll(() => {
    // ~10 MB: each of 2 ranges posts a progress note (every 4 MB) well before its reply.
    big = join(tmp.dir, "gen.jsonl");
    const g = spawnSync(process.execPath, [GENERATOR, "3000", big, "11"], { encoding: "utf8" });
    expect(g.status, g.stderr).toBe(0);
  });
  afterAll(() => tmp.cleanup());
  beforeEach(() => {
    hooks.started.length = 0;
    hooks.fail = undefined;
  });

  it("runs 2 parse workers and a selection worker on run1 and gives the sequential result; none left alive", async () => {
    const got = await summarizeFile(RUN1_JSONL, { threads: 2 });
    expect(hooks.started.sort()).toEqual(["select-worker", "summarize-worker", "summarize-worker"]);
    expect(hooks.live.size).toBe(0);
    expect(got).toEqual(await sequential(RUN1_JSONL));
    expect(got.summary.notes.join("\n")).not.toMatch(/worker/);
  });

  it("a failing parse worker is noted in the summary, the rest stopped, the result otherwise sequential", async () => {
    hooks.fail = "summarize-worker";
    const got = await summarizeFile(RUN1_JSONL, { threads: 2 });
    expect(hooks.started.filter((n) => n === "summarize-worker")).toHaveLength(2);
    expect(hooks.live.size).toBe(0);
    const note = "worker thread failed (injected failure); the file was summarized in one thread";
    expect(got.summary.notes.at(-1)).toBe(note);
    got.summary.notes.pop();
    expect(got).toEqual(await sequential(RUN1_JSONL));
  });

  it("a failing selection worker is noted; the numbers are still the sequential ones", async () => {
    hooks.fail = "select-worker";
    const got = await summarizeFile(RUN1_JSONL, { threads: 2 });
    expect(hooks.started).toContain("select-worker");
    expect(hooks.live.size).toBe(0);
    expect(got.summary.notes.at(-1)).toBe("selection worker thread failed (injected failure); selected in one thread");
    got.summary.notes.pop();
    expect(got).toEqual(await sequential(RUN1_JSONL));
  });

  // No wall-clock bound here (timed assertions flake on a shared machine): the abort must end the call while
  // the workers are still reading, i.e. before the progress reaches the file's size.
  it("an abort while the workers read terminates them and rejects with an AbortError before the read ends", async () => {
    const controller = new AbortController();
    let aborted = false;
    let lastProgress = 0;
    const p = summarizeFile(big, {
      threads: 2,
      signal: controller.signal,
      onProgress: (bytesRead) => {
        lastProgress = bytesRead;
        if (aborted) return;
        expect(hooks.live.size).toBe(2); // both parse workers are running
        aborted = true;
        controller.abort();
      },
    });
    const e = await rejection(p);
    expect(aborted).toBe(true);
    expect((e as Error).name).toBe("AbortError");
    expect(lastProgress).toBeLessThan(statSync(big).size);
    expect(hooks.live.size).toBe(0);
  });

  it("a throwing progress callback rejects the call with its error and terminates the workers", async () => {
    const boom = new Error("progress callback failed");
    const e = await rejection(
      summarizeFile(big, {
        threads: 2,
        onProgress: () => {
          throw boom;
        },
      }),
    );
    expect(e).toBe(boom);
    expect(hooks.started.filter((n) => n === "summarize-worker")).toHaveLength(2);
    expect(hooks.live.size).toBe(0);
  });
});
