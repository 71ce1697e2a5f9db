// In-process CLI runs with captured streams, and the built bin as a subprocess.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { BUNDLED_RUN_DIR, type CliContext, type Sink } from "../context.js";
import { main } from "../run.js";

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = join(here, "..", "..");
export const REPO_DIR = join(PACKAGE_DIR, "..", "..");
/** The project's copy of run1 (tests never read ../shared). */
export const RUN1_DIR = join(REPO_DIR, "fixtures", "aiperf-run1");
export const RUN1_JSONL = join(RUN1_DIR, "profile_export.jsonl");
export const RUN1_JSON = join(RUN1_DIR, "profile_export_aiperf.json");
export const RUN1_CSV = join(RUN1_DIR, "profile_export_aiperf.csv");
/** The committed launcher that npm links as `aiperf-tools`; it loads dist/bin.js. */
export const BIN = join(PACKAGE_DIR, "bin", "aiperf-tools.js");

export interface MemorySink extends Sink {
  text(): string;
}

export function memorySink(isTTY = false): MemorySink {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      cb();
    },
  }) as MemorySink;
  sink.isTTY = isTTY;
  sink.columns = 120;
  sink.text = () => Buffer.concat(chunks).toString("utf8");
  return sink;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  stdin?: string | Buffer;
  tty?: boolean;
}

/** Runs `aiperf-tools <args>` in-process through the same boundary as the bin. */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdout = memorySink(opts.tty ?? false);
  const stderr = memorySink(opts.tty ?? false);
  const ctx: CliContext = {
    stdout,
    stderr,
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    env: opts.env ?? {},
    cwd: opts.cwd ?? REPO_DIR,
    bundledRunDir: BUNDLED_RUN_DIR,
  };
  const code = await main(args, ctx);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the built bin as a child process (what a user gets from npx). */
export function runBin(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO_DIR,
      env: { PATH: process.env.PATH, ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
    child.stdin.end(opts.stdin ?? "");
  });
}
