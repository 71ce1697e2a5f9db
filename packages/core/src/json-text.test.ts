import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonNumber, toJsonText } from "./json-text.js";

/** Numbers where we deliberately differ from JSON.stringify's text: -0 and integral doubles beyond 2^53. */
function hasSpecialNumber(v: unknown): boolean {
  if (typeof v === "number") return Object.is(v, -0) || (Number.isInteger(v) && !Number.isSafeInteger(v));
  if (Array.isArray(v)) return v.some(hasSpecialNumber);
  if (v !== null && typeof v === "object") return Object.values(v).some(hasSpecialNumber);
  return false;
}

describe("toJsonText", () => {
  it("writes bigints as exact integer literals, compact and indented", () => {
    const v = { start: 1759522419154568925n, list: [1n, -18446744073709551617n] };
    expect(toJsonText(v)).toBe('{"start":1759522419154568925,"list":[1,-18446744073709551617]}');
    expect(toJsonText(v, { indent: 2 })).toBe(
      '{\n  "start": 1759522419154568925,\n  "list": [\n    1,\n    -18446744073709551617\n  ]\n}',
    );
  });

  it("writes keys from data (__proto__, constructor, toJSON) as data, from plain and null-prototype objects", () => {
    const text = '{"__proto__":{"a":1},"constructor":{"toJSON":2},"toString":"x","hasOwnProperty":null}';
    expect(toJsonText(JSON.parse(text))).toBe(text);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { toString: 1 });
    expect(toJsonText(bare)).toBe('{"toString":1}');
  });

  it("drops undefined, function and symbol members; writes them null in arrays and at the top", () => {
    expect(toJsonText({ a: undefined, b: () => 1, c: Symbol("s"), d: 1 })).toBe('{"d":1}');
    expect(toJsonText([undefined, () => 1, Symbol("s")])).toBe("[null,null,null]");
    expect(toJsonText(undefined)).toBe("null");
    expect(toJsonText({ a: undefined }, { indent: 2 })).toBe("{}");
  });

  it("keeps -0's sign and writes integral doubles beyond 2^53 in exponent form", () => {
    expect(toJsonText(-0)).toBe("-0");
    expect(toJsonText([2 ** 53, -(2 ** 60), 1e21, 2 ** 53 - 1])).toBe(
      "[9.007199254740992e+15,-1.152921504606847e+18,1e+21,9007199254740991]",
    );
    expect(jsonNumber(0.1)).toBe("0.1");
    expect(jsonNumber(1e-7)).toBe("1e-7");
  });

  it("writes non-finite numbers null, or refuses them with the JSON pointer", () => {
    expect(toJsonText({ a: Number.NaN, b: [Number.POSITIVE_INFINITY] })).toBe('{"a":null,"b":[null]}');
    expect(() => toJsonText({ "x/y": [1, Number.NaN] }, { nonFinite: "throw" })).toThrow(
      new TypeError("cannot write NaN as JSON (at /x~1y/1)"),
    );
    expect(() => toJsonText(Number.NEGATIVE_INFINITY, { nonFinite: "throw" })).toThrow(/-Infinity .*the top/);
  });

  it("escapes non-ASCII with asciiOnly, as Python's json.dumps does", () => {
    expect(toJsonText({ ké: "é\u007f😀\n" }, { asciiOnly: true })).toBe(
      '{"k\\u00e9":"\\u00e9\\u007f\\ud83d\\ude00\\n"}',
    );
    expect(toJsonText("é😀")).toBe('"é😀"');
  });

  it("omits null members with omitNull, keeps null array elements", () => {
    expect(toJsonText({ a: null, b: [null], c: 0 }, { omitNull: true })).toBe('{"b":[null],"c":0}');
  });

  it("honours toJSON and lets a scalar hook write values itself", () => {
    expect(toJsonText({ at: new Date(Date.UTC(2026, 0, 2)) })).toBe('{"at":"2026-01-02T00:00:00.000Z"}');
    const float = (v: unknown): string | undefined =>
      typeof v === "number" && Number.isInteger(v) ? `${v}.0` : undefined;
    expect(toJsonText({ a: 10, b: [0.5, 2] }, { scalar: float })).toBe('{"a":10.0,"b":[0.5,2.0]}');
  });

  it("refuses a cycle with a TypeError", () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = { a };
    expect(() => toJsonText(a)).toThrow(new TypeError("cannot write a cyclic structure as JSON (at /self/a)"));
    const shared = { s: 1 };
    expect(toJsonText([shared, shared])).toBe('[{"s":1},{"s":1}]'); // shared is not cyclic
  });

  it("matches JSON.stringify's text for JSON values, compact and indented (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, 4), (v, indent) => {
        const ours = toJsonText(v, { indent });
        expect(JSON.parse(ours)).toEqual(v);
        if (!hasSpecialNumber(v)) expect(ours).toBe(JSON.stringify(v, null, indent));
      }),
      { numRuns: 500 },
    );
  });
});
