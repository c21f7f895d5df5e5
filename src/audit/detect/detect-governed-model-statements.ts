import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { familyWordPattern } from "./family-word-patterns.js";
import type { LineContext } from "./line-context.js";

/**
 * A statement that one family's models, as the project ships or runs them, are governed by or licensed under terms
 * ("Gemma models on the … app are governed by the " before a link to the Gemma Terms): a licence statement binding users, as
 * the terms' own name is (label guide, round thirteen), even where the terms are named on the next line or behind a link.
 * The family's models must be the subject ("Gemma models …", "the Llama 3 models …") and the verb "governed by" or
 * "licensed under"; "subject to" (rate limits, quotas) and remarks on what a model can do are left out.
 */
/**
 * What may stand between the family's models and the verb: a short phrase saying where they are found ("on the Gallery
 * app", "in this repository") or a clause saying the reader gets or runs them ("you download here"). Any other clause is
 * left out: "The Llama 3 models we compare against are licensed under …" is about models the project only compares with
 * (review of the evening's fixes, 1k), and a word count alone would let it in.
 */
const modelsPlace = String.raw`(?:\s+(?:on|in|of|from|at|via|through|within|inside|bundled|shipped|provided|distributed|released|hosted)\b(?:\s+[^\s.!?"]+){1,6}?|\s+(?:that\s+|which\s+)?(?:you|we|users?)\s+(?:can\s+)?(?:download|get|use|run|ship|provide|serve|host|release|distribute|fine-tune|install|access)(?:\s+(?:here|below|above|from\s+[^\s.!?"]+))?)?`;
const patternOf = familyWordPattern(
  (words) =>
    String.raw`(?:^|["'(>]|[.!?]\s+)\s*(?:the\s+|all\s+)?(${words})(?:[\s-]+\d[\w.]*)?\s+models?${modelsPlace},?\s+(?:are|is)\s+(?:governed\s+by|licensed\s+under)\s+the\b`,
);

export function detectGovernedModelStatements(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role === "licence" || !/governed|licensed/i.test(line.text)) return [];
  const built = patternOf(matchers);
  const match = built?.pattern.exec(line.text);
  const word = match?.[1];
  const family = word === undefined ? undefined : built?.families.get(word.toLowerCase());
  if (match === null || match === undefined || word === undefined || family === undefined) return [];
  return [{
    line: line.number,
    column: line.text.indexOf(word, match.index) + 1,
    family,
    kind: "license",
    match: match[0].trim(),
    message: `states that ${matchers.catalog.family(family)?.name ?? family} models are bound by their terms`,
    evidence: evidenceOf(line.text),
    confidence: 0.7,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }];
}
