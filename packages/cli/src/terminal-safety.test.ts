// Class 6: text from files and file names reaches the terminal escaped; JSON and CSV keep it as is.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { RUN1_JSONL, runCli } from "./test-support/harness.js";

// ESC (clear screen, set title via OSC), a C1 CSI, DEL and a right-to-left override.
const HOSTILE = "boom\u001b[2J\u001b]0;pwned\u0007\u009b31m\u007f\u202egnp.exe";
const SHOWN = "boom\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\x7f\\u202egnp.exe";
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach the terminal.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
let file: string;
const fileShown = "run\\x1b[31m\\u2066x.jsonl";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "aiperf-cli-term-"));
  file = join(dir, "run\u001b[31m\u2066x.jsonl");
  const lines = (await readFile(RUN1_JSONL, "utf8")).split("\n").filter((l) => l !== "");
  const patched = lines.map((l) => {
    const r = JSON.parse(l) as { error?: { message: string } | null };
    if (r.error) r.error.message = HOSTILE;
    return JSON.stringify(r);
  });
  await writeFile(file, `${patched.join("\n")}\n`);
  await writeFile(join(dir, "cut\u001b]0;x\u0007.jsonl"), patched[0]?.slice(0, 100) ?? "");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("terminal safety (class 6)", () => {
  it("summarize's error table shows the message escaped, and nothing raw reaches stdout or stderr", async () => {
    const r = await runCli(["summarize", file], { cwd: dir });
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toContain(SHOWN);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it("summarize --json and export keep the data exactly as written", async () => {
    const json = await runCli(["summarize", file, "--json"], { cwd: dir });
    const summary = JSON.parse(json.stdout) as { error_summary: { error_details: { message: string } }[] };
    expect(summary.error_summary.map((e) => e.error_details.message)).toEqual([HOSTILE]);
    const csv = await runCli(["export", file], { cwd: dir });
    expect(csv.code).toBe(ExitCode.ok);
    expect(csv.stdout.split(HOSTILE)).toHaveLength(12); // 11 error rows
  });

  it("inspect, metrics and validate escape the file name and the error text", async () => {
    for (const args of [
      ["inspect", file],
      ["metrics", file],
      ["validate", file],
    ]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.stdout, args[0]).toContain(fileShown);
      expect(r.stdout, args[0]).not.toMatch(RAW_CONTROL);
      expect(r.stderr, args[0]).not.toMatch(RAW_CONTROL);
    }
  });

  it("a one-line error names the file escaped, on exactly one line", async () => {
    const r = await runCli(["summarize", "cut\u001b]0;x\u0007.jsonl"], { cwd: dir });
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stderr).toMatch(/^aiperf-tools: error: \S*\/cut\\x1b\]0;x\\x07\.jsonl:1:101: [^\n]*\n$/);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it("an option value with control characters is echoed escaped in the usage error", async () => {
    const r = await runCli(["summarize", "--percentiles", "5\u001b[2J0"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toContain("5\\x1b[2J0");
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});
