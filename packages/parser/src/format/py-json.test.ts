import { describe, expect, it } from "vitest";
import { JsonFloat, pyJsonDumps, pyJsonScalar, writePyJson } from "./py-json.js";

describe("writePyJson (pydantic model_dump_json(indent=2))", () => {
  it("indents by two spaces, writes empty containers inline and keeps non-ASCII", () => {
    // python3: print(json.dumps({"a": [], "b": {}, "c": [1, {"d": "é\\n"}]}, indent=2, ensure_ascii=False))
    expect(writePyJson({ a: [], b: {}, c: [1, { d: "é\n" }] })).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": "é\\n"\n    }\n  ]\n}',
    );
  });

  it("writes integers as digits, floats in the ryu layout, and JsonFloat with .0", () => {
    expect(pyJsonScalar(250)).toBe("250");
    expect(pyJsonScalar(10.5)).toBe("10.5");
    expect(pyJsonScalar(new JsonFloat(10))).toBe("10.0");
    expect(pyJsonScalar(1759522419154568925n)).toBe("1759522419154568925");
    expect(pyJsonScalar(2 ** 60)).toBe("1.152921504606847e18");
    expect(pyJsonScalar(-0)).toBe("-0.0");
    expect(JSON.stringify({ x: new JsonFloat(3) })).toBe('{"x":3}');
  });

  it("leaves out nulls only when asked (exclude_none) and undefined always", () => {
    expect(writePyJson({ a: null, b: undefined, c: 1 })).toBe('{\n  "a": null,\n  "c": 1\n}');
    expect(writePyJson({ a: null, c: 1 }, 0, { omitNull: true })).toBe('{\n  "c": 1\n}');
    expect(() => pyJsonScalar(Symbol("x"))).toThrow(TypeError);
  });
});

describe("writePyJson nested at a level", () => {
  it("indents every line but the first by the level", () => {
    expect(writePyJson({ a: [1] }, 1)).toBe('{\n    "a": [\n      1\n    ]\n  }');
    expect(writePyJson([], 3)).toBe("[]");
  });
});

describe("pyJsonDumps (json.dumps(value, indent=2))", () => {
  it("matches Python: ensure_ascii escapes, big ints in full, floats as repr(), NaN and Infinity", () => {
    // python3: json.dumps({"code": 123456789012345678901234567890, "type": None,
    //   "message": "caf\u00e9 \U0001F600 \x7f\n", "x": [0.1, 1e-07, 1e16, 2.5e-5, -0.0, float("nan"),
    //   float("inf")], "e": [], "o": {}}, indent=2)
    const value = {
      code: 123456789012345678901234567890n,
      type: null,
      message: "café 😀 \u007f\n",
      x: [0.1, 1e-7, 1e16, 2.5e-5, -0, Number.NaN, Number.POSITIVE_INFINITY],
      e: [],
      o: {},
    };
    expect(pyJsonDumps(value)).toBe(
      '{\n  "code": 123456789012345678901234567890,\n  "type": null,\n  "message": "caf\\u00e9 \\ud83d\\ude00 \\u007f\\n",\n  "x": [\n    0.1,\n    1e-07,\n    1e+16,\n    2.5e-05,\n    -0.0,\n    NaN,\n    Infinity\n  ],\n  "e": [],\n  "o": {}\n}',
    );
  });

  it("nests like Python", () => {
    // python3: json.dumps({"a": {"b": [1, {"c": None}]}}, indent=2)
    expect(pyJsonDumps({ a: { b: [1, { c: null }] } })).toBe(
      '{\n  "a": {\n    "b": [\n      1,\n      {\n        "c": null\n      }\n    ]\n  }\n}',
    );
  });
});
