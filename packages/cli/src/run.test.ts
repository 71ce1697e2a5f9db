import { describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { parsePercentiles } from "./run.js";
import { runCli } from "./test-support/harness.js";

describe("program", () => {
  it("--help lists every command, the path forms and the exit codes", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const cmd of ["inspect", "metrics", "summarize", "export", "validate"])
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, "m"));
    expect(r.stdout).toContain("Usage: aiperf-tools");
    expect(r.stdout).toContain("- for standard input");
    expect(r.stdout).toMatch(/^ {2}4 {3}output file exists/m);
  });

  it("each command's --help shows its options and examples", async () => {
    const r = await runCli(["summarize", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--percentiles <list>");
    expect(r.stdout).toContain("--out <dir>");
    expect(r.stdout).toContain("$ aiperf-tools summarize artifacts/my-run/ --out recomputed/ --force");
  });

  it("--version prints the package version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("no arguments prints help and is a usage error", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stdout).toContain("Commands:");
  });

  it("an unknown command is one line with a suggestion, exit 2", async () => {
    const r = await runCli(["sumarize"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("unknown command 'sumarize'");
    expect(r.stderr).toContain("Did you mean summarize?");
  });

  it("an unknown option is one line, exit 2", async () => {
    const r = await runCli(["inspect", "--frobnicate"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(/^aiperf-tools: error: unknown option '--frobnicate' \(see aiperf-tools --help\)\n$/);
  });

  it("a bad --percentiles value is a usage error naming the value", async () => {
    const r = await runCli(["summarize", "--percentiles", "50,abc"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toContain("'abc' is not a percentile");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("errors are coloured only when stderr is a TTY and colour is allowed", async () => {
    const esc = "\u001b[";
    expect((await runCli(["inspect", "--nope"], { tty: true })).stderr).toContain(esc);
    expect((await runCli(["inspect", "--nope"], { tty: false })).stderr).not.toContain(esc);
    expect((await runCli(["inspect", "--nope"], { tty: true, env: { NO_COLOR: "1" } })).stderr).not.toContain(esc);
    expect((await runCli(["--no-color", "inspect", "--nope"], { tty: true })).stderr).not.toContain(esc);
  });
});

describe("parsePercentiles", () => {
  it("parses a comma list of plain decimals, keeps order", () => {
    expect(parsePercentiles("50, 90,99.9,0.001,99.999")).toEqual([50, 90, 99.9, 0.001, 99.999]);
  });
  it.each([
    "",
    "0",
    "0.0",
    "100",
    "100.0",
    "-1",
    "+50",
    "50,,90",
    "1e3",
    "5e1",
    "0x10",
    "0b11",
    "0o7",
    ".5",
    "50.",
    "Infinity",
    "x",
    "50_0",
    " ",
  ])("rejects %j", (v) => {
    expect(() => parsePercentiles(v)).toThrow(/percentile between 0 and 100/);
  });
  it.each(["50,50", "50,50.0", "90, 50, 90.00"])("rejects the same percentile twice: %j", (v) => {
    expect(() => parsePercentiles(v)).toThrow(/percentile [\d.]+ is given twice/);
  });
});
