import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "./errors.js";
import { ExitCode } from "./exit-codes.js";
import { assertWritable, writeOutputFile } from "./output.js";

const tmp = () => mkdtemp(join(tmpdir(), "aiperf-cli-out-"));

describe("writeOutputFile", () => {
  it("creates missing folders and leaves no temp file behind", async () => {
    const dir = await tmp();
    const file = join(dir, "a", "b", "out.csv");
    await writeOutputFile(file, "x,y\r\n", { force: false });
    expect(await readFile(file, "utf8")).toBe("x,y\r\n");
    expect(await readdir(join(dir, "a", "b"))).toEqual(["out.csv"]);
  });

  it("refuses to replace an existing file without force, keeping its content", async () => {
    const dir = await tmp();
    const file = join(dir, "out.json");
    await writeFile(file, "original");
    const err = await writeOutputFile(file, "new", { force: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(ExitCode.outputExists);
    expect((err as CliError).message).toBe(`${file}: file exists`);
    expect(await readFile(file, "utf8")).toBe("original");
    expect(await readdir(dir)).toEqual(["out.json"]);
  });

  it("replaces an existing file with force", async () => {
    const dir = await tmp();
    const file = join(dir, "out.json");
    await writeFile(file, "original");
    await writeOutputFile(file, "new", { force: true });
    expect(await readFile(file, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["out.json"]);
  });
});

describe("assertWritable", () => {
  it("passes for a new path and for any path with force, fails for an existing one", async () => {
    const dir = await tmp();
    const file = join(dir, "f");
    await expect(assertWritable(file, { force: false })).resolves.toBeUndefined();
    await writeFile(file, "");
    await expect(assertWritable(file, { force: true })).resolves.toBeUndefined();
    await expect(assertWritable(file, { force: false })).rejects.toThrow("file exists");
  });
});
