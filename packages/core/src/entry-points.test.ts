// The main entry stays free of file-system code: node-only helpers live under ./fs.
// The one built-in it loads is node:module, for the createRequire that ajv's
// standalone validators need (generated/validators.ts); nothing else may join it.
import { readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = dirname(fileURLToPath(import.meta.url));
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gm;

/** Every bare or node: specifier reachable from `entry` through relative imports (type-only ones included). */
function externalImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2]) as string;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else out.add(spec);
    }
  };
  visit(entry);
  return out;
}

describe("entry points", () => {
  it("@aiperf/core (main) loads no node: built-in but the validators' node:module", () => {
    const builtins = [...externalImports(join(src, "index.ts"))].filter((s) => isBuiltin(s));
    expect(builtins).toEqual(["node:module"]);
  });

  it("@aiperf/core/fs is the node-only one", () => {
    const builtins = [...externalImports(join(src, "fs", "index.ts"))].filter((s) => isBuiltin(s));
    expect(builtins).toContain("node:fs");
  });
});
