import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MetricFlag, flagMask, flagNames, hasFlag, type CatalogFlagName, type MetricFlagName } from "./index.js";
import { repoRoot } from "./test-support/fixtures.js";

// Compile-time: the catalog schema's flag enum and MetricFlag name the same flags.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: Same<CatalogFlagName, MetricFlagName> = true;

describe("MetricFlag", () => {
  it("has the bit values of facts F6", () => {
    expect(sameNames).toBe(true);
    expect(MetricFlag).toEqual({
      NONE: 0,
      STREAMING_ONLY: 1,
      ERROR_ONLY: 2,
      PRODUCES_TOKENS_ONLY: 4,
      NO_CONSOLE: 8,
      LARGER_IS_BETTER: 16,
      INTERNAL: 32,
      SUPPORTS_AUDIO_ONLY: 64,
      SUPPORTS_IMAGE_ONLY: 128,
      SUPPORTS_REASONING: 256,
      EXPERIMENTAL: 512,
      STREAMING_TOKENS_ONLY: 5,
      GOODPUT: 1024,
      NO_INDIVIDUAL_RECORDS: 2048,
      TOKENIZES_INPUT_ONLY: 4096,
      SUPPORTS_VIDEO_ONLY: 8192,
      USAGE_DIFF_ONLY: 16384,
      HTTP_TRACE_ONLY: 32768,
      PRODUCES_VIDEO_ONLY: 65536,
    });
  });

  it("matches the flag names allowed by metric-definition.schema.json", () => {
    const schema = JSON.parse(readFileSync(`${repoRoot}schemas/metric-definition.schema.json`, "utf8")) as {
      definitions: { flagName: { enum: string[] } };
    };
    expect(schema.definitions.flagName.enum).toEqual(Object.keys(MetricFlag));
  });

  it("tests composite flags as all-bits-set", () => {
    expect(hasFlag(MetricFlag.STREAMING_ONLY | MetricFlag.PRODUCES_TOKENS_ONLY, MetricFlag.STREAMING_TOKENS_ONLY)).toBe(
      true,
    );
    expect(hasFlag(MetricFlag.STREAMING_ONLY, MetricFlag.STREAMING_TOKENS_ONLY)).toBe(false);
    expect(hasFlag(0, MetricFlag.NONE)).toBe(true);
    expect(hasFlag(MetricFlag.GOODPUT, MetricFlag.NO_CONSOLE)).toBe(false);
  });

  it("converts between names and masks", () => {
    expect(flagMask(["GOODPUT", "NO_CONSOLE"])).toBe(1032);
    expect(flagMask([])).toBe(0);
    expect(flagNames(5)).toEqual(["STREAMING_ONLY", "PRODUCES_TOKENS_ONLY"]);
    expect(flagNames(flagMask(["HTTP_TRACE_ONLY", "NO_CONSOLE"]))).toEqual(["NO_CONSOLE", "HTTP_TRACE_ONLY"]);
  });
});
