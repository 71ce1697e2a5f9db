import { describe, expect, it } from "vitest";
import { PROGRESS_MIN_BYTES, startProgress } from "./progress.js";
import { memorySink } from "./test-support/harness.js";

describe("startProgress", () => {
  it("draws a bar on a TTY for inputs over the threshold", async () => {
    const sink = memorySink(true);
    const p = await startProgress(sink, 2 * PROGRESS_MIN_BYTES, "reading");
    expect(p.onProgress).toBeTypeOf("function");
    p.onProgress?.(PROGRESS_MIN_BYTES);
    p.stop();
    expect(sink.text()).toContain("reading [");
    expect(sink.text()).toContain("/100 MB");
  });

  it.each([
    ["not a TTY", false, 2 * PROGRESS_MIN_BYTES],
    ["a small input", true, PROGRESS_MIN_BYTES - 1],
    ["an unknown size (stdin)", true, undefined],
  ])("stays silent for %s", async (_what, tty, size) => {
    const sink = memorySink(tty);
    const p = await startProgress(sink, size, "reading");
    expect(p.onProgress).toBeUndefined();
    p.stop();
    expect(sink.text()).toBe("");
  });
});
