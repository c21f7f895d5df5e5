import { readFileSync } from "node:fs";
import type { Detection } from "./detection.js";
import type { AuditMatchers } from "./detect/audit-matchers.js";
import { detectLicenceText } from "./detect/detect-licence-text.js";
import { detectModelIds } from "./detect/detect-model-ids.js";
import { detectFamilySignatures } from "./detect/detect-family-signatures.js";
import { detectPackages } from "./detect/detect-packages.js";
import { detectRegisteredBackends } from "./detect/detect-registered-backends.js";
import { detectModelConstants } from "./detect/detect-model-constants.js";
import { bannerStringSpanOf, isMessageStringLine, messageStringSpanOf } from "./detect/error-message-lines.js";
import { isSampleOutputComment } from "./detect/sample-output-comments.js";
import { printedValueCommentSpanOf } from "./detect/printed-value-comments.js";
import { isExampleMessageStringLine } from "./detect/example-message-strings.js";
import { isServingNameLine } from "./detect/process-names.js";
import { detectVendorIntegrations } from "./detect/detect-vendor-integrations.js";
import { detectProviderClients } from "./detect/detect-provider-clients.js";
import { detectVendorConsoleHosts } from "./detect/vendor-console-hosts.js";
import { detectTemplateTokens } from "./detect/detect-template-tokens.js";
import { detectNamespacedModels } from "./detect/detect-namespaced-models.js";
import { detectFormatParserFunctions } from "./detect/detect-format-parser-functions.js";
import { detectModelAccessProse } from "./detect/detect-model-access-prose.js";
import { detectFormatConversionMethods } from "./detect/detect-format-conversion-methods.js";
import { detectLaunchAliases } from "./detect/detect-launch-aliases.js";
import { detectRunConfigs } from "./detect/detect-run-configs.js";
import { detectGovernedModelStatements } from "./detect/detect-governed-model-statements.js";
import { detectTierNamesInProse } from "./detect/detect-tier-names-in-prose.js";
import { detectFamilyFlags } from "./detect/detect-family-flags.js";
import { isCommentedOutStatement } from "./detect/commented-out-statements.js";
import { detectArchitectureLists } from "./detect/detect-architecture-lists.js";
import { overlapsSpan, runtimeSpansOf } from "./detect/runtime-names.js";
import { detectWeights } from "./detect/detect-weights.js";
import { agentInstructionPath, fileFactsOf, type FileFacts, type LineContext } from "./detect/line-context.js";
import { splitNotebookCells } from "./detect/split-notebook-cells.js";
import type { FileClass, FileRole } from "./walk/classify-file.js";
import type { WalkedFile } from "./walk/walk-files.js";
import { isFileSuppressed, isSuppressed, justificationOf, suppressionFor } from "./workflow/find-suppressions.js";
import { artefactSniffBytes, isOwnArtefact } from "./workflow/own-artefacts.js";
import { matchesOf } from "./detect/matches-of.js";
import { emptyOwnExtrasOf, withResolvedOwnExtras, type EmptyOwnExtras } from "./detect/own-extras.js";

export type ScanOutcome =
  | {
      readonly status: "scanned";
      readonly bytes: number;
      readonly prefilterHit: boolean;
      readonly detections: readonly Detection[];
      readonly suppressed: readonly SuppressedDetection[];
      /** Tokens the file adds to a tokenizer's vocabulary (see `addedVocabularyTokens`). */
      readonly addedTokens?: readonly string[];
      /** A pyproject's extras that install nothing (see `emptyOwnExtrasOf`). */
      readonly emptyExtras?: EmptyOwnExtras;
    }
  | { readonly status: "binary" | "too-large" | "unreadable" | "own-artefact"; readonly bytes: 0 };

/** A detection an inline `switchyard-ignore` comment hides; SARIF still lists it, marked suppressed. */
export interface SuppressedDetection {
  readonly detection: Detection;
  /** The comment's line, as written (its text after the marker is the justification). */
  readonly comment: string;
}

