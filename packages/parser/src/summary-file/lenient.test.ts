// Lenient summary reading: a newer AIPerf's unknown top-level objects are kept and named, not a schema failure.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSummary, SummarySchemaError } from "./parse-summary.js";

const PY15 = fileURLToPath(
  new URL("../../../../fixtures/constructed/summary-1.5/profile_export_aiperf.json", import.meta.url),
);
const base = JSON.parse(readFileSync(PY15, "utf8")) as Record<string, unknown>;
const text = (extra: Record<string, unknown>) => JSON.stringify({ ...base, ...extra }, null, 2);

describe("lenient summary reading", () => {
  const future = { future_block: { window: 3, histogram: { "1": 2 } } };

  it("strict: an unknown top-level object is a schema problem at its location", () => {
    expect(() => parseSummary(text(future), "s.json")).toThrow(SummarySchemaError);
    try {
      parseSummary(text(future), "s.json");
    } catch (e) {
      expect((e as SummarySchemaError).issues.map((i) => `${i.location.pointer} ${i.message}`)).toEqual([
        "/future_block/unit is required",
        "/future_block/avg is required",
      ]);
    }
  });

  it("lenient: kept in extra as written, named in the notes; the metrics are read as before", () => {
    const s = parseSummary(text(future), "s.json", { lenient: true });
    expect(s.extra?.future_block).toEqual({ window: 3, histogram: { "1": 2 } });
    expect(s.notes).toContain(
      "future_block: an unknown top-level object (not a metric block), kept as is (lenient reading)",
    );
    expect(s.metrics.find((m) => m.tag === "request_latency")?.stats.avg).toBe(2099.55);
  });

  it("lenient still fails a malformed known field, a catalogued metric without unit, and a bad metric block", () => {
    const fails = (extra: Record<string, unknown>) => () => parseSummary(text(extra), "s.json", { lenient: true });
    expect(fails({ run_info: 3 })).toThrow(SummarySchemaError);
    expect(fails({ telemetry_data: { endpoints: { h: { gpus: { g: { gpu_index: "0", metrics: {} } } } } } })).toThrow(
      expect.objectContaining({
        location: expect.objectContaining({ pointer: "/telemetry_data/endpoints/h/gpus/g/gpu_index" }),
      }),
    );
    expect(fails({ request_latency: { avg: 1 } })).toThrow(SummarySchemaError);
    expect(fails({ new_metric: { unit: "ms", avg: "fast" } })).toThrow(SummarySchemaError);
  });
});
