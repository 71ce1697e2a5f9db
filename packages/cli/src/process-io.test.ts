// Classes 2 and 8 through the built bin: a failing stdout/stderr, and signals during a write.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { BIN, REPO_DIR, RUN1_JSONL } from "./test-support/harness.js";

const DEV_FULL = "/dev/full";
const hasDevFull = existsSync(DEV_FULL);

function sh(script: string) {
  return spawnSync("sh", ["-c", script], { cwd: REPO_DIR, encoding: "utf8" });
}
const bin = `"${process.execPath}" "${BIN}"`;

describe.skipIf(!hasDevFull)("write failures on stdout and stderr (class 2; needs /dev/full)", () => {
  it.each([["summarize"], ["summarize --json"], ["export"], ["inspect"], ["metrics --json"], ["validate"]])(
    "%s > /dev/full: exit 5 and one line, no stack trace",
    (args) => {
      const r = sh(`${bin} ${args} > ${DEV_FULL}`);
      expect(r.status).toBe(ExitCode.io);
      expect(r.stderr).toBe("aiperf-tools: error: cannot write to standard output: no space left on device (ENOSPC)\n");
    },
  );

  it("a full stderr ends the run with exit 5, silently (there is nowhere to say it)", () => {
    const r = sh(`${bin} export 2> ${DEV_FULL} > /dev/null`);
    expect(r.status).toBe(ExitCode.io);
  });
});

describe("closed pipes (class 2)", () => {
  it("a closed stderr pipe is ignored: the output is complete and the exit code the command's", () => {
    const dir = mkdtempSync(join(tmpdir(), "aiperf-cli-pipe-"));
    try {
      const out = join(dir, "out.csv");
      // `export -o` reports on stderr; head -c0 has closed it by then.
      const r = spawnSync(
        "bash",
        ["-c", `${bin} export -o "${out}" 2>&1 >/dev/null | head -c0; echo "rc=\${PIPESTATUS[0]}"`],
        {
          cwd: REPO_DIR,
          encoding: "utf8",
        },
      );
      expect(r.stdout).toBe("rc=0\n");
      expect(r.stderr).toBe("");
      expect(readFileSync(out, "utf8").split("\r\n")).toHaveLength(102); // header, 100 rows, final ""
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("signals during a write (class 8)", () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aiperf-cli-signal-"));
    input = join(dir, "big.jsonl");
    // run1 300 times over (30 000 records, ~36 MB): the export takes seconds, long enough to interrupt.
    const run1 = readFileSync(RUN1_JSONL);
    writeFileSync(input, Buffer.concat(Array.from({ length: 300 }, () => run1)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)(
    "%s while export writes its temp file: exit %i, no temp file, no output",
    async (signal, code) => {
      const outDir = mkdtempSync(join(dir, `out-${signal}-`));
      const child = spawn(process.execPath, [BIN, "export", input, "-o", join(outDir, "out.csv")], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (b: Buffer) => {
        stderr += b.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      // Wait until the temp file exists, then interrupt.
      const deadline = Date.now() + 30_000;
      while (readdirSync(outDir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(readdirSync(outDir)[0]).toMatch(/^\.out\.csv\.\d+\.[0-9a-f]+\.tmp$/);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(outDir)).toEqual([]);
      expect(stderr).toBe("");
    },
    60_000,
  );
});
