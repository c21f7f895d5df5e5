import { parse } from "csv-parse/sync";

/**
 * RFC 4180 CSV via csv-parse: quoted fields may hold commas, newlines and
 * doubled quotes; CRLF or LF line ends; a byte-order mark is ignored. Returns
 * rows of cells; a blank line is not a row. Throws csv-parse's error (with its
 * line number) on malformed input.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  // A line of empty cells is not a test either.
  return rows.filter((cells) => cells.some((value) => value.trim() !== ""));
}
