// The repository's workspaces as this check sees them: every package.json under packages/ and apps/.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  main?: string;
  types?: string;
  typesVersions?: Record<string, Record<string, string[]>>;
  exports?: Record<string, string | { types?: string; default?: string; import?: string; require?: string }>;
  files?: string[];
  bin?: Record<string, string>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface Workspace {
  dir: string;
  pkg: PackageJson;
}

export function workspaces(): Workspace[] {
  return ["packages", "apps"].flatMap((group) =>
    readdirSync(join(REPO, group))
      .map((name) => join(REPO, group, name))
      .filter((dir) => existsSync(join(dir, "package.json")))
      .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson })),
  );
}

/** The packages meant for the registry. */
export const publicPackages = (): Workspace[] => workspaces().filter((w) => w.pkg.private !== true);
