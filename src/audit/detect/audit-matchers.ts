import type { Catalog, CatalogLicence } from "../../catalog/index.js";
import { ModelReferenceResolver } from "./model-reference-resolver.js";
import { sdkPackages, type SdkPackage } from "./sdk-packages.js";
import { buildLicenceStatements, type LicenceStatements } from "./licence-statements.js";
import { buildSignatureMatchers, type SignatureMatchers } from "./signature-matchers.js";
import { templateTokens, type TemplateToken } from "./template-tokens.js";
import { launchAliasLiterals } from "./launch-aliases.js";
import { vendorKeyProperties } from "./vendor-key-properties.js";

export interface LicencePhrase {
  readonly family: string;
  readonly licence?: CatalogLicence;
  /** What the phrase is: the licence's name, or its attribution notice. */
  readonly label: string;
}

/**
 * Everything the detectors match with, compiled once per run for the audited
 * families. The prefilter is the hot path: one case-insensitive alternation of
 * every literal any detector needs, run once over each file; the precise
 * patterns below only ever see files (and lines) it let through.
 */
/** Whether a text can contain anything a detector looks for; false means the file is done. */
export interface Prefilter {
  test(text: string): boolean;
  /** Index of the first literal at or after `from`, or -1: lets a scan jump from hit to hit instead of testing every line. */
  next(text: string, from: number): number;
}

export interface AuditMatchers {
  readonly families: ReadonlySet<string>;
  readonly prefilter: Prefilter;
  /** Global: family keywords as words (`Llama-3`, `llama3`, not `ollama`, `llamaindex`). */
  readonly familyKeyword: RegExp;
  /** Global, case-sensitive: the audited families' template tokens. */
  readonly templateToken: RegExp;
  readonly templateTokens: ReadonlyMap<string, TemplateToken>;
  /** Global: audited SDK package names, for manifests; never an install extra (`pydantic-ai-slim[cohere]` is another package's option). */
  readonly packageName: RegExp;
  /** Global: imports/requires of audited SDK modules, for source code. */
  readonly packageImport: RegExp;
  readonly packagesByName: ReadonlyMap<string, SdkPackage>;
  /** Global, case-insensitive: licence names and attribution notices. */
  readonly licencePhrase: RegExp;
  readonly licencePhrases: ReadonlyMap<string, LicencePhrase>;
  readonly licencesByTag: ReadonlyMap<string, CatalogLicence>;
  /** Licence statements that are not a licence's name: use-policy titles, the MAU clause, naming duties. */
  readonly licenceStatements: LicenceStatements;
  /** Architecture classes, model modules, vendor API hosts and API-key variables (family-signatures.ts). */
  readonly signatures: SignatureMatchers;
  /** Global: client classes of audited SDKs (`LlamaAPIClient(`), for source code. */
  readonly clientClass: RegExp;
  readonly packagesByClass: ReadonlyMap<string, SdkPackage>;
  /** A command an audited SDK installs, run at the start of a command line (`mistral-chat …`). */
  readonly packageCommand: RegExp;
  readonly packagesByCommand: ReadonlyMap<string, SdkPackage>;
  readonly references: ModelReferenceResolver;
  readonly catalog: Catalog;
}

