/**
 * Whole-line comments in a YAML file that head a block (`# Actor (policy model) — Qwen3-1.7B full weight training` right
 * over `actor:`), each with the text of the block it heads (its more-indented lines). A comment that names the model its
 * block sets itself (`path: Qwen/Qwen3-1.7B` under `actor:`) narrates that block: the setting carries the dependency
 * (label guide, round twenty). A header comment over the file's first keys, or over a block that sets no such model, is not
 * matched here and keeps the header rule ("# Model: …", "# Trains Qwen3-1.7B to …").
 */
const commentLine = /^(\s*)#/;
const blockKeyLine = /^(\s*)(?:-\s+)?["']?[\w.-]+["']?\s*:\s*(?:#.*)?$/;

export function blockHeadingCommentsOf(text: string): ReadonlyMap<number, string> {
  const headings = new Map<number, string>();
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const comment = commentLine.exec(line);
    if (comment === null) continue;
    const key = blockKeyLine.exec(lines[index + 1] ?? "");
    if (key === null || (key[1] ?? "").length !== (comment[1] ?? "").length) continue;
    const keyIndent = (key[1] ?? "").length;
    const body: string[] = [];
    for (const next of lines.slice(index + 2)) {
      if (next.trim() === "") continue;
      if ((/^\s*/.exec(next)?.[0].length ?? 0) <= keyIndent) break;
      body.push(next);
    }
    if (body.length > 0) headings.set(index + 1, body.join("\n").toLowerCase());
  }
  return headings;
}
