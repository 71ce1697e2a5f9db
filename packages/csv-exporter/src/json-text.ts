// Compact JSON for the "Other ..." cells. JSON.stringify throws on bigint; a
// timestamp must keep all its digits, so bigints are written as bare integers.

/** Compact JSON of `value`; bigints as exact integer literals, `undefined` members dropped as JSON.stringify does. */
export function jsonText(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : jsonText(v))).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