export function buildAuditMatchers(options: { catalog: Catalog; families: ReadonlySet<string> }): AuditMatchers {
  const { catalog, families } = options;
  const matchers = catalog.familyMatchers().filter((matcher) => families.has(matcher.family));
  const references = new ModelReferenceResolver(catalog, families);

  const tokens = templateTokens.filter((token) => token.families.some((family) => families.has(family)));
  const packages = sdkPackages.filter((entry) => families.has(entry.family));
  const phrases = licencePhrasesOf({ catalog, references, families });
  const licencesByTag = new Map<string, CatalogLicence>();
  for (const licence of catalog.licences()) {
    const family = references.licenceFamily(licence.id);
    if (licence.huggingFaceTag !== undefined && licence.kind !== "open-source" && family !== undefined && families.has(family)) {
      licencesByTag.set(licence.huggingFaceTag.toLowerCase(), licence);
    }
  }

  // Words (family keywords, package names) are matched case-insensitively; template tokens
  // are exact strings, so they get their own case-sensitive pattern, which V8 runs several
  // times faster than folding them into the case-insensitive one (see bench/).
  const signatures = buildSignatureMatchers(families);
  const licenceStatements = buildLicenceStatements({ catalog, references, families });
  const words = new Set<string>(signatures.literals);
  for (const literal of licenceStatements.literals) words.add(literal);
  for (const matcher of matchers) for (const literal of matcher.literals) words.add(literal);
  // Only the selected families' aliases and key names: each literal lets more files through to the line detectors.
  for (const literal of launchAliasLiterals(families)) words.add(literal);
  // A vendor key setting in camelCase (`settings.xaiApiKey`) holds no family word (`vendor-key-properties.ts`): lower-cased,
  // so that a line that only reads it passes.
  for (const [property, family] of vendorKeyProperties) if (families.has(family)) words.add(property.toLowerCase());
  for (const entry of packages) {
    words.add(entry.name.toLowerCase());
    for (const module of entry.imports) words.add(module.toLowerCase());
    for (const name of entry.classes ?? []) words.add(name.toLowerCase());
    for (const name of entry.commands ?? []) words.add(name.toLowerCase());
  }
  const commands = packages.flatMap((entry) => (entry.commands ?? []).map((name) => [name, entry] as const));
  const clientClasses = packages.flatMap((entry) => (entry.classes ?? []).map((name) => [name, entry] as const));
  const tokenLiterals = new Set(tokens.map((token) => (token.token.startsWith("<|") ? "<|" : token.token.startsWith("<｜") ? "<｜" : token.token)));
  // A regex that strips a bracketed control token escapes it (`\\[TOOL\\_CALLS\\]`, `\[TOOL_CALLS\]`): see detect-template-tokens.
  for (const { token } of tokens) {
    const inner = /^\[\/?([A-Z]+(?:_[A-Z]+)+)\]$/.exec(token)?.[1];
    if (inner !== undefined) tokenLiterals.add(`${inner}\\]`).add(`\\_${inner.split("_").at(-1) ?? ""}`);
  }
  // A bar-delimited token escaped in a regex (`<\|tool_call_begin\|>`, Kimi K2 and Gemma 4 parsers) opens with `<\|`.
  if (tokens.some((token) => token.token.startsWith("<|"))) tokenLiterals.add("<\\|");
  for (const literal of signatures.caseSensitiveLiterals) tokenLiterals.add(literal);
  const wordLiterals = withoutSuperstrings([...words]);
  const wordPattern = literalAlternation(wordLiterals, "i");
  // A case-sensitive literal that contains a word literal (`GraniteMoeHybridPrompt` holds `granite`) lets through no line
  // the word pattern does not already let through: the scan looks at whole lines, so it is left out (618 literals become 32).
  const tokenPattern = literalAlternation(withoutSuperstrings([...tokenLiterals].filter((literal) => !containsAny(literal.toLowerCase(), wordLiterals))), "");

  return {
    families,
    prefilter: prefilterOf(wordPattern, tokenPattern),
    familyKeyword: matchers.length === 0 ? /(?!)/g : new RegExp(matchers.map((matcher) => `(?:${matcher.pattern.source})`).join("|"), "gi"),
    templateToken: tokens.length === 0 ? /(?!)/g : new RegExp(byLength(tokens.map((token) => token.token)).map(escapeRegExp).join("|"), "g"),
    templateTokens: new Map(tokens.map((token) => [token.token, token])),
    packageName: packages.length === 0 ? /(?!)/g : new RegExp(`(?<![\\w.@/-]|[\\w\\]]\\[)(${byLength(packages.map((entry) => entry.name)).map(packagePattern).join("|")})(?![\\w-]|\\.\\w)`, "gi"),
    packageImport:
      packages.length === 0
        ? /(?!)/g
        : new RegExp(
            `(?:^\\s*(?:from|import)\\s+|\\bfrom\\s+["']|\\brequire\\(\\s*["']|\\bimport\\(\\s*["']|^\\s*import\\s+["'])(${byLength(packages.flatMap((entry) => entry.imports)).map(escapeRegExp).join("|")})(?=["'.\\s/]|$)`,
            "g",
          ),
    packagesByName: new Map(packages.map((entry) => [normalisePackageName(entry.name), entry])),
    licencePhrase: phrases.size === 0 ? /(?!)/g : new RegExp(byLength([...phrases.keys()]).map(phrasePattern).join("|"), "gi"),
    licencePhrases: phrases,
    licencesByTag,
    licenceStatements,
    signatures,
    clientClass: clientClasses.length === 0 ? /(?!)/g : new RegExp(`(?<![\\w.])(?:Async)?(${byLength(clientClasses.map(([name]) => name)).map(escapeRegExp).join("|")})\\s*\\(`, "g"),
    packagesByClass: new Map(clientClasses),
    packageCommand: commands.length === 0 ? /(?!)/g : new RegExp(`(?:^\\s*(?:[$!>]\\s*)?|[;&|]\\s*|\\b(?:exec|sudo|uv\\s+run|poetry\\s+run)\\s+)(${byLength(commands.map(([name]) => name)).map(escapeRegExp).join("|")})(?=\\s|$)`, "g"),
    packagesByCommand: new Map(commands),
    references,
    catalog,
  };
}

