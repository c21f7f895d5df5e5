/**
 * Python code switched off by its condition (`if False:`, `if 0:`, a notebook's "set `False` to `True`" cells that save,
 * merge, push or reload): the block under it never runs, as a commented-out setting never does (label guide, round
 * nineteen; round fourteen's `isEnabled = "NO"`). 1-based lines of each such block's body; undefined when there is none.
 */
const disabledCondition = /^(\s*)(?:if|elif|while)\s+(?:False|0)\s*:\s*(?:#.*)?$/;

export function disabledBlockLinesOf(text: string): ReadonlySet<number> | undefined {
  if (!text.includes("False") && !text.includes("0:")) return undefined;
  const lines = text.split("\n");
  const found = new Set<number>();
  for (const [index, line] of lines.entries()) {
    const condition = disabledCondition.exec(line.replace(/\r$/, ""));
    if (condition === null) continue;
    const indent = (condition[1] ?? "").length;
    for (let at = index + 1; at < lines.length; at += 1) {
      const body = (lines[at] ?? "").replace(/\r$/, "");
      if (/^\s*$/.test(body)) continue;
      if ((/^\s*/.exec(body)?.[0].length ?? 0) <= indent) break;
      found.add(at + 1);
    }
  }
  return found.size === 0 ? undefined : found;
}
