import { matchesOf } from "./matches-of.js";

/**
 * A definition form and the symbol it defines: `(defun phi-2-helper`, `(defvar glm-2`, `(cl-defmethod gemma-2-render`,
 * `(cl-defstruct (llm-claude`, `(define-minor-mode qwen-2-mode`.
 */
const definition = /\((?:cl-)?def(?:un|macro|var|var-local|custom|const|subst|alias|face|group|generic|method|struct)\*?\s+\(?'?([^\s()"';#`,]+)|\(define-[\w-]+\s+'?([^\s()"';#`,]+)/g;

/** The symbols an Emacs Lisp file defines for itself, read from its code with strings and comments blanked (`codeLinesOf`). */
export function lispDefinedNamesOf(codeLines: readonly string[]): ReadonlySet<string> {
  return new Set(matchesOf(codeLines.join("\n"), definition).map((match) => match[1] ?? match[2] ?? ""));
}

/**
 * Whether a model-id candidate is one of the file's own symbols, in code: a name the file defines is its own wherever it
 * appears outside a string (its definition, a call, `#'phi-2-helper`), however much it reads like a model id. The model the
 * file depends on is in a string (`(defcustom my-model "phi-2" …)`) or is a symbol the file does not define.
 */
export function isLispDefinedSymbol(options: { readonly text: string; readonly start: number; readonly code: string | undefined; readonly defined: ReadonlySet<string> }): boolean {
  const { text, start, code, defined } = options;
  return code !== undefined && defined.has(text) && code.slice(start, start + text.length) === text;
}
