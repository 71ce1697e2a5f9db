// Keys from data that name Object.prototype members stay data end to end:
// parsed, summarized, written, read back; no prototype changes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSummaryJson } from "../format/summary-json.js";
import { parseSummary } from "../summary-file/index.js";
import { summarizeSync } from "../summarize/index.js";
import { RUN1_DIR } from "../summarize/test-support/run1.js";
import { parseRecordLine } from "./record-line.js";

const LINES = readFileSync(`${RUN1_DIR}profile_export.jsonl`, "utf8")
  .split("\n")
  .filter((l) => l !== "");

/** Line 21 of run1 (a successful request) with hostile keys spliced into the text. */
function hostileLine(): string {
  const line = LINES[20] as string;
  return `${line
    .replace('"metrics":{', '"metrics":{"__proto__":{"value":7,"unit":"ms"},"constructor":{"value":3,"unit":"ms"},')
    .replace('"metadata":{', '"metadata":{"__proto__":"pm","toString":"ts","hasOwnProperty":1,"prototype":null,')
    .slice(0, -1)},"__proto__":{"polluted":true},"toString":"x"}`;
}

describe("keys from data", () => {
  it("parseRecordLine keeps __proto__ and friends as own properties of metadata, metrics and extra", () => {
    const r = parseRecordLine(hostileLine(), 21);
    expect(Object.getPrototypeOf(r.extra)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(r.extra, "__proto__")?.value).toEqual({ polluted: true });
    expect(Object.keys(r.extra ?? {})).toEqual(["__proto__", "toString"]);
    expect(Object.getOwnPropertyDescriptor(r.metadata, "__proto__")?.value).toBe("pm");
    expect(Object.getOwnPropertyDescriptor(r.metadata, "toString")?.value).toBe("ts");
    expect(Object.getOwnPropertyDescriptor(r.metrics, "__proto__")?.value).toEqual({ value: 7, unit: "ms" });
    expect(Object.getOwnPropertyDescriptor(r.metrics, "constructor")?.value).toEqual({ value: 3, unit: "ms" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a __proto__ or constructor metric survives summarize into the summary JSON and back", () => {
    const records = LINES.map((l, i) => (i === 20 ? parseRecordLine(hostileLine(), 21) : parseRecordLine(l, i + 1)));
    const summary = summarizeSync(records);
    for (const variant of ["R", "N"] as const) {
      const text = formatSummaryJson(summary, { variant });
      const doc = JSON.parse(text) as Record<string, Record<string, unknown>>;
      const holder = (variant === "R" ? doc.records : doc) as Record<string, Record<string, unknown>>;
      // One record each: every statistic is the value itself.
      expect(Object.getOwnPropertyDescriptor(holder, "__proto__")?.value).toMatchObject({ unit: "ms", avg: 7, max: 7 });
      expect(Object.getOwnPropertyDescriptor(holder, "constructor")?.value).toMatchObject({ unit: "ms", avg: 3 });
      const back = parseSummary(text);
      expect(back.metrics.map((m) => m.tag)).toEqual(expect.arrayContaining(["__proto__", "constructor"]));
      expect(back.metrics.find((m) => m.tag === "__proto__")?.stats.p50).toBe(7);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a summary file's top-level __proto__ and stat key __proto__ are kept as data", () => {
    const text = '{"request_count":{"unit":"requests","avg":5.0,"__proto__":1.5},"__proto__":"x","constructor":2}';
    const s = parseSummary(text);
    expect(Object.getOwnPropertyDescriptor(s.metrics[0]?.stats, "__proto__")?.value).toBe(1.5);
    expect(Object.keys(s.extra ?? {})).toEqual(["__proto__", "constructor"]);
    const out = JSON.parse(formatSummaryJson(s, { variant: "N" })) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toBe("x");
    expect(out.constructor).toBe(2);
  });
});
