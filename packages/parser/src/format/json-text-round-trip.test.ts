// @aiperf/core's toJsonText read back by our own lossless reader: every value,
// bigints beyond 2^53 included, comes back exactly (bigint stays bigint, number
// stays number, -0 keeps its sign). Lives here because core cannot import the parser.
import { toJsonText } from "@aiperf/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonLossless } from "../read/json-text.js";

const LIMIT = 2n ** 128n;
const unsafeBigint = fc.oneof(fc.bigInt({ min: 2n ** 53n, max: LIMIT }), fc.bigInt({ min: -LIMIT, max: -(2n ** 53n) }));
/** Any UTF-16 code unit, lone surrogates included. */
const anyString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer().map((i) => i * 2 ** 40), // integral doubles beyond 2^53
  fc.constant(-0),
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    unsafeBigint,
    number,
    anyString,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(anyString, tie("value"), { maxKeys: 5 }),
  ),
}));

describe("toJsonText read back by parseJsonLossless", () => {
  it("round-trips bigints beyond 2^53, doubles and strings exactly (property)", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2), fc.boolean(), (v, indent, asciiOnly) => {
        const text = toJsonText(v, { indent, asciiOnly });
        expect(parseJsonLossless(text)).toEqual(v); // toEqual: Object.is on primitives (-0, bigint vs number)
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the digits of a run1 timestamp that a double would round", () => {
    const v = { request_start_ns: 1759522419154568925n };
    expect(toJsonText(v)).toBe('{"request_start_ns":1759522419154568925}');
    expect(parseJsonLossless(toJsonText(v))).toStrictEqual(v);
  });
});
