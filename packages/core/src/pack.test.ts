// Proof that installing only the @aiperf/core tarball gives working types and validators:
// npm pack, install the tarball (and TypeScript) into an empty project, type-check and run a consumer.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { coreRoot, run1Lines } from "./test-support/fixtures.js";

const work = mkdtempSync(join(tmpdir(), "aiperf-core-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Drop npm settings inherited from an outer `npm run` (workspace flags etc.); keep the normal cache.
const KEEP = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig"]);
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_config_") || KEEP.has(k.toLowerCase())),
);

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, NO_COLOR: "1" },
  });

const consumer = (record: string): string => `
import {
  assertMetricRecordInfo,
  getMetric,
  isMetricRecordInfo,
  metricFlags,
  unitRatio,
  ValidationError,
  type MetricRecordInfo,
} from "@aiperf/core";

const line: unknown = ${record};
assertMetricRecordInfo(line);
const record: MetricRecordInfo = line; // narrowed by the assertion
const meta = record.metadata;
const start = "timestamp_ns" in meta ? meta.timestamp_ns : meta.request_start_ns;

// @ts-expect-error -- metadata and metrics are required: proves the types are not \`any\`
const incomplete: MetricRecordInfo = { error: null };

let rejected = "";
try {
  assertMetricRecordInfo({ ...record, metadata: { ...meta, worker_id: 7 } });
} catch (e) {
  if (e instanceof ValidationError) rejected = e.message;
}
const ttft = getMetric("ttft");
console.log(JSON.stringify({
  valid: isMetricRecordInfo(line),
  incomplete: isMetricRecordInfo(incomplete),
  start,
  ttftUnit: record.metrics["ttft"]?.unit,
  rejected,
  header: ttft?.header,
  flags: ttft ? metricFlags(ttft) : -1,
  ratio: unitRatio("ns", "ms"),
}));
`;

describe("npm pack @aiperf/core", () => {
  it("installs alone and gives types and validators to a TypeScript consumer", () => {
    expect(
      existsSync(join(coreRoot, "dist", "index.js")),
      "build first: npx turbo run build --filter=@aiperf/core",
    ).toBe(true);
    const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], coreRoot)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = packed[0];
    expect(tarball).toBeDefined();
    const paths = tarball?.files.map((f) => f.path) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/generated/validators.js",
      ]),
    );
    expect(paths.filter((p) => /\.test\.|test-support|^src\/|tsbuildinfo/.test(p))).toEqual([]);

    const app = join(work, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        join(work, tarball?.filename ?? ""),
        "typescript@5.9.3",
      ],
      app,
    );
    const installed = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(installed.dependencies).sort()).toEqual(["@aiperf/core", "typescript"]);

    writeFileSync(join(app, "consumer.ts"), consumer(run1Lines()[11] ?? ""));
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    run(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", "."], app);
    const out = JSON.parse(run(process.execPath, ["consumer.js"], app)) as Record<string, unknown>;
    expect(out).toEqual({
      valid: true,
      incomplete: false,
      start: 1759522419159192408, // line 12's timestamp_ns, as JSON.parse rounds it
      ttftUnit: "ms",
      rejected: "/metadata/worker_id: must be string",
      header: "Time to First Token",
      flags: 5, // STREAMING_ONLY | PRODUCES_TOKENS_ONLY
      ratio: 1e-6,
    });
  }, 60_000);
});
