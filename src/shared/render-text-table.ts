import stringWidth from "string-width";

/**
 * Left-aligned plain-text columns, two spaces apart, a dashed rule under the
 * header; no colour so output pipes cleanly. The one table renderer of every
 * command. Columns are measured in terminal cells (`string-width`), not UTF-16
 * units, so CJK model names, emoji and combining accents stay aligned.
 */
export function renderTextTable(options: { header: readonly string[]; rows: readonly (readonly string[])[] }): string {
  const { header, rows } = options;
  const widths = header.map((title, column) => Math.max(stringWidth(title), ...rows.map((row) => stringWidth(row[column] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : padToWidth(cell, widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n") + "\n";
}

function padToWidth(cell: string, width: number): string {
  return cell + " ".repeat(Math.max(0, width - stringWidth(cell)));
}
