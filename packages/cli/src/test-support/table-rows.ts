// Reads a rendered box table back into rows of trimmed cells; a row whose
// value cells are all empty continues the previous row's first cell (rich
// wraps long metric names onto a second line).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const raw of text.replace(ANSI, "").split("\n")) {
    if (!raw.startsWith("│")) continue;
    const cells = raw
      .split("│")
      .slice(1, -1)
      .map((c) => c.trim());
    const prev = rows[rows.length - 1];
    if (prev !== undefined && cells.slice(1).every((c) => c === "")) prev[0] = `${prev[0]}\n${cells[0]}`;
    else rows.push(cells);
  }
  return rows;
}
