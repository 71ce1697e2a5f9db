#!/usr/bin/env node
// Start-up: bundles the built CLI (dist/bin.js and the @aiperf/* code it imports) into dist/bundle/,
// so that a run resolves, reads and compiles a handful of chunks instead of ~100 ES modules (the
// larger part of `summarize` on a small run). Command modules stay lazy: each dynamic import() is its
// own chunk, so --help still loads no command and no library.
//
// - Third-party packages stay external: resolved from node_modules as before, their licences with them.
// - Every `import.meta.url` is the module's original file (dist/ of its package, beside the bundle), so
//   what the code finds relative to itself (package.json, assets, worker scripts, createRequire) is
//   unchanged; bin/aiperf-tools.js uses the bundle only when those packages sit beside this one.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const outDir = `${dist}bundle`;
const entry = `${dist}bin.js`;
if (!existsSync(entry)) {
  console.error(`bundle: ${entry} is missing: run tsc first`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });

/** Bare specifiers other than @aiperf/* (npm packages, node: builtins) are left to Node's resolution. */
const isExternal = (id) => !/^[./\\]|^[A-Za-z]:|^@aiperf\//.test(id) && !id.startsWith("\0");

/** Packages whose original files the bundle refers to (import.meta.url), as paths relative to outDir. */
const referenced = new Set();

const keepImportMeta = {
  name: "aiperf-keep-import-meta-url",
  transform(code, id) {
    if (!code.includes("import.meta.url")) return null;
    const rel = relative(outDir, id).split(sep).join("/");
    // Another package's module ("../../../parser/dist/..."): that package must sit beside this one.
    const pkg = /^(\.\.\/\.\.\/\.\.\/[^/]+)\//.exec(rel)?.[1];
    if (pkg !== undefined) referenced.add(`${pkg}/package.json`);
    return { code: code.replaceAll("import.meta.url", `new URL(${JSON.stringify(rel)}, import.meta.url).href`) };
  },
};

const bundle = await rolldown({
  input: { bin: entry },
  platform: "node",
  external: isExternal,
  plugins: [keepImportMeta],
  logLevel: "warn",
});
await bundle.write({ dir: outDir, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" });
await bundle.close();
// The launcher checks these before it prefers the bundle over dist/bin.js.
writeFileSync(`${outDir}/requires.json`, `${JSON.stringify([...referenced].sort(), null, 2)}\n`);
