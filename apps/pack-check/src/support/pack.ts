// npm pack every public package once, then lay the tarballs out as an installed node_modules: each
// tarball extracted under node_modules/<name>, each third-party dependency it declares linked to the
// workspace's copy. No registry, no npm cache: only what the tarballs hold and what they declare.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { REPO, type Workspace } from "./workspace.js";

// Drop npm settings inherited from an outer `npm run` (workspace flags and the like).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_config_")));

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, NO_COLOR: "1" },
  });
}

export interface Packed {
  name: string;
  dir: string;
  tarball: string;
  files: string[];
}

/**
 * `npm pack` of the given workspaces in one npm run, without lifecycle scripts: the test runs after the
 * build (turbo orders it), and a prepack here would rebuild packages that other suites are reading.
 */
export function pack(list: readonly Workspace[], dest: string): Packed[] {
  const args = ["pack", "--json", "--ignore-scripts", "--pack-destination", dest];
  const out = JSON.parse(run("npm", [...args, ...list.flatMap((ws) => ["--workspace", ws.dir])], REPO)) as {
    name: string;
    filename: string;
    files: { path: string }[];
  }[];
  return list.map((ws) => {
    const entry = out.find((e) => e.name === ws.pkg.name);
    if (entry === undefined) throw new Error(`npm pack ${ws.pkg.name}: no output`);
    return {
      name: ws.pkg.name,
      dir: ws.dir,
      tarball: join(dest, entry.filename),
      files: entry.files.map((f) => f.path).sort(),
    };
  });
}

/** Where the workspace resolves a dependency of `fromDir`: the nearest node_modules/<name> upwards. */
function workspaceCopy(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === dirname(dir) || dir === dirname(REPO)) break;
  }
  throw new Error(`${name} is not installed in the workspace (run npm ci)`);
}

/** A node_modules holding the tarballs, their declared third-party dependencies, and `extra` dev tools. */
export function install(root: string, packed: readonly Packed[], extra: readonly string[]): void {
  const modules = join(root, "node_modules");
  const ours = new Set(packed.map((p) => p.name));
  const link = (name: string, fromDir: string): void => {
    const at = join(modules, name);
    if (existsSync(at)) return;
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(workspaceCopy(name, fromDir), at, "dir");
  };
  for (const p of packed) {
    const at = join(modules, p.name);
    mkdirSync(at, { recursive: true });
    run("tar", ["-xzf", p.tarball, "-C", at, "--strip-components=1"], root);
  }
  for (const p of packed) {
    const { dependencies = {} } = JSON.parse(readFileSync(join(modules, p.name, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(dependencies)) {
      if (ours.has(dep)) continue;
      link(dep, p.dir);
    }
  }
  for (const tool of extra) link(tool, REPO);
}