/** Text files above this are skipped and listed in the summary (minified bundles, data dumps). */
export const defaultMaximumTextBytes = 5 * 1024 * 1024;
/** Notebooks carry base64 images in their outputs, so they get more room. */
const maximumNotebookBytes = 64 * 1024 * 1024;
const binarySniffBytes = 8000;
const binaryExtensions = /\.(?:png|jpe?g|gif|webp|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|class|so|dylib|dll|exe|o|a|wasm|pyc|whl|egg|woff2?|ttf|otf|eot|mp[34]|mov|avi|wav|flac|ogg|sqlite3?|db|parquet|arrow|npy|npz|pkl|pickle|lock\.bin)$/i;
/** Detector order doubles as priority when two detectors claim the same text (a licence name also looks like a model id). */
const kindPriority: Readonly<Record<Detection["kind"], number>> = { license: 6, weights: 5, adapter: 4, "chat-template": 3, sdk: 2, config: 1, "model-id": 0 };

/**
 * Scans one file. Weights are read by header only. Text is read whole (it is capped),
 * tested once against the literal prefilter, and only then split into lines for the
 * precise detectors, each line again gated by the prefilter.
 */
export function scanFile(options: { file: WalkedFile; fileClass: FileClass; matchers: AuditMatchers; maximumTextBytes: number }): ScanOutcome {
  const { file, fileClass, matchers } = options;
  const role = fileClass.role;
  const name = file.relativePath.split("/").at(-1) ?? file.relativePath;
  if (role === "gguf" || role === "safetensors" || role === "weights-binary") {
    try {
      const detections = detectWeights({ path: file.absolutePath, name, role, matchers });
      return { status: "scanned", bytes: 0, prefilterHit: detections.length > 0, detections, suppressed: [] };
    } catch {
      return { status: "unreadable", bytes: 0 };
    }
  }
  if (binaryExtensions.test(name)) return { status: "binary", bytes: 0 };
  const limit = role === "notebook" ? maximumNotebookBytes : options.maximumTextBytes;
  if (file.size > limit) return { status: "too-large", bytes: 0 };
  let buffer: Buffer;
  try {
    buffer = readFileSync(file.absolutePath);
  } catch {
    return { status: "unreadable", bytes: 0 };
  }
  if (buffer.subarray(0, binarySniffBytes).includes(0)) return { status: "binary", bytes: 0 };
  // `{` or `#` first: possibly a report or baseline an earlier run wrote (see workflow/own-artefacts.ts).
  if ((buffer[0] === 0x7b || buffer[0] === 0x23 || buffer[0] === 0x20 || buffer[0] === 0x0a) && isOwnArtefact(buffer.subarray(0, artefactSniffBytes).toString("utf8"))) return { status: "own-artefact", bytes: 0 };
  const text = buffer.toString("utf8");
  if (!matchers.prefilter.test(text)) return { status: "scanned", bytes: buffer.length, prefilterHit: false, detections: [], suppressed: [] };
  const facts = agentInstructionPath.test(file.relativePath) ? { ...fileFactsOf({ text, name, role }), agentInstructions: true } : fileFactsOf({ text, name, role });
  const result = role === "notebook" ? scanNotebook({ text, matchers }) : scanText({ text, role, facts, matchers });
  const served = withoutCopiedStopTokens(withServedFamilies(result.detections), facts);
  const detections = role === "manifest" ? withResolvedOwnExtras(served, text) : served;
  const suppressed = result.suppressed.filter(({ detection }) => detection.servedFamilyOnly !== true || detections.some((other) => other.family === detection.family));
  // Every form `addsTokens` matches contains "tokens": a literal check first spares most files the regex.
  const addedTokens = text.includes("tokens") && addsTokens.test(text) ? addedVocabularyTokens(text) : [];
  const emptyExtras = role === "manifest" ? emptyOwnExtrasOf(text) : undefined;
  return { status: "scanned", bytes: buffer.length, prefilterHit: true, detections, suppressed, ...(addedTokens.length === 0 ? {} : { addedTokens }), ...(emptyExtras === undefined ? {} : { emptyExtras }) };
}

/**
 * A serving parser named after a family (`--tool-call-parser=qwen3_coder`) is kept only when
 * the same file names a model of that family: the same parser beside a Nemotron model
 * depends on no Qwen model.
 */
function withServedFamilies(detections: readonly Detection[]): Detection[] {
  if (!detections.some((detection) => detection.servedFamilyOnly === true)) return [...detections];
  const served = new Set(detections.filter((detection) => detection.servedFamilyOnly !== true && detection.kind !== "license").map((detection) => detection.family));
  return detections.filter((detection) => detection.servedFamilyOnly !== true || served.has(detection.family));
}

