// Keys from data ("__proto__", "constructor", "toString", ...) are data: they are
// written as own properties (never through Object.prototype's __proto__ setter)
// and read only when they are own (never an inherited method).

/** obj[key] = value as an own property, even for "__proto__". */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
