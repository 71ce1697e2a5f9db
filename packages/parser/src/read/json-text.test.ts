import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findJsonSyntaxError,
  findNearestValueOffset,
  findValueOffset,
  lineColumnAt,
  parseJsonLossless,
} from "./json-text.js";

/** bigint -> number, so a lossless result can be compared with JSON.parse's. */
function numberize(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(numberize);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numberize(x)]));
  return v;
}

describe("parseJsonLossless", () => {
  it("keeps integer literals above 2^53 exact and leaves everything else as JSON.parse does", () => {
    const v = parseJsonLossless(
      '{"ts":1759522419154829652,"neg":-9007199254740993,"safe":9007199254740991,"f":1.759522419154569e18,"l":[18446744073709551615,0.5]}',
    );
    expect(v).toEqual({
      ts: 1759522419154829652n,
      neg: -9007199254740993n,
      safe: 9007199254740991,
      f: 1.759522419154569e18,
      l: [18446744073709551615n, 0.5],
    });
    // What JSON.parse alone would have produced (the reason this scanner exists).
    expect(JSON.parse("1759522419154829652")).toBe(1759522419154829600);
  });

  it("agrees with JSON.parse on arbitrary JSON (bigints compared as numbers)", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(numberize(parseJsonLossless(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps __proto__ as an own property and lets the last duplicate win, like JSON.parse", () => {
    const v = parseJsonLossless('{"__proto__":{"x":1},"a":1,"a":2}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["__proto__", "a"]);
    expect(v.a).toBe(2);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });
});

describe("findJsonSyntaxError", () => {
  const cases: { text: string; offset: number; pointer: string; atEnd: boolean; message: RegExp }[] = [
    { text: '{"a":}', offset: 5, pointer: "/a", atEnd: false, message: /expected a JSON value, found '}'/ },
    {
      text: '{"a":1 "b":2}',
      offset: 7,
      pointer: "",
      atEnd: false,
      message: /expected ',' or '}' after the property value, found '"'/,
    },
    { text: '{"a":[1,2,]}', offset: 10, pointer: "/a/2", atEnd: false, message: /expected a JSON value, found '\]'/ },
    { text: '{"a":[1 2]}', offset: 8, pointer: "/a", atEnd: false, message: /expected ',' or '\]'/ },
    { text: "{a:1}", offset: 1, pointer: "", atEnd: false, message: /expected a property name or '}'/ },
    { text: '{"a":1,}', offset: 7, pointer: "", atEnd: false, message: /expected a property name, found '}'/ },
    { text: '{"a" 1}', offset: 5, pointer: "", atEnd: false, message: /expected ':' after the property name/ },
    {
      text: '{"a":1}x',
      offset: 7,
      pointer: "",
      atEnd: false,
      message: /unexpected 'x' after the end of the JSON value/,
    },
    {
      text: '{"a":"x\ty"}',
      offset: 7,
      pointer: "/a",
      atEnd: false,
      message: /control character U\+0009 inside a string/,
    },
    { text: '{"a":"\\q"}', offset: 6, pointer: "/a", atEnd: false, message: /invalid escape sequence '\\q'/ },
    { text: '{"a":"\\u12G4"}', offset: 10, pointer: "/a", atEnd: false, message: /invalid \\u escape/ },
    { text: '{"a":01}', offset: 6, pointer: "", atEnd: false, message: /expected ',' or '}'/ },
    { text: '{"a":1.}', offset: 7, pointer: "/a", atEnd: false, message: /expected a digit after the decimal point/ },
    { text: '{"a":1e}', offset: 7, pointer: "/a", atEnd: false, message: /expected a digit in the exponent/ },
    { text: '{"a":nul}', offset: 5, pointer: "/a", atEnd: false, message: /expected a JSON value, found 'n'/ },
    // Cut-off text: the error is at the end, flagged so a reader can call it truncated.
    { text: '{"a":[1,2', offset: 9, pointer: "/a", atEnd: true, message: /expected ',' or '\]'.*end of input/ },
    { text: '{"a":"abc', offset: 9, pointer: "/a", atEnd: true, message: /unterminated string/ },
    { text: '{"a":tr', offset: 7, pointer: "/a", atEnd: true, message: /inside 'true'/ },
    { text: '{"a":-', offset: 6, pointer: "/a", atEnd: true, message: /expected a digit/ },
    { text: "", offset: 0, pointer: "", atEnd: true, message: /expected a JSON value, found end of input/ },
  ];
  it.each(cases)("locates the error in $text", ({ text, offset, pointer, atEnd, message }) => {
    const err = findJsonSyntaxError(text);
    expect(err).toBeDefined();
    expect(err?.offset).toBe(offset);
    expect(err?.pointer).toBe(pointer);
    expect(err?.atEnd).toBe(atEnd);
    expect(err?.message).toMatch(message);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it("returns undefined for valid JSON", () => {
    expect(findJsonSyntaxError(' {"a":[1,{"b":null}],"c":"\\u00e9"} ')).toBeUndefined();
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    const deep = "[".repeat(100_000);
    expect(findJsonSyntaxError(deep)?.message).toMatch(/nesting deeper than 512/);
  });
});

describe("findValueOffset", () => {
  const text = '{"m":{"a/b":[10,{"x~y":"v"}]}, "n": null}';
  it.each([
    ["", 0],
    ["/m", 5],
    ["/m/a~1b", 12],
    ["/m/a~1b/0", 13],
    ["/m/a~1b/1/x~0y", 23],
    ["/n", 36],
  ])("finds %s at %i", (pointer, offset) => {
    expect(findValueOffset(text, pointer)).toBe(offset);
    expect(text.charAt(offset)).not.toBe(" ");
  });

  it("falls back to the nearest existing ancestor for a missing property", () => {
    expect(findValueOffset(text, "/m/missing")).toBeUndefined();
    expect(findNearestValueOffset(text, "/m/missing")).toBe(5);
    expect(findNearestValueOffset(text, "/zz/yy")).toBe(0);
  });
});

describe("lineColumnAt", () => {
  it("counts 1-based lines and columns", () => {
    const text = '{\n  "a": 1,\n  "b": x\n}';
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(text, text.indexOf("x"))).toEqual({ line: 3, column: 8 });
    expect(lineColumnAt(text, text.length)).toEqual({ line: 4, column: 2 });
  });
});