/**
 * Another family's tokens copied into a template's stop list (`<|eot_id|>` among a Mistral config's stop words)
 * depend on no model of that family: a stop-list token is dropped when the file's own template tokens, outside stop
 * lists, are another family's and none are its family's.
 */
function withoutCopiedStopTokens(detections: Detection[], facts: FileFacts): Detection[] {
  const listKeys = facts.listKeys;
  if (listKeys === undefined) return detections;
  const onStopList = (detection: Detection): boolean => stopListKey.test(listKeys.get(detection.line) ?? "");
  const templated = detections.filter((detection) => detection.kind === "chat-template");
  if (!templated.some(onStopList)) return detections;
  const ownFamilies = new Set(templated.filter((detection) => !onStopList(detection)).map((detection) => detection.family));
  if (ownFamilies.size === 0) return detections;
  return detections.filter((detection) => detection.kind !== "chat-template" || !onStopList(detection) || ownFamilies.has(detection.family));
}

const stopListKey = /^stop(?:_?words?|_?tokens?|_?sequences?|s)?$/i;

const addsTokens = /^\s*tokens\s*:|\badd_tokens\(|\badditional_special_tokens\b/m;
/** An axolotl `tokens:` list (block or inline), `add_tokens([…])`, `additional_special_tokens: […]`. */
const tokensBlockKey = /^(\s*)tokens\s*:\s*(?:#.*)?$/;
const tokensInline = /^\s*tokens\s*:\s*\[([^\]]*)\]/;
const tokensCall = /\b(?:add_tokens|add_special_tokens)\(\s*(?:\{[^}]*?)?\[([^\]]*)\]|\badditional_special_tokens["']?\s*[:=]\s*\[([^\]]*)\]/g;
const quoted = /"([^"]+)"|'([^']+)'/g;

/**
 * Tokens a config or script adds to the tokenizer's vocabulary as new tokens: they are the
 * project's own format (a dataset's `[INST]`/`[SQL]` markers), not a base model's template.
 */
export function addedVocabularyTokens(text: string): string[] {
  const tokens: string[] = [];
  const add = (value: string | undefined): void => {
    const token = value?.trim();
    if (token !== undefined && token !== "") tokens.push(token);
  };
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const inline = tokensInline.exec(line);
    if (inline !== null) for (const item of matchesOf(inline[1] ?? "", quoted)) add(item[1] ?? item[2]);
    const block = tokensBlockKey.exec(line);
    if (block === null) continue;
    for (const next of lines.slice(index + 1)) {
      const item = /^(\s*)-\s*(?:"([^"]*)"|'([^']*)'|(\S.*?))\s*$/.exec(next.replace(/\r$/, ""));
      if (item === null || (item[1] ?? "").length < (block[1] ?? "").length) break;
      add(item[2] ?? item[3] ?? item[4]);
    }
  }
  for (const call of matchesOf(text, tokensCall)) for (const item of matchesOf(call[1] ?? call[2] ?? "", quoted)) add(item[1] ?? item[2]);
  return tokens;
}

interface TextResult {
  detections: Detection[];
  suppressed: SuppressedDetection[];
}

function scanNotebook(options: { text: string; matchers: AuditMatchers }): TextResult {
  const cells = splitNotebookCells(options.text);
  if (cells === undefined) return scanText({ text: options.text, role: "config", facts: fileFactsOf({ text: options.text, name: "", role: "config" }), matchers: options.matchers });
  const detections: Detection[] = [];
  const suppressed: SuppressedDetection[] = [];
  for (const cell of cells) {
    if (!options.matchers.prefilter.test(cell.source)) continue;
    const role: FileRole = cell.type === "code" ? "notebook" : "prose";
    const result = scanText({ text: cell.source, role, facts: fileFactsOf({ text: cell.source, name: "", role }), matchers: options.matchers, cell: cell.index });
    detections.push(...result.detections);
    suppressed.push(...result.suppressed);
  }
  return { detections, suppressed };
}

