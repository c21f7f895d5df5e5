import { matchesOf } from "./matches-of.js";

/** What an R file defines (functions and S7 classes) and which of its roxygen lines are `@examples` code. */
export interface ROwnDefinitions {
  readonly functions: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  /** Roxygen lines (`#' chat <- chat_mistral()`) under an `@examples` tag, up to the next tag or the end of the block. */
  readonly exampleLines: ReadonlySet<number>;
}

/** `chat_mistral <- function(`, `deepseek_key <- \() …`, `ProviderMistral <- new_class(`; group 1 is the name, group 2 what it is. */
const definition = /^[ \t]*([A-Za-z][\w.]*)[ \t]*(?:<-|=)[ \t]*(function\b|\\\(|new_class\()/gm;
const roxygenLine = /^\s*#'/;
const roxygenTag = /^\s*#'\s*@(\w+)/;

export function rOwnDefinitionsOf(text: string): ROwnDefinitions {
  const functions = new Set<string>();
  const classes = new Set<string>();
  for (const match of matchesOf(text, definition)) (match[2] === "new_class(" ? classes : functions).add(match[1] ?? "");
  const exampleLines = new Set<number>();
  let inExamples = false;
  text.split("\n").forEach((line, index) => {
    if (!roxygenLine.test(line)) {
      inExamples = false;
      return;
    }
    const tag = roxygenTag.exec(line)?.[1];
    if (tag !== undefined) inExamples = tag === "examples" || tag === "examplesIf";
    else if (inExamples) exampleLines.add(index + 1);
  });
  return { functions, classes, exampleLines };
}
