import { evidenceOf, type Detection } from "../detection.js";
import { normalisePackageName, type AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { rubyGems } from "./ruby-gems.js";
import { dartPackageOf, type DartPackage } from "./dart-packages.js";
import { scopedProviderPackagesOf } from "./scoped-provider-packages.js";
import { pinnedRequirementString } from "./pinned-requirement-strings.js";
import type { SdkPackage } from "./sdk-packages.js";
import { matchesOf } from "./matches-of.js";
import { goModuleImportOf } from "./go-imports.js";

/** An install command in a script, notebook, Dockerfile or README: the rest of the line names packages. */
const installCommand = /\b(?:pip3?|python3?\s+-m\s+pip|uv\s+pip|uv|poetry|pipx|pdm|conda|mamba)\s+(?:install|add)\b|\b(?:npm|pnpm|bun)\s+(?:install|i|add)\b|\byarn\s+add\b/;

/**
 * Family-tied SDKs: declared in a dependency manifest (requirements, pyproject,
 * package.json, …), installed by a command (`pip install …` in a Dockerfile, notebook
 * or README), imported in source, or constructed by client class (`LlamaAPIClient(`).
 * Names are matched as whole package names, so `llama-index` and
 * `llama-index-llms-ollama` never match `llama-stack`. A runtime that runs any model
 * (`node-llama-cpp`) is marked so the run can drop it when no model of its family is used.
 */
/**
 * A word given as the substring a rule looks for ("Models containing `anthropic`", "ids prefixed with `cohere.`"): the
 * rule routes on the vendor's name; it does not name the vendor's SDK.
 */
const substringPatternBefore = /\b(?:contain(?:s|ing)?|prefixed\s+with|start(?:s|ing)?\s+with|match(?:es|ing)?)\s+`$/i;

/**
 * A TOML key opening an array (`anthropic = []`, `cohere = [` under `[project.optional-dependencies]`): the name of an extra
 * or a dependency group, not a package; the packages are the array's strings. A key with a version (`anthropic = "^0.8"`,
 * Poetry's table) stays a package.
 */
const manifestDescriptionLine = /^\s*["']?(?:description|summary)["']?\s*[:=]/;
const arrayKeyLine = /^\s*["']?[A-Za-z0-9_.-]+["']?\s*=\s*\[/;

export function detectPackages(line: LineContext, matchers: AuditMatchers): Detection[] {
  const detections: Detection[] = detectRubyGems(line, matchers);
  if (line.role === "manifest") {
    // A manifest's description (`description: Anthropic module for LangChain.dart (…)`) is text about the package, not a dependency.
    if (manifestDescriptionLine.test(line.text)) return detections;
    // A framework's provider package for the family's API (`"@ai-sdk/mistral": "^1.0.1"`), declared.
    for (const found of scopedProviderPackagesOf(line.text, matchers)) detections.push(scopedDetection(line, found));
    const dart = dartPackageOf({ text: line.text, manifest: true, matchers });
    if (dart !== undefined) detections.push(dartDetection(line, dart));
    const key = line.text.includes("[") ? arrayKeyLine.exec(line.text) : null;
    return [...detections, ...collect({ line, matchers, pattern: matchers.packageName, verb: "depends on", from: key === null ? 0 : key[0].length })];
  }
  if ((line.role === "config" || line.role === "source") && /\d["']/.test(line.text)) detections.push(...collect({ line, matchers, pattern: pinnedRequirementString, verb: "requires", from: 0 }));
  const install = installCommand.exec(line.text);
  if (install !== null) detections.push(...collect({ line, matchers, pattern: matchers.packageName, verb: "installs", from: install.index + install[0].length }));
  // Prose names an SDK it tells the reader to use as code or link text (`mistral_inference`, [mistral-inference](…)).
  const fenced = line.role === "prose" && line.file.fencedLines?.has(line.number) === true;
  if (line.role === "prose" && !fenced) {
    detections.push(...collect({ line, matchers, pattern: matchers.packageName, verb: "names", from: 0 }).filter((found) => isQuotedInProse(line.text, found.column - 1, found.match.length) && !substringPatternBefore.test(line.text.slice(0, found.column - 1)) && !namesAdapterOrThread(line.text.slice(found.column - 1 + found.match.length))));
  }
  for (const match of matchesOf(line.text, matchers.packageCommand)) {
    const name = match[1] ?? "";
    const entry = matchers.packagesByCommand.get(name);
    if (entry === undefined) continue;
    detections.push(detection({ line, entry, column: match.index + match[0].lastIndexOf(name) + 1, match: name, message: `runs ${name} (${entry.name}: ${entry.note})` }));
  }
  // A snippet in docs imports the SDK as code does (`from xai_sdk import AsyncClient` in a fenced block).
  if (fenced) detections.push(...collect({ line, matchers, pattern: matchers.packageImport, verb: "imports", from: 0 }));
  if (line.role === "source" || line.role === "notebook") {
    detections.push(...collect({ line, matchers, pattern: matchers.packageImport, verb: "imports", from: 0 }));
    const dart = dartPackageOf({ text: line.text, manifest: false, matchers });
    if (dart !== undefined) detections.push(dartDetection(line, dart));
    // A Go vendor SDK imported by its module path (`"github.com/anthropics/anthropic-sdk-go/option"`), in a block or alone.
    const goImport = goModuleImportOf(line.text, [...matchers.packagesByName.values()]);
    if (goImport !== undefined) detections.push(detection({ line, entry: goImport.entry, column: goImport.column, match: goImport.path, message: `imports ${goImport.path} (${goImport.entry.note})` }));
    // Instrumentation that exists only for one SDK (Chainlit's `cl.instrument_mistralai()`) wraps that SDK's calls.
    for (const match of matchesOf(line.text, instrumentCall)) {
      const name = match[1] ?? "";
      const entry = [...matchers.packagesByName.values()].find((candidate) => candidate.runtime !== true && (candidate.imports.includes(name) || normalisePackageName(candidate.name) === normalisePackageName(name)));
      if (entry !== undefined) detections.push(detection({ line, entry, column: match.index + match[0].indexOf(name) + 1, match: name, message: `instruments ${entry.name} (${entry.note})` }));
    }
    for (const match of matchesOf(line.text, matchers.clientClass)) {
      const name = match[1] ?? "";
      const entry = matchers.packagesByClass.get(name);
      if (entry === undefined) continue;
      detections.push(detection({ line, entry, column: match.index + match[0].indexOf(name) + 1, match: name, message: `creates a ${name} (${entry.name}: ${entry.note})` }));
    }
  }
  return detections;
}

/**
 * A Ruby gem declared (`gem "anthropic"` in a Gemfile or a setup comment, `spec.add_dependency "mistral-ai"` in a gemspec,
 * `depends_on "mistral-ai"` where a library loads an optional gem) or its client constant constructed
 * (`::Anthropic::Client.new`). The gem's name must be the quoted argument, so a word in prose never matches.
 */
function detectRubyGems(line: LineContext, matchers: AuditMatchers): Detection[] {
  const detections: Detection[] = [];
  for (const entry of rubyGems) {
    if (!matchers.families.has(entry.family)) continue;
    const declared = gemDeclaration.exec(line.text);
    if (declared?.[1] === entry.name) {
      detections.push(rubyDetection({ line, family: entry.family, column: declared.index + declared[0].lastIndexOf(entry.name) + 1, match: entry.name, message: `depends on the ${entry.name} gem (${entry.note})` }));
      continue;
    }
    const constant = entry.clientConstant === undefined ? -1 : line.text.indexOf(`${entry.clientConstant}.new`);
    if (entry.clientConstant !== undefined && constant >= 0 && !/[\w]$/.test(line.text.slice(0, constant))) {
      detections.push(rubyDetection({ line, family: entry.family, column: constant + 1, match: entry.clientConstant, message: `creates a ${entry.clientConstant} (${entry.name} gem: ${entry.note})` }));
    }
  }
  return detections.filter((detection, index) => detections.findIndex((other) => other.family === detection.family) === index);
}

const gemDeclaration = /(?:^|[\s#(])(?:gem|(?:\w+\.)?add_(?:runtime_|development_)?dependency|depends_on)\s*\(?\s*["']([A-Za-z0-9_.-]+)["']/;

function dartDetection(line: LineContext, found: DartPackage): Detection {
  return { ...rubyDetection({ line, family: found.family, column: found.column, match: found.name, message: `${found.how} ${found.name} (a Dart package for the family's API)` }), confidence: 0.8 };
}

function scopedDetection(line: LineContext, found: { column: number; family: string; name: string }): Detection {
  return { ...rubyDetection({ line, family: found.family, column: found.column, match: found.name, message: `depends on ${found.name} (a framework's provider package for the family's API)` }), confidence: 0.8 };
}

function rubyDetection(options: { line: LineContext; family: string; column: number; match: string; message: string }): Detection {
  const { line } = options;
  return {
    line: line.number,
    column: options.column,
    family: options.family,
    kind: "sdk",
    match: options.match,
    message: options.message,
    evidence: evidenceOf(line.text),
    confidence: 0.85,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  };
}

/**
 * Code (`mistral_inference`) or the text of a link to the package's page ([mistral-inference](…github.com…)).
 * Link text to a vendor's site ("[Cohere](https://cohere.com/)") names the vendor; an install extra
 * (`pydantic-ai-slim[cohere]`) and "the `cohere` optional group" name a third party's extra, not the SDK.
 */
function isQuotedInProse(text: string, start: number, length: number): boolean {
  const before = text[start - 1];
  const after = text[start + length];
  const rest = text.slice(start + length + 1);
  // "Current `xai-sdk` releases …" remarks on the package's versions; a use verb around it is what tells the reader to use it.
  if (before === "`" && after === "`") return !extraAfter.test(rest);
  return before === "[" && after === "]" && packagePageLink.test(rest);
}

const instrumentCall = /\binstrument_([a-z][a-z0-9_]*)\(/g;
const extraAfter = /^\s+(?:optional\s+(?:group|dependenc(?:y|ies))|extras?|releases?|versions?)\b/i;
const packagePageLink = /^\(\s*<?https?:\/\/(?:www\.)?(?:pypi\.org|npmjs\.com|www\.npmjs\.com|github\.com|gitlab\.com)\//i;

function collect(options: { line: LineContext; matchers: AuditMatchers; pattern: RegExp; verb: string; from: number }): Detection[] {
  const { line, matchers } = options;
  const detections: Detection[] = [];
  for (const match of matchesOf(line.text, options.pattern)) {
    if (match.index < options.from) continue;
    const name = match[1] ?? match[0];
    const entry = matchers.packagesByName.get(normalisePackageName(name)) ?? [...matchers.packagesByName.values()].find((candidate) => candidate.imports.includes(name));
    if (entry === undefined) continue;
    detections.push(detection({ line, entry, column: match.index + match[0].lastIndexOf(name) + 1, match: name, message: `${options.verb} ${entry.name} (${entry.note})` }));
  }
  return detections;
}

function detection(options: { line: LineContext; entry: SdkPackage; column: number; match: string; message: string }): Detection {
  const { line, entry } = options;
  return {
    line: line.number,
    column: options.column,
    family: entry.family,
    kind: "sdk",
    match: options.match,
    message: options.message,
    evidence: evidenceOf(line.text),
    confidence: entry.confidence,
    ...(entry.runtime === true ? { runtime: true } : {}),
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  };
}

/**
 * Whether what follows a name quoted in prose makes it something else than the SDK: a plugin's adapters named by it ("If you use
 * the `anthropic` or `openai_responses` adapters"), or link text to a discussion, issue or pull request ("[DashScope](…/discussions/2239)").
 */
function namesAdapterOrThread(after: string): boolean {
  return adapterNounAfter.test(after) || threadLinkAfter.test(after);
}
const adapterNounAfter = /^`(?:\s*(?:,|or|and)\s*`[\w.-]+`)*\s+adapters?\b/;
const threadLinkAfter = /^\]\(https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:discussions|issues|pull)\/\d+/;
