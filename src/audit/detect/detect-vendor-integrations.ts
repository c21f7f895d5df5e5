import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A framework's integration for one family's API, named for the vendor and the family together: its class
 * (`MetaLlamaChatGenerator`, `GoogleAiGeminiChatModel`), its module (`….generators.meta_llama`) and its package
 * (`meta-llama-haystack`, `langchain4j-google-ai-gemini`, `langchain4j-mistral-ai`). Such an integration exists only
 * to call that family's models, as `MistralModel` does (label guide, round sixteen). The vendor word is required:
 * a runtime named after a family (`GPULlama3ChatModel`) or an example's own class (`MistralAiChatModelExamples`) is a name.
 */
interface IntegrationPatterns {
  readonly className: RegExp;
  readonly moduleImport: RegExp;
  readonly packageName: RegExp;
  /**
   * A .NET connector's service, settings or registration (`MistralAIChatCompletionService`,
   * `MistralAIPromptExecutionSettings`, `AddGoogleAIGeminiChatCompletion(`, `AddVertexAIGeminiChatCompletion(`): the family
   * word after its vendor or an AI platform word (`VertexAI`), or a family named as its vendor followed by `AI`.
   * Group 1: vendor or platform word; group 2: the family word.
   */
  readonly connectorName: RegExp;
  /** `using ….Connectors.MistralAI;`: a connector namespace named for the family alone (not `Connectors.Google`). */
  readonly connectorNamespace: RegExp;
  /** `vendor word/family word` pairs that belong together (`meta/llama`, `google/gemini`, `mistral/mistral`), lower case. */
  readonly pairs: ReadonlyMap<string, string>;
  /** Family word (lower case) to family id, for a connector named after a platform or the family alone. */
  readonly familyWords: ReadonlyMap<string, string>;
}

const cache = new WeakMap<AuditMatchers, IntegrationPatterns | null>();

function patternsOf(matchers: AuditMatchers): IntegrationPatterns | null {
  const cached = cache.get(matchers);
  if (cached !== undefined) return cached;
  const pairs = new Map<string, string>();
  for (const id of matchers.families) {
    const family = matchers.catalog.family(id);
    const vendorName = family === undefined ? undefined : matchers.catalog.vendor(family.vendor)?.name;
    const familyWord = family?.name.split(/\s+/).find((word) => word.toLowerCase() === id);
    const vendorWord = vendorName === undefined ? undefined : /^[A-Za-z][A-Za-z0-9]*/.exec(vendorName)?.[0];
    if (familyWord === undefined || vendorWord === undefined) continue;
    pairs.set(`${vendorWord.toLowerCase()}/${familyWord.toLowerCase()}`, id);
  }
  if (pairs.size === 0) {
    cache.set(matchers, null);
    return null;
  }
  const vendors = [...new Set([...pairs.keys()].map((pair) => pair.split("/")[0] ?? ""))].sort((a, b) => b.length - a.length);
  const families = [...new Set([...pairs.keys()].map((pair) => pair.split("/")[1] ?? ""))].sort((a, b) => b.length - a.length);
  const sameWords = vendors.filter((word) => pairs.has(`${word}/${word}`));
  const capital = (word: string): string => `[${(word[0] ?? "").toUpperCase()}${(word[0] ?? "").toLowerCase()}]${word.slice(1)}`;
  const vendorClass = vendors.map((word) => `${(word[0] ?? "").toUpperCase()}${word.slice(1)}`).join("|");
  const familyClass = families.map(capital).join("|");
  const familyWords = new Map([...pairs].map(([pair, id]) => [pair.split("/")[1] ?? "", id]));
  const patterns: IntegrationPatterns = {
    pairs,
    familyWords,
    className: new RegExp(`(?<![A-Za-z0-9_])(${vendorClass})(?:Ai|AI)?(${familyClass})(?:Ai|AI)?(?:Streaming)?(?:Chat)?(?:Generator|Model|LanguageModel)(?![A-Za-z0-9_])`, "g"),
    moduleImport: new RegExp(`^\\s*(?:from|import)\\s+(?:[A-Za-z_]\\w*\\.)*(${vendors.join("|")})_(${families.join("|")})\\b`),
    // Group 1 and 2: vendor and family (`meta-llama-…`, `…-google-ai-gemini`); group 3: a family named as its vendor is (`…-mistral-ai`).
    connectorName: new RegExp(`(?<![A-Za-z0-9_])(?:Add)?(?:(${vendorClass})(?:Ai|AI)?|[A-Z][a-z]+(?:AI|Ai))?(${familyClass})(?:Ai|AI)?(?:ChatCompletionService|ChatCompletion|TextGenerationService|TextEmbeddingGenerationService|EmbeddingGenerator|PromptExecutionSettings)(?![A-Za-z0-9_])`, "g"),
    connectorNamespace: new RegExp(`^\\s*using\\s+(?:[A-Za-z_]\\w*\\.)+Connectors\\.(?:(${vendorClass})(?:Ai|AI)?)?(${familyClass})(?:Ai|AI)?\\s*;`),
    packageName: new RegExp(`(?<![\\w.\\/-])(?:[a-z][a-z0-9]*-)*?(?:(${vendors.join("|")})(?:-ai)?-(${families.join("|")})|(${sameWords.join("|") || "(?!)"})-ai)(?:-[a-z][a-z0-9]*)*(?![\\w.\\/-])`, "g"),
  };
  cache.set(matchers, patterns);
  return patterns;
}

