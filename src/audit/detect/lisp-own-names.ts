import { matchesOf } from "./matches-of.js";

/** What an Emacs Lisp file defines for itself: its structs (`cl-defstruct`) and the feature it provides. */
export interface LispOwnNames {
  readonly names: readonly string[];
}

/** `(cl-defstruct (llm-claude (:include …))` or `(cl-defstruct llm-claude`; group 1 is the struct. */
const structDefinition = /\(cl-defstruct\s+\(?\s*([A-Za-z][\w-]*)/g;
/** `(provide 'llm-claude)`; group 1 is the feature. */
const providedFeature = /\(provide\s+'([A-Za-z][\w-]*)\)/g;

export function lispOwnNamesOf(text: string): LispOwnNames {
  const names = [...matchesOf(text, structDefinition), ...matchesOf(text, providedFeature)].map((match) => match[1] ?? "");
  // Longest first, so `llm-gemini-tool-use-name` is read as the tool-use struct's accessor, not `llm-gemini`'s.
  return { names: [...new Set(names)].sort((a, b) => b.length - a.length) };
}
