#!/usr/bin/env node
// Regenerates src/generated/ from schemas/: TypeScript types (json-schema-to-typescript),
// precompiled ajv standalone validators (no schema compilation at run time) and the
// metric catalog as a TS module (core never reads files at run time).
// Output is byte-reproducible: inputs sorted, no timestamps, prettier pinned.
//   node scripts/codegen.mjs                 write src/generated/
//   node scripts/codegen.mjs --out <dir>     write elsewhere
//   node scripts/codegen.mjs --check         exit 1 if src/generated/ is stale
//   --schemas <dir>                          read schemas from another directory
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { compile } from "json-schema-to-typescript";
import { format } from "prettier";

const here = fileURLToPath(new URL(".", import.meta.url));
const FIX_HINT = "run `npm run codegen` and commit src/generated/";
const BANNER = [
  "// GENERATED FILE - DO NOT EDIT.",
  "// Source: schemas/ (repository root); generator: packages/core/scripts/codegen.mjs.",
  "// To update: run `npm run codegen`.",
].join("\n");

/** Models exported as precompiled validators: export name -> schema file. */
const VALIDATED = {
  CheckResult: "check-result.schema.json",
  CompareResult: "compare-result.schema.json",
  ErrorDetails: "error-details.schema.json",
  ErrorDetailsCount: "error-details-count.schema.json",
  MetricDefinition: "metric-definition.schema.json",
  MetricRecordInfo: "metric-record-info.schema.json",
  MetricRecordMetadata: "metric-record-metadata.schema.json",
  MetricResult: "metric-result.schema.json",
  MetricValue: "metric-value.schema.json",
  PhaseManifest: "phase-manifest.schema.json",
  RecordsCsvRow: "records-csv-row.schema.json",
  ServerMetricsFile: "server-metrics-file.schema.json",
  SteadyStateFile: "steady-state-file.schema.json",
  SummaryFile: "summary-file.schema.json",
  TelemetryData: "telemetry-data.schema.json",
  TimeslicesCsvRow: "timeslices-csv-row.schema.json",
  TimeslicesFile: "timeslices-file.schema.json",
  ThresholdsFile: "thresholds-file.schema.json",
};

function loadSchemas(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort();
  return files.map((file) => ({ file, schema: JSON.parse(readFileSync(join(dir, file), "utf8")) }));
}

function createAjv() {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    // Discriminating if-clauses name properties that only the referenced variant defines.
    strictRequired: false,
    code: { source: true, esm: true },
  });
  // Annotation for json-schema-to-typescript only; no validation effect.
  ajv.addKeyword({ keyword: "tsType", schemaType: "string" });
  // Record-metadata field annotations, read by recordFieldsModule; no validation effect.
  for (const keyword of ["x-since", "x-header", "x-column"]) ajv.addKeyword({ keyword, schemaType: "string" });
  ajv.addKeyword({ keyword: "x-version-marker", schemaType: "boolean" });
  return ajv;
}

/**
 * Copy of a schema without annotation keywords: ajv embeds schema objects in its output,
 * and json-schema-to-typescript turns a `$ref` with sibling keywords into a duplicate type.
 */
function stripAnnotations(node, drop) {
  if (Array.isArray(node)) return node.map((n) => stripAnnotations(n, drop));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (drop(key, node)) continue;
    // Children of properties/definitions are keyed by name, not keyword.
    if (key === "properties" || key === "definitions") {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub, drop)]));
    } else {
      out[key] = stripAnnotations(value, drop);
    }
  }
  return out;
}

function validatorsModule(schemas) {
  const ajv = createAjv();
  for (const { schema } of schemas) {
    ajv.addSchema(stripAnnotations(schema, (key) => key === "description" || key === "title" || key.startsWith("x-")));
  }
  const refs = {};
  for (const [name, file] of Object.entries(VALIDATED)) {
    const entry = schemas.find((s) => s.file === file);
    if (!entry) throw new Error(`codegen: schema ${file} not found`);
    refs[name] = entry.schema.$id;
  }
  let code = standaloneCode(ajv, refs);
  // ajv's ESM output still calls require() for runtime helpers; ajv is a runtime dependency.
  if (code.includes("require(")) {
    code = `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code}`;
  }
  return `${BANNER}\n// @ts-nocheck\n/* eslint-disable */\n${code}`;
}

