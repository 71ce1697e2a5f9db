import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MetricFlag,
  displayRatio,
  getMetric,
  hasFlag,
  metricAliases,
  metricDirection,
  metricDisplayOrder,
  metricFlags,
  metrics,
  units,
  validateMetricDefinition,
  type CatalogFormat,
  type MetricDefinition,
} from "./index.js";
import { coreRoot, repoRoot, run1Lines, run1Summary } from "./test-support/fixtures.js";

interface SpecEntry {
  tag: string;
  header: string;
  short_header: string | null;
  short_header_hide_unit: boolean;
  unit: string;
  display_unit: string | null;
  flags: string[];
  flags_run1?: string[];
  flags_oct2025?: string[];
  type: string;
  value_type: string;
  required: string[];
  display_order: number | null;
  formula: string;
  present_in: string[];
  renamed_to?: string;
}

// Copy of the spec's registry (aiperf-metrics.json, 69 entries), kept in the package for tests.
const spec = JSON.parse(readFileSync(`${coreRoot}test/fixtures/aiperf-metrics.json`, "utf8")) as SpecEntry[];
const catalogFile = JSON.parse(readFileSync(`${repoRoot}schemas/catalog/metrics.json`, "utf8")) as unknown[];
const FORMAT: Record<string, CatalogFormat> = {
  "run1-2025-10-03": "R",
  "main-2025-10-10": "O",
  "main-2026-03-13": "L",
};
const def = (tag: string): MetricDefinition => {
  const d = getMetric(tag);
  if (!d) throw new Error(`no metric ${tag}`);
  return d;
};

describe("catalog data", () => {
  it("validates every entry of schemas/catalog/metrics.json against metric-definition.schema.json", () => {
    expect(catalogFile).toHaveLength(69);
    const problems = catalogFile.flatMap((entry, i) =>
      validateMetricDefinition(entry).map((p) => `${i}${p.pointer}: ${p.message}`),
    );
    expect(problems).toEqual([]);
  });

  it("is what the package exports, and frozen", () => {
    expect(metrics).toEqual(catalogFile);
    expect(new Set(metrics.map((m) => m.tag)).size).toBe(metrics.length);
    expect(Object.isFrozen(metrics)).toBe(true);
    expect(Object.isFrozen(def("ttft").flags)).toBe(true);
  });

  it("rejects a definition with an unknown flag or kind", () => {
    const bad = { ...def("ttft"), flags: ["FAST"], kind: "histogram" };
    expect(validateMetricDefinition(bad).map((p) => p.pointer)).toEqual(["/kind", "/flags/0"]);
  });
});

describe("catalog vs the spec's registry", () => {
  it("holds every metric of the registry and nothing else", () => {
    expect(metrics.map((m) => m.tag).sort()).toEqual(spec.map((e) => e.tag).sort());
  });

  it.each(spec.map((e) => [e.tag, e] as const))("%s matches the registry", (tag, e) => {
    const d = def(tag);
    const noNone = (f: string[]): string[] => f.filter((x) => x !== "NONE");
    expect({
      header: d.header,
      shortHeader: d.shortHeader,
      hide: d.shortHeaderHideUnit,
      unit: d.unit,
      displayUnit: d.displayUnit,
      kind: d.kind,
      value: `${d.valueType === "list" ? "list[" : ""}${d.numberType}${d.valueType === "list" ? "]" : ""}`,
      flags: d.flags,
      flagsR: d.flagsByFormat?.R,
      flagsO: d.flagsByFormat?.O,
      required: d.required,
      displayOrder: d.displayOrder,
      presentIn: d.presentIn,
      formula: d.formula,
      renamedTo: d.renamedTo,
    }).toEqual({
      header: e.header,
      shortHeader: e.short_header,
      hide: e.short_header_hide_unit,
      unit: e.unit,
      displayUnit: e.display_unit,
      kind: e.type,
      value: e.value_type,
      flags: noNone(e.flags),
      flagsR: e.flags_run1 && noNone(e.flags_run1),
      flagsO: e.flags_oct2025 && noNone(e.flags_oct2025),
      required: e.required,
      displayOrder: e.display_order,
      presentIn: e.present_in.map((p) => FORMAT[p]),
      formula: e.formula,
      renamedTo: e.renamed_to?.split(" ")[0],
    });
  });

  it("links renamed metrics both ways (facts F6)", () => {
    const pairs = metrics
      .filter((m) => m.renamedTo)
      .map((m) => [m.tag, m.renamedTo, getMetric(m.renamedTo ?? "")?.renamedFrom]);
    expect(pairs).toEqual([
      ["prefill_throughput", "prefill_throughput_per_user", "prefill_throughput"],
      ["ttft", "time_to_first_token", "ttft"],
      ["ttst", "time_to_second_token", "ttst"],
    ]);
  });

  it("knows every unit tag it uses", () => {
    const tags = metrics.flatMap((m) => [m.unit, m.displayUnit ?? m.unit]);
    expect(tags.filter((t) => !(t in units))).toEqual([]);
  });

  it("converts exactly the display units of AIPerf (facts F7)", () => {
    const conversions = [
      ...new Set(
        metrics.filter((m) => displayRatio(m) !== 1).map((m) => `${m.unit}->${m.displayUnit}: ${displayRatio(m)}`),
      ),
    ];
    expect(conversions.sort()).toEqual(["B->KB: 0.0009765625", "ns->ms: 0.000001", "ns->sec: 1e-9", "sec->ms: 1000"]);
  });
});

