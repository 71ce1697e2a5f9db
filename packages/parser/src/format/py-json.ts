// JSON text as pydantic's model_dump_json(indent=2) writes it: 2-space indent,
// `"key": value`, empty containers as {} and [], non-ASCII unescaped, floats
// in the ryu layout (§4.5).
import { formatPyFloat } from "./py-float.js";

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

/** A scalar in Python's JSON form: integers as digits, other numbers as floats. */
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

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat);
}

/** Writes `value` at nesting `level` (the first line is not indented). */
export function writePyJson(value: unknown, level = 0, options: PyJsonOptions = {}): string {
  const pad = "  ".repeat(level + 1);
  const close = "  ".repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => pad + writePyJson(v, level + 1, options)).join(",\n")}\n${close}]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(
      ([, v]) => v !== undefined && !(options.omitNull === true && v === null),
    );
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${writePyJson(v, level + 1, options)}`).join(",\n")}\n${close}}`;
  }
  return pyJsonScalar(value);
}
