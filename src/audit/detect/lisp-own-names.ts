import { matchesOf } from "./matches-of.js";

/** What an Emacs Lisp file defines for itself as an LLM provider: its structs of the `llm` package's kind. */
export interface LispOwnNames {
  readonly names: readonly string[];
}

/** `(cl-defstruct (llm-claude (:include …))` or `(cl-defstruct llm-claude`; group 1 is the struct, group 2 what follows up to its docstring. */
const structDefinition = /\(cl-defstruct\s+\(?\s*([A-Za-z][\w-]*)(?=([^"]{0,400}))/g;
/** An LLM provider struct's marker: it includes one of the `llm` package's structs (`(:include llm-standard-chat-provider)`). */
const includesLlmStruct = /\(:include\s+llm-/;

/**
 * The file's LLM provider structs: a `cl-defstruct` named `llm-…` or including an `llm-…` struct. A feature provided (`(provide
 * 'llama)`) or a struct of any other package (`phi-search`, tarsius's `llama`) is no provider, whatever family word it holds.
 */
export function lispOwnNamesOf(text: string): LispOwnNames {
  const names = matchesOf(text, structDefinition)
    .filter((match) => (match[1] ?? "").startsWith("llm-") || includesLlmStruct.test(match[2] ?? ""))
    .map((match) => match[1] ?? "");
  // Longest first, so `llm-gemini-tool-use-name` is read as the tool-use struct's accessor, not `llm-gemini`'s.
  return { names: [...new Set(names)].sort((a, b) => b.length - a.length) };
}
