/** A Markdown file cut into its YAML front matter and body, with the line the YAML starts on. */
export interface SplitFile {
  readonly yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  readonly yamlLine: number;
  readonly body: string;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
}

/**
 * Front matter is the block between a first line `---` and the next line that is
 * exactly `---` (Jekyll, Hugo, MADR tooling). Done by hand because the rule is
 * two lines long and a library would hide the line numbers errors need.
 */
export function splitFrontMatter(text: string): SplitFile | undefined {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== "---") return undefined;
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (end < 0) return undefined;
  return { yaml: lines.slice(1, end).join("\n"), yamlLine: 2, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
}
