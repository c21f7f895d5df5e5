import type { FileRole } from "../walk/classify-file.js";
import { requestBodySuffixes } from "./family-signatures.js";
import { gatewayRoutesOf, type GatewayRoutes } from "./gateway-routes.js";
import { listItemKeysOf } from "./list-item-keys.js";
import { supportedListConstantLinesOf } from "./supported-list-constant.js";
import { helpTextConstantLinesOf } from "./help-text-constant.js";
import { mavenDependencyLinesOf } from "./maven-dependency-lines.js";
import { usageSnippetLinesOf } from "./usage-snippet-lines.js";
import { multilineStringLines, type MultilineStringLines } from "./multiline-string-lines.js";
import { blockHeadingCommentsOf, type BlockHeadings } from "./block-heading-comments.js";
import { narratedAssignmentCommentsOf } from "./narrated-assignment-comments.js";
import { outputNameConstantLinesOf } from "./output-name-constants.js";
import { parentKeysOf } from "./parent-keys.js";
import { disabledBlockLinesOf } from "./disabled-blocks.js";
import { providerModelTableOf, type ProviderModelTable } from "./provider-model-tables.js";
import { registryDisplayLinesOf } from "./registry-display-lines.js";
import { formatExampleLinesOf, sampleResponseLinesOf } from "./sample-response-blocks.js";
import { printedParametersOf, type PrintedParameters } from "./printed-parameters.js";
import { runtimeImportsOf } from "./runtime-names.js";
import { matchesOf } from "./matches-of.js";
import { settingsTableKeyLinesOf } from "./settings-table-keys.js";
import { codeLinesOf, providerCodeLanguageOf, type ProviderCodeLanguage } from "./code-outside-strings.js";
import { lispOwnNamesOf, type LispOwnNames } from "./lisp-own-names.js";
import { lispDefinedNamesOf } from "./lisp-defined-names.js";
import { rOwnDefinitionsOf, type ROwnDefinitions } from "./r-own-definitions.js";
import { luaAdapterFactsOf, type LuaAdapterFacts } from "./lua-adapter-facts.js";

/** One line of a text file (or of a notebook cell) and what the line detectors may know about its file. */
export interface LineContext {
  readonly text: string;
  /** The line before, for arguments split over YAML list items (`- --model` / `- meta-llama/…`). */
  readonly previous: string;
  /** 1-based, within the file (or cell). */
  readonly number: number;
  readonly role: FileRole;
  readonly file: FileFacts;
  readonly cell?: number;
}

