import { describe, expect, it } from "vitest";
import { JsonFloat, pyJsonScalar, writePyJson } from "./py-json.js";

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
