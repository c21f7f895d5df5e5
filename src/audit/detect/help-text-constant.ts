import { addListLines } from "./supported-list-constant.js";

/**
 * A table of help texts in code (`var help = map[string]string{` then `"model": "Default model (gpt-3.5-turbo, gpt-4, …)",`,
 * `HELP_TEXTS = {`, `flagDescriptions = {`): the sentences a CLI prints for its flags, text for people, not a setting (label
 * guide, round nineteen: help text). The setting the flag reads is elsewhere and keeps its dependency.
 */
const helpConstantOpen = /^\s*(?:(?:export|const|let|var|public|private|protected|static|final|readonly)\s+)*([A-Za-z_]\w*)\s*(?::[^=]+)?:?=\s*(?:map\[[^\]]+\][\w.*]+\s*|[\w.]+\s*\(\s*)?[[({]/;
const helpName = /^(?:\w*_)?help(?:_?texts?|_?messages?|_?strings?)?$|^\w*Help(?:Texts?|Messages?|Strings?)?$|^(?:flag|option|command)_?descriptions?$|^(?:flag|option|command)Descriptions?$/i;

/** 1-based lines of each help-text table (its opening line included); undefined when the file has none. */
export function helpTextConstantLinesOf(text: string): ReadonlySet<number> | undefined {
  if (!/help|description/i.test(text)) return undefined;
  const found = new Set<number>();
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const open = line.includes("=") ? helpConstantOpen.exec(line) : null;
    if (open?.[1] !== undefined && helpName.test(open[1])) addListLines(text, lineStart, open.index + open[0].length - 1, found);
    lineStart += line.length + 1;
  }
  return found.size === 0 ? undefined : found;
}
