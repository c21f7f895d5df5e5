import { evidenceOf, type Detection } from "../detection.js";
import type { FindingKind } from "../finding.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { isEnumMemberShape, type LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";
import { vendorIsWordAi } from "./vendor-named-ai.js";
import { providerFactoryKeyOf } from "./provider-factory-keys.js";
import { detectConstructorSetupProse, detectLispProviderCode } from "./lisp-provider-code.js";
import { detectRProviderCode } from "./r-provider-code.js";
import { detectLuaAdapterLines } from "./lua-adapter-lines.js";

/**
 * Client code for one family's API, in any language, and the provider entries that choose such a client (label
 * guide, round twelve): a tool that ships a Claude or Gemini client depends on that family's API as surely as a
 * request to its host does. In code: types named for the family's client (`struct ClaudeConfig`, `impl GeminiClient`,
 * `class MistralChatCompletions`), its snake_case functions (`claude_build_chat_completions_body(…)`), enum members and
 * qualified variants that select it (`ModelCategory::Mistral => …`, `Provider.GEMINI`), imports of a module named
 * after it (`use super::claude::*`, `from .providers.gemini import …`, `import "./claude"`) and a cloud model garden's
 * publisher path (`/mistralai/models/`). In configuration: a provider entry whose type or name is the family word
 * (`- type: gemini`, `name: deepseek` under `- type: openai-compatible`).
 *
 * Never: comments remarking on a family, a vendor's own word (`CohereClient`, `/anthropic/models/`, `type: cohere`:
 * the vendor's name marks a dependency only as its SDK, host or key), names that only contain a family word
 * (`LlamaIndex`, `llama_index_client`, `get_nova_pro`).
 */
export function detectProviderClients(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role === "source" || line.role === "notebook") return detectInCode(line, matchers);
  if (line.role === "config" || line.role === "deployment") return detectProviderEntry(line, matchers);
  // A docs snippet's config (`provider: mistral`, `"provider": "mistral",`) is the configuration the docs tell a user to write,
  // and its code (`use …\Providers\Mistral\Mistral;`, `->using('mistral', …)`) the code they tell a user to write.
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true) return detectConstructorSetupProse(line, matchers);
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) === true) {
    const entries = snippetEntryWord.test(line.text) ? detectProviderEntry(line, matchers) : [];
    if (entries.length > 0 || commentLine.test(line.text)) return entries;
    const selections = detectProviderSelection(line, matchers, { imports: true });
    return selections.length > 0 ? selections : constructedClientClassesOf(line, matchers);
  }
  return [];
}

/**
 * A docs snippet's code constructing a client type for one family's API (`final chatModel = ChatMistralAI(`, `defaultOptions:
 * ChatMistralAIOptions(`): the code the docs tell a user to write, as in source. Only a call counts there: a type named in
 * a snippet's prose-like lines (a signature, a comment) is left.
 */
/** `ChatMistralAI(`, `EmbeddingsMistralAI(`, or `MistralAI(` of a vendor named so; `GraniteAI()`, `NovaAI()` are the code's own classes. */
function isVendorAiClass(matchers: AuditMatchers, match: RegExpMatchArray, family: string): boolean {
  return /^(?:Chat|Embeddings?)/.test(match[0]) || vendorIsWordAi(matchers.catalog, family, match[1] ?? "");
}

function constructedClientClassesOf(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!line.text.includes("(")) return [];
  const { signatures } = matchers;
  const found: Detection[] = [];
  const calls = [...matchesOf(line.text, signatures.constructedAiClientClass).filter((match) => isVendorAiClass(matchers, match, signatures.familyOfWord(match[1] ?? "") ?? "")), ...matchesOf(line.text, signatures.clientClass).filter((match) => constructorCallAfter.test(line.text.slice(match.index + match[0].length)))];
  for (const match of calls) {
    const family = signatures.familyOfWord(match[1] ?? "");
    if (family === undefined || found.some((detection) => detection.family === family)) continue;
    const name = matchers.catalog.family(family)?.name ?? family;
    found.push(detectionOf(line, { column: match.index + 1, family, kind: "sdk", match: match[0], message: `${match[0]}: a client for the ${name} API, constructed in a docs snippet`, confidence: 0.8 }));
  }
  return found;
}

