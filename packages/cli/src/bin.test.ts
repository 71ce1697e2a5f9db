// The built bin as a user runs it: startup stays light because commands and
// libraries are imported lazily (checked structurally, never by timing).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { BIN, PACKAGE_DIR, REPO_DIR, RUN1_DIR, runBin } from "./test-support/harness.js";

/** Node --import hook that prints every module URL the process resolves. */
function traceImports(): string {
  const hooks = `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("resolved " + r.url + "\\n"); return r; }`;
  const register = `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hooks)}));`;
  return `data:text/javascript,${encodeURIComponent(register)}`;
}

function resolvedModules(args: string[], env: Record<string, string> = {}): string[] {
  const r = spawnSync(process.execPath, ["--import", traceImports(), BIN, ...args], {
    cwd: REPO_DIR,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  expect(r.status).toBe(0);
  return r.stderr
    .split("\n")
    .filter((l) => l.startsWith("resolved "))
    .map((l) => l.slice("resolved ".length));
}

const BUNDLE_DIR = join(PACKAGE_DIR, "dist", "bundle");
const BUNDLE_ENTRY = join(BUNDLE_DIR, "bin.js");

describe("aiperf-tools bin", () => {
  it("--help and --version load neither the libraries nor any command module (unbundled build)", () => {
    for (const args of [["--help"], ["--version"], ["summarize", "--help"]]) {
      const modules = resolvedModules(args, { AIPERF_NO_BUNDLE: "1" });
      expect(modules.some((m) => m.endsWith("/dist/run.js"))).toBe(true); // the trace works
      expect(
        modules.filter((m) =>
          /@aiperf|packages\/(core|parser|csv-exporter)\/|\/commands\/|\/bundle\/|cli-table3|cli-progress/.test(m),
        ),
      ).toEqual([]);
    }
  });

  it("the bundle: --help and --version load its entry and that entry's static imports only, no command chunk", () => {
    const entry = readFileSync(BUNDLE_ENTRY, "utf8");
    const chunks = (re: RegExp): string[] => [...entry.matchAll(re)].map((m) => join(BUNDLE_DIR, m[1] as string));
    const staticImports = chunks(/^import .* from ["]\.\/([^"]+)";$/gm);
    const commandChunks = chunks(/import\("\.\/([^"]+)"\)/g);
    expect(commandChunks.length).toBe(10); // one lazy chunk per command
    for (const args of [["--help"], ["--version"], ["summarize", "--help"]]) {
      const files = resolvedModules(args)
        .filter((m) => m.startsWith("file:"))
        .map((m) => fileURLToPath(m));
      expect(files).toContain(BUNDLE_ENTRY); // the launcher picked the bundle
      const fromBundle = files.filter((f) => f.startsWith(BUNDLE_DIR));
      expect(fromBundle.filter((f) => f !== BUNDLE_ENTRY && !staticImports.includes(f))).toEqual([]);
      expect(
        files.filter((f) => /packages\/(core|parser|csv-exporter)\/|\/dist\/run\.js$|cli-table3|cli-progress/.test(f)),
      ).toEqual([]);
    }
  });

  it("the bundle runs summarize from its own chunks (no @aiperf module resolved one by one), byte-identical to dist/", () => {
    const files = resolvedModules(["summarize", RUN1_DIR, "--json"])
      .filter((m) => m.startsWith("file:"))
      .map((m) => fileURLToPath(m));
    expect(files.filter((f) => /packages\/(cli|core|parser|csv-exporter)\/(dist|src)\/(?!bundle\/)/.test(f))).toEqual(
      [],
    );
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [BIN, "summarize", RUN1_DIR, "--json"], {
        cwd: REPO_DIR,
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
    const bundled = run({});
    const unbundled = run({ AIPERF_NO_BUNDLE: "1" });
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(unbundled.stdout);
    expect(bundled.stdout).toBe(`${readFileSync(join(RUN1_DIR, "profile_export_aiperf.json"), "utf8")}\n`);
  });

  it("--help lists the commands and exit codes; --version the package version", async () => {
    const help = await runBin(["--help"]);
    expect(help.code).toBe(ExitCode.ok);
    expect(help.stdout).toMatch(/Usage: aiperf-tools \[options\] \[command\]/);
    expect(help.stdout).toContain("Exit codes:");
    const version = await runBin(["--version"]);
    const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it("ships run1 byte-identical to the project's fixture (the default input of every command)", () => {
    for (const name of ["profile_export.jsonl", "profile_export_aiperf.json", "profile_export_aiperf.csv"]) {
      const shipped = readFileSync(join(PACKAGE_DIR, "assets", "run1", name));
      expect(shipped.equals(readFileSync(join(RUN1_DIR, name))), name).toBe(true);
    }
  });

  it("inspect and metrics run through the bin on the bundled run", async () => {
    const inspect = await runBin(["inspect"]);
    expect(inspect.code).toBe(ExitCode.ok);
    expect(inspect.stderr).toBe("");
    expect(inspect.stdout).toMatch(/^Loaded 100 records from packages\/cli\/assets\/run1\/profile_export\.jsonl\n/);
    expect(inspect.stdout).toContain("  version: R (run1 format, AIPerf 0.1.x)\n");
    const metrics = await runBin(["metrics", "-", "--json"], {
      stdin: readFileSync(join(PACKAGE_DIR, "assets", "run1", "profile_export.jsonl")),
    });
    expect(metrics.code).toBe(ExitCode.ok);
    expect(JSON.parse(metrics.stdout)).toMatchObject({ file: "<stdin>", records: 100 });
  });

  it("a usage error is exit 2 with one line on stderr", async () => {
    const r = await runBin(["summarize", "--percentiles", "101"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^aiperf-tools: error: option '--percentiles <list>' argument '101' is invalid\. '101' is not a percentile between 0 and 100 \(exclusive\); expected e\.g\. 50,90,99\.9 \(see aiperf-tools --help\)\n$/,
    );
  });

  it("a closed stdout pipe (| head) ends quietly with exit 0", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" export --long | head -n 2`], {
      cwd: REPO_DIR,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n")).toHaveLength(3);
    expect(r.stderr).toBe("");
  });

  it("is linked by npm ci, so npx runs the workspace's build and never asks the registry", () => {
    const link = join(REPO_DIR, "node_modules", ".bin", "aiperf-tools");
    expect(realpathSync(link), "node_modules/.bin/aiperf-tools: run npm ci").toBe(BIN);
    const r = spawnSync("npx", ["--no", "--", "aiperf-tools", "--version"], {
      cwd: REPO_DIR,
      encoding: "utf8",
      env: { ...process.env, npm_config_offline: "true" },
    });
    const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string };
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.status).toBe(0);
  });

  it("says in one line to build first when dist/ is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "aiperf-cli-unbuilt-"));
    try {
      cpSync(BIN, join(dir, "bin", "aiperf-tools.js"));
      const r = spawnSync(process.execPath, [join(dir, "bin", "aiperf-tools.js"), "--version"], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `aiperf-tools: ${join(realpathSync(dir), "dist", "bin.js")} is missing: run npm run build first\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
