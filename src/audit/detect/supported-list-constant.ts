/**
 * The lines of a list constant in code whose name says it lists what the code supports (`SUPPORTED_MODELS = [`,
 * `SUPPORTED_MODELS: ClassVar[list[str]] = [`, `const supportedModels = [`, `static final List<String> SUPPORTED_CHAT_MODELS = List.of(`):
 * the models a component accepts, not the one it calls (label guide, round sixteen: "a list of what a tool supports").
 * The component's own default (`model: str = "gpt-5-mini"`) is set elsewhere and stays a dependency. So is a list whose
 * comment right above says so (`# 4bit pre quantized models we support …` over `fourbit_models = [`, round nineteen).
 */
import { isPassedAsPickerOptions } from "./picker-options.js";

const constantOpen = /^\s*(?:(?:export|const|let|var|public|private|protected|static|final|readonly)\s+)*(?:[\w.<>[\], ]+\s+)?([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:[\w.]+\s*\(\s*)?[[({]/;
const supportedName = /supported|SUPPORTED|Supported/;
/** A whole-line comment saying the list below is what is supported ("models we support", "supported models"). */
const supportComment = /^\s*(?:#|\/\/)[^\n]*\b(?:we|it|they|this\s+\w+)\s+supports?\b|^\s*(?:#|\/\/)[^\n]*\bsupported\s+(?:models?|checkpoints?|ids?)\b/i;

/** 1-based line numbers of such constants' items (the opening line included); undefined when the file has none. */
export function supportedListConstantLinesOf(text: string): ReadonlySet<number> | undefined {
  const found = new Set<number>();
  // Most files say "supported" only in prose or comments: only the lines holding the word are read, and the rest of the
  // file only from a line that opens such a constant.
  for (const word of ["upport", "UPPORT"]) {
    for (let at = text.indexOf(word); at >= 0; ) {
      const lineStart = text.lastIndexOf("\n", at) + 1;
      const newline = text.indexOf("\n", at);
      const lineEnd = newline < 0 ? text.length : newline;
      const equals = text.indexOf("=", lineStart);
      const open = equals < 0 || equals > lineEnd ? null : constantOpen.exec(text.slice(lineStart, lineEnd));
      if (open?.[1] !== undefined && supportedName.test(open[1])) {
        // A picker's options are what the app calls, however named.
        if (!isPassedAsPickerOptions(text, open[1])) addListLines(text, lineStart, open.index + open[0].length - 1, found);
      }
      // A comment right above the constant says the same (`# 4bit pre quantized models we support …` over `fourbit_models = [`).
      else if (newline >= 0 && supportComment.test(text.slice(lineStart, lineEnd))) {
        const nextEnd = text.indexOf("\n", newline + 1);
        const next = constantOpen.exec(text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd));
        if (next !== null) addListLines(text, newline + 1, next.index + next[0].length - 1, found);
      }
      at = newline < 0 ? -1 : text.indexOf(word, lineEnd);
    }
  }
  return found.size === 0 ? undefined : found;
}

/** The constant's lines from its opening bracket until the bracket depth returns to zero (the same line for a one-line list). */
export function addListLines(text: string, lineStart: number, bracketColumn: number, found: Set<number>): void {
  let number = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < lineStart; at = text.indexOf("\n", at + 1)) number += 1;
  const lines = text.slice(lineStart).split("\n", 500);
  let depth = 0;
  for (const [offset, line] of lines.entries()) {
    found.add(number + offset);
    for (const character of offset === 0 ? line.slice(bracketColumn) : line) {
      if (character === "[" || character === "(" || character === "{") depth += 1;
      else if (character === "]" || character === ")" || character === "}") depth -= 1;
    }
    if (depth <= 0) return;
  }
}
