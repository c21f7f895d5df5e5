import type { CatalogFamily } from "../schema/catalog-family.js";

export interface FamilyMatcher {
  readonly family: string;
  /**
   * Lower-case substrings at least one of which every id of the family contains
   * (`llama`, `codellama`, `command`): a cheap prefilter before calling `resolve()`.
   */
  readonly literals: readonly string[];
  /**
   * Case-insensitive, non-global pattern for a keyword standing as its own word or glued
   * to a version (`Llama-3`, `llama3`, `command-r`), not inside a longer word (`ollama`,
   * `llamaindex`). Phrases allow one separator between tokens.
   */
  readonly pattern: RegExp;
  /** Separator-insensitive phrases that contain a keyword but are not the family (`llama index`). */
  readonly excludes: readonly string[];
}

export function buildFamilyMatchers(families: readonly CatalogFamily[]): FamilyMatcher[] {
  return families.map((family) => {
    const literals = [...new Set(family.keywords.map((keyword) => keyword.split(" ")[0] ?? keyword))];
    const alternatives = family.keywords
      .map((keyword) => keyword.split(" ").map(escapeRegExp).join("[-_. :/]?"))
      .sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![a-z])(?:${alternatives.join("|")})(?![a-z])`, "i");
    return { family: family.id, literals, pattern, excludes: family.excludes };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
