import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { RUN1_JSONL, run1Lines, tempDir } from "./test-support/fixtures.js";
import { assertKnownRecordsVersion, UnknownRecordsVersionError, unknownVersionFields } from "./unknown-version.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const CONSTRUCTED = fileURLToPath(new URL("../../../../fixtures/constructed/", import.meta.url));

// A layout no AIPerf writes: its own names for start, end and phase.
const FUTURE = {
  metadata: { session_num: 1, start_ns: 1790001000000000000, end_ns: 1790001000000000001, phase: "profiling" },
  metrics: { request_latency: { value: 1.0, unit: "ms" } },
};

describe("records of an unknown version", () => {
  it("names the required fields it lacks and the fields no version writes", () => {
    expect(unknownVersionFields(FUTURE)).toEqual({
      missing: ["request_start_ns", "request_end_ns", "worker_id", "record_processor_id"],
      unknown: ["start_ns", "end_ns", "phase"],
    });
  });

  it("every known version fits; a record that only lacks a field, or only adds one, is not 'unknown'", () => {
    const first = (dir: string) =>
      JSON.parse(readFileSync(join(CONSTRUCTED, dir, "profile_export.jsonl"), "utf8").split("\n")[0] ?? "");
    expect(unknownVersionFields(JSON.parse(run1Lines()[0] ?? ""))).toBeNull();
    expect(unknownVersionFields(first("python-0.13"))).toBeNull();
    expect(unknownVersionFields(first("rust"))).toBeNull();
    const py = first("python-0.13") as { metadata: Record<string, unknown> };
    const { request_end_ns: _gone, ...damaged } = py.metadata;
    expect(unknownVersionFields({ ...py, metadata: damaged })).toBeNull();
    expect(unknownVersionFields({ ...py, metadata: { ...py.metadata, new_field: 1 } })).toBeNull();
    expect(unknownVersionFields([1])).toBeNull();
  });

  it("assertKnownRecordsVersion reads the first non-blank line, plain or gzip, and throws with its location", async () => {
    await expect(assertKnownRecordsVersion(RUN1_JSONL)).resolves.toBeUndefined();
    const file = join(tmp.dir, "future.jsonl");
    writeFileSync(file, `\n\n${JSON.stringify(FUTURE)}\n`);
    const err = await assertKnownRecordsVersion(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownRecordsVersionError);
    expect((err as UnknownRecordsVersionError).format()).toBe(
      `${file}:3:1: per-record JSONL (profile_export.jsonl) of an unknown version: the metadata lacks request_start_ns, request_end_ns, worker_id, record_processor_id, which every known version writes, and has start_ns, end_ns, phase, which none writes (at /metadata)`,
    );
    const gz = join(tmp.dir, "future.jsonl.gz");
    writeFileSync(gz, gzipSync(`${JSON.stringify(FUTURE)}\n`));
    await expect(assertKnownRecordsVersion(gz)).rejects.toMatchObject({
      kind: "wrong-file-kind",
      location: { line: 1 },
    });
    // not JSON, or empty: left to the read proper
    writeFileSync(file, "{not json\n");
    await expect(assertKnownRecordsVersion(file)).resolves.toBeUndefined();
    writeFileSync(file, "");
    await expect(assertKnownRecordsVersion(file)).resolves.toBeUndefined();
  });
});