function scanText(options: { text: string; role: FileRole; facts: FileFacts; matchers: AuditMatchers; cell?: number }): TextResult {
  const { matchers, role, text } = options;
  const detections: Detection[] = [];
  const suppressed: SuppressedDetection[] = [];
  const fileSuppression = fileSuppressionLine(text);
  const structured = role === "config" || role === "deployment" || role === "manifest";
  // Jump from prefilter hit to hit and look only at the lines that hold one: one regex pass
  // over the text, no array of every line (most lines of a matched file hold nothing).
  let lineNumber = 1;
  let lineStart = 0;
  let previousStart = -1;
  for (let hit = matchers.prefilter.next(text, 0); hit !== -1; ) {
    for (let newline = text.indexOf("\n", lineStart); newline !== -1 && newline < hit; newline = text.indexOf("\n", lineStart)) {
      previousStart = lineStart;
      lineStart = newline + 1;
      lineNumber += 1;
    }
    const lineEnd = endOfLine(text, lineStart);
    const line = stripCarriageReturn(text.slice(lineStart, lineEnd));
    const previous = previousStart === -1 ? "" : stripCarriageReturn(text.slice(previousStart, lineStart - 1));
    // The help text right above a commented-out setting (`## Use gpt-4o for the main chat` over `#4o: false`) documents an option nobody set.
    if (structured && lineEnd < text.length && helpCommentLine.test(line) && isCommentedOutSetting(stripCarriageReturn(text.slice(lineEnd + 1, endOfLine(text, lineEnd + 1))), line)) {
      hit = matchers.prefilter.next(text, lineEnd + 1);
      continue;
    }
    scanLine({ text: line, previous, number: lineNumber, options, structured, fileSuppression, detections, suppressed });
    hit = lineEnd >= text.length ? -1 : matchers.prefilter.next(text, lineEnd + 1);
  }
  return { detections, suppressed };
}

