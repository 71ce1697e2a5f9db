// Drift check: src/generated/ must be exactly what scripts/codegen.mjs makes from schemas/.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coreRoot, repoRoot } from "./test-support/fixtures.js";

const FIX = "run `npm run codegen`";
const generatedDir = join(coreRoot, "src", "generated");
const temp: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "aiperf-codegen-"));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function codegen(...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(coreRoot, "scripts", "codegen.mjs"), ...args], {
    encoding: "utf8",
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const listing = (dir: string): string[] => readdirSync(dir).sort();

describe("codegen drift", () => {
  let fresh = "";
  beforeAll(() => {
    fresh = tempDir();
    const run = codegen("--out", fresh);
    expect(run.status, run.output).toBe(0);
  });

  it("committed src/generated/ equals a fresh regeneration", () => {
    expect(listing(generatedDir), `file list differs: ${FIX}`).toEqual(listing(fresh));
    for (const name of listing(fresh)) {
      const text = readFileSync(join(fresh, name), "utf8");
      if (text !== readFileSync(join(generatedDir, name), "utf8")) {
        expect.fail(`src/generated/${name} does not match schemas/: ${FIX}`);
      }
    }
  });

  it("is byte-reproducible", () => {
    const again = tempDir();
    expect(codegen("--out", again).status).toBe(0);
    for (const name of listing(fresh)) {
      expect(readFileSync(join(again, name), "utf8")).toBe(readFileSync(join(fresh, name), "utf8"));
    }
  });

  it("--check fails and names the fix when a schema changed", () => {
    const schemas = tempDir();
    cpSync(join(repoRoot, "schemas"), schemas, { recursive: true });
    const file = join(schemas, "metric-value.schema.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"Display unit tag', '"The display unit tag'));
    const stale = codegen("--check", "--schemas", schemas);
    expect(stale.status).toBe(1);
    expect(stale.output).toContain("types.ts");
    expect(stale.output).toContain(FIX);
  });

  it("marks every generated file as generated and precompiles the validators", () => {
    for (const name of listing(generatedDir)) {
      expect(readFileSync(join(generatedDir, name), "utf8")).toMatch(/^\/\/ GENERATED FILE - DO NOT EDIT\.\n/);
    }
    const validators = readFileSync(join(generatedDir, "validators.ts"), "utf8");
    // Only ajv's small runtime helpers are loaded; no Ajv instance, no schema compilation.
    const required = validators.match(/require\("[^"]+"\)/g) ?? [];
    expect(required.filter((r) => !r.startsWith('require("ajv/dist/runtime/'))).toEqual([]);
    expect(validators).not.toMatch(/new Ajv|\.compile\(/);
  });
});

interface Node {
  [key: string]: unknown;
}

/** Every property declared anywhere in a schema, as "path: has description". */
function undescribed(node: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) undescribed(n, `${path}/${i}`, out);
  }
  if (node === null || typeof node !== "object") return out;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === "properties" || key === "definitions") {
      for (const [name, sub] of Object.entries(value as Node)) {
        if (key === "properties" && typeof (sub as Node).description !== "string") out.push(`${path}/${key}/${name}`);
        undescribed(sub, `${path}/${key}/${name}`, out);
      }
    } else if (typeof value === "object") {
      undescribed(value, `${path}/${key}`, out);
    }
  }
  return out;
}

describe("schemas/ conventions", () => {
  const dir = join(repoRoot, "schemas");
  const files = readdirSync(dir).filter((f) => f.endsWith(".schema.json"));
  const schemas = files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as Node] as const);

  it("has one draft-07 schema per model with $id, unique title and description", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const [file, s] of schemas) {
      expect(s.$schema, file).toBe("http://json-schema.org/draft-07/schema#");
      expect(String(s.$id), file).toMatch(new RegExp(`/${file.replace(/\./g, "\\.")}$`));
      expect(typeof s.description, file).toBe("string");
    }
    const titles = schemas.map(([, s]) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(
      expect.arrayContaining([
        "MetricRecordInfo",
        "MetricRecordMetadata",
        "MetricValue",
        "ErrorDetails",
        "MetricResult",
        "SummaryFile",
        "MetricDefinition",
      ]),
    );
  });

  it("describes every property", () => {
    expect(schemas.flatMap(([file, s]) => undescribed(s, file, []))).toEqual([]);
  });
});