/** A comment line in code (`// …`, `# …`, Javadoc `* …`): names a class in passing. */
const commentLine = /^\s*(?:\/\/|#|\*|\/\*)/;
const installCommand = /\b(?:pip3?|uv|poetry|pipx|pdm|npm|pnpm|yarn|bun)\s+(?:install|add|i)\s/;
/** Prose that installs or names the package (`install the \`x\` integration`, a "Package name" table row). */
const packageProse = /\binstall\b|\bpackage\b/i;
/** A Gradle dependency (`implementation("dev.langchain4j:langchain4j-mistral-ai:1.0")`). */
const gradleDependency = /^\s*(?:implementation|api|compileOnly|runtimeOnly|testImplementation)\b/;

export function detectVendorIntegrations(line: LineContext, matchers: AuditMatchers): Detection[] {
  const { text } = line;
  // Every shape needs one of these words on the line; most lines have none, so nothing else is built for them.
  const classWord = text.includes("Model") || text.includes("Generator");
  const moduleWord = text.includes("import") && text.includes("_");
  const packageWord = text.includes("-");
  const connectorWord = text.includes("ChatCompletion") || text.includes("ExecutionSettings") || text.includes("GenerationService") || text.includes("EmbeddingGenerator") || text.includes("Connectors.");
  if (!classWord && !moduleWord && !packageWord && !connectorWord) return [];
  const patterns = patternsOf(matchers);
  if (patterns === null) return [];
  const detections: Detection[] = [];
  const fenced = line.file.fencedLines?.has(line.number) === true;
  const code = ((line.role === "source" || line.role === "notebook") && !commentLine.test(text)) || (line.role === "prose" && fenced);
  if (code && classWord) {
    for (const match of matchesOf(text, patterns.className)) {
      const family = patterns.pairs.get(`${(match[1] ?? "").toLowerCase()}/${(match[2] ?? "").toLowerCase()}`);
      if (family !== undefined) push(detections, { line, matchers, column: match.index + 1, family, match: match[0], message: `${match[0]}: a framework's integration class` });
    }
  }
  if (code && connectorWord) {
    for (const match of matchesOf(text, patterns.connectorName)) {
      const word = (match[2] ?? "").toLowerCase();
      const family = match[1] === undefined ? patterns.familyWords.get(word) : patterns.pairs.get(`${match[1].toLowerCase()}/${word}`);
      if (family !== undefined) push(detections, { line, matchers, column: match.index + 1, family, match: match[0], message: `${match[0]}: a framework's connector for the family` });
    }
    const namespace = patterns.connectorNamespace.exec(text);
    const word = (namespace?.[2] ?? "").toLowerCase();
    const namespaceFamily = namespace === null ? undefined : namespace[1] === undefined ? patterns.familyWords.get(word) : patterns.pairs.get(`${namespace[1].toLowerCase()}/${word}`);
    if (namespace !== null && namespaceFamily !== undefined) push(detections, { line, matchers, column: text.indexOf("Connectors.") + 1, family: namespaceFamily, match: namespace[0].trim(), message: "uses a framework's connector namespace for the family" });
  }
  if (code && moduleWord) {
    const module = patterns.moduleImport.exec(text);
    const moduleFamily = module === null ? undefined : patterns.pairs.get(`${module[1] ?? ""}/${module[2] ?? ""}`);
    if (module !== null && moduleFamily !== undefined) push(detections, { line, matchers, column: text.indexOf(`${module[1] ?? ""}_`, module.index) + 1, family: moduleFamily, match: `${module[1] ?? ""}_${module[2] ?? ""}`, message: "imports a framework's integration module" });
  }
  if (!packageWord) return detections;
  // Where a package is declared or installed: an install command, a build file's dependency, prose naming it in backticks.
  const artifact = line.file.dependencyArtifactLines?.has(line.number) === true || gradleDependency.test(text);
  const install = text.includes("install") || text.includes("add ") || text.includes(" i ") ? installCommand.exec(text) : null;
  const prose = line.role === "prose" && !fenced && (text.includes("nstall") || text.includes("ackage")) && packageProse.test(text);
  if (!artifact && install === null && !prose) return detections;
  for (const match of matchesOf(text, patterns.packageName)) {
    const same = match[3];
    const vendor = same ?? match[1] ?? "";
    const family = patterns.pairs.get(`${vendor}/${same ?? match[2] ?? ""}`);
    // The vendor's or the family's own name alone (`meta-llama`, `mistral-ai`) is an organisation, not an integration.
    if (family === undefined || (/^[a-z]+(?:-ai)?-[a-z]+$/.test(match[0]) && match[0].startsWith(vendor))) continue;
    if (install !== null && match.index < install.index) continue;
    if (prose && !artifact && install === null && !(text[match.index - 1] === "`" && text[match.index + match[0].length] === "`")) continue;
    push(detections, { line, matchers, column: match.index + 1, family, match: match[0], message: `${match[0]}: a framework's integration package` });
  }
  return detections;
}

/** One finding per family on the line. */
function push(detections: Detection[], options: { line: LineContext; matchers: AuditMatchers; column: number; family: string; match: string; message: string }): void {
  const { line, family } = options;
  if (detections.some((detection) => detection.family === family)) return;
  detections.push({ line: line.number, column: options.column, family, kind: "sdk", match: options.match, message: `${options.message} (the ${familyName(options.matchers, family)} API)`, evidence: evidenceOf(line.text), confidence: 0.8, ...(line.cell === undefined ? {} : { cell: line.cell }) });
}

function familyName(matchers: AuditMatchers, family: string): string {
  return matchers.catalog.family(family)?.name ?? family;
}
