// Garbage in AIPERF_THREADS is a usage error (exit 2, one line) through the bin.
import { describe, expect, it } from "vitest";
import { runBin } from "./test-support/harness.js";

describe("AIPERF_THREADS", () => {
  it.each(["abc", "0", "1.5"])("AIPERF_THREADS=%s: summarize and validate exit 2 with one line", async (v) => {
    for (const command of ["summarize", "validate"]) {
      const r = await runBin([command], { env: { AIPERF_THREADS: v } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `aiperf-tools: error: AIPERF_THREADS must be a whole number >= 1, got '${v}'; hint: unset AIPERF_THREADS or set it to the number of worker threads, e.g. 4\n`,
      );
    }
  });
});
