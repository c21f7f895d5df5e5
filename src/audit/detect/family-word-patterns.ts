import type { AuditMatchers } from "./audit-matchers.js";

/** A pattern over the audited families' own words, with each word (lower case) to its family id. */
export interface FamilyWordPattern {
  readonly pattern: RegExp;
  readonly families: ReadonlyMap<string, string>;
}

/**
 * A builder of one pattern per matcher set over each audited family's own word in its catalog name (`Llama` in "Meta
 * Llama", not the vendor's word), longest first; `source` places the alternation of words (in a group of its own making).
 * The prose detectors that need a family's models named by word (access to the models, models governed by terms) share it.
 */
export function familyWordPattern(source: (words: string) => string, flags = "i"): (matchers: AuditMatchers) => FamilyWordPattern | null {
  return perMatchers((matchers) => {
    const families = new Map<string, string>();
    for (const id of matchers.families) {
      const word = matchers.catalog.family(id)?.name.split(/\s+/).find((part) => part.toLowerCase() === id);
      if (word !== undefined) families.set(word.toLowerCase(), id);
    }
    const words = [...families.keys()].sort((a, b) => b.length - a.length);
    return words.length === 0 ? null : { families, pattern: new RegExp(source(words.join("|")), flags) };
  });
}

/** A value built once per matcher set (the audited families fix it) and kept while the set lives. */
export function perMatchers<T>(build: (matchers: AuditMatchers) => T): (matchers: AuditMatchers) => T {
  const cache = new WeakMap<AuditMatchers, { value: T }>();
  return (matchers) => {
    const cached = cache.get(matchers);
    if (cached !== undefined) return cached.value;
    const value = build(matchers);
    cache.set(matchers, { value });
    return value;
  };
}
