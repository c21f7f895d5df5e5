import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { familyOfNameWords } from "./family-of-name-words.js";
import { matchesOf } from "./matches-of.js";

/** An R identifier (`chat_mistral`, `ProviderDeepSeek`, `models.mistral`); a following `(` makes it a call. */
const rIdentifier = /(?<![\w.$@])[A-Za-z][\w.]*(?![\w.])/g;

/**
 * R provider code for one family's API (label guide, round twenty-two): the functions and S7 classes a file defines under a name
 * carrying the family's word (`chat_mistral <- function(`, `ProviderDeepSeek <- new_class(`, `mistral_key <- function`,
 * `models_deepseek`, `claude_tool_web_search`), their uses (`method(chat_params, ProviderMistral)`, `mistral_key()`), the class's
 * name string (`"ProviderMistral",`), any call of a function so named (`chat_google_gemini()`), and the same in a roxygen
 * `@examples` block (`#' chat <- chat_mistral()`, a docstring's examples snippet as in rounds sixteen and twenty).
 * All of it only for a family the file names a client of: a name pairing a client word with the family's word (`chat_mistral`,
 * `models_deepseek`, `ProviderDeepSeek`, `mistral_key`) in its code or `@examples`. A family word alone is no R provider name:
 * `glm(y ~ x)` and `phi(table(a, b))` are statistics, `granite_palette <- function(n)` a colour helper.
 *
 * Never: a variable (`mistral_base_url` passed on), strings given as names (`"chat_mistral"` to the credentials helper,
 * `name = "Mistral"`, `match_prices("Mistral", …)`), comments and roxygen text outside `@examples`, any name in a file that
 * names no client of its family.
 */
export function detectRProviderCode(line: LineContext, matchers: AuditMatchers): Detection[] {
  const own = line.file.rOwnDefinitions?.();
  if (own === undefined || own.clientNames.size === 0) return [];
  const example = own.exampleLines.has(line.number);
  const code = own.code[line.number - 1];
  if (code === undefined || code.trim() === "") return [];
  const { signatures } = matchers;
  // A word of the name, or CamelCase words joined (`DeepSeek` in `ProviderDeepSeek`).
  const familyOf = (identifier: string): string | undefined => familyOfNameWords(identifier.split(/[_.]|(?<=[a-z0-9])(?=[A-Z])/), signatures, true);
  const clientFamilies = new Set([...own.clientNames].flatMap((name) => familyOf(name) ?? []));
  if (clientFamilies.size === 0) return [];
  const found: Detection[] = [];
  const add = (column: number, family: string, match: string, how: string): void => {
    if (found.some((detection) => detection.family === family)) return;
    const name = matchers.catalog.family(family)?.name ?? family;
    found.push({ line: line.number, column, family, kind: "sdk", match, message: `${match}: ${how} the ${name} API`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  };
  for (const match of matchesOf(code, rIdentifier)) {
    const identifier = match[0];
    const defined = own.functions.has(identifier) || own.classes.has(identifier);
    const called = /^\s*\(/.test(code.slice(match.index + identifier.length));
    if (!defined && !called) continue;
    const family = familyOf(identifier);
    if (family !== undefined && clientFamilies.has(family)) add(match.index + 1, family, identifier, defined ? "provider code for" : "a call of the client for");
  }
  // The provider's default model (`set_default(model, "deepseek-v4-flash")`, `model = "deepseek-chat"`), the family's word first.
  const model = example ? null : defaultModel.exec(line.text);
  const modelFamily = model === null ? undefined : familyOf((model[1] ?? "").split("-")[0] ?? "");
  if (model !== null && modelFamily !== undefined && clientFamilies.has(modelFamily) && (model[1] ?? "").includes("-")) add(line.text.indexOf(model[1] ?? "") + 1, modelFamily, model[1] ?? "", "the default model of");
  // The S7 class's name string (`"ProviderMistral",` under `ProviderMistral <- new_class(`): the class itself.
  if (!example && found.length === 0) {
    const named = /^\s*"([A-Za-z][\w.]*)"\s*,?\s*$/.exec(line.text)?.[1];
    const family = named !== undefined && own.classes.has(named) ? familyOf(named) : undefined;
    if (named !== undefined && family !== undefined && clientFamilies.has(family)) add(line.text.indexOf(named) + 1, family, named, "the name of the class for");
  }
  return found;
}

/** `set_default(model, "<id>")` or `model = "<id>"` in code; group 1 is the id. */
const defaultModel = /(?:\bset_default\(\s*model\s*,\s*|(?<![\w.$])model\s*=\s*)"([A-Za-z][\w.:-]*)"/;
