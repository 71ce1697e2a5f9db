// Bad input is one clear line on stderr (location and hint, no stack trace)
// and a documented exit code, for every command, in-process and through the bin.
import { beforeAll, describe, expect, it } from "vitest";
import { type BadInput, makeBadInputs } from "./test-support/bad-inputs.js";
import { runBin, runCli } from "./test-support/harness.js";

let cases: BadInput[] = [];
beforeAll(async () => {
  cases = await makeBadInputs();
});

function expectOneLine(stderr: string, c: BadInput): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(c.line);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe.each(["inspect", "metrics", "summarize", "export"])("%s on bad input", (command) => {
  it.each([0, 1, 2, 3])("case %i: one line and the right exit code", async (i) => {
    const c = cases[i] as BadInput;
    const r = await runCli([command, c.path]);
    expect(r.code, `${c.name}: ${r.stderr}`).toBe(c.exitCode);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr, c);
  });
});

describe("through the built bin", () => {
  it.each([0, 1, 2, 3])("summarize, case %i: one line and the right exit code", async (i) => {
    const c = cases[i] as BadInput;
    const r = await runBin(["summarize", c.path]);
    expect(r.code, `${c.name}: ${r.stderr}`).toBe(c.exitCode);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr, c);
  });

  it("--debug adds the stack trace", async () => {
    const c = cases[3] as BadInput;
    const r = await runBin(["--debug", "inspect", c.path]);
    expect(r.code).toBe(c.exitCode);
    expect(r.stderr.split("\n")[0]).toMatch(c.line);
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});