function prefilterOf(words: RegExp, tokens: RegExp): Prefilter {
  const patterns = [new RegExp(words.source, `${words.flags}g`), new RegExp(tokens.source, `${tokens.flags}g`)];
  // Each pattern's next hit is remembered per text: a pattern with no hit left (no template
  // token in a file) must not rescan the rest of the text at every hit of the other.
  // A scan moves forward through one text; a new text, or a new scan of an equal one
  // (two files with the same content are equal strings), starts again from 0.
  let current: string | undefined;
  let lastFrom = 0;
  const found = [-2, -2];
  const nextOf = (slot: number, text: string, from: number): number => {
    const known = found[slot] ?? -2;
    if (known === -1 || known >= from) return known;
    const pattern = patterns[slot] ?? words;
    pattern.lastIndex = from;
    const index = pattern.exec(text)?.index ?? -1;
    found[slot] = index;
    return index;
  };
  return {
    // The scan of a file that passes starts with `next(text, 0)`: the hits found here are remembered for it, so the
    // text before the first hit is not searched twice. The token pattern runs only when no word is found, as before.
    test: (text) => {
      current = text;
      lastFrom = 0;
      found.fill(-2);
      return nextOf(0, text, 0) !== -1 || nextOf(1, text, 0) !== -1;
    },
    next: (text, from) => {
      if (text !== current || from < lastFrom) {
        current = text;
        found.fill(-2);
      }
      lastFrom = from;
      const word = nextOf(0, text, from);
      const token = nextOf(1, text, from);
      return word === -1 ? token : token === -1 ? word : Math.min(word, token);
    },
  };
}

/** PEP 503: `llama_stack`, `Llama.Stack` and `llama-stack` are one package. */
export function normalisePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** Key for the phrase table: lower-case, single spaces, `licence` spelt `license`. */
export function normalisePhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").replace(/licence/g, "license");
}

function licencePhrasesOf(options: { catalog: Catalog; references: ModelReferenceResolver; families: ReadonlySet<string> }): Map<string, LicencePhrase> {
  const phrases = new Map<string, LicencePhrase>();
  for (const licence of options.catalog.licences()) {
    if (licence.kind === "open-source") continue;
    const family = options.references.licenceFamily(licence.id);
    if (family === undefined || !options.families.has(family)) continue;
    phrases.set(normalisePhrase(licence.name), { family, licence, label: licence.name });
    // Files cite "the Llama 3 Community License Agreement" without the vendor's "Meta" in front.
    const familyName = options.catalog.family(family)?.name;
    const withoutVendor = familyName === undefined ? undefined : licence.name.slice(licence.name.indexOf(familyName));
    if (withoutVendor !== undefined && withoutVendor !== licence.name && licence.name.includes(familyName ?? "\u0000")) phrases.set(normalisePhrase(withoutVendor), { family, licence, label: licence.name });
    // A product's dialog links the terms as "Gemma Terms of Service"; the licence's page is cited by its address.
    if (/\bTerms of Use$/.test(licence.name)) phrases.set(normalisePhrase(licence.name.replace(/Use$/, "Service")), { family, licence, label: licence.name });
    // Only an address that carries the family's word (`ai.google.dev/gemma/terms`), never a vendor's general page.
    const address = licence.url?.replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/$/, "");
    if (address !== undefined && address.toLowerCase().includes(family)) phrases.set(normalisePhrase(address), { family, licence, label: licence.name });
    const attribution = licence.clauses.attribution?.text;
    // "Built with Llama" is shared by 3.1–4; the notice proves the family, not the version.
    if (attribution !== undefined && !phrases.has(normalisePhrase(attribution))) phrases.set(normalisePhrase(attribution), { family, label: `"${attribution}" attribution notice` });
  }
  return phrases;
}

/** Drops literals that contain a shorter one: the shorter already lets the file through. */
function withoutSuperstrings(literals: readonly string[]): string[] {
  const unique = [...new Set(literals)];
  return unique.filter((literal) => !unique.some((other) => other.length < literal.length && literal.includes(other)));
}

function containsAny(text: string, literals: readonly string[]): boolean {
  return literals.some((literal) => text.includes(literal));
}

/**
 * One alternation, grouped by first character (`g(?:emma|emini|pt)`): irregexp then
 * dispatches once per position instead of trying every literal, which measured about
 * 20% faster on the benchmark corpus.
 */
function literalAlternation(literals: readonly string[], flags: string): RegExp {
  if (literals.length === 0) return /(?!)/;
  const groups = new Map<string, string[]>();
  for (const literal of literals) {
    const first = flags.includes("i") ? literal.charAt(0).toLowerCase() : literal.charAt(0);
    groups.set(first, [...(groups.get(first) ?? []), literal.slice(1)]);
  }
  const source = [...groups].map(([first, rests]) => `${escapeRegExp(first)}(?:${byLength(rests).map(escapeRegExp).join("|")})`).join("|");
  return new RegExp(source, flags);
}

function packagePattern(name: string): string {
  return name.startsWith("@") ? escapeRegExp(name) : name.split(/[-_.]/).map(escapeRegExp).join("[-_.]");
}

function phrasePattern(phrase: string): string {
  return phrase.split(" ").map((word) => escapeRegExp(word).replace(/license/g, "licen[cs]e")).join("\\s+");
}

function byLength(items: readonly string[]): string[] {
  return [...new Set(items)].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