describe("metric direction (schemas/metric-definition.schema.json states the rule)", () => {
  const TIME = new Set(["ns", "us", "ms", "sec"]);
  // The rule of the schema's description, written against kind, unit and flags only.
  const rule = (d: MetricDefinition): string => {
    if (d.flags.includes("GOODPUT")) return "higher"; // goodput and its good-request count
    if (/\/sec(\/|$)/.test(d.unit)) return "higher"; // throughputs
    if (TIME.has(d.unit)) return d.kind === "record" ? "lower" : "none"; // latencies; timestamps and run duration
    if (d.unit === "ms/image" || d.unit === "%" || d.unit === "MB") return "lower"; // per-item time, discrepancy %, memory
    if (d.unit === "requests" && d.kind === "aggregate" && d.tag !== "request_count") return "lower"; // error and mismatch counts
    return "none"; // counts, tokens, lengths, sizes, ratios
  };

  it("every catalog metric has one, and it follows the rule by kind, unit and flags", () => {
    const wrong = metrics.filter((d) => d.direction !== rule(d)).map((d) => `${d.tag}: ${d.direction} != ${rule(d)}`);
    expect(wrong).toEqual([]);
    expect(metrics.every((d) => ["lower", "higher", "none"].includes(d.direction))).toBe(true);
  });

  it("latencies are lower, throughputs higher, counts and timestamps none (spot checks by hand)", () => {
    for (const t of ["ttft", "time_to_first_token", "request_latency", "inter_chunk_latency", "error_request_count"])
      expect(metricDirection(t), t).toBe("lower");
    for (const t of ["request_throughput", "output_token_throughput_per_user", "goodput"])
      expect(metricDirection(t), t).toBe("higher");
    for (const t of ["request_count", "output_sequence_length", "min_request_timestamp", "benchmark_duration"])
      expect(metricDirection(t), t).toBe("none");
    expect(metricDirection("no_such_metric")).toBeUndefined();
  });

  it("a renamed metric keeps its direction, and aliases follow renames both ways", () => {
    for (const m of metrics.filter((d) => d.renamedTo !== undefined))
      expect(m.direction, m.tag).toBe(def(m.renamedTo ?? "").direction);
    expect(metricAliases("ttft")).toEqual(["ttft", "time_to_first_token"]);
    expect(metricAliases("time_to_first_token")).toEqual(["time_to_first_token", "ttft"]);
    expect(metricAliases("request_latency")).toEqual(["request_latency"]);
    expect(metricAliases("unknown_tag")).toEqual(["unknown_tag"]);
  });

  it("the validator requires a direction from the enum", () => {
    const { direction: _omit, ...without } = def("ttft");
    expect(validateMetricDefinition(without).map((p) => p.pointer)).toEqual(["/direction"]);
    expect(validateMetricDefinition({ ...def("ttft"), direction: "up" }).map((p) => p.pointer)).toEqual(["/direction"]);
  });
});

