import type { AuditMatchers } from "./audit-matchers.js";
import { matchesOf } from "./matches-of.js";

/**
 * A family word run into another CamelCase word inside a hub repo's name (`Jacaranda/AfroLlama_V1`): a derivative named
 * after its base, as `TinyLlama` is (label guide, round sixteen). Only the family's own capitalised word after a lower-case
 * letter counts (`AfroLlama`), and only where a repo id carries it; `Ollama` or `exllama` in lower case never match.
 */
const cache = new WeakMap<AuditMatchers, { pattern: RegExp; families: ReadonlyMap<string, string> } | null>();

function patternOf(matchers: AuditMatchers): { pattern: RegExp; families: ReadonlyMap<string, string> } | null {
  const cached = cache.get(matchers);
  if (cached !== undefined) return cached;
  const families = new Map<string, string>();
  for (const id of matchers.families) {
    const word = matchers.catalog.family(id)?.name.split(/\s+/).find((part) => part.toLowerCase() === id && /^[A-Z][a-z]+[A-Za-z]*$/.test(part));
    if (word !== undefined) families.set(word, id);
  }
  const words = [...families.keys()].sort((a, b) => b.length - a.length);
  const built = words.length === 0 ? null : { families, pattern: new RegExp(`(?<=[\\w.-]/[A-Za-z0-9]*[a-z])(${words.join("|")})(?=[-_.\\dA-Z]|$)`, "g") };
  cache.set(matchers, built);
  return built;
}

/** Where a repo id on the line names a derivative with a family word run into another word: its index and family. */
export function joinedFamilyWordsOf(text: string, matchers: AuditMatchers): { index: number; length: number; family: string }[] {
  // Any family word in it is capitalised after a lower-case letter; most lines with a slash are paths and links in lower case.
  if (!text.includes("/") || !/[a-z][A-Z]/.test(text)) return [];
  const built = patternOf(matchers);
  if (built === null) return [];
  return matchesOf(text, built.pattern).map((match) => ({ index: match.index, length: match[0].length, family: built.families.get(match[0]) ?? "" })).filter((found) => found.family !== "");
}
