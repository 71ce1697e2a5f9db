// Cell-level rules shared by both CSVs: RFC 4180 quoting (via csv-stringify),
// formula neutralization of text cells, and lossless number text.
import type { Options as StringifyOptions } from "csv-stringify";

/**
 * csv-stringify settings equal to Python's `csv.writer` excel dialect:
 * `,`, quote only when needed (`,` `"` CR LF), `""` escaping, CRLF after every row.
 * `quote_record_delimiter` must be forced on: with a custom record delimiter
 * csv-stringify would otherwise leave a lone CR or LF unquoted.
 */
export const CSV_OPTIONS: StringifyOptions = {
  delimiter: ",",
  quote: '"',
  escape: '"',
  record_delimiter: "\r\n",
  quote_record_delimiter: true,
  eof: true,
};

/**
 * First characters that make Excel, LibreOffice or Google Sheets treat a cell
 * as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`, tab, CR, plus the
 * full-width forms that Apple Numbers normalizes to them.
 */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** True when a spreadsheet would interpret `text` as a formula. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0] as string);
}

/**
 * OWASP rule: prefix a formula-like text cell with `'` so spreadsheets show it
 * as text. Apply to text only; numbers must never pass through here.
 */
export function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * Shortest text that reads back as the same double (`String`), except `-0`,
 * which `String` would print as `0`. Bigints print all their digits.
 * @internal Exported for its tests only.
 */
export function numberText(value: number | bigint): string {
  if (typeof value === "bigint") return value.toString();
  return Object.is(value, -0) ? "-0" : String(value);
}

/** What a cell may hold before it is turned into text. */
export type CellValue = string | number | bigint | boolean | null | undefined;

/**
 * Text of one cell. Only strings are neutralized (when `injectionSafe`);
 * numbers, bigints and booleans are written as they are.
 */
export function cellText(value: CellValue, injectionSafe: boolean): string {
  switch (typeof value) {
    case "string":
      return injectionSafe ? neutralizeFormula(value) : value;
    case "number":
    case "bigint":
      return numberText(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return "";
  }
}

/**
 * AIPerf's metric name cell: `Header (unit)`, no suffix for the units
 * `count` and `requests` (any case) or an empty unit; `(unit)` alone for an
 * empty header (facts F18 rule 5).
 */
export function metricLabel(header: string, unit: string): string {
  const lower = unit.toLowerCase();
  if (unit === "" || lower === "count" || lower === "requests") return header;
  return header === "" ? `(${unit})` : `${header} (${unit})`;
}
