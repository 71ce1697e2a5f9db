// Data can carry any number of distinct values (error messages, tags, keys). The console shows
// the biggest few and says how many more there are; --json / --out carry all of them. Keeps
// rendering linear: table layout (cli-table3) is far from linear in the row count.

/** Rows the console shows of a list that comes from data. */
const CONSOLE_MAX_ROWS = 20;

export interface Limited<T> {
  shown: T[];
  /** How many were left out. */
  more: number;
}

/**
 * The first `max` items, or, when there are more, the `max` with the largest `weight`
 * (ties keep their order), in their original order. O(n log n).
 */
export function topRows<T>(items: readonly T[], weight: (item: T) => number, max = CONSOLE_MAX_ROWS): Limited<T> {
  if (items.length <= max) return { shown: [...items], more: 0 };
  const keep = items
    .map((item, index) => ({ index, w: weight(item) }))
    .sort((a, b) => b.w - a.w || a.index - b.index)
    .slice(0, max)
    .map((k) => k.index)
    .sort((a, b) => a - b);
  return { shown: keep.map((i) => items[i] as T), more: items.length - max };
}

/** The line under a cut table. */
export function moreLine(more: number, what: string, where: string): string {
  return more > 0 ? `... and ${more} more ${what} (all of them: ${where})\n` : "";
}
