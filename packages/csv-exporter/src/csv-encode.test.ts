import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_OPTIONS } from "./cells.js";
import { encodeRows } from "./csv-encode.js";

// Text that stresses the quoting rule: the special characters, spaces, unicode (astral too).
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom(",", '"', "\r", "\n", " ", "a", "é", "😀", "\t", "'", "=") }),
  fc.string({ unit: "grapheme" }),
  fc.string(),
);
const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 8 }), { maxLength: 20 });

describe("encodeRows", () => {
  it("writes what csv-stringify writes with CSV_OPTIONS", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        expect(encodeRows(rs)).toBe(rs.length === 0 ? "" : stringify(rs, CSV_OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back through csv-parse as the same cells", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const parsed = parse(encodeRows(rs), { relax_column_count: true, record_delimiter: "\r\n" });
        expect(parsed).toEqual(rs);
      }),
      { numRuns: 1000 },
    );
  });

  it("quotes only fields with a comma, quote, CR or LF (hand example)", () => {
    expect(encodeRows([["a,b", 'say "hi"', "cr\rinside", "lf\ninside", "plain", " spaced "]])).toBe(
      '"a,b","say ""hi""","cr\rinside","lf\ninside",plain, spaced \r\n',
    );
  });
});