async function typesModule(schemas, dir) {
  const root = {
    title: "AiperfSchemaIndex",
    type: "object",
    additionalProperties: false,
    definitions: Object.fromEntries(schemas.map(({ file }) => [file, { $ref: file }])),
  };
  // Draft-07 ignores siblings of $ref; dropping them keeps one TS type per referenced schema.
  const byFile = new Map(
    schemas.map(({ file, schema }) => [
      file,
      stripAnnotations(schema, (key, node) => "$ref" in node && key !== "$ref"),
    ]),
  );
  let ts = await compile(root, "AiperfSchemaIndex", {
    cwd: dir,
    bannerComment: "",
    unreachableDefinitions: true,
    format: false,
    additionalProperties: true,
    strictIndexSignatures: false,
    // Keep arrays as T[] (contract: presentIn: CatalogFormat[]), not minItems tuples.
    ignoreMinAndMaxItems: true,
    style: { singleQuote: false },
    $refOptions: {
      resolve: {
        http: false,
        // Serve the preprocessed schemas instead of the files on disk.
        aiperf: {
          order: 1,
          canRead: /\.schema\.json$/,
          read: (file) => {
            const schema = byFile.get(basename(file.url));
            if (!schema) throw new Error(`codegen: unknown $ref ${file.url}`);
            return JSON.stringify(schema);
          },
        },
      },
    },
  });
  // Drop the synthetic index type and json2ts' notes about it.
  ts = ts.replace(/export interface AiperfSchemaIndex \{\s*\}\n?/, "");
  ts = ts.replace(
    / \*\s*\n \* This (?:interface|type) was referenced by `AiperfSchemaIndex`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n/g,
    "",
  );
  ts = ts.replace(
    / \* This (?:interface|type) was referenced by `AiperfSchemaIndex`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n/g,
    "",
  );
  if (ts.includes("AiperfSchemaIndex")) throw new Error("codegen: could not strip the synthetic index type");
  return `${BANNER}\n\n${ts}`;
}

function catalogModule(dir) {
  const data = JSON.parse(readFileSync(join(dir, "catalog", "metrics.json"), "utf8"));
  return [
    BANNER,
    "// Data: schemas/catalog/metrics.json (validated against metric-definition.schema.json by the tests).",
    'import type { MetricDefinition } from "./types.js";',
    "",
    `export const catalogData: readonly MetricDefinition[] = ${JSON.stringify(data, null, 2)};`,
    "",
  ].join("\n");
}

/**
 * Per-record metadata fields from the two metadata schemas, in the session schema's property order
 * (run1-only keys last): the one list the CSV columns and the records-version detection use.
 */
function recordFieldsModule(schemas) {
  const props = (file) => {
    const entry = schemas.find((s) => s.file === file);
    if (!entry) throw new Error(`codegen: schema ${file} not found`);
    return Object.entries(entry.schema.properties);
  };
  const session = props("metric-record-metadata-session.schema.json");
  const run1 = props("metric-record-metadata-run1.schema.json").filter(([k]) => !session.some(([s]) => s === k));
  const fields = [];
  for (const [key, p] of [...session, ...run1]) {
    if (p["x-since"] === undefined) continue;
    const field = { key, since: p["x-since"], column: p["x-column"] ?? key };
    if (p["x-header"] !== undefined) field.header = p["x-header"];
    if (p["x-version-marker"] === true) field.versionMarker = true;
    fields.push(field);
  }
  return [
    BANNER,
    "// Data: x-since/x-header/x-column/x-version-marker of schemas/metric-record-metadata-{session,run1}.schema.json.",
    "",
    "/** A per-record metadata key as the schemas annotate it. */",
    "export interface RecordMetadataField {",
    "  /** Key in the line's metadata object. */",
    "  readonly key: string;",
    "  /** First records version (R, O, L, 0.10, 0.12) that writes the key. */",
    '  readonly since: "R" | "O" | "L" | "0.10" | "0.12";',
    "  /** CSV column the key fills; R's timestamp_ns and credit_phase share one with their later names. */",
    "  readonly column: string;",
    "  /** CSV header of that column (on the key that names it). */",
    "  readonly header?: string;",
    "  /** The key's presence tells the records version. */",
    "  readonly versionMarker?: true;",
    "}",
    "",
    `export const recordMetadataFields: readonly RecordMetadataField[] = ${JSON.stringify(fields, null, 2)};`,
    "",
  ].join("\n");
}

/** Generates every file of src/generated/; returns file name -> content. */
export async function generate(schemaDir) {
  const schemas = loadSchemas(schemaDir);
  const raw = {
    "catalog.ts": catalogModule(schemaDir),
    "record-fields.ts": recordFieldsModule(schemas),
    "types.ts": await typesModule(schemas, schemaDir),
    "validators.ts": validatorsModule(schemas),
  };
  const out = {};
  for (const [name, text] of Object.entries(raw)) {
    out[name] = await format(text, { parser: "typescript", printWidth: 100 });
  }
  return out;
}

function writeAtomic(path, text) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      schemas: { type: "string" },
      check: { type: "boolean", default: false },
    },
  });
  const schemaDir = resolve(values.schemas ?? join(here, "..", "..", "..", "schemas"));
  const outDir = resolve(values.out ?? join(here, "..", "src", "generated"));
  const files = await generate(schemaDir);
  if (values.check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      const path = join(outDir, name);
      return !existsSync(path) || readFileSync(path, "utf8") !== text;
    });
    if (stale.length > 0) {
      console.error(`codegen: stale generated files: ${stale.map(([n]) => n).join(", ")}; ${FIX_HINT}`);
      process.exit(1);
    }
    console.log(`codegen: ${Object.keys(files).length} generated files are up to date`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeAtomic(join(outDir, name), text);
  console.log(`codegen: wrote ${Object.keys(files).join(", ")} to ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
