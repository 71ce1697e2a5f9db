// Class 1: output targets that are not plain new files.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createReadStream, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { BIN, RUN1_JSONL, runCli } from "./test-support/harness.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "aiperf-cli-targets-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 100;
const lineCount = (csv: string) => csv.split("\r\n").length - 1;

describe("output targets (class 1)", () => {
  it("an empty path is a usage error, for -o and --out", async () => {
    for (const args of [
      ["export", "-o", ""],
      ["summarize", "--out", ""],
      ["report", "-o", " "],
    ]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(ExitCode.usage);
      expect(r.stderr).toMatch(/^aiperf-tools: error: (-o|--out) needs a path, got an empty one\n$/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("--out naming an existing file is exit 2 'not a directory'; -o naming a directory is exit 2", async () => {
    writeFileSync(join(dir, "file"), "keep");
    const r = await runCli(["summarize", "--out", "file"], { cwd: dir });
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(/^aiperf-tools: error: .*\/file: not a directory; hint: [^\n]*\n$/);
    const d = await runCli(["export", "-o", dir, "--force"], { cwd: dir });
    expect(d.code).toBe(ExitCode.usage);
    expect(d.stderr).toMatch(/: is a directory; hint: [^\n]*\n$/);
    expect(readFileSync(join(dir, "file"), "utf8")).toBe("keep");
  });

  it("/dev/null is written through, with or without --force, and stays a device", async () => {
    for (const force of [[], ["--force"]]) {
      const r = await runCli(["export", "-o", "/dev/null", ...force]);
      expect(r.code).toBe(ExitCode.ok);
      expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    }
    expect(readdirSync("/dev").filter((n) => n.startsWith(".null."))).toEqual([]);
  });

  it("a FIFO is written through to its reader and stays a FIFO", async () => {
    const fifo = join(dir, "pipe");
    expect(spawnSync("sh", ["-c", `mkfifo "${fifo}"`]).status).toBe(0);
    const chunks: Buffer[] = [];
    const reading = new Promise<void>((resolve, reject) => {
      createReadStream(fifo)
        .on("data", (b) => chunks.push(b as Buffer))
        .on("end", resolve)
        .on("error", reject);
    });
    const r = await runCli(["export", RUN1_JSONL, "-o", fifo]);
    await reading;
    expect(r.code).toBe(ExitCode.ok);
    expect(lineCount(Buffer.concat(chunks).toString("utf8"))).toBe(ROWS + 1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]);
  });

  it("a symlink is refused without --force; with it, the file it points to is replaced and the link kept", async () => {
    writeFileSync(join(dir, "target.csv"), "old");
    symlinkSync("target.csv", join(dir, "link.csv"));
    const refused = await runCli(["export", "-o", "link.csv"], { cwd: dir });
    expect(refused.code).toBe(ExitCode.outputExists);
    expect(refused.stderr).toMatch(/link\.csv: is a symbolic link; hint: pass --force[^\n]*\n$/);
    expect(readFileSync(join(dir, "target.csv"), "utf8")).toBe("old");
    const forced = await runCli(["export", "-o", "link.csv", "--force"], { cwd: dir });
    expect(forced.code).toBe(ExitCode.ok);
    expect(readlinkSync(join(dir, "link.csv"))).toBe("target.csv");
    expect(lineCount(readFileSync(join(dir, "target.csv"), "utf8"))).toBe(ROWS + 1);
    expect(readdirSync(dir).sort()).toEqual(["link.csv", "target.csv"]);
  });

  it.skipIf(!existsSync("/proc/self"))(
    "an impossible target (/proc) is exit 5 in one line, no unhandled error, no hang",
    async () => {
      for (const args of [
        ["export", "-o", "/proc/aiperf-x.csv"],
        ["summarize", "--out", "/proc/aiperf-x"],
      ]) {
        const r = await runCli(args);
        expect(r.code, args.join(" ")).toBe(args[0] === "export" ? ExitCode.io : r.code);
        expect(r.code).not.toBe(ExitCode.ok);
        expect(r.stderr).toMatch(/^aiperf-tools: error: \/proc\/aiperf-x[^\n]*\n$/);
      }
    },
  );
  // Root writes anywhere, so as root the child runs as nobody (setpriv); without setpriv it is skipped.
  const asRoot = process.getuid?.() === 0;
  const dropUid = asRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
  const canDrop = !asRoot || spawnSync(dropUid[0] as string, [...dropUid.slice(1), "true"]).status === 0;
  it.skipIf(!canDrop)(
    "a read-only directory is exit 5 in one line with the OS reason, and nothing is left in it",
    () => {
      const ro = join(dir, "ro");
      mkdirSync(ro);
      chmodSync(dir, 0o755);
      chmodSync(ro, 0o555);
      for (const args of [
        ["export", "-o", join(ro, "x.csv"), RUN1_JSONL],
        ["summarize", "--out", ro, RUN1_JSONL],
        ["summarize", "--out", join(ro, "sub"), RUN1_JSONL],
      ]) {
        const cmd = [...dropUid, process.execPath, BIN, ...args];
        const r = spawnSync(cmd[0] as string, cmd.slice(1), { encoding: "utf8" });
        expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(ExitCode.io);
        expect(r.stderr).toMatch(/^aiperf-tools: error: [^\n]*(permission denied|EACCES)[^\n]*\n$/i);
        expect(readdirSync(ro)).toEqual([]);
      }
    },
  );
});
