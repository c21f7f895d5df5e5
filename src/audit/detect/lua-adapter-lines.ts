import { evidenceOf, type Detection } from "../detection.js";
import type { FindingKind } from "../finding.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { familyOfNameWords } from "./family-of-name-words.js";
import type { LineContext } from "./line-context.js";

/** A table's `name = "deepseek",`: the key an adapter is selected by; group 1 is the value (lower case only). */
const adapterName = /^\s*name\s*=\s*"([a-z][a-z0-9]*)"\s*,?\s*$/;
/** A schema's `default = "deepseek-v4-flash",`; group 1 is the value. */
const schemaDefault = /^\s*default\s*=\s*"([^"\s]+)"\s*,?\s*$/;
/** A `choices` key, `["kimi-k3"] = {`; group 1 is the key. */
const choiceKey = /^\s*\[\s*"([^"\s]+)"\s*\]\s*=\s*\{/;
/** A list's string item on its own line, `"grok-beta",`; group 1 is the item. */
const listItem = /^\s*"([^"\s]+)"\s*,?\s*$/;
/** A model checked against a list, `vim.tbl_contains({ "kimi-k3" }, model)`; group 1 is the list. */
const modelInList = /\{\s*((?:"[^"\s]+"\s*,?\s*)+)\}\s*,\s*[\w.]*model\b/;

/**
 * A Lua adapter for one family's API (label guide, round twenty-two): the adapter's `name = "deepseek"` (the key users select it
 * by, as round twelve's `name: mistral`), its schema's `default = "<id>"`, the ids it offers as `choices` (`["kimi-k3"] = {` or
 * list items) and a model routed by a list (`vim.tbl_contains({ "kimi-k3" }, model)`). An id counts when its first word is the
 * family's (`deepseek-v4-flash`, `grok-beta`), whatever the catalog knows of it.
 *
 * Only in a file that reads as an adapter (`schema = {`, `handlers = {`, a required adapter module: see `luaAdapterFactsOf`), and
 * list items and `["<id>"] = {` keys only inside a `choices`/`models` table: a colour scheme's spec (`name = "nova",`) or a
 * plugin list (`"nova-lsp",`) is neither. Lines are read where they are code (`codeLinesOf`), so `--[[ … ]]` comments are not.
 *
 * Never: a capitalised `name = "Mistral"` and `formatted_name` (display names), `---@class` annotations and other comments, a
 * name joined to more words (`name = "gemini_cli"`: an agent named after the family).
 */
export function detectLuaAdapterLines(line: LineContext, matchers: AuditMatchers): Detection[] {
  const facts = line.file.luaAdapterFacts?.();
  const code = line.file.codeLines?.()[line.number - 1];
  if (facts === undefined || code === undefined || !facts.adapter) return [];
  // The line's first token is code (a comment's line, `--[[ … ]]` included, is blanked; a string keeps its quotes).
  const start = line.text.search(/\S/);
  if (start === -1 || code[start] !== line.text[start]) return [];
  const { signatures } = matchers;
  const detection = (value: string, kind: FindingKind, how: string, family: string): Detection => {
    const name = matchers.catalog.family(family)?.name ?? family;
    return { line: line.number, column: line.text.indexOf(`"${value}"`) + 2, family, kind, match: value, message: `${value}: ${how} the ${name} API`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) };
  };
  const named = adapterName.exec(line.text)?.[1];
  const adapterFamily = named === undefined ? undefined : signatures.familyOfIdentifierWord(named);
  if (named !== undefined && adapterFamily !== undefined) return [detection(named, "config", "the adapter name that selects", adapterFamily)];
  const familyOfId = (id: string): string | undefined => {
    const [first, ...rest] = id.split("-");
    return rest.length > 0 && first !== undefined ? familyOfNameWords([first], signatures) : undefined;
  };
  const offered = facts.choiceLines.has(line.number);
  const single = schemaDefault.exec(line.text)?.[1] ?? (offered ? (choiceKey.exec(line.text)?.[1] ?? listItem.exec(line.text)?.[1]) : undefined);
  const routed = line.text.includes("model") ? modelInList.exec(line.text) : null;
  const listed = routed !== null && code[routed.index] === "{" ? (routed[1]?.match(/[^"\s,]+/g) ?? []) : [];
  const found: Detection[] = [];
  for (const id of single === undefined ? listed : [single, ...listed]) {
    const family = familyOfId(id);
    if (family !== undefined && !found.some((other) => other.family === family)) found.push(detection(id, "model-id", "a model offered through", family));
  }
  return found;
}
