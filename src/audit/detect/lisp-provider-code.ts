import { evidenceOf, type Detection } from "../detection.js";
import type { FindingKind } from "../finding.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { familyOfNameWords } from "./family-of-name-words.js";
import { matchesOf } from "./matches-of.js";

/** A Lisp symbol or keyword outside strings and comments (quote, backquote and comma marks are not part of it). */
const lispSymbol = /(?<![^\s()'`,@#[\]])[^\s()'`,@#"[\]]+/g;
/** A word of a model symbol after the family's: a version (`4`, `2.5`), a size (`70b`) or a tier (`opus`, `flash`, `lite`). */
const modelSymbolWord = /^(?:\d+(?:\.\d+)*[bkm]?|pro|flash|lite|opus|sonnet|haiku|mini|nano|max|plus|turbo|large|medium|small|tiny|preview|latest|instant|exp|chat|coder|reasoner|thinking|vision|instruct)$/;
/** A struct slot's or setting's default model (`(chat-model "gemini-3.1-pro-preview")`); group 1 is the id. */
const modelDefault = /\((?:[\w-]+-)?model\s+"([A-Za-z][\w.:/-]*)"\s*\)/g;

/**
 * Emacs Lisp provider code for one family's API (label guide, round twenty-two): a package's struct named after the family
 * (`(cl-defstruct (llm-claude …))`), everything the file names with it — its constructor (`make-llm-claude`), the methods
 * specialised on it (`((_ llm-claude))`), its accessors (`llm-gemini-key`), its private functions (`llm-claude--url`) and
 * `(provide 'llm-claude)` (the struct's name) — a plist keyword of the family's own format (`:claude-thinking`), a model given as a symbol
 * (`'(claude-4-6-opus …)`, `(eq model 'gemini-3-1-pro)`) and a struct slot's default model (`(chat-model "gemini-…")`).
 *
 * All of it only in a file that defines an LLM provider struct (`llm-…` or including one): a package of its own named with a
 * family word (tarsius's `llama.el`, `phi-search.el`) defines none, and its `(defun llama--collect …)`, `(provide 'llama)` or
 * `(defvar glm-2 nil)` are not models.
 *
 * Never: comments and docstrings (read blanked, see `codeLinesOf`), display strings (`"Claude"`), a struct named after a runtime
 * (`llm-llamacpp`, `llm-ollama`, `llm-gpt4all`: no family word as one of its dash-separated words), another package's symbols.
 */
export function detectLispProviderCode(line: LineContext, matchers: AuditMatchers): Detection[] {
  const code = line.file.codeLines?.()[line.number - 1];
  const own = line.file.lispOwnNames?.();
  // Only a file that defines an LLM provider struct (see `lispOwnNamesOf`): a non-LLM package (`llama.el`, `phi-search.el`) has none.
  if (code === undefined || own === undefined || own.names.length === 0 || code.trim() === "") return [];
  const familyOfWords = (words: readonly string[]): string | undefined => familyOfNameWords(words, matchers.signatures);
  const found: Detection[] = [];
  const add = (options: { column: number; family: string; match: string; kind: FindingKind; how: string }): void => {
    if (found.some((detection) => detection.family === options.family)) return;
    const name = matchers.catalog.family(options.family)?.name ?? options.family;
    found.push({ line: line.number, column: options.column, family: options.family, kind: options.kind, match: options.match, message: `${options.match}: ${options.how} the ${name} API`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  };
  for (const match of matchesOf(code, lispSymbol)) {
    const symbol = match[0];
    const column = match.index + 1;
    if (symbol.startsWith(":")) {
      // A plist keyword whose first word is the family's (`:claude-thinking`): a field of that family's own format.
      const family = familyOfWords(symbol.slice(1).split("-").slice(0, 1));
      if (family !== undefined && symbol.includes("-")) add({ column, family, match: symbol, kind: "sdk", how: "a field of the format of" });
      continue;
    }
    const bare = symbol.replace(/^(?:make|copy)-/, "");
    const ownName = own.names.find((name) => bare === name || bare.startsWith(`${name}-`));
    const ownFamily = ownName === undefined ? undefined : familyOfWords(ownName.split("-"));
    if (ownName !== undefined && ownFamily !== undefined) {
      add({ column, family: ownFamily, match: symbol, kind: "sdk", how: `code of ${ownName}, the provider for` });
      continue;
    }
    // A model as a symbol (`claude-4-6-opus`, `gemini-3-1-pro`): the family's word, then a version, then only versions, sizes and
    // tiers (not `phi-2-helper`).
    const words = symbol.split("-");
    const family = familyOfWords(words.slice(0, 1));
    if (family !== undefined && words.length > 1 && /^\d/.test(words[1] ?? "") && words.slice(1).every((word) => modelSymbolWord.test(word))) add({ column, family, match: symbol, kind: "model-id", how: "a model of" });
  }
  for (const match of line.text.includes("model") ? matchesOf(line.text, modelDefault) : []) {
    const id = match[1] ?? "";
    // Only where the form itself is code (its opening parenthesis is not blanked).
    if (code[match.index] !== "(") continue;
    const family = familyOfWords(id.split(/[-.:/]/).slice(0, 1));
    if (family !== undefined && /[-.]/.test(id)) add({ column: match.index + match[0].indexOf(id) + 1, family, match: id, kind: "model-id", how: "the default model of" });
  }
  return found;
}

/** Setup prose naming a Lisp constructor as inline code (`Set this up with ~make-llm-gemini~`, Org's `~…~`/`=…=` or Markdown's backticks); group 1 is the constructor. */
const setUpWithConstructor = /\bset\s+(?:(?:this|it|one)\s+)?up\s+with\s+[~=`](make-[A-Za-z][\w-]*)[~=`]/i;

/**
 * Setup prose that says which provider's constructor to call (`Set this up with ~make-llm-gemini~`): the family's provider the setup
 * uses (label guide, round twenty-two). Only a constructor whose dash-separated words hold the family's word; a runtime's
 * (`make-llm-ollama`) or the vendor's (`make-llm-openai`) holds none.
 */
export function detectConstructorSetupProse(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!line.text.includes("make-")) return [];
  const match = setUpWithConstructor.exec(line.text);
  const constructor = match?.[1];
  if (match === null || constructor === undefined) return [];
  const family = familyOfNameWords(constructor.split("-").slice(1), matchers.signatures);
  if (family === undefined) return [];
  const name = matchers.catalog.family(family)?.name ?? family;
  return [{ line: line.number, column: line.text.indexOf(constructor) + 1, family, kind: "sdk", match: constructor, message: `${constructor}: the setup uses the provider for the ${name} API`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) }];
}
