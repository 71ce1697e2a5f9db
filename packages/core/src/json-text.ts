// The project's one general JSON writer. JSON.stringify throws on bigint, and a
// nanosecond timestamp must keep every digit, so bigints are written as exact
// integer literals. Otherwise the text is JSON.stringify's (compact, or its
// indented layout), with three deliberate differences, chosen so that what we
// write reads back as the same value through JSON.parse and through the
// parser's lossless reader (which turns integer literals beyond 2^53 into bigint):
// - an integral double beyond 2^53 is written in exponent form (2**60 ->
//   1.152921504606847e+18), so it reads back as a number, not a bigint;
// - -0 is written "-0" (JSON.stringify writes "0"), so its sign survives;
// - non-finite numbers are written null, as JSON.stringify, orjson and pydantic
//   (AIPerf's writers) do; `nonFinite: "throw"` refuses them instead.
// Specialised layouts that must match Python byte for byte (pydantic's
// model_dump_json, json.dumps) plug their number formats in through `scalar`.

export interface JsonTextOptions {
  /** Spaces per nesting level, JSON.stringify(value, null, indent)'s layout; 0 (default) is compact. */
  indent?: number;
  /** Leave out object members whose value is null (pydantic's exclude_none). */
  omitNull?: boolean;
  /** Escape every character outside U+0020..U+007E as \uXXXX (Python's ensure_ascii). */
  asciiOnly?: boolean;
  /** Non-finite numbers: written null (default), or a TypeError naming the JSON pointer. */
  nonFinite?: "null" | "throw";
  /**
   * Writes a value itself (return its JSON text), or leaves it to the writer (return undefined).
   * Called for every value before the defaults, again after a toJSON() call.
   */
  scalar?: (value: unknown) => string | undefined;
}

const NON_ASCII = /[^\u0020-\u007e]/g;
const escapeNonAscii = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** A JSON number for a double; undefined for a non-finite one. */
export function jsonNumber(v: number): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  if (Number.isSafeInteger(v)) return Object.is(v, -0) ? "-0" : String(v);
  // Integral beyond 2^53: digits would read back as a bigint.
  return Number.isInteger(v) ? v.toExponential() : String(v);
}

/**
 * JSON text of `value`: bigints as exact integer literals; `undefined`, functions
 * and symbols dropped as object members and written null elsewhere (so the
 * result is always JSON text); toJSON() honoured; object keys in
 * JSON.stringify's order. Throws a TypeError on a cycle.
 */
export function toJsonText(value: unknown, options: JsonTextOptions = {}): string {
  const { indent = 0, omitNull = false, asciiOnly = false, nonFinite = "null", scalar } = options;
  const unit = " ".repeat(indent);
  const colon = indent > 0 ? ": " : ":";
  const path: string[] = [];
  const open: object[] = [];
  const str = (s: string): string => {
    const text = JSON.stringify(s);
    return asciiOnly ? text.replace(NON_ASCII, escapeNonAscii) : text;
  };
  const fail = (message: string): never => {
    const pointer = path.map((k) => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    throw new TypeError(`${message} (at ${pointer === "" ? "the top" : pointer})`);
  };

  const write = (raw: unknown, key: string, pad: string): string | undefined => {
    let v = raw;
    if (scalar !== undefined) {
      const own = scalar(v);
      if (own !== undefined) return own;
    }
    if (typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON === "function") {
      v = (v as { toJSON: (k: string) => unknown }).toJSON(key);
      if (scalar !== undefined) {
        const own = scalar(v);
        if (own !== undefined) return own;
      }
    }
    switch (typeof v) {
      case "string":
        return str(v);
      case "number":
        return jsonNumber(v) ?? (nonFinite === "null" ? "null" : fail(`cannot write ${v} as JSON`));
      case "bigint":
        return v.toString();
      case "boolean":
        return v ? "true" : "false";
      case "object":
        if (v === null) return "null";
        if (open.includes(v)) fail("cannot write a cyclic structure as JSON");
        open.push(v);
        try {
          return Array.isArray(v) ? array(v, pad) : object(v as Record<string, unknown>, pad);
        } finally {
          open.pop();
        }
      default:
        return undefined; // undefined, function, symbol
    }
  };

  const array = (v: readonly unknown[], pad: string): string => {
    if (v.length === 0) return "[]";
    const inner = pad + unit;
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) {
      path.push(String(i));
      parts.push(write(v[i], String(i), inner) ?? "null");
      path.pop();
    }
    return indent > 0 ? `[\n${inner}${parts.join(`,\n${inner}`)}\n${pad}]` : `[${parts.join(",")}]`;
  };

  const object = (v: Record<string, unknown>, pad: string): string => {
    const inner = pad + unit;
    const parts: string[] = [];
    for (const k of Object.keys(v)) {
      const member = v[k];
      if (omitNull && member === null) continue;
      path.push(k);
      const text = write(member, k, inner);
      path.pop();
      if (text !== undefined) parts.push(`${str(k)}${colon}${text}`);
    }
    if (parts.length === 0) return "{}";
    return indent > 0 ? `{\n${inner}${parts.join(`,\n${inner}`)}\n${pad}}` : `{${parts.join(",")}}`;
  };

  return write(value, "", "") ?? "null";
}
