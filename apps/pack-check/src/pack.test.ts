// The packages as a user gets them: npm pack each public package once, lay the tarballs out as an
// installed node_modules (offline: the tarballs plus the third-party packages they declare), then
// check what the tarballs hold and run ESM, CommonJS and TypeScript consumers against them.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { install, type Packed, pack } from "./support/pack.js";
import { type PackageJson, publicPackages, REPO } from "./support/workspace.js";

const RUN1 = join(REPO, "fixtures", "aiperf-run1");
const TSC = join(REPO, "node_modules", "typescript", "bin", "tsc");
const CONSUMERS = new URL("./consumers/", import.meta.url).pathname;
const packages = publicPackages();
const work = mkdtempSync(join(tmpdir(), "aiperf-pack-check-"));
const app = join(work, "app");
const packed = new Map<string, Packed>();
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  for (const ws of packages) {
    const main = join(ws.dir, "dist", "index.js");
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  }
  mkdirSync(join(work, "tarballs"));
  for (const p of pack(packages, join(work, "tarballs"))) packed.set(p.name, p);
  install(app, [...packed.values()], ["typescript", "@types/node"]);
  cpSync(CONSUMERS, app, { recursive: true });
  writeFileSync(join(app, "esm", "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(join(app, "cjs", "package.json"), JSON.stringify({ private: true, type: "commonjs" }));
}, 600_000); // npm pack and tar of every package: minutes when CI runs every suite at once on two cores

/** Node on a consumer; the last line of stdout is its JSON verdict. */
function runNode(file: string, cwd: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, [file, RUN1, work], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return JSON.parse(out.trimEnd().split("\n").at(-1) ?? "") as Record<string, unknown>;
}

/** tsc in a consumer folder; returns the diagnostics (empty when it compiled). */
function tsc(dir: string, compilerOptions: Record<string, unknown>, files: string[]): string {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        types: ["node"],
        ...compilerOptions,
      },
      files,
    }),
  );
  const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: dir, encoding: "utf8" });
  return `${r.stdout}${r.stderr}`;
}

