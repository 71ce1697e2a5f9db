// JSON text as Python writes it, byte for byte. The layout is the general writer's
// (@aiperf/core toJsonText: JSON.stringify's indent=2 layout is pydantic's and
// json.dumps'); what stays here is Python's number spelling, which differs from
// JavaScript's (10.0 vs 10, 1e-07 vs 1e-7), hence these specialised writers:
// - writePyJson: pydantic's model_dump_json(indent=2), floats in the ryu layout (facts F17);
// - pyJsonDumps: json.dumps(value, indent=2), floats as repr(), non-ASCII escaped.
import { toJsonText } from "@aiperf/core";
import { formatPyFloat } from "./py-float.js";
import { formatPyRepr } from "./py-repr.js";

/**
 * A number that must be written as a float (`10.0`) although its value is
 * integral. JSON.parse cannot tell `10.0` from `10`; opaque sections read
 * from an AIPerf file (input_config) need this to round-trip byte for byte.
 */
export class JsonFloat {
  constructor(readonly value: number) {}
  toJSON(): number {
    return this.value;
  }
}

export interface PyJsonOptions {
  /** Leave out object keys whose value is null or undefined (exclude_none). */
  omitNull?: boolean;
}

/**
 * A scalar in Python's JSON form: integers as digits, other numbers as floats.
 * @internal Exported for its tests only.
 */
export function pyJsonScalar(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (v instanceof JsonFloat) return formatPyFloat(v.value);
  switch (typeof v) {
    case "bigint":
      return v.toString();
    case "number":
      return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : formatPyFloat(v);
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    default:
      throw new TypeError(`cannot write a ${typeof v} as JSON`);
  }
}

/** pyJsonScalar for the numbers (their spelling is Python's); the general writer does the rest. */
function pydanticNumber(v: unknown): string | undefined {
  return typeof v === "number" || v instanceof JsonFloat ? pyJsonScalar(v) : undefined;
}

/** Writes `value` at nesting `level` (the first line is not indented). */
export function writePyJson(value: unknown, level = 0, options: PyJsonOptions = {}): string {
  const text = toJsonText(value, { indent: 2, omitNull: options.omitNull === true, scalar: pydanticNumber });
  // Strings never hold a raw newline in JSON text: every newline is layout.
  return level === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(level)}`);
}

/** json.dumps's numbers: ints in full, floats as repr(), NaN and infinities as Python spells them. */
function dumpsNumber(v: unknown): string | undefined {
  if (typeof v !== "number") return undefined;
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
  return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : formatPyRepr(v);
}

/**
 * Python's json.dumps(value, indent=2) of a value json.loads gave (AIPerf's example
 * script prints a record's error this way): ensure_ascii escapes, ints (bigints too)
 * in full, other numbers as repr(). A float with an integral value reads back as a
 * JS integer, so `499.0` is written `499`.
 */
export function pyJsonDumps(value: unknown): string {
  return toJsonText(value, { indent: 2, asciiOnly: true, scalar: dumpsNumber });
}
