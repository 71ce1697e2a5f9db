import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRecords } from "./read-records.js";
import { recordStartNs } from "./record-fields.js";
import { ALL_VERSIONS, versionLine } from "./test-support/versions.js";

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n });

describe("every *_ns timestamp survives a read exactly", () => {
  it("random 64-bit timestamps, every version, chunked at random", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALL_VERSIONS),
        fc.array(fc.record({ start: int64, end: int64 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 700 }),
        async (version, stamps, chunkSize) => {
          const bytes = Buffer.from(stamps.map((s) => versionLine(version, s)).join("\n"));
          const chunks: Buffer[] = [];
          for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
          const { records, report } = await loadRecords(Readable.from(chunks));
          expect(report.version).toBe(version);
          expect(records.length).toBe(stamps.length);
          records.forEach((r, i) => {
            const s = stamps[i] as { start: bigint; end: bigint };
            expect(recordStartNs(r)).toBe(s.start);
            if (version !== "R") {
              expect(r.metadata.request_end_ns).toBe(s.end);
            }
            if (version !== "R" && version !== "O") expect(r.metadata.credit_issued_ns).toBe(s.start - 5n);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
