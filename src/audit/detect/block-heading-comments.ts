/**
 * Whole-line comments in a YAML file that head a block (`# Actor (policy model) — Qwen3-1.7B full weight training` right
 * over `actor:`), each with the text of the block it heads (its more-indented lines). A comment that names the model its
 * block sets itself (`path: Qwen/Qwen3-1.7B` under `actor:`) narrates that block: the setting carries the dependency
 * (label guide, round twenty). A header comment over the file's first keys, or over a block that sets no such model, is not
 * matched here and keeps the header rule ("# Model: …", "# Trains Qwen3-1.7B to …").
 */
const commentLine = /^(\s*)#/;
const blockKeyLine = /^(\s*)(?:-\s+)?["']?[\w.-]+["']?\s*:\s*(?:#.*)?$/;
const leadingSpace = /^\s*/;

/** The block a heading comment heads: asked only whether its lines name a text (lower case). */
export interface HeadedBlock {
  includes(lowerCaseText: string): boolean;
}

/** Heading comments by line number (1-based). */
export interface BlockHeadings {
  get(lineNumber: number): HeadedBlock | undefined;
}

/**
 * The headings are found in one pass; a block's body is read only when a candidate on its heading asks, from the line after
 * its key to the first line indented no deeper than the key. Each heading keeps its key's index and indent, not its body's
 * text: copying the rest of the file per comment made a large YAML file quadratic (review of the evening's fixes, 2b).
 */
export function blockHeadingCommentsOf(text: string): BlockHeadings {
  const lines = text.split("\n");
  const keys = new Map<number, { index: number; indent: number }>();
  for (let index = 0; index < lines.length - 1; index += 1) {
    const comment = commentLine.exec(lines[index] ?? "");
    if (comment === null) continue;
    const key = blockKeyLine.exec(lines[index + 1] ?? "");
    if (key === null || (key[1] ?? "").length !== (comment[1] ?? "").length) continue;
    keys.set(index + 1, { index: index + 1, indent: (key[1] ?? "").length });
  }
  return {
    get(lineNumber) {
      const key = keys.get(lineNumber);
      if (key === undefined) return undefined;
      let end = key.index + 1;
      let hasBody = false;
      for (; end < lines.length; end += 1) {
        const next = lines[end] ?? "";
        if (next.trim() === "") continue;
        if ((leadingSpace.exec(next)?.[0].length ?? 0) <= key.indent) break;
        hasBody = true;
      }
      if (!hasBody) return undefined;
      return {
        includes: (lowerCaseText) => {
          for (let index = key.index + 1; index < end; index += 1) {
            const next = lines[index] ?? "";
            if (next.trim() !== "" && next.toLowerCase().includes(lowerCaseText)) return true;
          }
          return false;
        },
      };
    },
  };
}
