#!/usr/bin/env node
// npm pack every public package into one folder (each package's prepack builds it first): what a user
// installs while the packages are not on the npm registry.
//   node scripts/pack-tarballs.mjs [dir]      default dir: tarballs/ (git-ignored)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dest = resolve(process.argv[2] ?? join(root, "tarballs"));
const names = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir, "package.json"))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, "utf8")))
  .filter((pkg) => pkg.private !== true)
  .map((pkg) => pkg.name);
mkdirSync(dest, { recursive: true });
const out = execFileSync(
  "npm",
  ["pack", "--json", "--pack-destination", dest, ...names.flatMap((name) => ["--workspace", name])],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
for (const { filename, files } of JSON.parse(out)) {
  console.log(`${join(dest, filename)} (${files.length} files)`);
}
