import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CSV_OPTIONS, cellText, isFormulaLike, metricLabel, neutralizeFormula, numberText } from "./cells.js";
import { readCsv } from "./test-support/helpers.js";

describe("neutralizeFormula (OWASP CSV injection)", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
  ])("prefixes %j", (input, expected) => {
    expect(isFormulaLike(input)).toBe(true);
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each(["Request was cancelled", "a=b", " =1+1", "", "'=already", "\n=1"])("leaves %j alone", (input) => {
    expect(isFormulaLike(input)).toBe(false);
    expect(neutralizeFormula(input)).toBe(input);
  });
});

describe("cellText", () => {
  it("neutralizes text only when asked", () => {
    expect(cellText("=1+1", true)).toBe("'=1+1");
    expect(cellText("=1+1", false)).toBe("=1+1");
  });

  it("never alters numbers, even negative ones", () => {
    expect(cellText(-1.5, true)).toBe("-1.5");
    expect(cellText(-0, true)).toBe("-0");
    expect(cellText(-9007199254740993n, true)).toBe("-9007199254740993");
  });

  it("writes shortest round-trip numbers and every digit of a bigint", () => {
    expect(cellText(0.1 + 0.2, true)).toBe("0.30000000000000004");
    expect(cellText(21.468965999999998, true)).toBe("21.468965999999998");
    expect(cellText(1e21, true)).toBe("1e+21");
    expect(numberText(2n ** 63n - 1n)).toBe("9223372036854775807");
  });

  it("writes booleans as true/false and null/undefined as empty", () => {
    expect([true, false, null, undefined].map((v) => cellText(v, true))).toEqual(["true", "false", "", ""]);
  });
});

describe("metricLabel (facts F18 rule 5)", () => {
  it.each([
    ["Time to First Token", "ms", "Time to First Token (ms)"],
    ["Request Count", "requests", "Request Count"],
    ["Error Request Count", "Requests", "Error Request Count"],
    ["HTTP Chunks Sent", "count", "HTTP Chunks Sent"],
    ["Header Only", "", "Header Only"],
    ["", "ms", "(ms)"],
    ["Output Token Throughput Per User", "tokens/sec/user", "Output Token Throughput Per User (tokens/sec/user)"],
  ])("%j + %j", (header, unit, expected) => {
    expect(metricLabel(header, unit)).toBe(expected);
  });
});

describe("CSV_OPTIONS (excel dialect, RFC 4180)", () => {
  it("quotes only fields with a comma, quote, CR or LF, doubles quotes, ends every row with CRLF", () => {
    const row = ["a,b", 'say "hi"', "cr\rinside", "lf\ninside", "plain", " spaced "];
    const text = stringify([row], CSV_OPTIONS);
    expect(text).toBe('"a,b","say ""hi""","cr\rinside","lf\ninside",plain, spaced \r\n');
    expect(readCsv(text)).toEqual([row]);
    // Python's writerow([]): the blank row between the summary sections.
    expect(stringify([[]], CSV_OPTIONS)).toBe("\r\n");
  });
});
