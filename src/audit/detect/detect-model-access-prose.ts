import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { familyWordPattern } from "./family-word-patterns.js";
import type { LineContext } from "./line-context.js";

/**
 * Prose that says the reader's account must get access to one family's models or weights ("make sure that the account is
 * able to access the Meta Llama weights", "request and be granted access to the Claude models"): a gated download or a
 * vendor's model access the project needs before it runs, as a use verb would say (label guide, rules after round six). The
 * family's name must be followed by "models", "weights" or "checkpoints" and preceded by "access (to) the", at most one
 * vendor word between (`Meta`); "having access to mistral-medium" (no article, a release in passing) is left to the id rules, and so is a sentence that
 * negates the access.
 */
const patternOf = familyWordPattern(
  (words) => `\\baccess(?:\\s+to)?\\s+the\\s+(?:[A-Z][A-Za-z]+\\s+)?(${words})(?:[\\s-]+\\d[\\w.]*)?\\s+(?:models?|weights|checkpoints?)\\b`,
);
/**
 * A negation earlier in the sentence: "If you do not have access to the Llama models", "We never access the Gemma weights",
 * "runs without access to the Claude models" say what the project does without them (review of the evening's fixes, 1h).
 */
const negationBefore = /\b(?:not|never|no|without|cannot)\b|n['’]t\b/i;

export function detectModelAccessProse(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role !== "prose" || line.file.fencedLines?.has(line.number) === true || !/access/i.test(line.text)) return [];
  const built = patternOf(matchers);
  const match = built?.pattern.exec(line.text);
  const word = match?.[1];
  const family = word === undefined ? undefined : built?.families.get(word.toLowerCase());
  if (match === null || match === undefined || word === undefined || family === undefined) return [];
  if (negationBefore.test(line.text.slice(0, match.index).split(/[.!?;](?:\s|$)/).at(-1) ?? "")) return [];
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
