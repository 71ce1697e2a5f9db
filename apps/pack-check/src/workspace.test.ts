// Repository rules that a registry user would otherwise find out the hard way: each workspace lists
// the packages its files import (no reliance on the root's hoisted devDependencies), and each
// public package's README names every export of every entry point.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { publicPackages, REPO, workspaces } from "./support/workspace.js";

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'\n]+)["']/gm;
const BUILTIN = new Set(builtinModules);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(name)) yield path;
  }
}

/** Package name of a bare specifier, or undefined for relative, absolute, node: and data: ones. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|data:)/.test(specifier) || BUILTIN.has(specifier.split("/")[0] ?? "")) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Files that only tests and build tools load: their imports may be devDependencies. */
const devOnly = (file: string): boolean =>
  /\.test\.ts$|\/test-support\/|\/consumers\/|^scripts\/|^vitest\.config\.|\.d\.mts$/.test(file);

describe("workspace dependencies", () => {
  it.each(workspaces().map((w) => [relative(REPO, w.dir), w] as const))("%s lists what it imports", (_, ws) => {
    // An optional peer (DuckDB for `query`) is a run-time import the user installs.
    const deps = new Set([...Object.keys(ws.pkg.dependencies ?? {}), ...Object.keys(ws.pkg.peerDependencies ?? {})]);
    const devDeps = new Set(Object.keys(ws.pkg.devDependencies ?? {}));
    const missing = new Map<string, string>(); // package -> where it is first imported
    for (const file of sourceFiles(ws.dir)) {
      const rel = relative(ws.dir, file);
      for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(SPECIFIER)) {
        const name = packageOf(specifier);
        if (name === undefined || name === ws.pkg.name || deps.has(name)) continue;
        if (devOnly(rel) && devDeps.has(name)) continue;
        if (!missing.has(name))
          missing.set(name, `${rel}${devDeps.has(name) ? " (at run time, but a devDependency)" : ""}`);
      }
    }
    const list = [...missing].map(([name, where]) => `${name}: ${where}`);
    expect(list, `not listed in package.json:\n${list.join("\n")}\n`).toEqual([]);
  });
});

/** Names exported by each declaration entry point (types included), from one program for all of them. */
function exportedNames(declarations: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram([...declarations], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return new Map(
    declarations.map((declaration) => {
      const source = program.getSourceFile(declaration);
      const symbol = source && checker.getSymbolAtLocation(source);
      if (symbol === undefined) throw new Error(`${declaration}: no module symbol`);
      return [declaration, checker.getExportsOfModule(symbol).map((s) => s.getName())];
    }),
  );
}

describe("README of each public package", () => {
  const entries = publicPackages().flatMap((ws) =>
    Object.entries(ws.pkg.exports ?? {}).flatMap(([entry, target]) =>
      typeof target === "object" && target.types !== undefined
        ? [{ ws, entry, declaration: join(ws.dir, target.types) }]
        : [],
    ),
  );
  let names = new Map<string, string[]>();
  beforeAll(() => {
    names = exportedNames(entries.map((e) => e.declaration));
  });

  it.each(publicPackages().map((w) => [w.pkg.name, w] as const))("%s names every export", (_, ws) => {
    const readme = readFileSync(join(ws.dir, "README.md"), "utf8");
    const undocumented: string[] = [];
    let exported = 0;
    for (const { entry, declaration } of entries.filter((e) => e.ws.pkg.name === ws.pkg.name)) {
      for (const name of names.get(declaration) ?? []) {
        exported++;
        if (!new RegExp(`\\b${name}\\b`).test(readme)) undocumented.push(`${entry}: ${name}`);
      }
    }
    expect(exported, "exports found in the declarations").toBeGreaterThan(0);
    expect(undocumented, `not named in README.md:\n${undocumented.join("\n")}\n`).toEqual([]);
  });
});