describe("the tarballs", () => {
  it("cover every public package, and this check builds after them", () => {
    const own = JSON.parse(readFileSync(join(REPO, "apps", "pack-check", "package.json"), "utf8")) as PackageJson;
    expect(packages.map((w) => w.pkg.name).sort()).toEqual(
      Object.keys(own.devDependencies ?? {})
        .filter((n) => n.startsWith("@aiperf/"))
        .sort(),
    );
  });

  describe.each(packages.map((w) => [w.pkg.name, w] as const))("%s", (name, ws) => {
    const files = (): string[] => packed.get(name)?.files ?? [];
    // The tarball as extracted into the consumers' node_modules.
    const shipped = (path: string): string => readFileSync(join(app, "node_modules", name, path), "utf8");

    it("holds the license, the notices of what it ships, its README, and no tests", () => {
      expect(files()).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE"]));
      expect(shipped("LICENSE")).toBe(readFileSync(join(REPO, "LICENSE"), "utf8"));
      const notices = existsSync(join(ws.dir, "THIRD_PARTY_NOTICES.md"));
      expect(files().includes("THIRD_PARTY_NOTICES.md")).toBe(notices);
      if (notices) {
        const root = readFileSync(join(REPO, "THIRD_PARTY_NOTICES.md"), "utf8");
        for (const heading of shipped("THIRD_PARTY_NOTICES.md").match(/^## .+$/gm) ?? [])
          expect(root).toContain(heading);
      }
      expect(files().filter((p) => /\.test\.|test-support|tsbuildinfo|^node_modules\//.test(p))).toEqual([]);
    });

    it("exports ./package.json and, for each entry, types first and a default for import and require(esm)", () => {
      const pkg = JSON.parse(shipped("package.json")) as PackageJson;
      expect(pkg.exports?.["./package.json"]).toBe("./package.json");
      for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
        if (sub === "./package.json") continue;
        expect(typeof target, sub).toBe("object");
        if (typeof target !== "object") continue;
        expect(Object.keys(target)[0], sub).toBe("types");
        expect(target.default, sub).toBeDefined();
        for (const path of Object.values(target))
          expect(files(), `${sub} -> ${path}`).toContain(posix.normalize(path ?? ""));
      }
      for (const path of [pkg.main, pkg.types]) expect(files()).toContain(posix.normalize(path ?? ""));
      for (const [bin, path] of Object.entries(pkg.bin ?? {})) {
        expect(files(), bin).toContain(posix.normalize(path));
        expect(shipped(posix.normalize(path)).startsWith("#!/usr/bin/env node\n"), bin).toBe(true);
      }
    });

    it("builds itself before it is packed (prepack)", () => {
      expect(ws.pkg.scripts?.prepack).toMatch(new RegExp(`^turbo run build --filter=${name.replace("/", "\\/")} `));
    });

    it("ships the sources its maps point to, and no @internal declaration", () => {
      const maps = files().filter((p) => p.endsWith(".map"));
      expect(maps.length).toBeGreaterThan(0);
      for (const map of maps) {
        const { sources } = JSON.parse(shipped(map)) as { sources: string[] };
        for (const source of sources)
          expect(files(), `${map} -> ${source}`).toContain(posix.join(posix.dirname(map), source));
        expect(files(), `${map} without its file`).toContain(map.slice(0, -".map".length));
      }
      for (const file of files().filter((p) => /\.(js|d\.ts)$/.test(p) && p.startsWith("dist/"))) {
        const url = /\/\/# sourceMappingURL=(.+)$/m.exec(shipped(file))?.[1];
        expect(url, `${file} has no source map`).toBeDefined();
        expect(files(), file).toContain(posix.join(posix.dirname(file), url ?? ""));
      }
      const declarations = files().filter((p) => p.endsWith(".d.ts"));
      expect(declarations.filter((p) => shipped(p).includes("@internal"))).toEqual([]);
    });
  });
});

describe("consumers of the installed tarballs", () => {
  it("an ESM TypeScript project type-checks (strict, full lib check) and runs each package", () => {
    const esm = join(app, "esm");
    const files = packages.map((w) => `${w.pkg.name.slice("@aiperf/".length)}.ts`);
    expect(
      files.filter((f) => !existsSync(join(esm, f))),
      "a consumer per package",
    ).toEqual([]);
    expect(tsc(esm, { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: false }, files)).toBe("");

    expect(runNode("core.js", esm)).toEqual({
      valid: true,
      incomplete: false,
      ttftUnit: "ms",
      rejected: "/metadata/worker_id: must be string",
      header: "Time to First Token",
      flags: 5, // STREAMING_ONLY | PRODUCES_TOKENS_ONLY
      ratio: 1e-6,
      written: '{"big":1759522419159192408}',
      version: packages.find((w) => w.pkg.name === "@aiperf/core")?.pkg.version,
    });
    // All 152 statistics of AIPerf's own summary, equal (===), with the summary read on two threads.
    expect(runNode("parser.js", esm)).toEqual({
      accepted: 100,
      version: "R",
      compared: 152,
      differences: [],
      firstStart: "1759522419159192408",
    });
    expect(runNode("csv-exporter.js", esm)).toEqual({ identical: true });
    expect(runNode("analysis.js", esm)).toEqual({ passed: true, worse: 0, thresholds: [true, false] });
    expect(runNode("cli.js", esm)).toEqual({ code: 0, json: true, csv: true });
    expect(runNode("report.js", esm)).toEqual({ page: true, data: true, uplot: true });
    expect(runNode("parquet.js", esm)).toEqual({ rows: 100, layout: "aiperf-tools", first: "1759522419154829652" });
  }, 600_000); // a full type check and seven runs: slow while the other suites share the two cores

  it("the aiperf-tools bin of the tarball runs on the run it bundles", () => {
    const bin = join(app, "node_modules", "@aiperf", "cli", "bin", "aiperf-tools.js");
    const out = execFileSync(process.execPath, [bin, "summarize", "--json"], { cwd: app, encoding: "utf8" });
    expect(out.trimEnd()).toBe(readFileSync(join(RUN1, "profile_export_aiperf.json"), "utf8").trimEnd());
  });

  it("require() works from CommonJS on Node >= 20.19 (require(esm)), for every entry point", () => {
    const versions = ["core", "parser", "csv-exporter", "analysis", "cli", "report"].map(
      (p) => packages.find((w) => w.pkg.name === `@aiperf/${p}`)?.pkg.version,
    );
    expect(runNode("require.cjs", join(app, "cjs"))).toEqual({
      header: "Time to First Token",
      valid: true,
      records: 100,
      requestThroughput: 9.551622221540914, // AIPerf's own value for run1
      csv: true,
      threshold: "<",
      exitCodes: 0,
      stat: "function",
      written: "written",
      versions,
    });
  });

  describe("a TypeScript CommonJS project", () => {
    const expected = {
      header: "Time to First Token",
      fixed: "0.12",
      eol: "\r\n",
      sf: 0.5,
      usage: 2,
      writer: "function",
      headline: true,
    };
    const project = (name: string): string => {
      const dir = join(app, name);
      mkdirSync(dir);
      cpSync(join(app, "cts", "consumer.ts"), join(dir, "consumer.ts"));
      writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "commonjs" }));
      return dir;
    };

    it("compiles with module nodenext into require() calls that run", () => {
      const dir = project("cts-nodenext");
      expect(tsc(dir, { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true }, ["consumer.ts"])).toBe(
        "",
      );
      expect(readFileSync(join(dir, "consumer.js"), "utf8")).toContain('require("@aiperf/core")');
      expect(runNode("consumer.js", dir)).toEqual(expected);
    });

    it("compiles with module commonjs (node10 resolution, subpaths through typesVersions) and runs", () => {
      const dir = project("cts-commonjs");
      expect(tsc(dir, { module: "CommonJS", moduleResolution: "Node10", skipLibCheck: true }, ["consumer.ts"])).toBe(
        "",
      );
      expect(runNode("consumer.js", dir)).toEqual(expected);
    });

    it("with module node16 is refused at compile time (TS1479 per import), not at run time", () => {
      const dir = project("cts-node16");
      const errors = tsc(dir, { module: "Node16", moduleResolution: "Node16", skipLibCheck: true, noEmit: true }, [
        "consumer.ts",
      ]);
      expect(errors.match(/error TS1479/g)).toHaveLength(7);
      expect(
        errors.replace(/error TS1479[^\n]*\n(?: {2}[^\n]*\n)*/g, "").replace(/consumer\.ts\(\d+,\d+\): /g, ""),
      ).toBe("");
    });
  });
});