/** Facts about the whole file, computed once and only for files the prefilter let through. */
export interface FileFacts {
  /** A fine-tune or adapter config (`adapter_config.json`, Axolotl, LLaMA-Factory): `base_model` is lineage. */
  readonly fineTuneConfig: boolean;
  /** The file carries `<<SYS>>`, so `[INST]` in it is Llama 2's, not Mistral's. */
  readonly hasLlama2System: boolean;
  /** The file carries Mistral-only control tokens, so `[INST]` in it is Mistral's. */
  readonly hasMistralTokens: boolean;
  /** The file carries harmony's own tokens (`<|channel|>`, `<|message|>`), so `<|start|>` in it is gpt-oss's framing token. */
  readonly hasHarmonyTokens: boolean;
  /** PEFT `peft_type`, when the file states it. */
  readonly peftType?: string;
  /** An Ollama Modelfile that applies an `ADAPTER` on its `FROM` base. */
  readonly modelfileAdapter: boolean;
  /** The base model the file's adapters sit on (`baseModel:`, `base_model_name_or_path`), for their lineage. */
  readonly adapterBase?: string;
  /**
   * A training recipe that names its base model and sets its own `chat_template`: a shared
   * prompt format in that template (ChatML, `<|user|>`) is the recipe's choice, not a
   * dependency on the family that format is best known from. The base model line carries the dependency.
   * An Ollama Modelfile with a `FROM` is the same case.
   */
  readonly recipeChatTemplate: boolean;
  /** Python docstrings and UI texts spanning lines (source and notebook code only). */
  readonly strings?: MultilineStringLines;
  /** Scripts the file fetches by URL (`wget …/build_gemma.py`): a family's tool, not the project's own script. */
  readonly fetchedScripts?: ReadonlySet<string>;
  /** The key of a list spanning lines, per item line (configuration files only). */
  readonly listKeys?: ReadonlyMap<number, string>;
  /**
   * List items under a heading or sentence that says what a tool supports ("## Supported Architectures",
   * "Below is a list of supported conversation templates:"): a list of what it can load, not of what the project uses.
   */
  readonly supportedListLines?: ReadonlySet<number>;
  /** Items of a list constant in code named for what it supports (`SUPPORTED_MODELS = [`): what a component accepts. */
  readonly supportedConstantLines?: ReadonlySet<number>;
  /** Lines of a table of help texts in code (`var help = map[string]string{`): sentences a CLI prints, not settings. */
  readonly helpTextLines?: ReadonlySet<number>;
  /** Maven `<artifactId>` lines inside a `<dependency>` block: what a build pulls in. */
  readonly dependencyArtifactLines?: ReadonlySet<number>;
  /** Command lines under a docstring's "Usage:" heading: a snippet that runs what it names. */
  readonly usageSnippetLines?: ReadonlySet<number>;
  /** Lines of a fenced transcript that a `$ command` printed (not commands, not their `\` continuations). */
  readonly transcriptOutputLines?: ReadonlySet<number>;
  /**
   * Rows of a table a command printed, in a fenced block of a prose file: a box-drawn table (`+-----+` borders, then
   * `| hf_llama2_13b | configs/… |`) or a results table ruled with dashes (`-----  -----`). A listing, not a setting.
   */
  readonly printedTableLines?: ReadonlySet<number>;
  /**
   * Lines of a fenced block of a prose file that opens with a tool's `Key: value` report (`Model: mlx-community/…` then
   * `Total parameters: 1,242M`): what a command printed, as a transcript's output is, not a setting.
   */
  readonly printedReportLines?: ReadonlySet<number>;
  /** Lines inside fenced code blocks of a prose file (a `#` there is a shell comment, not a heading). */
  readonly fencedLines?: ReadonlySet<number>;
  /** A gateway config's routes (LiteLLM `model_list`, `fallbacks:`), in configuration files only. */
  readonly routes?: GatewayRoutes;
  /** The parent key of nested `path:`-like lines (configuration files only). */
  readonly parentKeys?: ReadonlyMap<number, string>;
  /**
   * Instructions for a coding assistant (`CLAUDE.md`, `AGENTS.md`, `.claude/**`, `.cursor/rules`):
   * they tell the developers' tool how to work; the models they name are examples, not what the project runs.
   */
  readonly agentInstructions?: boolean;
  /**
   * The file runs models on a local server or runtime (`llama_cpp.server`, a client whose `base_url` is localhost, a
   * runtime it imports): a closed-weights model's name there (`model="gpt-3.5-turbo"`) is an alias the local model answers to.
   */
  readonly localServing?: boolean;
  /**
   * A configuration file that carries a prompt template (a `template:` block, LocalAI's gallery configs): its top-level
   * `name:` names the config it ships for one family's models (`name: gemma`).
   */
  readonly shipsTemplate?: boolean;
  /**
   * Names a config declares as aliases of another model (`name: gpt-4` beside `alias: my-llama-3`): a closed-weights
   * model's name there is what clients call, answered by the local model, wherever the file mentions it.
   */
  readonly aliasNames?: ReadonlySet<string>;
  /**
   * Lower-case words of the request-body classes the file defines (`nova` for `class NovaPrompt`): a constant that selects
   * that format (`NOVA = "nova"`) and a branch on it (`model_type == ModelType.NOVA`) are code for that family's API.
   */
  readonly requestBodyWords?: ReadonlySet<string>;
  /** Member names per line of the enums the file declares (`enum ModelCategory {` then `    Gemini,`): one member per line. */
  readonly enumMembers?: ReadonlyMap<number, string>;
  /** Of those lines, the members of an enum named for models (`class ModelName(Enum)`, `enum LlmId {`). */
  readonly modelEnumLines?: ReadonlySet<number>;
  /**
   * Member names per line of an enum named for providers (`enum Provider: string` then `case Mistral = 'mistral';`, `enum
   * ModelProvider {`): each member selects that provider's API wherever the enum is declared, not only in client files.
   */
  readonly providerEnumMembers?: () => ReadonlyMap<number, string>;
  /** Lines inside a switch on a provider (`switch (provider) {` to its closing brace): its `case "gemini":` arms route on the family. */
  readonly providerSwitchLines?: () => ReadonlySet<number>;
  /**
   * Lines giving an entry's shown name (`name:`, `title:`) in an entry that gives its model under its own `model` key (`- name:
   * my gpt-5` then `model: gpt-5`, `{ name: "o3", provider: "openai", model: "o3" }`): the label shown for the entry, as chat-ui's
   * `"name"` is (label guide, round fifteen); the `model` line carries the dependency. Computed on first use.
   */
  readonly entryNameLines?: () => ReadonlySet<number>;
  /**
   * Words the file names API clients after (`Cohere` for `CohereClient`): a vendor-named config beside it (`CohereConfig`)
   * configures that third-party client, not the architecture Transformers names the same way.
   */
  readonly apiClientWords?: ReadonlySet<string>;
  /**
   * A configuration whose entries give each model's id under its own key (`"modelId": "…"`, `model_id:`): there, an entry's
   * `name` is the label shown for it (an app's allowlist, label guide round thirteen), the id key carries the dependency.
   */
  readonly modelIdKeyed?: boolean;
  /**
   * Whether the file names a word anywhere, whole and in any case (`cohere`): asked for a vendor's name by a rule that trusts a
   * common English word as a model id only beside it (see `phrase-family-model-ids.ts`).
   */
  readonly namesWord?: (word: string) => boolean;
  /** Names of the functions the file defines (`def run_llama3`, `function gemma3`, `fun llama()`): a call of one is the code's own routine. */
  readonly definedFunctions?: () => ReadonlySet<string>;
  /** Lines of a docs block introduced as what a request returns ("The output should be similar to the following"). Computed on first use. */
  readonly sampleResponseLines?: () => ReadonlySet<number>;
  /** Lines of a docs block whose fields the sentence after it explains ("Where id is the model id, …"): a format example. */
  readonly formatExampleLines?: () => ReadonlySet<number>;
  /**
   * Lines of a model registry's entries that give the names shown for a model and its provider (`"name": "Mistral Large"`,
   * `"provider": "Mistral"` beside `"providerId": "mistral"`) where the entry's id and provider id carry the dependency
   * (see `registry-display-lines.ts`). Computed on first use.
   */
  readonly registryDisplayLines?: () => ReadonlySet<number>;
  /** In code: entries give a provider-prefixed id under `id` (`id: "openai/gpt-5.2"`), so `name` is the label shown for it. */
  readonly providerIdKeyed?: () => boolean;
  /**
   * Lines of an element switched off (an Xcode scheme's `<CommandLineArgument argument = "--model …" isEnabled = "NO">`):
   * a launch argument kept but not passed, as a commented-out setting is (label guide, round fourteen).
   */
  readonly disabledLines?: ReadonlySet<number>;
  /** The bodies of Python blocks switched off by their condition (`if False:`, see `disabled-blocks.ts`): code that never runs. */
  readonly disabledBlockLines?: ReadonlySet<number>;
  /**
   * A form field's `default` in a component's parameter schema (an object with `label` and `type` beside it, as a flow
   * export copies each node's inputs definition): the component's default, not the value the flow chose (its `inputs`).
   */
  readonly fieldDefaultLines?: ReadonlySet<number>;
  /**
   * Lines of a LangChain custom LLM's identity methods (`def _llm_type(self)`, `def _identifying_params(self)`): the name
   * the wrapper gives itself for caching and tracing, not the model it loads (its `__init__` or `from_pretrained` does).
   */
  readonly llmIdentityLines?: ReadonlySet<number>;
  /**
   * Lines of a table keyed by model ids with a number per key (`EMBEDDING_SIZES = { codellama: 4_096, "llama3.1": 4_096, … }`,
   * a context-size map): code that routes behaviour per model, so a key that is only the family's name is the family's model.
   */
  readonly modelTableLines?: () => ReadonlySet<number>;
  /** Functions the source defines and the positions of the parameters they only print (see `printedParametersOf`). */
  readonly printedParameters?: PrintedParameters;
  /**
   * Classes the source declares on a base (`class Mistral extends OpenAI`, `class DeepSeek extends Provider`) and the variables it
   * declares (`const mistralResp = …`), computed on first use: a class named exactly a family word on a base is that family's
   * provider client, and the file's code naming that family is its client code, save the variables it names after it.
   */
  readonly extendedClasses?: () => ExtendedClasses;
  /** Names the file imports from a family-named runtime (`from llama_cpp import Llama`): they name the runtime. */
  readonly runtimeImports?: ReadonlySet<string>;
  /** A CLI's provider config (`models:` mappings of model entries, see `provider-model-tables.ts`), computed on first use. */
  readonly providerModelTable?: () => ProviderModelTable | undefined;
  /** YAML comment lines heading a block, with the block each heads (see `block-heading-comments.ts`), computed on first use. */
  readonly blockHeadingComments?: () => BlockHeadings;
  /** Comment lines narrating the assignment below them (see `narrated-assignment-comments.ts`), computed on first use. */
  readonly narratedAssignmentComments?: () => ReadonlySet<number>;
  /** Lines naming the project's own saved output (see `output-name-constants.ts`), computed on first use. */
  readonly outputNameConstantLines?: () => ReadonlySet<number>;
  /** Source in Emacs Lisp, R or Lua, whose provider code the audit reads by the language's own shapes. */
  readonly language?: ProviderCodeLanguage;
  /** The file's lines with strings and comments blanked (those languages only). */
  readonly codeLines?: () => readonly string[];
  /** An Emacs Lisp file's structs and provided feature. */
  readonly lispOwnNames?: () => LispOwnNames;
  /** The symbols an Emacs Lisp file defines (`defun`, `defvar`, `define-…`; see `lisp-defined-names.ts`). */
  readonly lispDefinedNames?: () => ReadonlySet<string>;
  /** An R file's functions, S7 classes and roxygen `@examples` lines. */
  readonly rOwnDefinitions?: () => ROwnDefinitions;
  /** In a Lua file: whether it reads as an adapter, and which lines are inside a `choices`/`models` table. */
  readonly luaAdapterFacts?: () => LuaAdapterFacts;
}

