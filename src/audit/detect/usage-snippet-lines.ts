/**
 * Lines of a command under a "Usage:" or "Example:" heading inside a docstring (`lm_eval --model hf-mistral3 \` and its
 * continuation lines): a snippet that runs what it names, as a "Usage:" comment is (label guide, rounds thirteen and
 * sixteen). The docstring's prose around it stays a docstring.
 */
const usageHeading = /^\s*(?:Usage|Example|Examples|Run with)\s*::?\s*$/;
/** A command line: a program then a flag (`lm_eval --model …`, `python -m pkg --x`). */
const commandLine = /^\s+(?:\$\s+)?[\w./-]+(?:\s+-m\s+[\w.]+|\s+[\w./-]+\.(?:py|sh|js|ts|rb))?\s+--?[A-Za-z]/;
/** A fenced code block opening in the docstring (```` ```python ````): the snippet runs to its closing fence. */
const fenceOpen = /^\s*(`{3,}|~{3,})[\w-]*\s*$/;

export function usageSnippetLinesOf(text: string, docstring: ReadonlySet<number>): ReadonlySet<number> | undefined {
  if (!text.includes("Usage") && !text.includes("Example") && !text.includes("Run with")) return undefined;
  const lines = text.split("\n");
  const found = new Set<number>();
  for (const [index, line] of lines.entries()) {
    if (!docstring.has(index + 1) || !usageHeading.test(line)) continue;
    let continued = false;
    for (let next = index + 1; next < lines.length && docstring.has(next + 1); next += 1) {
      const snippet = lines[next] ?? "";
      // reStructuredText's `Usage::` leaves a blank line before its block.
      if (snippet.trim() === "" && found.size === 0) continue;
      // A fenced snippet under the heading (round twenty's `Examples:` with ```` ```python ````): every line up to the fence.
      const fence = found.size === 0 || next === index + 1 ? fenceOpen.exec(snippet) : null;
      if (fence !== null && !continued) {
        for (next += 1; next < lines.length && docstring.has(next + 1) && !(lines[next] ?? "").trimStart().startsWith(fence[1] ?? "```"); next += 1) found.add(next + 1);
        break;
      }
      if (!continued && !commandLine.test(snippet)) break;
      found.add(next + 1);
      continued = /\\\s*$/.test(snippet);
    }
  }
  return found.size === 0 ? undefined : found;
}
