// Exact number tokens re-read from a line's raw text after JSON.parse.
//
// In valid JSON, `"key"` whose quote follows `{` or `,` (after optional
// whitespace) and which is followed by `:` is a property name: an unescaped
// quote after `,` cannot be inside a string, and a closing quote is never
// followed by a letter. So the value token after it is unambiguous when the key
// occurs once in the line, or when the caller knows no other object of the
// line has a property of that name ("first" lookup).

export type Lookup = "first" | "unique";

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipWs(text: string, pos: number): number {
  while (pos < text.length && isWs(text.charCodeAt(pos))) pos++;
  return pos;
}

function valueAfterName(text: string, i: number, needleLength: number): number {
  let b = i - 1;
  while (b >= 0 && isWs(text.charCodeAt(b))) b--;
  const before = text.charCodeAt(b);
  if (before !== 0x7b && before !== 0x2c) return -1; // string content or a string value
  const colon = skipWs(text, i + needleLength);
  if (text.charCodeAt(colon) !== 0x3a) return -1; // a string value spelled like the key
  return skipWs(text, colon + 1);
}

/**
 * Index of the value of property `key`, or -1 when absent (or, for "unique",
 * not unique). `fromEnd` searches backwards: cheaper for keys that follow a
 * long list value, and equally correct when any occurrence will do.
 */
function propertyValue(text: string, key: string, lookup: Lookup, fromEnd: boolean): number {
  const needle = `"${key}"`;
  if (lookup === "first") {
    for (
      let i = fromEnd ? text.lastIndexOf(needle) : text.indexOf(needle);
      i >= 0;
      i = fromEnd ? text.lastIndexOf(needle, i - 1) : text.indexOf(needle, i + 1)
    ) {
      const v = valueAfterName(text, i, needle.length);
      if (v >= 0) return v;
    }
    return -1;
  }
  let found = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const v = valueAfterName(text, i, needle.length);
    if (v < 0) continue;
    if (found >= 0) return -1;
    found = v;
  }
  return found;
}

/** The number token starting at `pos` (digits, sign, point, exponent), or "" when there is none. */
export function numberTokenAt(text: string, pos: number): string {
  let end = pos;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b) end++;
    else break;
  }
  return text.slice(pos, end);
}

/**
 * The number token `"key":<token>` as written (a metadata field), or undefined when
 * the raw text cannot say which occurrence is the one.
 */
export function rawPropertyToken(text: string, key: string, lookup: Lookup): string | undefined {
  const pos = propertyValue(text, key, lookup, false);
  return pos < 0 ? undefined : numberTokenAt(text, pos) || undefined;
}

/** The number token of `"tag":{"value":<token>` as written, or undefined. */
export function rawMetricToken(text: string, tag: string, lookup: Lookup, fromEnd: boolean): string | undefined {
  const pos = metricValueIndex(text, tag, lookup, fromEnd);
  return pos < 0 ? undefined : numberTokenAt(text, pos) || undefined;
}

function metricValueIndex(text: string, tag: string, lookup: Lookup, fromEnd: boolean): number {
  let pos = propertyValue(text, tag, lookup, fromEnd);
  if (pos < 0 || text.charCodeAt(pos) !== 0x7b) return -1;
  pos = skipWs(text, pos + 1);
  if (!text.startsWith('"value"', pos)) return -1;
  pos = skipWs(text, pos + 7);
  if (text.charCodeAt(pos) !== 0x3a) return -1;
  return skipWs(text, pos + 1);
}

/**
 * The number token at `pos`, confirmed against the value JSON.parse gave:
 * a bigint for an integer literal, else the parsed number; undefined if the
 * text does not match.
 */
function exactNumberAt(text: string, pos: number, parsed: number): number | bigint | undefined {
  let end = pos;
  let integer = true;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d) end++;
    else if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b) {
      integer = false;
      end++;
    } else break;
  }
  if (end === pos) return undefined;
  const token = text.slice(pos, end);
  if (!integer) return Number(token) === parsed ? parsed : undefined;
  const exact = BigInt(token);
  return Number(exact) === parsed ? exact : undefined;
}

/** Exact value of `"key":<number>` (a metadata field). */
export function rawPropertyNumber(
  text: string,
  key: string,
  parsed: number,
  lookup: Lookup,
): number | bigint | undefined {
  const pos = propertyValue(text, key, lookup, false);
  return pos < 0 ? undefined : exactNumberAt(text, pos, parsed);
}

/** Exact value of `"tag":{"value":<number>` (a metric value). */
export function rawMetricValue(
  text: string,
  tag: string,
  parsed: number,
  lookup: Lookup,
  fromEnd: boolean,
): number | bigint | undefined {
  const pos = metricValueIndex(text, tag, lookup, fromEnd);
  return pos < 0 ? undefined : exactNumberAt(text, pos, parsed);
}
