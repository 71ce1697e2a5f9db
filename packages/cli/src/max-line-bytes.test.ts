// --max-line-bytes: a line beyond the limit (or input without newlines) is one
// located line on stderr and exit 1 in every command that reads records.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RUN1_JSONL, runCli } from "./test-support/harness.js";

const dir = mkdtempSync(join(tmpdir(), "aiperf-cli-limit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const first = readFileSync(RUN1_JSONL, "utf8").split("\n")[0] as string;
const file = join(dir, "long.jsonl");
writeFileSync(file, `${first}\n${"y".repeat(5000)}\n${first}\n`);
const LINE = `aiperf-tools: error: ${file}:2: line is longer than 4096 bytes (the line limit); not one JSON record per line; hint: pass --max-line-bytes N if the line is genuine\n`;

describe("--max-line-bytes", () => {
  it.each([
    "inspect",
    "metrics",
    "summarize",
    "summarize --lenient",
    "export",
    "validate",
    "report",
    "check --threshold request_count>0",
    "compare --lenient FILE",
  ])("%s: exit 1 with one located line", async (args) => {
    const [command = "", ...rest] = args.split(" ").map((a) => (a === "FILE" ? file : a));
    const r = await runCli([command, ...rest, file, "--max-line-bytes", "4096"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(LINE);
  });

  // The harness injects stdin as a stream (the bin names it <stdin>).
  it("stdin without a newline is cut at the limit", async () => {
    const r = await runCli(["summarize", "-", "--max-line-bytes", "1000"], { stdin: Buffer.alloc(100_000, 0x61) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^aiperf-tools: error: <stream>:1: line is longer than 1000 bytes/);
  });

  it.each(["0", "-5", "1e6", "0x10", "1.5", "536870889", ""])("refuses %j as a usage error", async (value) => {
    const r = await runCli(["inspect", file, "--max-line-bytes", value]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("a limit above the line reads it: then it is the syntax error it is", async () => {
    const r = await runCli(["inspect", file, "--max-line-bytes", "6000"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^aiperf-tools: error: ${file}:2:1: invalid JSON`));
  });
});
