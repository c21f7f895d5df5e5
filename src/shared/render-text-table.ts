/** Left-aligned plain-text columns, two spaces apart; no colour so output pipes cleanly. */
export function renderTextTable(options: { header: readonly string[]; rows: readonly (readonly string[])[] }): string {
  const { header, rows } = options;
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n") + "\n";
}