function scanLine(state: {
  text: string;
  previous: string;
  number: number;
  options: { role: FileRole; facts: FileFacts; matchers: AuditMatchers; cell?: number };
  structured: boolean;
  fileSuppression: string | undefined;
  detections: Detection[];
  suppressed: SuppressedDetection[];
}): void {
  const { text, previous, options } = state;
  const { matchers, role } = options;
  // A commented-out YAML or TOML setting (`#   baseModel: "llama3"`) is an example nobody runs.
  if (state.structured && isCommentedOutSetting(text, previous)) return;
  // The same in code: a commented-out assignment, keyword argument or dict entry
  // (`#     'model': 'qwen3-235b-a22b',`, `// model = "llama3"`) is an alternative nobody runs.
  if ((role === "source" || role === "notebook") && (commentedOutCode.test(text) || commentedOutCommand.test(text))) return;
  // A `//` string or a `//` or `#` method call commented out, in code or a docs snippet (`// llm.SetTemplate("phi-3");`,
  // `# llm.pull("llama3")`): see `commented-out-statements.ts`.
  if ((role === "source" || role === "notebook" || options.facts.fencedLines?.has(state.number) === true) && isCommentedOutStatement(text)) return;
  // A block switched off by its condition (`if False:` over a notebook's save and reload cells) runs nothing it names.
  if (options.facts.disabledBlockLines?.has(state.number) === true) return;
  // A docstring or a text shown to people that spans lines documents a model, it loads none.
  const strings = options.facts.strings;
  // A plugin's `environment_variables:` metadata line lists the keys it reads (Open WebUI pipelines): configuration, not prose.
  if (strings !== undefined && (strings.docstring.has(state.number) || strings.displayText.has(state.number)) && !docstringKeysLine.test(text) && options.facts.usageSnippetLines?.has(state.number) !== true) return;
  // A list of what a tool supports names what it can load, not what the project uses (label guide, rounds eight and nine).
  if (role === "prose" && options.facts.supportedListLines?.has(state.number) === true) return;
  if (options.facts.supportedConstantLines?.has(state.number) === true) return;
  // A table of help texts (`var help = map[string]string{`) holds sentences a CLI prints for its flags.
  if (options.facts.helpTextLines?.has(state.number) === true) return;
  // A model registry entry's shown names (`"name": "Mistral Large"`, `"provider": "Mistral"`): its id and provider id carry the dependency.
  if (options.facts.registryDisplayLines?.().has(state.number) === true) return;
  // A docs block shown as what a request returned ("The output should be similar to the following"): sample output.
  if (role === "prose" && options.facts.sampleResponseLines?.().has(state.number) === true) return;
  // The first line of an error or log message given on its own line (`raise ImportError(` then `"X not found …"`) is text shown to people.
  if ((role === "source" || role === "notebook") && isMessageStringLine(text, previous)) return;
  // A string line of a message giving an id "e.g." or after "For example, " is an example shown to people.
  if ((role === "source" || role === "notebook") && isExampleMessageStringLine(text, previous)) return;
  // A serving or process registered under a module name (`serving: Llama2ChatModel,`) is a name the user picked.
  if (role === "source" && isServingNameLine(text)) return;
  // A comment showing what a run printed (`# >> 'meta': [{'model': …}]`) names the model that answered, in code and snippets.
  if ((role === "source" || role === "notebook" || options.facts.fencedLines?.has(state.number) === true) && isSampleOutputComment(text)) return;
  const line: LineContext = { text, previous, number: state.number, role, file: options.facts, ...(options.cell === undefined ? {} : { cell: options.cell }) };
  let found = [
    ...detectLicenceText(line, matchers),
    ...detectTemplateTokens(line, matchers),
    ...detectPackages(line, matchers),
    ...(role === "licence" || options.facts.agentInstructions === true ? [] : detectFamilySignatures(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectProviderClients(line, matchers)),
    ...(role === "licence" || options.facts.agentInstructions === true ? [] : detectVendorIntegrations(line, matchers)),
    ...(role === "licence" || options.facts.agentInstructions === true ? [] : detectModelConstants(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectNamespacedModels(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectFormatParserFunctions(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectModelAccessProse(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectFormatConversionMethods(line, matchers)),
    ...(role === "licence" || options.facts.agentInstructions === true ? [] : detectLaunchAliases(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectRunConfigs(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectGovernedModelStatements(line, matchers)),
    ...(options.facts.agentInstructions === true ? [] : detectTierNamesInProse(line, matchers)),
    ...(role === "source" || role === "notebook" ? detectRegisteredBackends(line, matchers) : []),
    ...(role === "source" || role === "notebook" ? [...detectFamilyFlags(line, matchers), ...detectArchitectureLists(line, matchers)] : []),
    ...(role === "licence" || options.facts.agentInstructions === true ? [] : detectVendorConsoleHosts(line, matchers)),
    ...(role === "licence" || options.facts.agentInstructions === true ? [] : detectModelIds(line, matchers)),
  ];
  if (found.length === 0) return;
  // A runtime named after a family (`llama_cpp`, `llama-cpp-python`, its `Llama` class) runs
  // any model: its names are no dependency; the model it loads is found on its own.
  const runtimes = runtimeSpansOf(text, options.facts.runtimeImports);
  if (runtimes.length > 0) found = found.filter((detection) => !overlapsSpan(runtimes, detection.column, detection.match.length));
  // An error or log message given on the call's line (`raise ValueError("Please set MISTRAL_API_KEY …")`) is text shown to people.
  // So is a title framed by rules (`Console.WriteLine("======== HuggingFace Llama 2 example ========")`).
  const message = role === "source" || role === "notebook" || options.facts.fencedLines?.has(state.number) === true ? (messageStringSpanOf(text) ?? bannerStringSpanOf(text)) : undefined;
  if (message !== undefined) found = found.filter((detection) => detection.column - 1 < message[0] || detection.column - 1 >= message[1]);
  // The comment after a print statement (`print(lm.model)  # openai/gpt-5-mini`) shows what it printed.
  const printed = role === "source" || role === "notebook" || options.facts.fencedLines?.has(state.number) === true ? printedValueCommentSpanOf(text) : undefined;
  if (printed !== undefined) found = found.filter((detection) => detection.column - 1 < printed[0]);
  if (found.length === 0) return;
  const suppression = state.fileSuppression === undefined ? suppressionFor({ text, previous }) : {};
  const comment = state.fileSuppression ?? (sameLineMarker.test(text) ? text : previous);
  for (const detection of onePerFamilyAndKind(withoutOverlaps(found))) {
    if (isSuppressed(suppression, detection.family)) state.suppressed.push({ detection, comment: justificationOf(comment) });
    else state.detections.push(detection);
  }
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline;
}

/** A commented-out switch whose key is a number or starts with one (`#4o: false`, `#35turbo: false`). */
const commentedOutNumberedSwitch = /^\s*#\d[\w.-]*\s*:\s*\S+\s*$/;
const commentedOutSetting = /^\s*#\s*(?:-\s*)?["']?[A-Za-z_][\w.-]*["']?\s*:\s*(?:"[^"]*"|'[^']*'|[^\s"']+)\s*,?\s*(?:#.*)?$/;
/** A commented-out JSON object or array (`# {"id": "chatcmpl-…", …}`): a sample request or response. */
const commentedOutJson = /^\s*#\s*[{[]\s*["{[\]}]/;
/** A commented-out code setting: one key or name, `:` or `=`, one value (a string, a call, a name), an optional comma; or a commented-out `return Call()`. */
const commentedOutCode = /^\s*(?:#|\/\/)\s*["']?[A-Za-z_][\w.-]*["']?\s*[:=]\s*(?:"[^"]*"|'[^']*'|[^\s"'][^\s]*)\s*,?\s*(?:(?:#|\/\/).*)?$|^\s*(?:#|\/\/)\s*return\s+[A-Za-z_][\w.]*\([^()]*\)\s*;?\s*$/;
/** A commented-out command, `#` glued to it (`#huggingface-cli download Qwen/…`): prose comments put a space after `#`. */
const commentedOutCommand = /^\s*#(?=[A-Za-z])[\w.-]+(?:\s+[\w.-]+)*\s+(?:-{1,2}[A-Za-z]|[\w.~-]*\/)/;
/** A commented-out list item holding one value (`#  - llama2` under a commented `# pull:`). */
const commentedOutItem = /^\s*#\s*-\s+["']?[\w./:@+-]+["']?\s*$/;
/** A commented-out key opening a block scalar (`#    template: |`): the deeper comment lines under it are its text. */
const commentedOutBlockKey = /^\s*#(\s*)(?:-\s*)?[A-Za-z_][\w.-]*\s*:\s*[|>][-+]?\s*$/;

/** A comment line of prose (`## Use … model for the main chat`), not itself a commented-out `key: value`. */
const helpCommentLine = /^\s*#+\s+\S/;

/** A commented-out `key=value` setting of a `.properties` or `.env` file (`# spring.ai.ollama.chat.options.model=qwen2.5:latest`, `! model=…`). */
const commentedOutAssignment = /^\s*[#!]\s*[A-Za-z_][\w.\-[\]]*\s*=\s*\S[^\s#]*\s*$/;

function isCommentedOutSetting(text: string, previous: string): boolean {
  if (commentedOutSetting.test(text) || commentedOutAssignment.test(text) || commentedOutItem.test(text) || commentedOutJson.test(text) || commentedOutNumberedSwitch.test(text)) return true;
  const block = commentedOutBlockKey.exec(previous);
  if (block === null) return false;
  const indent = /^\s*#(\s*)/.exec(text)?.[1];
  return indent !== undefined && indent.length > (block[1] ?? "").length;
}
const docstringKeysLine = /^\s*environment_variables\s*:\s*[A-Z]/;
const sameLineMarker = /switchyard-ignore(?![-\w])/;

/** The `switchyard-ignore-file` comment line, when the file's header carries one. */
function fileSuppressionLine(text: string): string | undefined {
  let headerEnd = 0;
  for (let count = 0; count < 20 && headerEnd !== -1; count += 1) headerEnd = text.indexOf("\n", headerEnd + (count === 0 ? 0 : 1));
  const header = (headerEnd === -1 ? text : text.slice(0, headerEnd)).split("\n");
  if (!isFileSuppressed(header)) return undefined;
  return header.find((line) => line.includes("switchyard-ignore-file"));
}

/** One finding per line, family and kind: the surest (a model named beats a family only), then the first. */
function onePerFamilyAndKind(detections: readonly Detection[]): Detection[] {
  const kept = new Map<string, Detection>();
  for (const detection of detections) {
    const key = `${detection.family}\u0000${detection.kind}`;
    const other = kept.get(key);
    if (other === undefined || rank(detection) > rank(other)) kept.set(key, detection);
  }
  return [...kept.values()].sort((a, b) => a.column - b.column);
}

function rank(detection: Detection): number {
  return (detection.model === undefined ? 0 : 1) + detection.confidence;
}

/** On one line, when two detections of one family cover the same text, keep the more specific kind. */
function withoutOverlaps(detections: readonly Detection[]): Detection[] {
  if (detections.length < 2) return [...detections];
  const sorted = [...detections].sort((a, b) => kindPriority[b.kind] - kindPriority[a.kind]);
  const kept: Detection[] = [];
  for (const detection of sorted) {
    const start = detection.column;
    const end = start + detection.match.length;
    const covered = kept.some((other) => other.family === detection.family && start < other.column + other.match.length && other.column < end);
    if (!covered) kept.push(detection);
  }
  return kept.sort((a, b) => a.column - b.column);
}

function stripCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
