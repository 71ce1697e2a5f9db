// Keys from data that name Object.prototype members are exported and counted as data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRecordLine } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { readCsv, recordsCsv, RUN1_DIR } from "./test-support/helpers.js";

const LINE = readFileSync(join(RUN1_DIR, "profile_export.jsonl"), "utf8").split("\n")[20] as string;
const HOSTILE = `${LINE.replace(
  '"metrics":{',
  '"metrics":{"__proto__":{"value":7,"unit":"ms"},"constructor":{"value":3,"unit":"ms"},',
)
  .replace('"metadata":{', '"metadata":{"__proto__":"pm","toString":"ts","hasOwnProperty":1,')
  .slice(0, -1)},"__proto__":{"polluted":true},"constructor":5}`;

describe("per-request rows with keys from data", () => {
  it("__proto__, constructor, toString land in the Other cells and are counted per record", async () => {
    const records = [parseRecordLine(HOSTILE, 1), parseRecordLine(HOSTILE, 2)];
    const { text, result } = await recordsCsv(records, { version: "R" });
    const [header = [], first = []] = readCsv(text);
    const cell = (name: string): string => first[header.indexOf(name)] ?? "<missing>";
    expect(cell("Other Metadata (JSON)")).toBe('{"__proto__":"pm","toString":"ts","hasOwnProperty":1}');
    expect(cell("Other Metrics (JSON)")).toBe(
      '{"__proto__":{"value":7,"unit":"ms"},"constructor":{"value":3,"unit":"ms"}}',
    );
    expect(Object.entries(result.otherMetrics)).toEqual([
      ["__proto__", 2],
      ["constructor", 2],
    ]);
    expect(Object.entries(result.otherMetadata)).toEqual([
      ["__proto__", 2],
      ["toString", 2],
      ["hasOwnProperty", 2],
    ]);
    expect(Object.entries(result.notExported)).toEqual([
      ["/__proto__", 2],
      ["/constructor", 2],
    ]);
    expect(Object.getPrototypeOf(result.otherMetrics)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
