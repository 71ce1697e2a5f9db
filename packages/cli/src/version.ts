import { readFileSync } from "node:fs";

/** The package version, read at startup so it can never drift from package.json. */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
