import type { AuditMatchers } from "./audit-matchers.js";
import { matchesOf } from "./matches-of.js";

/**
 * A framework's provider package for one family's API, published in the framework's scope under the family's word
 * (`@ai-sdk/mistral`, `@ai-sdk/deepseek`): it exists only to call that family's API, as `pydantic-ai-slim[mistral]` does
 * (label guide, round eighteen). Packages named for a vendor (`@ai-sdk/anthropic`, `@ai-sdk/openai`, `@ai-sdk/google`)
 * carry no family word and stay unreported, as the vendor's name marks a dependency only as its own SDK, host or key.
 */
const scopedProviderPackage = /(?<![\w@/.-])@ai-sdk\/([a-z][a-z0-9]*)(?![\w/.-])/g;

export interface ScopedProviderPackage {
  readonly column: number;
  readonly family: string;
  readonly name: string;
}

export function scopedProviderPackagesOf(text: string, matchers: AuditMatchers): ScopedProviderPackage[] {
  if (!text.includes("@ai-sdk/")) return [];
  const found: ScopedProviderPackage[] = [];
  for (const match of matchesOf(text, scopedProviderPackage)) {
    const word = match[1] ?? "";
    const family = matchers.signatures.isVendorWord(word) ? undefined : matchers.signatures.familyOfIdentifierWord(word);
    if (family !== undefined && matchers.families.has(family)) found.push({ column: match.index + 1, family, name: match[0] });
  }
  return found;
}
