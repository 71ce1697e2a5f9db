// recordMetadataFields is the metadata schemas' property list, not a copy kept by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordMetadataFields } from "./index.js";
import { repoRoot } from "./test-support/fixtures.js";

type Props = Record<string, Record<string, unknown>>;
const props = (name: string): Props =>
  (JSON.parse(readFileSync(`${repoRoot}schemas/${name}.schema.json`, "utf8")) as { properties: Props }).properties;
const session = props("metric-record-metadata-session");
const run1 = props("metric-record-metadata-run1");

describe("recordMetadataFields (issue 10: from the schemas)", () => {
  it("lists the annotated properties of the session schema in order, then run1's own", () => {
    const annotated = (p: Props) => Object.keys(p).filter((k) => p[k]?.["x-since"] !== undefined);
    const run1Only = annotated(run1).filter((k) => !(k in session));
    expect(recordMetadataFields.map((f) => f.key)).toEqual([...annotated(session), ...run1Only]);
    expect(run1Only).toEqual(["timestamp_ns", "credit_phase"]);
  });

  it("every session property is annotated except the ones without a CSV column of their own", () => {
    const unannotated = Object.keys(session).filter((k) => session[k]?.["x-since"] === undefined);
    expect(unannotated.sort()).toEqual([
      "global_dispatch_index",
      "parent_correlation_id",
      "source_inner_idx",
      "source_kind",
      "source_outer_idx",
      "source_trace_id",
    ]);
  });

  it("carries header, shared column and version markers as annotated", () => {
    const byKey = new Map(recordMetadataFields.map((f) => [f.key, f]));
    expect(byKey.get("benchmark_phase")).toEqual({
      key: "benchmark_phase",
      since: "R",
      column: "phase",
      header: "Phase",
    });
    expect(byKey.get("credit_phase")).toEqual({ key: "credit_phase", since: "R", column: "phase" });
    expect(byKey.get("timestamp_ns")).toEqual({
      key: "timestamp_ns",
      since: "R",
      column: "request_start_ns",
      versionMarker: true,
    });
    for (const f of recordMetadataFields) {
      const p = session[f.key] ?? run1[f.key];
      expect([f.since, f.header, f.versionMarker ?? false]).toEqual([
        p?.["x-since"],
        p?.["x-header"],
        p?.["x-version-marker"] ?? false,
      ]);
    }
  });
});
