import type { AuditMatchers } from "./audit-matchers.js";

/**
 * A Dart package for one family's API, named by pub's snake_case convention with the family's word as one part, alone or as
 * the vendor's `<word>ai` (`mistralai_dart`, a Mistral API client; `langchain_mistralai`, LangChain.dart's Mistral module):
 * imported (`import 'package:langchain_mistralai/langchain_mistralai.dart';`) or declared with a version in `pubspec.yaml`'s
 * dependencies (`  mistralai_dart: ^1.3.0`), as `gem "mistral-ai"` and `@ai-sdk/mistral` are (label guide, rounds thirteen,
 * eighteen and twenty-three). A package named for a vendor (`anthropic_sdk_dart`, `langchain_anthropic`) carries no family
 * word; the package's own `name:` and a topic are names, not dependencies (no version, no indentation).
 */
const dartImport = /^\s*(?:import|export)\s+["']package:([a-z][a-z0-9_]*)\//;
const pubspecDependency = /^\s+([a-z][a-z0-9_]*)\s*:\s*["']?(?:\^|[<>=]=?\s*)?\d[\w.+-]*(?:\s+[<>=]=?\s*\d[\w.+-]*)?["']?\s*(?:#.*)?$/;

export interface DartPackage {
  readonly column: number;
  readonly family: string;
  readonly name: string;
  readonly how: "imports" | "depends on";
}

export function dartPackageOf(options: { text: string; manifest: boolean; matchers: AuditMatchers }): DartPackage | undefined {
  const { text, manifest, matchers } = options;
  if (!text.includes("_")) return undefined;
  const match = manifest ? pubspecDependency.exec(text) : text.includes("package:") ? dartImport.exec(text) : null;
  const name = match?.[1];
  if (match === null || name === undefined || !name.includes("_")) return undefined;
  for (const part of name.split("_")) {
    const word = part.endsWith("ai") && matchers.signatures.familyOfIdentifierWord(part) === undefined ? part.slice(0, -2) : part;
    const family = matchers.signatures.isVendorWord(word) ? undefined : matchers.signatures.familyOfIdentifierWord(word);
    if (family !== undefined && matchers.families.has(family)) return { column: match.index + match[0].indexOf(name) + 1, family, name, how: manifest ? "depends on" : "imports" };
  }
  return undefined;
}
