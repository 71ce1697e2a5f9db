// Class 16 of issue 9 (part): the thread count. Garbage in AIPERF_THREADS or
// `threads` is a UsageError before anything is read, for every kind of source;
// a count beyond the cores and the work is capped and gives the same summary.
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { RUN1_JSONL } from "../read/test-support/fixtures.js";
import { summarizeFile } from "./summarize-file.js";

const saved = process.env.AIPERF_THREADS;
afterEach(() => {
  if (saved === undefined) delete process.env.AIPERF_THREADS;
  else process.env.AIPERF_THREADS = saved;
});

describe("thread count", () => {
  it.each(["abc", "0", "-2", "1.5", "2e1", " 4", "0x4", "9999999"])("AIPERF_THREADS=%j is a UsageError", async (v) => {
    process.env.AIPERF_THREADS = v;
    const e = await summarizeFile(RUN1_JSONL).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).kind).toBe("usage");
    expect((e as UsageError).message).toBe(`AIPERF_THREADS must be a whole number >= 1, got '${v}'`);
    // Also when the source would be read in this thread (a stream).
    await expect(summarizeFile(Readable.from([]))).rejects.toBeInstanceOf(UsageError);
  });

  it.each([0, -1, 1.5, Number.NaN])("threads: %s is a UsageError", async (threads) => {
    await expect(summarizeFile(RUN1_JSONL, { threads })).rejects.toBeInstanceOf(UsageError);
  });

  it("AIPERF_THREADS=500 and threads: 10000 are capped and summarize as one thread does", async () => {
    const one = await summarizeFile(RUN1_JSONL, { threads: 1 });
    process.env.AIPERF_THREADS = "500";
    expect(await summarizeFile(RUN1_JSONL)).toEqual(one);
    expect(await summarizeFile(RUN1_JSONL, { threads: 10_000 })).toEqual(one);
  });
});
