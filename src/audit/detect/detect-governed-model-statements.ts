import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";

/**
 * A statement that one family's models, as the project ships or runs them, are governed by or licensed under terms
 * ("Gemma models on the … app are governed by the " before a link to the Gemma Terms): a licence statement binding users, as
 * the terms' own name is (label guide, round thirteen), even where the terms are named on the next line or behind a link.
 * The family's models must be the subject ("Gemma models …", "the Llama 3 models …") and the verb "governed by" or
 * "licensed under"; "subject to" (rate limits, quotas) and remarks on what a model can do are left out.
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
          pattern: new RegExp(
            `(?:^|["'(>]|[.!?]\\s+)\\s*(?:the\\s+|all\\s+)?(${words.join("|")})(?:[\\s-]+\\d[\\w.]*)?\\s+models?\\b[^.!?"]*?\\b(?:are|is)\\s+(?:governed\\s+by|licensed\\s+under)\\s+the\\b`,
            "i",
          ),
        };
  cache.set(matchers, built);
  return built;
}

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
