import type { FindingKind } from "../finding.js";
import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { architectureMembersOf } from "./architecture-members.js";
import { engineRecipeFoldersOf } from "./engine-recipe-folders.js";
import { isExampleKey } from "./example-key-lists.js";
import { matchesOf } from "./matches-of.js";

/**
 * A family's code, API and credentials, without a checkpoint name: architecture,
 * tokenizer and layer classes (`LlamaForCausalLM`, `MllamaProcessor`, FSDP's
 * `LlamaDecoderLayer`), its model modules (`transformers.models.llama`,
 * `torchtune.models.gemma2`) and `model_type` values, the vendor's API host and the
 * API-key variable its clients read. Patterns come from `family-signatures.ts`.
 */
const bareListItem = /^\s*(?:[-*+]|\d+\.)\s+`?[A-Z][A-Z0-9_]*`?\s*$/;
/** A framework's wrapper class for a vendor's API (`MistralModel`, `MistralProvider`), as opposed to the architecture's own classes. */
/** An import of names (`from x import A, B`, `import (`-lists on one line) or a config's class (`type=Claude`). */
/** Group 3 is a Ruby subclass definition (`class GoogleGemini < Base`), group 4 a Ruby construction (`Langchain::LLM::MistralAI.new`). */
const classUseLine = /^\s*from\s+[\w.]+\s+import\s+\(?([^#]*)|\btype\s*=\s*([A-Z][\w]*)|^\s*class\s+([A-Z]\w*)\s*<\s*[A-Z]|(?<![\w.])((?:[A-Z]\w*::)*[A-Z]\w*)\.new\b/;
const wrapperSuffix = /^(?:Model|Provider)$/;
/** An enum member or constant whose value is its own name in lower case (`LLAMA = "llama"`). Group 2 is the value. */
const formatConstant = /^\s*([A-Z][A-Z0-9]*)\s*=\s*["']([a-z][a-z0-9]*)["']/;
/** A branch on such a member (`elif model_type == ModelType.LLAMA:`, `case ModelType.NOVA:`). */
const formatBranch = /(?:==|!=|\bis|\bcase)\s+(?:[A-Za-z_]\w*\.)+([A-Z][A-Z0-9]*)\b/;

export function detectFamilySignatures(line: LineContext, matchers: AuditMatchers): Detection[] {
  const { signatures } = matchers;
  const detections: Detection[] = [];
  const structured = line.role === "config" || line.role === "deployment" || line.role === "manifest";
  const architectureKind: FindingKind = structured ? "config" : "model-id";
  const push = (options: { column: number; family: string; kind: FindingKind; match: string; message: string; confidence: number }): void => {
    detections.push({ line: line.number, evidence: evidenceOf(line.text), ...options, ...(line.cell === undefined ? {} : { cell: line.cell }) });
  };
  // Prose outside code names a framework's class in passing ("To use `MistralModel`, install …"); code and snippets use it.
  const plainProse = line.role === "prose" && line.file.fencedLines?.has(line.number) !== true;
  for (const match of matchesOf(line.text, signatures.architectureClass)) {
    const prefix = match[1] ?? "";
    const family = signatures.familyOfClass(prefix);
    if (family === undefined) continue;
    const wrapper = wrapperSuffix.test(match[0].slice(prefix.length));
    // `CohereModel` wraps Cohere's API and carries no family word: the line naming the model carries the dependency.
    if (wrapper && (plainProse || signatures.isVendorWord(prefix))) continue;
    // `CohereConfig` beside `CohereClient` configures a third party's client for the vendor's API, not the architecture.
    if (signatures.isVendorWord(prefix) && line.file.apiClientWords?.has(prefix) === true) continue;
    push({ column: match.index + 1, family, kind: architectureKind, match: match[0], message: `${familyName(matchers, family)} architecture class ${match[0]}`, confidence: 0.85 });
  }
  // An engine's architecture enum member (`arch=Architecture.DeepseekV3`), in code and snippets: the implementation the weights load with.
  for (const member of plainProse || line.role === "config" || line.role === "manifest" ? [] : architectureMembersOf(line.text, matchers)) {
    if (detections.some((detection) => detection.family === member.family)) continue;
    push({ column: member.column, family: member.family, kind: architectureKind, match: member.match, message: `${member.match}: the ${familyName(matchers, member.family)} architecture`, confidence: 0.8 });
  }
  // An engine's recipe folder for the family's architecture (`cd tensorrt_llm/examples/llama`), outside plain prose.
  for (const folder of plainProse ? [] : engineRecipeFoldersOf(line.text, matchers)) {
    if (detections.some((detection) => detection.family === folder.family)) continue;
    push({ column: folder.column, family: folder.family, kind: architectureKind, match: folder.match, message: `${folder.match}: the engine's ${familyName(matchers, folder.family)} recipe folder`, confidence: 0.75 });
  }
  // A class that exists only to build one family's native request body (`class NovaPrompt`, `ClaudePrompt(`), in code and snippets.
  for (const match of plainProse ? [] : matchesOf(line.text, signatures.requestBodyClass)) {
    const family = signatures.familyOfWord(match[1] ?? "");
    if (family === undefined || detections.some((detection) => detection.family === family)) continue;
    push({ column: match.index + 1, family, kind: "sdk", match: match[0], message: `${match[0]}: builds the ${familyName(matchers, family)} native request body`, confidence: 0.8 });
  }
  // In a file defining such classes, the constant that selects one (`NOVA = "nova"`) and the branch that builds it (`== ModelType.NOVA`).
  // The line's shape first: the file's request-body classes (a scan of the whole text) are asked for only on such a line.
  const selector = formatConstant.exec(line.text) ?? formatBranch.exec(line.text) ?? undefined;
  const bodyWords = selector === undefined ? undefined : line.file.requestBodyWords;
  const selected = selector?.[1] === undefined || (selector[2] !== undefined && selector[2] !== selector[1].toLowerCase()) ? undefined : selector[1].toLowerCase();
  const selectedFamily = selected !== undefined && bodyWords?.has(selected) === true ? signatures.familyOfWord(selected) : undefined;
  if (selector !== undefined && selectedFamily !== undefined && !detections.some((detection) => detection.family === selectedFamily)) {
    push({ column: selector.index + 1, family: selectedFamily, kind: "sdk", match: selector[0].trim(), message: `selects the ${familyName(matchers, selectedFamily)} native request body`, confidence: 0.75 });
  }
  // A framework's class for one family's API or models (`from opencompass.models import Claude`, `type=HuggingFaceChatGLM3`),
  // imported or set as a config's class in code and snippets. A runtime's own class (`from llama_cpp import Llama`) is the runtime.
  const classUse = plainProse ? null : classUseLine.exec(line.text);
  if (classUse !== null) {
    const names = classUse[1] ?? classUse[2] ?? classUse[3] ?? classUse[4] ?? "";
    const offset = line.text.indexOf(names, classUse.index);
    for (const match of matchesOf(names, signatures.frameworkClass)) {
      const family = line.file.runtimeImports?.has(match[0]) === true ? undefined : signatures.familyOfFrameworkClass(match[0]);
      if (family === undefined || detections.some((detection) => detection.family === family)) continue;
      push({ column: offset + match.index + 1, family, kind: "sdk", match: match[0], message: `${match[0]}: a framework's class for ${familyName(matchers, family)} models`, confidence: 0.8 });
    }
  }
  // Both module patterns need `.models.` or `.providers.` in the line: a literal check spares most lines their regexes.
  const namesModule = line.text.includes(".models.") || line.text.includes(".providers.");
  for (const match of namesModule ? matchesOf(line.text, signatures.modelModule) : []) {
    const family = signatures.familyOfModelType(match[1] ?? "");
    if (family === undefined) continue;
    push({ column: match.index + 1, family, kind: architectureKind, match: match[0], message: `${familyName(matchers, family)} model implementation ${match[0]}`, confidence: 0.85 });
  }
  // A framework's module for one family vendor's API (`pydantic_ai.models.mistral`), in code and snippets.
  for (const match of plainProse || !namesModule ? [] : matchesOf(line.text, signatures.frameworkModule)) {
    const module = match[1] ?? "";
    const family = signatures.isVendorWord(module) ? undefined : signatures.familyOfModelType(module);
    if (family === undefined) continue;
    push({ column: match.index + 1, family, kind: "sdk", match: match[0], message: `${match[0]}: a framework's module for the ${familyName(matchers, family)} API`, confidence: 0.8 });
  }
  // The install extra that pulls in that vendor's SDK (`pydantic-ai-slim[mistral]`), where something is installed or declared.
  // An extra sits in brackets: without `[` on the line its look-behind, slow at every position, cannot match.
  for (const match of plainProse || !line.text.includes("[") ? [] : matchesOf(line.text, signatures.installExtra)) {
    const extra = match[1] ?? "";
    const family = signatures.isVendorWord(extra) ? undefined : signatures.familyOfModelType(extra);
    if (family === undefined) continue;
    push({ column: match.index + 1, family, kind: "sdk", match: extra, message: `installs the ${extra} extra (the ${familyName(matchers, family)} vendor SDK)`, confidence: 0.8 });
  }
  const modelType = signatures.modelTypeValue.exec(line.text);
  if (modelType?.[1] !== undefined) {
    const family = signatures.familyOfModelType(modelType[1]);
    if (family !== undefined) {
      push({ column: line.text.indexOf(modelType[1], modelType.index) + 1, family, kind: architectureKind, match: modelType[1], message: `model_type ${modelType[1]}: the ${familyName(matchers, family)} architecture`, confidence: 0.8 });
    }
  }
  // A training flag that switches on the family's base handling (axolotl's `is_mistral_derived_model: true`) configures training for that base.
  for (const match of matchesOf(line.text, signatures.derivedModelFlag)) {
    const family = signatures.familyOfModelType(match[1] ?? "");
    if (family === undefined) continue;
    push({ column: match.index + 1, family, kind: architectureKind, match: match[0], message: `${match[0]}: training configured for a ${familyName(matchers, family)} base`, confidence: 0.8 });
  }
  for (const match of matchesOf(line.text, signatures.endpoint)) {
    const family = signatures.familyOfEndpoint(match[0]);
    if (family === undefined) continue;
    // Prose giving the host as an example of a setting's value ("So, for example, "https://api.openai.com/v1/" is the URL …").
    if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true && exampleHostBefore.test(line.text.slice(0, match.index))) continue;
    push({ column: match.index + 1, family, kind: "sdk", match: match[0], message: `calls the ${familyName(matchers, family)} vendor API at ${match[0]}`, confidence: 0.9 });
  }
  // A prose list item that is only a variable's name (`- ANTHROPIC_API_KEY`) lists what a tool can read, it sets no credential.
  const keyListItem = line.role === "prose" && bareListItem.test(line.text);
  for (const match of keyListItem ? [] : matchesOf(line.text, signatures.environmentKey)) {
    const family = signatures.familyOfEnvironmentKey(match[0]);
    if (family === undefined || (line.role === "prose" && isExampleKey(line.text, match.index, match[0].length))) continue;
    push({ column: match.index + 1, family, kind: "config", match: match[0], message: `${match[0]}: credential for the ${familyName(matchers, family)} vendor API`, confidence: 0.85 });
  }
  // A key too generic to name the vendor alone (`Z_API_KEY`), on the line of or the line after the family's host.
  for (const match of keyListItem ? [] : matchesOf(line.text, signatures.hostBoundKey)) {
    const family = signatures.familyOfHostBoundKey(match[0]);
    const beside = [line.text, line.previous].some((text) => matchesOf(text, signatures.endpoint).some((host) => signatures.familyOfEndpoint(host[0]) === family));
    if (family === undefined || !beside) continue;
    push({ column: match.index + 1, family, kind: "config", match: match[0], message: `${match[0]}: credential for the ${familyName(matchers, family)} vendor API`, confidence: 0.85 });
  }
  // A flow's model setting that selects a chat component named for the family (`"conditionAgentModel": "chatMistralAI"`): the family's API.
  const component = (line.text.includes("chat") || line.text.includes("Chat")) ? chatComponentValue.exec(line.text) : null;
  const componentFamily = component?.[2] === undefined ? undefined : signatures.familyOfWord(component[2]);
  if (component !== null && componentFamily !== undefined && !detections.some((detection) => detection.family === componentFamily)) {
    push({ column: line.text.indexOf(component[1] ?? "", component.index) + 1, family: componentFamily, kind: "sdk", match: component[1] ?? "", message: `${component[1] ?? ""}: a chat component for the ${familyName(matchers, componentFamily)} API`, confidence: 0.8 });
  }
  // A GitHub Action the family's vendor publishes under the family's name (`uses: anthropics/claude-code-action@v1`): the vendor's own package.
  for (const match of line.text.includes("uses") ? matchesOf(line.text, signatures.vendorAction) : []) {
    const family = signatures.familyOfVendorAction(match[1] ?? "", match[2] ?? "");
    if (family === undefined || detections.some((detection) => detection.family === family)) continue;
    const action = `${match[1] ?? ""}/${match[2] ?? ""}`;
    push({ column: line.text.indexOf(action, match.index) + 1, family, kind: "sdk", match: action, message: `${action}: the ${familyName(matchers, family)} vendor's GitHub Action`, confidence: 0.85 });
  }
  // A key setting whose placeholder names the family's API key (`key='YOUR_CLAUDE_KEY'`, `api_key="GEMINI_API_KEY"`).
  const keyPlaceholder = apiKeyPlaceholder.exec(line.text);
  const keyFamily = keyPlaceholder?.[1] === undefined ? undefined : signatures.familyOfModelType(keyPlaceholder[1].toLowerCase());
  if (keyPlaceholder !== null && keyFamily !== undefined && !detections.some((detection) => detection.family === keyFamily)) {
    push({ column: keyPlaceholder.index + 1, family: keyFamily, kind: "config", match: keyPlaceholder[0], message: `the ${familyName(matchers, keyFamily)} API key setting`, confidence: 0.8 });
  }
  // A key setting whose value names where the vendor's key is kept (`api_key = "MY_OTHER_ANTHROPIC_KEY"`, `"file:~/.anthropic_api_key"`,
  // `"cmd:op read op://personal/Anthropic/credential"`): the setting that supplies the family's API key (round twenty-two).
  const keyValue = line.text.includes("key") ? apiKeySettingValue.exec(line.text) : null;
  for (const word of keyValue === null ? [] : vendorKeyWordsOf(keyValue[1] ?? "")) {
    const family = signatures.familyOfEnvironmentKey(`${word.toUpperCase()}_API_KEY`);
    if (family === undefined || detections.some((detection) => detection.family === family)) continue;
    push({ column: line.text.indexOf(keyValue?.[1] ?? "") + 1, family, kind: "config", match: keyValue?.[1] ?? "", message: `${keyValue?.[1] ?? ""}: the ${familyName(matchers, family)} API key setting`, confidence: 0.8 });
  }
  return detections;
}

/** "for example, " or "e.g. " right before a URL's host, quoted or not. */
const exampleHostBefore = /\b(?:e\.g\.|for example|for instance)[,:]?\s+["'`]?(?:https?:\/\/)?$/i;
/** An `api_key` setting's quoted value; group 1 is the value. */
const apiKeySettingValue = /\bapi[_-]?key["']?\s*[:=]\s*["']([^"'\s][^"']*)["']/i;
/** Where a value keeps a vendor's key: a variable ending in the vendor's word and `KEY`, a `.vendor_api_key` file, a password manager's item. */
const vendorKeyPlaces = [/\b(?:[A-Z0-9]+_)*([A-Z][A-Z0-9]*)_(?:API_)?KEY\b/g, /[./]([a-z][a-z0-9]*)_api_key\b/g, /\bop:\/\/[^/\s]+\/([A-Za-z][A-Za-z0-9]*)\//g];

/** The vendor words of a key setting's value (`ANTHROPIC` in `MY_OTHER_ANTHROPIC_KEY`, `anthropic` in `~/.anthropic_api_key`). */
function vendorKeyWordsOf(value: string): string[] {
  return vendorKeyPlaces.flatMap((place) => matchesOf(value, place).map((match) => match[1] ?? ""));
}

/** A model key whose value is a chat component (`chatMistralAI`, `ChatGemini`): group 1 the component, group 2 its family word. */
const chatComponentValue = /(?:[Mm]odel|[Ll]lm|LLM)["']?\s*[:=]\s*["']([cC]hat([A-Z][a-z]+)(?:AI)?)["']/;
const apiKeyPlaceholder = /\b(?:api[_-]?)?key["']?\s*[:=]\s*(?:["']|(?=\$\{))\$?\{?(?:YOUR_)?([A-Z][A-Z0-9]*)_(?:API_)?KEY\b/i;

function familyName(matchers: AuditMatchers, family: string): string {
  return matchers.catalog.family(family)?.name ?? family;
}
