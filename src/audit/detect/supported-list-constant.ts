/**
 * The lines of a list constant in code whose name says it lists what the code supports (`SUPPORTED_MODELS = [`,
 * `SUPPORTED_MODELS: ClassVar[list[str]] = [`, `const supportedModels = [`, `static final List<String> SUPPORTED_CHAT_MODELS = List.of(`):
 * the models a component accepts, not the one it calls (label guide, round sixteen: "a list of what a tool supports").
 * The component's own default (`model: str = "gpt-5-mini"`) is set elsewhere and stays a dependency.
 */
const constantOpen = /^\s*(?:(?:export|const|let|var|public|private|protected|static|final|readonly)\s+)*(?:[\w.<>[\], ]+\s+)?([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:[\w.]+\s*\(\s*)?[[({]/;
const supportedName = /supported|SUPPORTED|Supported/;
const supportedAssignment = /[Ss]upported\w*\s*(?::[^=\n]+)?=\s*(?:[\w.]+\s*\(\s*)?[[({]|SUPPORTED\w*\s*(?::[^=\n]+)?=\s*(?:[\w.]+\s*\(\s*)?[[({]/;

/** 1-based line numbers of such constants' items (the opening line included); undefined when the file has none. */
export function supportedListConstantLinesOf(text: string): ReadonlySet<number> | undefined {
  if (!text.includes("upported") && !text.includes("UPPORTED")) return undefined;
  // Most files say "supported" in prose or comments: only one that assigns a bracket to such a name is read line by line.
  if (!supportedAssignment.test(text)) return undefined;
  const lines = text.split("\n");
  const found = new Set<number>();
  for (const [index, line] of lines.entries()) {
    if (!line.includes("upported") && !line.includes("UPPORTED")) continue;
    const open = constantOpen.exec(line);
    if (open?.[1] === undefined || !supportedName.test(open[1])) continue;
    // Bracket depth from the opening bracket on: the list ends where it returns to zero (the same line for a one-line list).
    let depth = 0;
    for (let next = index; next < lines.length && next < index + 500; next += 1) {
      found.add(next + 1);
      const from = next === index ? open.index + open[0].length - 1 : 0;
      for (const character of (lines[next] ?? "").slice(from)) {
        if (character === "[" || character === "(" || character === "{") depth += 1;
        else if (character === "]" || character === ")" || character === "}") depth -= 1;
      }
      if (depth <= 0) break;
    }
  }
  return found.size === 0 ? undefined : found;
}
