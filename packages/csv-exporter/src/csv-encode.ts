// RFC 4180 encoding of the per-request CSV's rows, written out by hand: csv-stringify costs more than the
// rest of the row building on this hot path, and the rule is four lines. csv-encode.test.ts proves it equal
// to csv-stringify with CSV_OPTIONS (and readable by csv-parse) on random text; the summary CSV keeps
// csv-stringify.

// A field is quoted when it holds a delimiter, a quote, CR or LF (Python's QUOTE_MINIMAL).
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** Text cells (already neutralized) as CSV rows, each ending with CRLF, as `stringify(rows, CSV_OPTIONS)`. */
export function encodeRows(rows: readonly (readonly string[])[]): string {
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] as string;
      if (i > 0) out += ",";
      out += NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
    }
    out += "\r\n";
  }
  return out;
}
