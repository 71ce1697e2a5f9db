import { describe, expect, it } from "vitest";
import { FileWriteError, OutputExistsError } from "@aiperf/core/fs";
import { AiperfError } from "@aiperf/parser";
import { CliError, describeFailure } from "./errors.js";
import { ExitCode } from "./exit-codes.js";

describe("describeFailure", () => {
  const lenient = "pass --lenient to skip bad lines (they are counted and reported)";
  it.each([
    ["not-found", ExitCode.notFound, "do this"],
    ["no-records", ExitCode.notFound, "do this"],
    ["wrong-file-kind", ExitCode.usage, "do this"],
    ["syntax", ExitCode.invalidData, lenient],
    ["validation", ExitCode.invalidData, lenient],
    ["truncated", ExitCode.invalidData, "pass --lenient to use the complete records before the cut-off line"],
    ["summary-format", ExitCode.invalidData, "do this"],
    ["io", ExitCode.io, "do this"],
  ] as const)("maps AiperfError kind %s to exit %i with the located line and the CLI's hint", (kind, code, hint) => {
    const err = new AiperfError(
      kind,
      "bad thing",
      { file: "a.jsonl", line: 3, column: 7, pointer: "/metrics/ttft" },
      "do this",
    );
    expect(describeFailure(err)).toEqual({
      exitCode: code,
      line: "a.jsonl:3:7: bad thing (at /metrics/ttft)",
      hint,
      internal: false,
    });
  });

  it("gives @aiperf/core/fs's OutputExistsError its own exit code, its other write errors the io code", () => {
    expect(describeFailure(new OutputExistsError("x.csv"))).toMatchObject({
      exitCode: ExitCode.outputExists,
      line: "x.csv: output file already exists",
    });
    expect(describeFailure(new FileWriteError("x.csv", "cannot write output: EROFS"))).toMatchObject({
      exitCode: ExitCode.io,
      line: "x.csv: cannot write output: EROFS",
    });
  });

  it("keeps a CliError's exit code and hint", () => {
    expect(describeFailure(new CliError(ExitCode.outputExists, "x: file exists", "pass --force"))).toMatchObject({
      exitCode: 4,
      hint: "pass --force",
    });
  });

  it("turns fs errors into a located line without the errno prefix", () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/x/y'"), {
      code: "ENOENT",
      path: "/x/y",
    });
    expect(describeFailure(enoent)).toMatchObject({
      exitCode: ExitCode.notFound,
      line: "/x/y: no such file or directory",
    });
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/root/z'"), {
      code: "EACCES",
      path: "/root/z",
    });
    expect(describeFailure(eacces)).toMatchObject({
      exitCode: ExitCode.io,
      line: "/root/z: permission denied, open '/root/z' (EACCES)",
    });
  });

  it("treats anything else as an internal error", () => {
    expect(describeFailure(new TypeError("x is undefined"))).toMatchObject({
      exitCode: ExitCode.internal,
      internal: true,
      line: "internal error: x is undefined",
    });
  });
});
