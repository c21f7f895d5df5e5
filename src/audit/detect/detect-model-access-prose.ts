import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";

/**
 * Prose that says the reader's account must get access to one family's models or weights ("make sure that the account is
 * able to access the Meta Llama weights", "request and be granted access to the Claude models"): a gated download or a
 * vendor's model access the project needs before it runs, as a use verb would say (label guide, rules after round six). The
 * family's name must be followed by "models", "weights" or "checkpoints" and preceded by "access (to) the", at most one
 * vendor word between (`Meta`); "having access to mistral-medium" (no article, a release in passing) is left to the id rules.
 */
const cache = new WeakMap<AuditMatchers, { pattern: RegExp; families: ReadonlyMap<string, string> } | null>();

function patternOf(matchers: AuditMatchers): { pattern: RegExp; families: ReadonlyMap<string, string> } | null {
  const cached = cache.get(matchers);
  if (cached !== undefined) return cached;
  const families = new Map<string, string>();
  for (const id of matchers.families) {
    const word = matchers.catalog.family(id)?.name.split(/\s+/).find((part) => part.toLowerCase() === id);
    if (word !== undefined) families.set(word.toLowerCase(), id);
  }
  const words = [...families.keys()].sort((a, b) => b.length - a.length);
  const built =
    words.length === 0
      ? null
      : {
          families,
          pattern: new RegExp(`\\baccess(?:\\s+to)?\\s+the\\s+(?:[A-Z][A-Za-z]+\\s+)?(${words.join("|")})(?:[\\s-]+\\d[\\w.]*)?\\s+(?:models?|weights|checkpoints?)\\b`, "i"),
        };
  cache.set(matchers, built);
  return built;
}

export function detectModelAccessProse(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role !== "prose" || line.file.fencedLines?.has(line.number) === true || !/access/i.test(line.text)) return [];
  const built = patternOf(matchers);
  const match = built?.pattern.exec(line.text);
  const word = match?.[1];
  const family = word === undefined ? undefined : built?.families.get(word.toLowerCase());
  if (match === null || match === undefined || word === undefined || family === undefined) return [];
  const column = match.index + match[0].indexOf(word, match[0].indexOf("the")) + 1;
  return [{
    line: line.number,
    column,
    family,
    kind: "model-id",
    match: match[0],
    message: `needs access to the ${matchers.catalog.family(family)?.name ?? family} models`,
    evidence: evidenceOf(line.text),
    confidence: 0.7,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }];
}
