// A small hand-written JSON scanner. Native JSON.parse stays the fast path; this
// runs only when a line needs it: to say where a syntax error is (V8's messages
// do not reliably carry a position), to find where a value starts (the column of
// a validation error), and to parse a line losslessly when big integers cannot
// be recovered by the targeted raw-text extraction.

const MAX_DEPTH = 512;

/** Where and why the text is not JSON. `offset` is a UTF-16 index into the text. */
export class JsonTextError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly pointer: string,
    /** The text ended while a value was still open (a cut-off line). */
    readonly atEnd: boolean,
  ) {
    super(message);
  }
}

/** Escape one JSON pointer reference token (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}

function toPointer(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) out += `/${typeof seg === "number" ? String(seg) : escapePointerToken(seg)}`;
  return out;
}

function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return "end of input";
  const c = text.charCodeAt(pos);
  if (c < 0x20) return `control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(text.codePointAt(pos) ?? c)}'`;
}

type Visitor = (path: readonly (string | number)[], offset: number) => void;

class Scanner {
  private pos = 0;
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly text: string,
    private readonly onValue?: Visitor,
    private readonly wrapFloat?: (value: number) => unknown,
  ) {}

  parseDocument(): unknown {
    this.skipWs();
    const value = this.value(0);
    this.skipWs();
    if (this.pos < this.text.length)
      this.fail(`unexpected ${describe(this.text, this.pos)} after the end of the JSON value`);
    return value;
  }

  private fail(message: string, at = this.pos): never {
    throw new JsonTextError(message, at, toPointer(this.path), at >= this.text.length);
  }

  private expected(what: string): never {
    this.fail(`expected ${what}, found ${describe(this.text, this.pos)}`);
  }

  private skipWs(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) {
      // The pointer names the outer value that holds the deep nesting; the full path would be hundreds of tokens.
      const where = toPointer(this.path.slice(0, 2));
      throw new JsonTextError(`nesting deeper than ${MAX_DEPTH} levels (the parser's limit)`, this.pos, where, false);
    }
    this.onValue?.(this.path, this.pos);
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b) return this.object(depth);
    if (c === 0x5b) return this.array(depth);
    if (c === 0x22) return this.string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (c === 0x74) return this.literal("true", true);
    if (c === 0x66) return this.literal("false", false);
    if (c === 0x6e) return this.literal("null", null);
    return this.expected("a JSON value");
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++; // {
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 0x22)
        this.expected(Object.keys(out).length === 0 ? "a property name or '}'" : "a property name");
      const key = this.string();
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.expected("':' after the property name");
      this.pos++;
      this.skipWs();
      this.path.push(key);
      const v = this.value(depth + 1);
      this.path.pop();
      // Like JSON.parse: the last duplicate wins, and "__proto__" is an own property.
      if (key === "__proto__")
        Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
      else out[key] = v;
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipWs();
      } else if (c === 0x7d) {
        this.pos++;
        return out;
      } else {
        this.expected("',' or '}' after the property value");
      }
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++; // [
    this.skipWs();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.path.push(out.length);
      out.push(this.value(depth + 1));
      this.path.pop();
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipWs();
      } else if (c === 0x5d) {
        this.pos++;
        return out;
      } else {
        this.expected("',' or ']' after the array element");
      }
    }
  }

  private string(): string {
    const t = this.text;
    const start = this.pos;
    let p = start + 1;
    let plain = true;
    for (;;) {
      if (p >= t.length) this.fail("unterminated string", p);
      const c = t.charCodeAt(p);
      if (c === 0x22) break;
      if (c < 0x20)
        this.fail(
          `control character U+${c.toString(16).toUpperCase().padStart(4, "0")} inside a string (must be escaped)`,
          p,
        );
      if (c === 0x5c) {
        plain = false;
        const e = t.charCodeAt(p + 1);
        if (p + 1 >= t.length) this.fail("unterminated string", p + 1);
        if (e === 0x75) {
          for (let i = 2; i < 6; i++) {
            if (p + i >= t.length) this.fail("unterminated string", p + i);
            if (!/[0-9a-fA-F]/.test(t.charAt(p + i)))
              this.fail(`invalid \\u escape: expected a hex digit, found ${describe(t, p + i)}`, p + i);
          }
          p += 6;
          continue;
        }
        if ('"\\/bfnrt'.indexOf(t.charAt(p + 1)) < 0) this.fail(`invalid escape sequence '\\${t.charAt(p + 1)}'`, p);
        p += 2;
        continue;
      }
      p++;
    }
    this.pos = p + 1;
    return plain ? t.slice(start + 1, p) : (JSON.parse(t.slice(start, p + 1)) as string);
  }

  private digits(what: string): void {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (!(c >= 0x30 && c <= 0x39)) this.expected(what);
    while (this.pos < t.length && t.charCodeAt(this.pos) >= 0x30 && t.charCodeAt(this.pos) <= 0x39) this.pos++;
  }

  private number(): unknown {
    const t = this.text;
    const start = this.pos;
    if (t.charCodeAt(this.pos) === 0x2d) this.pos++;
    if (t.charCodeAt(this.pos) === 0x30) {
      this.pos++;
    } else {
      this.digits("a digit");
    }
    let integer = true;
    if (t.charCodeAt(this.pos) === 0x2e) {
      integer = false;
      this.pos++;
      this.digits("a digit after the decimal point");
    }
    const e = t.charCodeAt(this.pos);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      this.pos++;
      const s = t.charCodeAt(this.pos);
      if (s === 0x2b || s === 0x2d) this.pos++;
      this.digits("a digit in the exponent");
    }
    const token = t.slice(start, this.pos);
    const n = Number(token);
    // Integers that a double cannot hold exactly never pass through one.
    if (integer) return Number.isSafeInteger(n) ? n : BigInt(token);
    return this.wrapFloat !== undefined && Number.isInteger(n) ? this.wrapFloat(n) : n;
  }

  private literal<T>(word: string, value: T): T {
    const t = this.text;
    if (t.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    const rest = t.slice(this.pos);
    // A line cut off inside a literal ("tr") is an end-of-input problem.
    if (rest.length < word.length && word.startsWith(rest))
      this.fail(`unexpected end of input inside '${word}'`, t.length);
    return this.expected("a JSON value");
  }
}

/**
 * Parse JSON text; integer literals beyond Number.MAX_SAFE_INTEGER become bigint,
 * everything else is what JSON.parse gives. With `wrapIntegralFloat`, float literals
 * with an integral value (`10.0`) are passed through it, so a writer can keep them floats.
 * Throws JsonTextError with position.
 */
