import { matchesOf } from "./matches-of.js";

/**
 * A function the file defines, with the positions of the parameters it only prints
 * (`func testReasoning(ctx, llm, modelName string, …)` whose `modelName` appears only in `fmt.Printf("Model: %s", modelName)`).
 * A model id passed at such a position is a label for people: the call that chose the model (`WithModel("o1-mini")`) is the
 * dependency (label guide, a name passed only to be printed).
 */
export type PrintedParameters = ReadonlyMap<string, ReadonlySet<number>>;

const functionDefinition = /^[ \t]*(?:func|def|function|async[ \t]+def|async[ \t]+function)[ \t]+([A-Za-z_]\w*)[ \t]*\(([^()]*)\)/gm;
/** A line that prints: Go's fmt/log, Python's print and logging, JavaScript's console, Ruby's puts. */
const printLine = /(?:\bfmt\.(?:Print|Sprint|Fprint)\w*|(?:^|[^\w.])print|\bconsole\.(?:log|info|warn|error)|\blog(?:ger|ging)?\.(?:Print\w*|info|debug|warning|error)|\bputs)\s*\(/;

/** The print-only parameters of each function the source defines; undefined when it defines none with one. */
export function printedParametersOf(text: string): PrintedParameters | undefined {
  const lines = text.split("\n");
  // The printing lines, found once: most parameters are in none of them, and need no scan of the file.
  const printing = lines.filter((line) => printLine.test(line));
  const found = new Map<string, Set<number>>();
  for (const definition of matchesOf(text, functionDefinition)) {
    const name = definition[1] ?? "";
    const definitionLine = text.slice(0, definition.index).split("\n").length - 1;
    const parameters = (definition[2] ?? "").split(",").map((part) => /^\s*\*{0,2}([A-Za-z_]\w*)/.exec(part)?.[1] ?? "");
    for (const [position, parameter] of parameters.entries()) {
      if (parameter === "" || parameter === "self" || parameter.length < 3) continue;
      if (!printing.some((line) => line.includes(parameter))) continue;
      const word = new RegExp(`\\b${parameter}\\b`);
      const uses = lines.filter((line, index) => index !== definitionLine && word.test(line));
      if (uses.length === 0 || !uses.every((line) => printLine.test(line))) continue;
      const positions = found.get(name) ?? new Set<number>();
      positions.add(position);
      found.set(name, positions);
    }
  }
  return found.size === 0 ? undefined : found;
}

/** A call's string argument under way (`testReasoning(ctx, llm, "`): the function's name and the argument's position. */
const callArgumentBefore = /\b([A-Za-z_]\w*)\(((?:[^()"'`]|"[^"]*"|'[^']*')*)["']$/;

/** The candidate is a string argument at a position the called function only prints. */
export function isPrintedArgument(before: string, printed: PrintedParameters | undefined): boolean {
  if (printed === undefined) return false;
  const call = callArgumentBefore.exec(before);
  if (call === null) return false;
  const positions = printed.get(call[1] ?? "");
  if (positions === undefined) return false;
  const previous = (call[2] ?? "").replace(/"[^"]*"|'[^']*'/g, "");
  return positions.has((previous.match(/,/g) ?? []).length);
}