const constructorCallAfter = /^\s*\(/;

/** Cheap guards: a snippet line can hold a provider entry or an import only with one of these words. */
const snippetEntryWord = /provider|client|type|template|adapter/;
const snippetImportWord = /\b(?:use|mod|namespace|from|import|require|alias)\b/;
/** A provider chosen by name with a model beside it (`->using('mistral', 'voxtral-mini-2507')`); group 1 is the provider. */
const providerModelArguments = /\(\s*["']([a-z]+)["']\s*,\s*["'][A-Za-z0-9][\w.:/-]*[\d-][\w.:/-]*["']/g;
/** A provider chosen by a keyword argument (`completion(provider="mistral", model=…)`); group 1 is the provider. */
const providerKeywordArgument = /(?<![\w.])provider\s*=\s*["']([a-z]+)["']/g;
/**
 * A client made by a factory given the provider's name (`AnyLLM.create("mistral")`, `LLMClient.create('gemini', …)`): the
 * receiver names a model client, so the string is the provider the client calls. Group 1 is the provider.
 */
const providerFactoryCall = /(?<![\w.])[A-Za-z]*(?:LLM|Llm|Provider|Client)\.create\(\s*["']([a-z]+)["']/g;
/**
 * A provider class's name for the provider it implements (`PROVIDER_NAME = "llama"`, `PROVIDER_ID: str = 'mistral'`): the class
 * calls that provider's API. Upper case only, so a variable holding a user's choice (`provider_name = "mistral"`) is left.
 */
const providerNameConstant = /^\s*(?:static\s+|readonly\s+|const\s+)*PROVIDER(?:_NAME|_ID|_KEY)?\s*(?::\s*\w+\s*)?=\s*["']([a-z]+)["']/;
/** A keyed array or map opening a provider's block (`'mistral' => [`, PHP's shipped config); group 1 is the key. */
const providerBlockKey = /^\s*["']([a-z]+)["']\s*=>\s*\[\s*$/;
/** A member of an enum named for providers (`Provider::Mistral`, `ModelProvider.GEMINI`); group 1 is the member. */
const providerMember = /(?<![A-Za-z0-9_])[A-Z]?[A-Za-z0-9_]*Provider(?:s|Name|Type|Kind)?(?:::|\.)([A-Z][A-Za-z0-9_]*)(?![A-Za-z0-9_])/g;

/**
 * Code that selects one family's API by the provider's name, in source and docs snippets: a call given the provider and a
 * model (`->using('mistral', 'voxtral-mini-2507')`: a model that provider serves, though its id may carry no family word),
 * a shipped config's block for the provider (`'mistral' => [`), and a provider enum's member (`Provider::Mistral`).
 */
function detectProviderSelection(line: LineContext, matchers: AuditMatchers, options: { imports: boolean; code?: string }): Detection[] {
  const code = options.code ?? line.text.slice(0, trailingComment.exec(line.text)?.index ?? line.text.length);
  const quotedArgument = code.includes("('") || code.includes('("') || code.includes("( ");
  const keyed = code.includes("=>");
  const member = code.includes("Provider");
  const keyword = code.includes("provider");
  const factory = code.includes(".create(");
  const constant = code.includes("PROVIDER");
  const imports = options.imports && snippetImportWord.test(code);
  if (!quotedArgument && !keyed && !member && !keyword && !factory && !constant && !imports) return [];
  const { signatures } = matchers;
  const found: Detection[] = [];
  const add = (word: string, column: number, match: string, how: string, kind: FindingKind): void => {
    const family = signatures.familyOfIdentifierWord(word);
    if (family === undefined || found.some((detection) => detection.family === family)) return;
    const name = matchers.catalog.family(family)?.name ?? family;
    found.push(detectionOf(line, { column, family, kind, match, message: `${match}: ${how} the ${name} API`, confidence: 0.8 }));
  };
  if (quotedArgument) for (const match of matchesOf(code, providerModelArguments)) add(match[1] ?? "", match.index + 1, match[0], "a model requested through", "model-id");
  if (keyword) for (const match of matchesOf(code, providerKeywordArgument)) add(match[1] ?? "", match.index + 1, match[0], "chooses", "config");
  if (factory) for (const match of matchesOf(code, providerFactoryCall)) add(match[1] ?? "", match.index + 1, match[0], "creates the client for", "sdk");
  const named = constant ? providerNameConstant.exec(code) : null;
  if (named !== null) add(named[1] ?? "", code.indexOf(named[1] ?? "", named.index) + 1, named[0].trim(), "the provider class for", "sdk");
  const block = keyed ? providerBlockKey.exec(code) : null;
  if (block !== null) add(block[1] ?? "", code.indexOf(block[1] ?? "") + 1, block[1] ?? "", "the configuration block of", "config");
  if (member) for (const match of matchesOf(code, providerMember)) add(match[1] ?? "", match.index + 1, match[0], "selects", "sdk");
  if (imports) {
    const imported = importPath.exec(code);
    const path = imported?.slice(1).find((group) => group !== undefined);
    // An Elixir alias of a family's chat module (`alias LangChain.ChatModels.ChatGrok`) names the family after `Chat`.
    for (const segment of path?.split(/::|[./\\]/) ?? []) add(elixirAlias.test(code) ? segment.replace(/^Chat(?=[A-Z][a-z])/, "") : segment, line.text.indexOf(path ?? "") + 1, path ?? "", "imports client code for", "sdk");
  }
  return found;
}

/** A line that is only a comment (`//`, `#`, `/*`, `*`, `--`): it remarks on code, it is none. */
const commentLine = /^\s*(?:\/\/|#(?![[!])|\/\*|\*|--\s)/;
/** Where a trailing comment starts on a line of code (`Gemini, // the default`). */
const trailingComment = /\s(?:\/\/|#)\s/;
/** An import of a module path: Rust `use`/`mod`, PHP `use`/`namespace` (`use Vendor\\Providers\\Mistral\\Handlers\\Text;`), Python `from … import`/`import`, Java `import`, JS/TS `from "…"`/`require("…")`, Go `import "…"` and import-block lines. */
const importPath = /^\s*(?:pub(?:\([\w:]+\))?\s+)?(?:use|mod)\s+([\w:\\]+)|^\s*namespace\s+([\w\\]+)\s*[;{]?\s*$|^\s*from\s+([\w.]+)\s+import\b|^\s*import\s+(?:static\s+)?([\w.]+)\s*;?\s*(?:#.*)?$|\bfrom\s+["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)|^\s*import\s+(?:[\w.]+\s+)?["']([^"']+)["']|^\s*(?:[\w.]+\s+)?"([\w.-]+(?:\/[\w.-]+)+)"\s*$|^\s*alias\s+([A-Z][\w]*(?:\.[A-Z]\w*)+)\s*$/;
const elixirAlias = /^\s*alias\s/;
/** A qualified enum variant or constant (`ModelCategory::Claude`, `Provider.GEMINI`); group 1 is the member. */
const qualifiedMember = /(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9_]*(?:::|\.)([A-Z][A-Za-z0-9_]*)(?![A-Za-z0-9_])/g;

/** An identifier made of a family word followed by `Terms` (camelCase, PascalCase or snake_case); group 1 or 2 is the word. */
const termsIdentifier = /(?<![A-Za-z0-9])(?:[a-z]+)?(?:[A-Z][a-z0-9]*)*?([A-Z][a-z0-9]+)Terms(?=[A-Z_]|(?![A-Za-z0-9]))|(?<![A-Za-z0-9])(?:[a-z0-9]+_)*?([a-z][a-z0-9]*)_terms(?![a-z0-9])/g;

/** A Ruby symbol (`:mistral`), not a scope (`::`), a key (`mistral:`) or part of a word; group 1 is its name. */
const rubySymbol = /(?<![\w:]):([a-z][a-z0-9_]*)(?![\w:])/g;

const assignedAfter = /^\s*(?::\s*[\w<>[\], .]+?)?\s*(?:[-+*/]?=)(?![=>])/;
const declaredBefore = /(?:\blet\s+(?:mut\s+)?|\b(?:var|const|val)\s+)$/;

function detectInCode(line: LineContext, matchers: AuditMatchers): Detection[] {
  // Emacs Lisp, R and Lua provider code has shapes of its own (a struct's prefix, an R function, an adapter's table), read
  // before the other languages' (whose comment markers differ: roxygen `#'` examples are code there).
  const language = line.file.language;
  const own = language === "lisp" ? detectLispProviderCode(line, matchers) : language === "r" ? detectRProviderCode(line, matchers) : language === "lua" ? detectLuaAdapterLines(line, matchers) : [];
  if (commentLine.test(line.text)) return own;
  const any = detectInCodeOfAnyLanguage(line, matchers);
  // A Lua adapter that requires another family's adapter module (`require("….adapters.http.deepseek")` in the Kimi adapter) reuses
  // its handlers for its own API: that family counts only where the file names one of its models (as a serving parser does).
  const reused = language === "lua" && luaRequire.test(line.text) ? any.map((detection) => (detection.message.startsWith("imports ") ? { ...detection, servedFamilyOnly: true } : detection)) : any;
  return [...own, ...reused.filter((detection) => !own.some((other) => other.family === detection.family))];
}

const luaRequire = /\brequire\s*\(?\s*["']/;

function detectInCodeOfAnyLanguage(line: LineContext, matchers: AuditMatchers): Detection[] {
  const { signatures } = matchers;
  const code = line.text.slice(0, trailingComment.exec(line.text)?.index ?? line.text.length);
  const detections: Detection[] = [];
  const push = (options: { column: number; family: string; match: string; message: string }): void => {
    if (detections.some((detection) => detection.family === options.family)) return;
    detections.push(detectionOf(line, { ...options, kind: "sdk", confidence: 0.8 }));
  };
  const name = (family: string): string => matchers.catalog.family(family)?.name ?? family;
  const pushTerms = (options: { column: number; family: string; match: string }): void => {
    if (detections.some((detection) => detection.family === options.family)) return;
    detections.push(detectionOf(line, { ...options, kind: "license", confidence: 0.8, message: `${options.match}: the gate that accepts the ${name(options.family)} terms of use` }));
  };
  for (const match of matchesOf(code, signatures.clientClass)) {
    const family = signatures.familyOfWord(match[1] ?? "");
    if (family !== undefined) push({ column: match.index + 1, family, match: match[0], message: `${match[0]}: a client for the ${name(family)} API` });
  }
  for (const match of matchesOf(code, signatures.constructedAiClientClass)) {
    const family = signatures.familyOfWord(match[1] ?? "");
    if (family !== undefined && isVendorAiClass(matchers, match, family)) push({ column: match.index + 1, family, match: match[0], message: `${match[0]}: a client for the ${name(family)} API` });
  }
  for (const match of matchesOf(code, signatures.snakeName)) {
    // A variable the code assigns (`nova_config = {…}`, `let claude_body = …`) is a name; functions, their calls and lists of them are the client.
    if (assignedAfter.test(code.slice(match.index + match[0].length)) || declaredBefore.test(code.slice(0, match.index))) continue;
    const family = signatures.familyOfClientFunction(match[0]);
    if (family !== undefined) push({ column: match.index + 1, family, match: match[0], message: `${match[0]}: client code for the ${name(family)} API` });
  }
  // An enum member or variant equal to a family word selects that family's API only in client code (a file that names API clients or
  // builds request bodies); elsewhere `Kind.GEMMA` is a name (label guide, round eleven).
  // Whether the file is client code takes two scans of its whole text: asked only once the line holds what it decides on.
  const clientFile = (): boolean => line.file.apiClientWords !== undefined || line.file.requestBodyWords !== undefined;
  const members = matchesOf(code, qualifiedMember);
  for (const match of members.length > 0 && clientFile() ? members : []) {
    const family = signatures.familyOfIdentifierWord(match[1] ?? "");
    if (family !== undefined) push({ column: match.index + 1, family, match: match[0], message: `${match[0]}: selects the ${name(family)} API` });
  }
  // A Ruby symbol does the same in Ruby client code (`provider_name(model_id) == :mistral`).
  const symbols = line.text.includes(":") ? matchesOf(code, rubySymbol) : [];
  for (const match of symbols.length > 0 && clientFile() ? symbols : []) {
    const family = signatures.familyOfIdentifierWord(match[1] ?? "");
    if (family !== undefined) push({ column: match.index + 1, family, match: match[0], message: `${match[0]}: selects the ${name(family)} API` });
  }
  // The family's provider class (`class Mistral extends OpenAI`) and, in its file, code that names the family: the class itself,
  // types and imports named after it (`MistralApiKeyType`, `codestralEditPrompt`) and the family's words as string values
  // (`return "codestral";`, `case "mistral":`), save the variables the file declares (`const mistralResp = …`).
  for (const detection of providerClassFileDetections(line, code, matchers)) push(detection);
  for (const selection of detectProviderSelection(line, matchers, { imports: false, code })) if (!detections.some((detection) => detection.family === selection.family)) detections.push(selection);
  // A switch arm on the provider that selects the family (`switch (provider) {` … `case "gemini":`), and the arm's statement that
  // names the family (`newModels = GEMINI_ONBOARDING_MODELS(apiKey);`): code that routes on the family.
  const armLine = caseArm.exec(code) ?? caseArm.exec(line.previous);
  const arm = armLine !== null && line.file.providerSwitchLines?.().has(line.number) === true ? armLine : null;
  const armFamily = arm === null ? undefined : signatures.familyOfIdentifierWord(arm[1] ?? "");
  if (arm !== null && armFamily !== undefined && (caseArm.test(code) || namesFamily(code, arm[1] ?? ""))) {
    push({ column: Math.max(1, code.toLowerCase().indexOf((arm[1] ?? "").toLowerCase()) + 1), family: armFamily, match: code.trim(), message: `${code.trim()}: routes on the ${name(armFamily)} provider` });
  }
  // An object literal's provider (`provider: "gemini",`) chooses the family's client as a config entry does; a capitalised
  // value (`provider: 'Mistral',` in an error) is the name shown to people.
  if (code.includes("provider") || code.includes("client")) {
    for (const entry of detectProviderEntry(line, matchers)) if (entry.match === entry.match.toLowerCase() && !detections.some((detection) => detection.family === entry.family)) detections.push(entry);
  }
  // A client factory table's key that is the family's word (`mistral: () => createMistral(…)`): routes the provider id to its API.
  const factory = providerFactoryKeyOf(code, matchers);
  if (factory !== undefined) push({ column: factory.column, family: factory.family, match: factory.key, message: `${factory.key}: routes the provider id to the ${name(factory.family)} API's client` });
  const declared = isEnumMemberShape(line.text) ? line.file.enumMembers?.get(line.number) : undefined;
  const member = (declared !== undefined && clientFile() ? declared : undefined) ?? (enumMemberLike.test(code) ? line.file.providerEnumMembers?.().get(line.number) : undefined);
  const memberFamily = member === undefined ? undefined : signatures.familyOfIdentifierWord(member);
  if (member !== undefined && memberFamily !== undefined) push({ column: line.text.indexOf(member) + 1, family: memberFamily, match: member, message: `enum member ${member}: selects the ${name(memberFamily)} API` });
  const imported = importPath.exec(code);
  const path = imported?.slice(1).find((group) => group !== undefined);
  if (imported !== null && path !== undefined) {
    for (const segment of path.split(/::|[./\\]/)) {
      const family = signatures.familyOfIdentifierWord(segment);
      if (family !== undefined) push({ column: line.text.indexOf(path) + 1, family, match: path, message: `imports ${path}: client code for the ${name(family)} API` });
    }
  }
  // A family's terms-of-use gate (`isGemmaTermsOfUseAccepted()`, `setIsGemmaTermsAccepted(true)`, `is_gemma_terms_accepted`):
  // code that exists because the family's licence must be accepted before its weights are used (lead decision, round thirteen).
  for (const match of /terms/i.test(code) ? matchesOf(code, termsIdentifier) : []) {
    const family = signatures.familyOfIdentifierWord(match[1] ?? match[2] ?? "");
    if (family !== undefined) pushTerms({ column: match.index + 1, family, match: match[0] });
  }
  for (const match of matchesOf(code, signatures.publisherPath)) {
    const family = signatures.familyOfIdentifierWord(match[1] ?? "");
    if (family !== undefined) push({ column: match.index + 1, family, match: match[0], message: `${match[0]}: the ${name(family)} publisher on a cloud's model garden` });
  }
  return detections;
}

/** A line that can be an enum member (`Gemini,`, `case Gemini = 'gemini';`): asked before the file's provider enums are read. */
const enumMemberLike = /^\s*(?:case\s+)?[A-Za-z_]\w*\s*(?:=[^=>]|[,;]|$)/;
/** `case "gemini":` (`case 'gemini':`); group 1 is the value. */
const caseArm = /^\s*case\s+["']([a-z]+)["']\s*:/;

/** Whether code carries the word as an identifier's first word (`GEMINI_ONBOARDING_MODELS`, `geminiModels`). */
function namesFamily(code: string, word: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9])${word}(?![a-z0-9])`, "i").test(code);
}

/** A lower-case string value (group 1) or an identifier outside strings (group 2; `provider: 'Mistral'` is text shown to people). */
const identifierOrWord = /["']([a-z][a-z0-9]*)["']|(?<![\w$"'-])([A-Za-z][A-Za-z0-9]*)(?![\w$"'-])/g;
/** An extended class named exactly a family word: `class Mistral extends OpenAI {`. */
const extendedClassLine = /^\s*(?:(?:export|default|abstract|final|public|readonly)\s+)*class\s+([A-Z][A-Za-z0-9]*)\s+(?:extends|implements)\s/;

function providerClassFileDetections(line: LineContext, code: string, matchers: AuditMatchers): { column: number; family: string; match: string; message: string }[] {
  const own = line.file.extendedClasses?.();
  if (own === undefined || own.classes.length === 0) return [];
  const { signatures } = matchers;
  const declared = extendedClassLine.exec(code)?.[1];
  const declaredFamily = declared === undefined ? undefined : signatures.familyOfIdentifierWord(declared);
  if (declared !== undefined && declaredFamily !== undefined) {
    const name = matchers.catalog.family(declaredFamily)?.name ?? declaredFamily;
    return [{ column: code.indexOf(declared) + 1, family: declaredFamily, match: declared, message: `class ${declared}: the client for the ${name} API` }];
  }
  const families = own.classes.map((name) => signatures.familyOfIdentifierWord(name)).filter((family): family is string => family !== undefined);
  if (families.length === 0) return [];
  const lower = code.toLowerCase();
  for (const family of new Set(families)) {
    const entry = matchers.catalog.family(family);
    const words = (entry?.keywords ?? []).filter((keyword) => /^[a-z]+$/.test(keyword) && lower.includes(keyword));
    if (words.length === 0) continue;
    for (const match of matchesOf(code, identifierOrWord)) {
      const text = match[1] ?? match[2] ?? "";
      if (match[2] !== undefined && own.variables.has(text)) continue;
      // The identifier's first word (`codestral` in `codestralEditPrompt`, `mistral` in `MistralApiKeyType`), or the whole value.
      const head = (match[2] === undefined ? text : (/^[A-Za-z][a-z0-9]*/.exec(text)?.[0] ?? "")).toLowerCase();
      if (!words.includes(head)) continue;
      return [{ column: match.index + 1, family, match: text, message: `${text}: code of the ${entry?.name ?? family} API's client class` }];
    }
  }
  return [];
}

/** A provider entry of a client list: `- type: gemini`, `provider: claude`, a registry's `"providerId": "mistral"`; group 1 is the value. */
const providerTypeEntry = /^\s*(?:-\s+["']?(?:type|provider|client)|["']?(?:provider|client|providerId|provider_id))["']?\s*:\s*["']?([A-Za-z]+)["']?\s*,?\s*(?:#.*)?$/;
/** The name of an entry whose first line chose a client type (`- type: openai-compatible` then `name: mistral`). */
const providerNameEntry = /^\s*["']?name["']?\s*:\s*["']?([A-Za-z]+)["']?\s*(?:#.*)?$/;
/** A plugin's interaction set to an adapter by name (`adapter = "deepseek",` in a Lua config); group 1 is the value, lower case only. */
const adapterEntry = /^\s*["']?adapter["']?\s*[:=]\s*["']([a-z]+)["']\s*,?\s*(?:--.*)?$/;
const providerEntryOpen = /^\s*-\s+["']?(?:type|provider|client)["']?\s*:\s*\S/;

/** A chat-template name as a model entry's setting (`template: granite`, `"template": "granite",`); group 1 is the value. */
const templateNameEntry = /^\s*["']?template["']?\s*:\s*["']?([A-Za-z]+)["']?\s*,?\s*(?:#.*)?$/;

function detectProviderEntry(line: LineContext, matchers: AuditMatchers): Detection[] {
  const template = line.text.includes("template") ? templateNameEntry.exec(line.text) : null;
  const templateFamily = template === null ? undefined : matchers.signatures.familyOfIdentifierWord(template[1] ?? "");
  if (template !== null && templateFamily !== undefined) {
    const word = template[1] ?? "";
    const familyName = matchers.catalog.family(templateFamily)?.name ?? templateFamily;
    return [detectionOf(line, { column: line.text.indexOf(word, line.text.indexOf("template") + 8) + 1, family: templateFamily, kind: "chat-template", match: word, message: `template ${word}: the ${familyName} chat template`, confidence: 0.8 })];
  }
  const typed = providerTypeEntry.exec(line.text) ?? (line.text.includes("adapter") ? adapterEntry.exec(line.text) : null);
  const named = typed === null && providerEntryOpen.test(line.previous) ? providerNameEntry.exec(line.text) : null;
  const word = (typed ?? named)?.[1];
  const family = word === undefined ? undefined : matchers.signatures.familyOfIdentifierWord(word);
  if (word === undefined || family === undefined) return [];
  const familyName = matchers.catalog.family(family)?.name ?? family;
  const how = typed === null ? "names the provider entry that routes to" : "chooses the client for";
  return [detectionOf(line, { column: line.text.indexOf(word) + 1, family, kind: "config", match: word, message: `${word}: ${how} the ${familyName} API`, confidence: 0.8 })];
}

function detectionOf(line: LineContext, options: { column: number; family: string; kind: FindingKind; match: string; message: string; confidence: number }): Detection {
  return { line: line.number, evidence: evidenceOf(line.text), ...options, ...(line.cell === undefined ? {} : { cell: line.cell }) };
}