export function parseJsonLossless(text: string, wrapIntegralFloat?: (value: number) => unknown): unknown {
  return new Scanner(text, undefined, wrapIntegralFloat).parseDocument();
}

/** Locate the first syntax error, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonTextError | undefined {
  try {
    new Scanner(text).parseDocument();
    return undefined;
  } catch (e) {
    if (e instanceof JsonTextError) return e;
    throw e;
  }
}

/** UTF-16 offset where the value at `pointer` starts, or undefined when absent or the text is invalid. */
export function findValueOffset(text: string, pointer: string): number | undefined {
  const target = parsePointer(pointer);
  let found: number | undefined;
  const visit: Visitor = (path, offset) => {
    if (found !== undefined || path.length !== target.length) return;
    for (let i = 0; i < path.length; i++) if (String(path[i]) !== target[i]) return;
    found = offset;
  };
  try {
    new Scanner(text, visit).parseDocument();
  } catch (e) {
    if (!(e instanceof JsonTextError)) throw e;
  }
  return found;
}

/** Offset of the value at `pointer`; for a missing property, of the nearest ancestor that exists. */
export function findNearestValueOffset(text: string, pointer: string): number {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const offset = findValueOffset(text, p);
    if (offset !== undefined) return offset;
    if (p === "") return 0;
  }
}

/** 1-based line and column of a UTF-16 offset in a multi-line text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
