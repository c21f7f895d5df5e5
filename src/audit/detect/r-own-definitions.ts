import { codeLinesOf } from "./code-outside-strings.js";
import { matchesOf } from "./matches-of.js";

/** What an R file defines (functions and S7 classes), which of its roxygen lines are `@examples` code, and the client names it uses. */
export interface ROwnDefinitions {
  readonly functions: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  /** Roxygen lines (`#' chat <- chat_mistral()`) under an `@examples` tag, up to the next tag or the end of the block. */
  readonly exampleLines: ReadonlySet<number>;
  /** Each code line (`@examples` lines read as code), strings and comments blanked, by line number less one. */
  readonly code: readonly string[];
  /**
   * Names in code that pair a client word with another word (`chat_mistral`, `chat_google_gemini`, `models_deepseek`,
   * `ProviderDeepSeek`, `mistral_key`): what marks a file as provider code for the family the other word names.
   */
  readonly clientNames: ReadonlySet<string>;
}

/** `chat_mistral <- function(`, `deepseek_key <- \() …`, `ProviderMistral <- new_class(`; group 1 is the name, group 2 what it is. */
const definition = /^[ \t]*([A-Za-z][\w.]*)[ \t]*(?:<-|=)[ \t]*(function\b|\\\(|new_class\()/gm;
const roxygenLine = /^\s*#'/;
const roxygenTag = /^\s*#'\s*@(\w+)/;
/** A client name: `chat_…`, `models_…`, `Provider…` (CamelCase) or `…_key`, as a whole identifier. */
const clientName = /(?<![\w.$@])(?:(?:chat|models)_[A-Za-z][\w.]*|Provider[A-Z][\w.]*|[A-Za-z][\w.]*_key)(?![\w.])/g;

export function rOwnDefinitionsOf(text: string, codeLines: readonly string[]): ROwnDefinitions {
  const functions = new Set<string>();
  const classes = new Set<string>();
  for (const match of matchesOf(text, definition)) (match[2] === "new_class(" ? classes : functions).add(match[1] ?? "");
  const exampleLines = new Set<number>();
  let inExamples = false;
  const code = [...codeLines];
  text.split("\n").forEach((line, index) => {
    if (!roxygenLine.test(line)) {
      inExamples = false;
      return;
    }
    const tag = roxygenTag.exec(line)?.[1];
    if (tag !== undefined) inExamples = tag === "examples" || tag === "examplesIf";
    else if (inExamples) {
      exampleLines.add(index + 1);
      code[index] = codeLinesOf(line.replace(/^(\s*)#'/, "$1  "), "r")[0] ?? "";
    }
  });
  const clientNames = new Set(code.flatMap((line) => (line.includes("_") || line.includes("Provider") ? [...matchesOf(line, clientName)].map((match) => match[0]) : [])));
  return { functions, classes, exampleLines, code, clientNames };
}
