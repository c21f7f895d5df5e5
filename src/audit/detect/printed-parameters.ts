/**
 * The positions of the parameters a function the file defines only prints (`func testReasoning(ctx, llm, modelName string, …)`
 * whose `modelName` appears only in `fmt.Printf("Model: %s", modelName)`). A model id passed at such a position is a label for
 * people: the call that chose the model (`WithModel("o1-mini")`) is the dependency (label guide, a name passed only to be printed).
 * Looked up per called name, so a file pays only for the calls a candidate sits in.
 */
export type PrintedParameters = (functionName: string) => ReadonlySet<number> | undefined;

/** A line that prints: Go's fmt/log, Python's print and logging, JavaScript's console, Ruby's puts. */
const printLine = /(?:\bfmt\.(?:Print|Sprint|Fprint)\w*|(?:^|[^\w.])print|\bconsole\.(?:log|info|warn|error)|\blog(?:ger|ging)?\.(?:Print\w*|info|debug|warning|error)|\bputs)\s*\(/;

/** The lookup for one file's text, remembering each name's answer. */
export function printedParametersOf(text: string): PrintedParameters {
  const answers = new Map<string, ReadonlySet<number> | undefined>();
  let lines: readonly string[] | undefined;
  return (functionName) => {
    if (answers.has(functionName)) return answers.get(functionName);
    let answer: ReadonlySet<number> | undefined;
    // Most called names are not defined in the file: a literal check settles them.
    if (text.includes(` ${functionName}(`) || text.includes(` ${functionName} (`)) {
      lines ??= text.split("\n");
      answer = printedPositions(lines, functionName);
    }
    answers.set(functionName, answer);
    return answer;
  };
}

function printedPositions(lines: readonly string[], functionName: string): ReadonlySet<number> | undefined {
  const definition = new RegExp(`^[ \\t]*(?:func|def|function|async[ \\t]+def|async[ \\t]+function)[ \\t]+${functionName}[ \\t]*\\(([^()]*)\\)`);
  const at = lines.findIndex((line) => line.includes(functionName) && definition.test(line));
  if (at === -1) return undefined;
  const parameters = (definition.exec(lines[at] ?? "")?.[1] ?? "").split(",").map((part) => /^\s*\*{0,2}([A-Za-z_]\w*)/.exec(part)?.[1] ?? "");
  const positions = new Set<number>();
  for (const [position, parameter] of parameters.entries()) {
    if (parameter === "" || parameter === "self" || parameter.length < 3) continue;
    const word = new RegExp(`\\b${parameter}\\b`);
    const uses = lines.filter((line, index) => index !== at && line.includes(parameter) && word.test(line));
    if (uses.length > 0 && uses.every((line) => printLine.test(line))) positions.add(position);
  }
  return positions.size === 0 ? undefined : positions;
}

/** A call's string argument under way (`testReasoning(ctx, llm, "`): the function's name and the argument's position. */
const callArgumentBefore = /\b([A-Za-z_]\w*)\(((?:[^()"'`]|"[^"]*"|'[^']*')*)["']$/;

/** The candidate is a string argument at a position the called function only prints. */
export function isPrintedArgument(before: string, printed: PrintedParameters | undefined): boolean {
  if (printed === undefined || !before.includes("(")) return false;
  const call = callArgumentBefore.exec(before);
  if (call === null) return false;
  const positions = printed(call[1] ?? "");
  if (positions === undefined) return false;
  const previous = (call[2] ?? "").replace(/"[^"]*"|'[^']*'/g, "");
  return positions.has((previous.match(/,/g) ?? []).length);
}