describe("catalog vs run1", () => {
  const records = run1Lines().map(
    (l) => JSON.parse(l) as { metrics: Record<string, { unit: string }>; error: unknown },
  );
  const summary = run1Summary().records as Record<string, { header: string; unit: string }>;

  it("has every tag run1 uses, with run1's headers and display units", () => {
    const seen = new Map<string, string>();
    for (const r of records) for (const [tag, v] of Object.entries(r.metrics)) seen.set(tag, v.unit);
    expect(seen.size).toBe(14); // 13 on valid lines + error_request_count
    for (const [tag, unit] of seen) {
      expect(def(tag).presentIn).toContain("R");
      expect(def(tag).displayUnit ?? def(tag).unit).toBe(unit);
    }
    for (const [tag, r] of Object.entries(summary)) {
      expect([tag, def(tag).header, def(tag).displayUnit ?? def(tag).unit]).toEqual([tag, r.header, r.unit]);
    }
  });

  it("explains with R flags which metrics each run1 file holds (facts F1, F16)", () => {
    const hidden = MetricFlag.EXPERIMENTAL | MetricFlag.INTERNAL;
    const isHidden = (tag: string): boolean => (metricFlags(def(tag), "R") & hidden) !== 0;
    for (const tag of Object.keys(summary)) expect(isHidden(tag), tag).toBe(false);
    for (const tag of [
      "thinking_efficiency",
      "overall_thinking_efficiency",
      "prefill_throughput",
      "stream_setup_latency",
      "stream_prefill_latency",
      "credit_drop_latency",
    ]) {
      expect(isHidden(tag), tag).toBe(true);
    }
    for (const r of records) {
      for (const tag of Object.keys(r.metrics)) {
        expect(def(tag).kind).not.toBe("derived");
        expect(hasFlag(metricFlags(def(tag), "R"), MetricFlag.ERROR_ONLY), tag).toBe(r.error !== null);
      }
    }
  });

  it("orders run1's console table like AIPerf (facts F19; R flags and display orders)", () => {
    const hiddenOnConsole =
      MetricFlag.ERROR_ONLY | MetricFlag.NO_CONSOLE | MetricFlag.INTERNAL | MetricFlag.EXPERIMENTAL;
    const rows = Object.keys(summary)
      .map((tag) => def(tag))
      .filter((d) => (metricFlags(d, "R") & hiddenOnConsole) === 0)
      .sort((a, b) => (metricDisplayOrder(a, "R") ?? Infinity) - (metricDisplayOrder(b, "R") ?? Infinity))
      .map((d) => d.header);
    expect(rows).toEqual([
      "Time to First Token",
      "Time to Second Token",
      "Request Latency",
      "Inter Token Latency",
      "Output Token Throughput Per User",
      "Output Sequence Length",
      "Input Sequence Length",
      "Output Token Throughput",
      "Request Throughput",
      "Request Count",
    ]);
  });
});

describe("flags and display order per format", () => {
  it("uses each format's flags (facts F6)", () => {
    // Bits from facts F6: LARGER_IS_BETTER 16, NO_INDIVIDUAL_RECORDS 2048, ERROR_ONLY 2, NO_CONSOLE 8,
    // INTERNAL 32, PRODUCES_TOKENS_ONLY 4, TOKENIZES_INPUT_ONLY 4096.
    expect(metricFlags(def("request_count"), "R")).toBe(16);
    expect(metricFlags(def("request_count"))).toBe(16 + 2048);
    expect(metricFlags(def("error_request_count"), "R")).toBe(2);
    expect(metricFlags(def("error_request_count"), "O")).toBe(2 + 2048);
    expect(metricFlags(def("min_request_timestamp"), "R")).toBe(8);
    expect(metricFlags(def("min_request_timestamp"), "O")).toBe(8 + 2048);
    expect(metricFlags(def("min_request_timestamp"), "L")).toBe(8 + 2048 + 32);
    expect(metricFlags(def("input_sequence_length"), "O")).toBe(4 + 16);
    expect(metricFlags(def("input_sequence_length"), "L")).toBe(4096 + 16);
    expect(metricFlags(def("request_latency"))).toBe(0);
  });

  it("moves request_count from 1000 (R) to 1100", () => {
    expect(metricDisplayOrder(def("request_count"), "R")).toBe(1000);
    expect(metricDisplayOrder(def("request_count"), "O")).toBe(1100);
    expect(metricDisplayOrder(def("request_count"))).toBe(1100);
    expect(metricDisplayOrder(def("ttft"), "R")).toBe(100);
    expect(metricDisplayOrder(def("benchmark_duration"))).toBeNull();
  });

  it("returns undefined for tags it does not know", () => {
    expect(getMetric("decode_duration")).toBeUndefined();
    expect(getMetric("")).toBeUndefined();
  });
});