export interface ExtendedClasses {
  readonly classes: readonly string[];
  readonly variables: ReadonlySet<string>;
}

/** Files written for coding assistants, by path (relative to the scanned root). */
export const agentInstructionPath = /(?:^|\/)(?:(?:CLAUDE|AGENTS|GEMINI)\.md|\.cursorrules|\.windsurfrules|copilot-instructions\.md)$|(?:^|\/)\.(?:claude|cursor|windsurf|clinerules)\/|(?:^|\/)\.github\/(?:instructions|prompts)\//;

const adapterBaseKey = /\b(?:baseModel|base_model_name_or_path|base_model)["']?\s*[:=]\s*["']?([\w./:-]+)/;

const recipeBaseKey = /^\s*["']?(?:model_name_or_path|base_model|pretrained_model_name_or_path)["']?\s*:/m;
const recipeTemplateKey = /^\s*["']?chat_template["']?\s*:/m;
/** An Ollama Modelfile names its model on `FROM`; its `TEMPLATE` and stop tokens are that model's format. */
const modelfileFromLine = /^\s*FROM\s+\S/im;

const shippedTemplateKey = /^\s*["']?template["']?\s*:/m;

const fineTuneMarkers = /\b(?:peft_type|lora_r|lora_alpha|lora_rank|finetuning_type|adapter|load_in_4bit|load_in_8bit|micro_batch_size|library_name:\s*peft)\b/;

export function fileFactsOf(options: { text: string; name: string; role: FileRole }): FileFacts {
  const { text, name, role } = options;
  const structured = role === "config" || role === "deployment" || role === "prose";
  const language = role === "source" ? providerCodeLanguageOf(name) : undefined;
  const codeLines = language === undefined ? undefined : once(() => codeLinesOf(text, language));
  // Facts read only on some lines (an adapter's base, a template token's family, a closed model's name) are computed on
  // first use, like the round-fifteen facts below: each is a scan of the whole text, and most files never ask.
  const peftType = once(() => (text.includes('"peft_type"') ? /"peft_type"\s*:\s*"(\w+)"/.exec(text)?.[1] : undefined));
  const adapterBase = once(() => (/adapter|lora/i.test(text) ? adapterBaseKey.exec(text)?.[1] : undefined));
  const strings = role === "source" || role === "notebook" ? multilineStringLines(text) : undefined;
  const fetchedScripts = (text.includes("wget") || text.includes("curl")) && /\b(?:wget|curl)\b/.test(text) ? fetchedScriptsOf(text) : undefined;
  const listKeys = role === "config" || role === "deployment" ? listItemKeysOf(text) : undefined;
  const parentKeys = role === "config" || role === "deployment" ? parentKeysOf(text) : undefined;
  const fencedLines = role === "prose" && (text.includes("```") || text.includes("~~~")) ? fencedLinesOf(text) : undefined;
  const keyedReportLines = fencedLines !== undefined && reportKeyLine.test(text) ? printedReportLinesOf(text, fencedLines) : undefined;
  const bannerLines = role === "prose" && text.includes(" v") && versionBanner.test(text) ? bannerReportLinesOf(text) : undefined;
  const printedReportLines = bannerLines === undefined ? keyedReportLines : new Set([...(keyedReportLines ?? []), ...bannerLines]);
  const disabledLines = text.includes("isEnabled") ? disabledLinesOf(text) : undefined;
  const disabledBlockLines = role === "source" || role === "notebook" ? disabledBlockLinesOf(text) : undefined;
  const fieldDefaultLines = role === "config" && text.includes('"default"') && text.includes('"label"') ? fieldDefaultLinesOf(text) : undefined;
  const printedTableLines = fencedLines !== undefined && /\+-{3,}|-{3,}\s+-{3,}/.test(text) ? printedTableLinesOf(text, fencedLines) : undefined;
  const transcriptOutputLines = fencedLines !== undefined && /^\s*\$ /m.test(text) ? transcriptOutputLinesOf(text, fencedLines) : undefined;
  const supportedListLines = role === "prose" && /support|works?\s+with\s+the\s+following|available\s+models|models\s+are\s+available|examples\s+of\s+models|to\s+try|支持|e\.g\.|for example|for instance|参考|相关|reference|reading|see also|links/i.test(text) ? supportedListLinesOf(text) : undefined;
  const runtimeImports = role === "source" || role === "notebook" ? runtimeImportsOf(text) : undefined;
  const supportedConstantLines = role === "source" || role === "notebook" ? supportedListConstantLinesOf(text) : undefined;
  const helpTextLines = role === "source" || role === "notebook" ? helpTextConstantLinesOf(text) : undefined;
  const dependencyArtifactLines = name.endsWith(".xml") ? mavenDependencyLinesOf(text) : undefined;
  const usageSnippetLines = strings === undefined || strings.docstring.size === 0 ? undefined : usageSnippetLinesOf(text, strings.docstring);
  const llmIdentityLines = role !== "config" && role !== "deployment" && (text.includes("_llm_type") || text.includes("_identifying_params")) ? llmIdentityLinesOf(text) : undefined;
  // Computed on first use (few files have a candidate the answer decides), then kept for the file's other lines.
  const modelTableLines = role === "source" || role === "config" ? once(() => (numericEntryLine.test(text) || /["'][ \t]*:[ \t]*\{[ \t]*$/m.test(text) ? modelTableLinesOf(text) : new Set<number>())) : undefined;
  const printedParameters = role === "source" || role === "notebook" ? printedParametersOf(text) : undefined;
  const aliasNames = once(() => (text.includes("alias") && /^\s*alias\s*:/m.test(text) ? aliasNamesOf(text) : undefined));
  const requestBodyWords = once(() => (role === "source" || role === "notebook" ? requestBodyWordsOf(text) : undefined));
  const enumMembers = once(() => (role === "source" && text.includes("num") && (enumDeclaration.test(text) || pythonEnumDeclaration.test(text)) ? enumMembersOf(text) : undefined));
  const localServing = once(() => ((runtimeImports !== undefined && runtimeImports.size > 0) || servesLocally(text) ? true : undefined));
  const apiClientWords = once(() => (role === "source" || role === "notebook" ? apiClientWordsOf(text) : undefined));
  const routes = role === "config" || role === "deployment" || role === "manifest" ? gatewayRoutesOf(text) : undefined;
  const fineTuneConfig = once(() => name === "adapter_config.json" || (structured && fineTuneMarkers.test(text)));
  const hasLlama2System = once(() => text.includes("<<SYS>>"));
  const hasMistralTokens = once(() => /\[(?:AVAILABLE_TOOLS|TOOL_CALLS|SYSTEM_PROMPT)\]/.test(text));
  const hasHarmonyTokens = once(() => /<\\?\|(?:channel|message|return|constrain)\\?\|>/.test(text));
  const shipsTemplate = once(() => ((role === "config" || role === "deployment") && shippedTemplateKey.test(text) ? true : undefined));
  const modelIdKeyed = once(() => ((role === "config" || role === "deployment") && modelIdKey.test(text) ? true : undefined));
  const recipeChatTemplate = once(() => (structured && recipeTemplateKey.test(text) && recipeBaseKey.test(text)) || (role === "modelfile" && modelfileFromLine.test(text)));
  return {
    get fineTuneConfig() {
      return fineTuneConfig();
    },
    get hasLlama2System() {
      return hasLlama2System();
    },
    get hasMistralTokens() {
      return hasMistralTokens();
    },
    get hasHarmonyTokens() {
      return hasHarmonyTokens();
    },
    get peftType() {
      return peftType();
    },
    modelfileAdapter: role === "modelfile" && /^\s*ADAPTER\s/im.test(text),
    get adapterBase() {
      return adapterBase();
    },
    ...(strings === undefined ? {} : { strings }),
    ...(routes === undefined ? {} : { routes }),
    ...(fencedLines === undefined ? {} : { fencedLines }),
    ...(supportedListLines === undefined || supportedListLines.size === 0 ? {} : { supportedListLines }),
    ...(supportedConstantLines === undefined ? {} : { supportedConstantLines }),
    ...(helpTextLines === undefined ? {} : { helpTextLines }),
    ...(dependencyArtifactLines === undefined ? {} : { dependencyArtifactLines }),
    ...(usageSnippetLines === undefined ? {} : { usageSnippetLines }),
    ...(transcriptOutputLines === undefined || transcriptOutputLines.size === 0 ? {} : { transcriptOutputLines }),
    ...(printedTableLines === undefined || printedTableLines.size === 0 ? {} : { printedTableLines }),
    ...(printedReportLines === undefined || printedReportLines.size === 0 ? {} : { printedReportLines }),
    ...(disabledLines === undefined || disabledLines.size === 0 ? {} : { disabledLines }),
    ...(disabledBlockLines === undefined ? {} : { disabledBlockLines }),
    ...(fieldDefaultLines === undefined || fieldDefaultLines.size === 0 ? {} : { fieldDefaultLines }),
    ...(listKeys === undefined ? {} : { listKeys }),
    ...(parentKeys === undefined ? {} : { parentKeys }),
    ...(fetchedScripts === undefined ? {} : { fetchedScripts }),
    ...(runtimeImports === undefined ? {} : { runtimeImports }),
    ...(printedParameters === undefined ? {} : { printedParameters }),
    ...(modelTableLines === undefined ? {} : { modelTableLines }),
    ...(llmIdentityLines === undefined || llmIdentityLines.size === 0 ? {} : { llmIdentityLines }),
    ...((role === "config" || role === "deployment") && /\.ya?ml$/i.test(name) ? { blockHeadingComments: once(() => blockHeadingCommentsOf(text)) } : {}),
    ...(role === "source" || role === "notebook" || role === "prose" ? { narratedAssignmentComments: once(() => narratedAssignmentCommentsOf(text)) } : {}),
    ...(role === "source" || role === "notebook" ? { outputNameConstantLines: once(() => outputNameConstantLinesOf(text)) } : {}),
    get localServing() {
      return localServing();
    },
    get aliasNames() {
      return aliasNames();
    },
    get requestBodyWords() {
      return requestBodyWords();
    },
    get enumMembers() {
      return enumMembers()?.members;
    },
    get modelEnumLines() {
      return enumMembers()?.modelNamed;
    },
    // Round fifteen's facts, each computed when a line first asks (its literal checks scan the whole text, so not for every file).
    ...(role === "source" ? { providerEnumMembers: once(() => ((text.includes("enum") || text.includes("Enum")) && text.includes("Provider") ? providerEnumMembersOf(text) : new Map<number, string>())) } : {}),
    ...(role === "source" || role === "notebook" ? { providerSwitchLines: once(() => (text.includes("switch") && providerSwitch.test(text) ? providerSwitchLinesOf(text) : new Set<number>())) } : {}),
    ...(role !== "notebook" ? { entryNameLines: once(() => ((text.includes("name") || text.includes("Name") || text.includes("title")) && text.includes("model") ? entryNameLinesOf(text) : new Set<number>())) } : {}),
    get apiClientWords() {
      return apiClientWords();
    },
    get shipsTemplate() {
      return shipsTemplate();
    },
    get modelIdKeyed() {
      return modelIdKeyed();
    },
    namesWord: namesWordOf(text),
    ...(role === "source" || role === "notebook" ? { definedFunctions: once(() => definedFunctionsOf(text)) } : {}),
    // In code, asked only for a line whose `name:` the rule would drop (see `providerIdKey`).
    ...(role === "source" ? { providerIdKeyed: once(() => providerIdKey.test(text)) } : {}),
    ...(role === "source" ? { extendedClasses: once(() => extendedClassesOf(text)) } : {}),
    get recipeChatTemplate() {
      return recipeChatTemplate();
    },
    ...(fencedLines === undefined ? {} : { sampleResponseLines: once(() => sampleResponseLinesOf(text)) }),
    ...(fencedLines === undefined ? {} : { formatExampleLines: once(() => (/^\s*(?:where|here)\b/im.test(text) ? formatExampleLinesOf(text) : new Set<number>())) }),
    ...(role === "config" || role === "deployment" || role === "source" ? { registryDisplayLines: once(() => (/\bid["']?\s*:/.test(text) && /\bprovider/.test(text) ? registryDisplayLinesOf(text) : new Set<number>())) } : {}),
    ...(role === "config" || role === "deployment" ? { providerModelTable: once(() => providerModelTableOf(text)) } : {}),
    ...(language === undefined || codeLines === undefined ? {} : { language, codeLines }),
    ...(language === "lisp" ? { lispOwnNames: once(() => lispOwnNamesOf(text)) } : {}),
    ...(language === "lisp" && codeLines !== undefined ? { lispDefinedNames: once(() => lispDefinedNamesOf(codeLines())) } : {}),
    ...(language === "r" && codeLines !== undefined ? { rOwnDefinitions: once(() => rOwnDefinitionsOf(text, codeLines())) } : {}),
    ...(language === "lua" && codeLines !== undefined ? { luaAdapterFacts: once(() => luaAdapterFactsOf(text, codeLines())) } : {}),
  };
}

/** `class Mistral extends OpenAI {`, `final class DeepSeek extends Provider`, `export default class Gemini implements Client`; group 1 is the class. */
const extendedClass = /^[ \t]*(?:(?:export|default|abstract|final|public|readonly)\s+)*class\s+([A-Z][A-Za-z0-9]*)\s+(?:extends|implements)\s/gm;
const declaredVariable = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)|\$([A-Za-z_]\w*)\s*=(?!=)/g;

function extendedClassesOf(text: string): ExtendedClasses {
  if (!text.includes("class ") || !(text.includes("extends") || text.includes("implements"))) return { classes: [], variables: new Set() };
  const classes = matchesOf(text, extendedClass).map((match) => match[1] ?? "");
  const variables = new Set(classes.length === 0 ? [] : matchesOf(text, declaredVariable).map((match) => match[1] ?? match[2] ?? ""));
  return { classes, variables };
}

const modelIdKey = /^\s*["']?(?:modelId|model_id)["']?\s*:\s*["']?[\w.-]+\/[\w.-]/m;
/**
 * In code, a model list whose entries give a provider-prefixed id under `id` (`id: "openai/gpt-5.2"` then `name: "GPT-5.2"`):
 * the id carries the dependency and `name` is the label shown for it, as with `modelId` in configs.
 */
const providerIdKey = /^\s*["']?(?:id|modelId|model_id)["']?\s*:\s*["'][a-z][\w.-]*\/[\w.-]+["'],?\s*$/m;

/**
 * A file that runs models on a local server: it imports a runtime, its client's `base_url` is localhost, or it sends
 * requests to an OpenAI-style endpoint on localhost (`curl http://localhost:8080/v1/chat/completions`).
 */
const localServer = /\bllama_cpp\.server\b|\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?\/v1\/(?:chat\/completions|completions|messages|embeddings|images|audio)\b|(?:^|\n)\s*(?:import|from)\s+(?:llama_cpp|mlx_lm|vllm)\b|\bbase_url\s*=\s*["']https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|<host>)[:/]/;
/** One of these is in every text `localServer` matches: a literal check is several times cheaper than the regex on a text without them. */
const localServerLiterals = ["://", "llama_cpp", "mlx_lm", "vllm"];
/**
 * A gateway on localhost (LiteLLM's proxy, Switchyard) routes to the vendors' real models: requests to its `/v1` endpoint
 * do not make closed-weights names aliases. Only a runtime, or a client pointed at localhost, still says the models are local.
 */
const localGateway = /\b(?:litellm|switchyard)\b/i;
const localRuntimeServer = /\bllama_cpp\.server\b|(?:^|\n)\s*(?:import|from)\s+(?:llama_cpp|mlx_lm|vllm)\b/;

function servesLocally(text: string): boolean {
  if (!localServerLiterals.some((literal) => text.includes(literal)) || !localServer.test(text)) return false;
  return !localGateway.test(text) || localRuntimeServer.test(text);
}

/**
 * "Supported architectures", "works with the following model families:", what a service offers ("The following models are available:"),
 * "Examples of models that you can use:", suggestions of what else to try ("other interesting … models to try out:"), and a sentence
 * that closes on an example marker ("The model should be a path in the Hugging Face repository, e.g.:"): its list gives examples.
 */
const supportIntro = /\bsupport(?:s|ed)?\b|\bworks?\s+with\s+the\s+following\b|\bavailable\s+models\b|\bmodels\s+are\s+available\b|\bexamples\s+of\s+models\b|支持|\b(?:other|more)\b.*\bmodels?\s+to\s+try\b|\b(?:e\.g\.|for example|for instance)[,:]?\s*$|\b(?:some|a\s+few)\s+examples\b/i;
/**
 * A heading over a list of further reading ("### 参考链接", "## References", "## See also"): its items point at pages about the
 * model, as a paper link does; the tutorial's own steps say what it runs.
 */
const referenceHeading = /^\s{0,3}#{1,6}\s*(?:参考(?:链接|资料|文献)?|相关(?:链接|资料)|references?|further\s+reading|see\s+also|useful\s+links|related\s+links)\s*[:：]?\s*$/i;
const headingLine = /^\s{0,3}#{1,6}\s/;
/** A list item, or a table row ("The following models also support a 1-hour TTL:" over `| Claude Haiku 4.5 | Yes |`). */
const listItemLine = /^\s*(?:[-*+]|\d+\.)\s|^\s*\|/;

function supportedListLinesOf(text: string): Set<number> {
  const lines = new Set<number>();
  let armed = false;
  let inList = false;
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    if (armed && listItemLine.test(line)) {
      lines.add(index + 1);
      inList = true;
      continue;
    }
    // A wrapped item or a nested line of the list.
    if (armed && inList && /^\s+\S/.test(line)) {
      lines.add(index + 1);
      continue;
    }
    inList = false;
    armed = (supportIntro.test(line) && (headingLine.test(line) || /:\s*(?:\*\*|__)?\s*$/.test(line))) || referenceHeading.test(line);
    // The sentence that opens such a list names its models in passing too.
    if (armed) lines.add(index + 1);
  }
  return lines;
}

const requestBodyClassDefinition = new RegExp(`^\\s*(?:export\\s+)?(?:class|interface|type|struct)\\s+([A-Z][a-z]+)(?:${[...requestBodySuffixes].sort((a, b) => b.length - a.length).join("|")})\\b`, "gm");

function requestBodyWordsOf(text: string): Set<string> | undefined {
  const words = new Set<string>();
  for (const match of matchesOf(text, requestBodyClassDefinition)) words.add((match[1] ?? "").toLowerCase());
  words.delete("");
  return words.size === 0 ? undefined : words;
}

/** `enum Name {` in Rust, Java, TypeScript, C#, Swift (`pub enum`, `export const enum`, `public enum`, `enum class`). */
const enumDeclaration = /^[ \t]*(?:(?:pub(?:\([\w:]+\))?|export|public|private|internal|const|declare)\s+)*enum\s+(?:class\s+)?[A-Za-z_]\w*[^{\n;]*\{[ \t]*(?:\/\/.*)?$/m;
const enumMemberLine = /^\s*([A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*(?:=\s*[^,]+?)?\s*[,;]?\s*(?:\/\/.*)?$/;

/** `class Provider(Enum):`, `class Provider(str, Enum):`, `class Provider(StrEnum):` in Python. */
const pythonEnumDeclaration = /^([ \t]*)class\s+\w+\((?:str,\s*)?(?:Str|Int)?Enum\)\s*:/m;
const pythonEnumMember = /^\s+([A-Za-z_]\w*)\s*=\s*(?:["'][^"']*["']|\d+|auto\(\))\s*(?:#.*)?$/;

/** Whether a line has the shape of an enum member (`enumMembers` holds only such lines): lets a detector skip the file-wide fact. */
export function isEnumMemberShape(line: string): boolean {
  return enumMemberLine.test(line) || pythonEnumMember.test(line);
}

/** An enum named for the models it lists. */
const modelEnumName = /model|llm/i;

function enumMembersOf(text: string): { members: Map<number, string>; modelNamed: Set<number> } | undefined {
  const members = new Map<number, string>();
  const modelNamed = new Set<number>();
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const python = pythonEnumDeclaration.exec(lines[index] ?? "");
    if (python !== null) {
      // Members while the body stays indented deeper than the class line.
      const indent = (python[1] ?? "").length;
      for (let next = index + 1; next < lines.length; next += 1) {
        const line = (lines[next] ?? "").replace(/\r$/, "");
        if (line.trim() === "") continue;
        if ((/^\s*/.exec(line)?.[0].length ?? 0) <= indent) break;
        const member = pythonEnumMember.exec(line)?.[1];
        if (member !== undefined) members.set(next + 1, member);
        if (member !== undefined && modelEnumName.test(/class\s+(\w+)/.exec(python[0])?.[1] ?? "")) modelNamed.add(next + 1);
      }
      continue;
    }
    if (!enumDeclaration.test(lines[index] ?? "")) continue;
    const named = modelEnumName.test(/\benum\s+(?:class\s+)?([A-Za-z_]\w*)/.exec(lines[index] ?? "")?.[1] ?? "");
    // Members until the closing brace; a nested block or a method ends the simple member list.
    for (index += 1; index < lines.length; index += 1) {
      const line = (lines[index] ?? "").replace(/\r$/, "");
      if (/^\s*\}/.test(line) || line.includes("{")) break;
      const member = enumMemberLine.exec(line)?.[1];
      if (member !== undefined) members.set(index + 1, member);
      if (member !== undefined && named) modelNamed.add(index + 1);
    }
  }
  return members.size === 0 ? undefined : { members, modelNamed };
}

const providerSwitch = /\bswitch\s*\(\s*[\w.]*provider(?:Name|Type|Id)?\s*\)/i;

function providerSwitchLinesOf(text: string): Set<number> {
  const found = new Set<number>();
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    if (!providerSwitch.test(lines[index] ?? "")) continue;
    // Lines until the switch's braces close again.
    let depth = 0;
    let opened = false;
    for (let next = index; next < lines.length; next += 1) {
      for (const character of lines[next] ?? "") {
        if (character === "{") [depth, opened] = [depth + 1, true];
        else if (character === "}") depth -= 1;
      }
      if (next > index) found.add(next + 1);
      if (opened && depth <= 0) break;
    }
  }
  return found;
}

/** An entry's shown name: `- name: …`, `"title": "…",`, `name: "o3",`; group 1 is the indentation, group 2 the list dash. */
const entryNameLine = /^([ \t]*)(-[ \t]+)?["']?(?:name|title|displayName|display_name)["']?[ \t]*:[ \t]*\S/;
const entryModelKey = /^[ \t]*["']?model["']?[ \t]*:[ \t]*\S/;

function entryNameLinesOf(text: string): Set<number> {
  const found = new Set<number>();
  const lines = text.split("\n");
  const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;
  for (const [index, line] of lines.entries()) {
    const name = entryNameLine.exec(line);
    if (name === null) continue;
    const indent = (name[1] ?? "").length + (name[2] ?? "").length;
    // Siblings at the entry's indentation, until the entry ends (a shallower line, a new list item, a closing brace).
    const sibling = (other: string): "model" | "other" | "end" => {
      if (other.trim() === "") return "other";
      const depth = indentOf(other);
      if (depth < indent || (depth === indent - 2 && /^\s*-\s/.test(other)) || /^\s*[}\]]/.test(other)) return "end";
      return depth === indent && entryModelKey.test(other) ? "model" : "other";
    };
    let model = false;
    for (let next = index + 1; next < Math.min(lines.length, index + 8) && !model; next += 1) {
      const kind = sibling((lines[next] ?? "").replace(/\r$/, ""));
      if (kind === "end" || /^\s*-\s/.test(lines[next] ?? "")) break;
      model = kind === "model";
    }
    for (let previous = index - 1; previous >= Math.max(0, index - 8) && !model && name[2] === undefined; previous -= 1) {
      const other = (lines[previous] ?? "").replace(/\r$/, "");
      const kind = sibling(other);
      if (kind === "end") break;
      model = kind === "model";
      if (/^\s*-\s/.test(other)) break;
    }
    if (model) found.add(index + 1);
  }
  return found;
}

/** An enum named for providers, in any brace language and PHP (`enum Provider: string`, the brace on the next line); group 1 is its name. */
const providerEnumDeclaration = /^[ \t]*(?:(?:pub(?:\([\w:]+\))?|export|public|private|internal|const|declare)\s+)*enum\s+(?:class\s+)?(\w*Provider(?:s|Name|Type|Kind)?)\b[^{\n;]*(?:\{[ \t]*)?$/;
const providerEnumMember = /^\s*(?:case\s+)?([A-Za-z_]\w*)\s*(?:=\s*[^,;]+?)?\s*[,;]?\s*(?:\/\/.*)?$/;

/** A Python enum of providers (`class LLMProvider(StrEnum):`): its members are the indented `NAME = …` lines under it. */
const pythonProviderEnumDeclaration = /^([ \t]*)class\s+\w*Provider(?:s|Name|Type|Kind)?\s*\(\s*(?:[\w.]+\.)?(?:Str|Int)?Enum\s*\)\s*:/;

function providerEnumMembersOf(text: string): Map<number, string> {
  const members = new Map<number, string>();
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const python = pythonProviderEnumDeclaration.exec(lines[index] ?? "");
    if (python !== null) {
      const indent = (python[1] ?? "").length;
      for (index += 1; index < lines.length; index += 1) {
        const line = (lines[index] ?? "").replace(/\r$/, "");
        if (line.trim() === "") continue;
        if (line.length - line.trimStart().length <= indent) {
          index -= 1;
          break;
        }
        const member = pythonEnumMember.exec(line)?.[1];
        if (member !== undefined) members.set(index + 1, member);
      }
      continue;
    }
    if (!providerEnumDeclaration.test(lines[index] ?? "")) continue;
    if (!(lines[index] ?? "").includes("{") && !/^\s*\{\s*$/.test(lines[index + 1] ?? "")) continue;
    if (!(lines[index] ?? "").includes("{")) index += 1;
    for (index += 1; index < lines.length; index += 1) {
      const line = (lines[index] ?? "").replace(/\r$/, "");
      // Braces and parentheses inside a member's string (`OPENAI_FORMAT = "3rd party (openai-format)",`) end nothing.
      const code = line.replace(/"[^"]*"|'[^']*'/g, '""');
      if (/^\s*\}/.test(code) || code.includes("{") || code.includes("(")) break;
      const member = providerEnumMember.exec(line)?.[1];
      if (member !== undefined) members.set(index + 1, member);
    }
  }
  return members;
}

/** `GeminiClient`, `AsyncAnthropicClient`, and a namespaced Ruby client (`Aws::BedrockRuntime::Client`: group 1 is `BedrockRuntime`). */
const apiClientName = /(?<![A-Za-z0-9_])([A-Z][A-Za-z0-9]*?)(?:Async)?(?:::)?Client(?![A-Za-z0-9_])/g;

function apiClientWordsOf(text: string): Set<string> | undefined {
  if (!text.includes("Client")) return undefined;
  const words = new Set<string>();
  for (const match of matchesOf(text, apiClientName)) if (match[1] !== undefined) words.add(match[1]);
  return words.size === 0 ? undefined : words;
}

const aliasDeclaration = /^\s*name\s*:\s*["']?([\w.:/-]+)["']?\s*\r?\n\s*alias\s*:|^\s*alias\s*:[^\n]*\r?\n\s*name\s*:\s*["']?([\w.:/-]+)/gm;

function aliasNamesOf(text: string): Set<string> | undefined {
  const names = new Set<string>();
  for (const match of matchesOf(text, aliasDeclaration)) names.add((match[1] ?? match[2] ?? "").toLowerCase());
  names.delete("");
  return names.size === 0 ? undefined : names;
}

/** In a fenced block that shows a `$ ` prompt, the lines after a command that are neither commands nor continuations. */
function transcriptOutputLinesOf(text: string, fenced: ReadonlySet<number>): Set<number> {
  const lines = new Set<number>();
  let afterCommand = false;
  let continued = false;
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (!fenced.has(index + 1)) {
      afterCommand = false;
      continued = false;
      continue;
    }
    if (/^\s*\$ /.test(line)) afterCommand = true;
    else if (afterCommand && !continued && line.trim() !== "") lines.add(index + 1);
    continued = /\\\s*$/.test(line);
  }
  return lines;
}

/** A report line a tool prints: a capitalised key of a few words, a colon, then its value or nothing (`Total parameters: 1,242M`). */
const reportKeyLine = /^[A-Z][a-z]+(?: [a-z]+){0,3}:(?: +\S.*)?$/m;
const reportKeyLineOne = /^[A-Z][a-z]+(?: [a-z]+){0,3}:(?: +\S.*)?$/;

/** A value computed on the first call and returned again on every later one. */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => {
    computed ??= { value: compute() };
    return computed.value;
  };
}

/** `key: 4_096,`, `"llama3.1" => 8192`: an entry whose value is a number. */
const numericEntryLine = /^[ \t]*["']?[\w.:-]+["']?[ \t]*(?::|=>)[ \t]*\d[\d_.]*,?[ \t]*$/m;
const numericEntryOne = new RegExp(numericEntryLine.source);
/** A key carrying a version or size (`llama3.1`, `llama2`, `gpt-4o`): the table is keyed by model ids, not by words. */
const versionedKey = /^[ \t]*["']?[a-z][\w.-]*\d[\w.:-]*["']?[ \t]*(?::|=>)/i;

/** Runs of at least three numeric entries of which at least two keys carry a version: a per-model table. */
function modelTableLinesOf(text: string): Set<number> {
  const lines = text.split("\n");
  const table = new Set<number>();
  let start = 0;
  for (let index = 0; index <= lines.length; index += 1) {
    if (index < lines.length && numericEntryOne.test(lines[index] ?? "")) continue;
    const run = lines.slice(start, index);
    if (run.length >= 3 && run.filter((line) => versionedKey.test(line)).length >= 2) for (let number = start + 1; number <= index; number += 1) table.add(number);
    start = index + 1;
  }
  for (const number of nestedTableKeyLinesOf(lines)) table.add(number);
  for (const number of settingsTableKeyLinesOf(lines)) table.add(number);
  return table;
}

/** A key alone on its line (`anthropic.claude-sonnet-5:`), its entries indented below it. */
const nestedKeyLine = /^([ \t]*)["']?[\w.:-]+["']?[ \t]*:[ \t]*$/;

/**
 * The nested form of a per-model table (YAML): sibling keys alone on their lines, each over only numeric entries
 * (`input_per_1m: 3.00`), at least three of them and two carrying a version. The keys are the table's model ids.
 */
function nestedTableKeyLinesOf(lines: readonly string[]): number[] {
  const keys: { number: number; indent: number; versioned: boolean }[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const key = nestedKeyLine.exec(lines[index] ?? "");
    if (key === null) continue;
    const indent = (key[1] ?? "").length;
    let entries = 0;
    let body = index + 1;
    for (; body < lines.length; body += 1) {
      const line = lines[body] ?? "";
      if (line.trim() === "" || /^\s*#/.test(line)) continue;
      if (line.length - line.trimStart().length <= indent) break;
      if (!numericEntryOne.test(line.replace(/\s+#.*$/, ""))) {
        entries = -1;
        break;
      }
      entries += 1;
    }
    if (entries > 0) keys.push({ number: index + 1, indent, versioned: versionedKey.test(lines[index] ?? "") });
  }
  const siblings = new Map<number, typeof keys>();
  for (const key of keys) siblings.set(key.indent, [...(siblings.get(key.indent) ?? []), key]);
  return [...siblings.values()].filter((group) => group.length >= 3 && group.filter((key) => key.versioned).length >= 2).flatMap((group) => group.map((key) => key.number));
}

const llmIdentityDefinition = /^(\s*)(?:async\s+)?def\s+(?:_llm_type|_identifying_params)\b/;

/** The bodies of `_llm_type` and `_identifying_params`: from the `def` to the next line indented no deeper, or a code fence. */
function llmIdentityLinesOf(text: string): Set<number> {
  const lines = text.split("\n");
  const identity = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    const definition = llmIdentityDefinition.exec(lines[index] ?? "");
    if (definition === null) continue;
    const indent = (definition[1] ?? "").length;
    for (let body = index + 1; body < lines.length; body += 1) {
      const line = lines[body] ?? "";
      if (line.trim() === "") continue;
      if (/^\s*(?:```|~~~)/.test(line) || (line.length - line.trimStart().length <= indent && !/^\s*[)\]}]/.test(line))) break;
      identity.add(body + 1);
    }
  }
  return identity;
}

/** A tool's start-up banner quoted in a doc (`Aider v0.79.0`, `> Aider v0.47.1-dev`): a name and a version alone on a line. */
const versionBanner = /^[ \t]*(?:>[ \t]*)?[A-Z][\w-]*(?: [A-Z][\w-]*)? v\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?[ \t]*$/m;
const versionBannerOne = new RegExp(versionBanner.source);
/** A report line under such a banner, quoted or not (`Model: gemini/… with diff-fenced edit format`, `> Git repo: .git with 298 files`). */
const bannerKeyLine = /^\s*(?:>\s*)?[A-Z][\w-]*(?: [\w-]+){0,2}:\s+\S/;

/** The `Key: value` lines right under a version banner: what the tool printed as it started, as a transcript's output is. */
function bannerReportLinesOf(text: string): Set<number> {
  const lines = text.split("\n");
  const report = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    if (!versionBannerOne.test(lines[index] ?? "")) continue;
    for (let next = index + 1; next < lines.length && bannerKeyLine.test(lines[next] ?? ""); next += 1) report.add(next + 1);
  }
  return report;
}

/** Every line of a fenced block whose first two lines are `Key: value` report lines: the block is a command's printed report. */
function printedReportLinesOf(text: string, fenced: ReadonlySet<number>): Set<number> {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const report = new Set<number>();
  for (let number = 1; number <= lines.length; number += 1) {
    if (!fenced.has(number) || fenced.has(number - 1)) continue;
    // `number` opens a block: its first two lines decide.
    if (!reportKeyLineOne.test(lines[number - 1] ?? "") || !fenced.has(number + 1) || !reportKeyLineOne.test(lines[number] ?? "")) continue;
    for (let inside = number; fenced.has(inside); inside += 1) report.add(inside);
  }
  return report;
}

/** The lines of each element that carries `isEnabled = "NO"`, from the line opening its tag to the attribute. */
function disabledLinesOf(text: string): Set<number> {
  const lines = text.split("\n");
  const disabled = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    if (!/\bisEnabled\s*=\s*"NO"/.test(lines[index] ?? "")) continue;
    for (let opener = index; opener >= 0 && index - opener < 8; opener -= 1) {
      disabled.add(opener + 1);
      if (/^\s*<[A-Za-z]/.test(lines[opener] ?? "")) break;
    }
  }
  return disabled;
}

/** `"default":` lines of objects that also carry `"label"` and `"type"` keys (a form field's definition). */
function fieldDefaultLinesOf(text: string): Set<number> {
  const lines = text.split("\n");
  const defaults = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^\s*"default"\s*:/.test(lines[index] ?? "")) continue;
    const keys: string[] = [];
    // The object's other keys: back to its opening brace and on to its closing one, within a few lines.
    for (let other = index - 1; other >= 0 && index - other < 12 && !/[{[]\s*$/.test(lines[other] ?? ""); other -= 1) keys.push(lines[other] ?? "");
    for (let other = index + 1; other < lines.length && other - index < 12 && !/^\s*[}\]]/.test(lines[other] ?? ""); other += 1) keys.push(lines[other] ?? "");
    if (keys.some((key) => /^\s*"label"\s*:/.test(key)) && keys.some((key) => /^\s*"type"\s*:/.test(key))) defaults.add(index + 1);
  }
  return defaults;
}

const boxBorder = /^\s*\+[-=]{3,}(?:\+[-=]*)*\+?\s*$/;
const boxRow = /^\s*\|.*\|\s*$/;
const dashRule = /-{3,}\s+-{3,}/;

function printedTableLinesOf(text: string, fenced: ReadonlySet<number>): Set<number> {
  const lines = text.split("\n");
  const table = new Set<number>();
  let block: number[] = [];
  const flush = (): void => {
    const boxed = block.some((number) => boxBorder.test(lines[number - 1] ?? ""));
    for (const number of block) {
      const line = lines[number - 1] ?? "";
      if ((boxed && boxRow.test(line)) || dashRule.test(line)) table.add(number);
    }
    block = [];
  };
  for (let number = 1; number <= lines.length; number += 1) {
    if (fenced.has(number)) block.push(number);
    else if (block.length > 0) flush();
  }
  flush();
  return table;
}

function fencedLinesOf(text: string): Set<number> {
  const lines = new Set<number>();
  let fence: string | undefined;
  for (const [index, line] of text.split("\n").entries()) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (marker !== undefined) fence = marker;
      continue;
    }
    if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    else lines.add(index + 1);
  }
  return lines;
}

const fetchedScript = /\b(?:wget|curl)\b[^\n]*?https?:\/\/\S+\/([\w.-]+\.(?:py|sh))\b/g;

function fetchedScriptsOf(text: string): Set<string> | undefined {
  const scripts = new Set<string>();
  for (const match of matchesOf(text, fetchedScript)) if (match[1] !== undefined) scripts.add(match[1]);
  return scripts.size === 0 ? undefined : scripts;
}

/** A memo of whole-word searches over one file's text (see `FileFacts.namesWord`). */
function namesWordOf(text: string): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    const key = word.toLowerCase();
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = new RegExp(`(?<![A-Za-z0-9])${key.replace(/[^a-z0-9]/g, (character) => `\\${character}`)}(?![A-Za-z0-9])`, "i").test(text);
      answers.set(key, answer);
    }
    return answer;
  };
}

const functionDefinition = /\b(?:def|function|fun|func|fn)\s+([A-Za-z_$][\w$]*)/g;

/** See `FileFacts.definedFunctions`. */
function definedFunctionsOf(text: string): ReadonlySet<string> {
  return new Set(matchesOf(text, functionDefinition).map((match) => match[1] ?? ""));
}
