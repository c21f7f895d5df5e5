import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import { aliasFamilies } from "./launch-aliases.js";
import type { LineContext } from "./line-context.js";

/**
 * A family's tier named without a version in prose that says the project uses it ("Uses `cortex.complete()` with Claude
 * Sonnet by default", "The agent runs on Claude Haiku"): the vendor serves that tier's current release, so the project depends
 * on the family as a versioned name would (label guide, rules after round six: a release the sentence says is used). Only
 * tiers a single family names (Claude's Sonnet, Opus and Haiku, as for launch aliases), only with a use verb right before
 * the name in the same sentence, and never with a version after it (the id rules read "Claude Sonnet 4"). Code, snippets and
 * UI strings ("Claude Haiku" as a button's text) are left out.
 */
const tierName = /\b(Claude)[\s-]+(Sonnet|Opus|Haiku)\b(?![\s-]*v?\d)/;
/**
 * The use verb right before the name, at most a preposition and "the" between ("runs on", "uses … with" once inline code is taken
 * out): a verb earlier in the sentence may belong to another clause ("We used no external API here; compare with Claude
 * Opus", "drafted using Copilot, not Claude Haiku", "…, which runs offline, scores higher than Claude Sonnet").
 */
const useVerbBefore = /\b(?:use[sd]?|using|run(?:s|ning)?|call(?:s|ed|ing)?|serv(?:e|es|ed|ing)|queries|query(?:ing)?|defaults?\s+to)\s+(?:(?:on|with|via|through)\s+)?(?:the\s+)?$/i;

export function detectTierNamesInProse(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role !== "prose" || line.file.fencedLines?.has(line.number) === true) return [];
  const match = tierName.exec(line.text);
  // The tier's own word resolves as a launch alias does (`sonnet` → claude), so one table serves both.
  const family = match?.[2] === undefined ? undefined : aliasFamilies.get(match[2].toLowerCase());
  if (match === null || family === undefined || !matchers.families.has(family)) return [];
  // The sentence up to the name, without inline code (`cortex.complete()` holds dots that end no sentence).
  const sentence = line.text.slice(0, match.index).replace(/`[^`]*`\s*/g, "").split(/[.!?](?:\s|$)/).at(-1) ?? "";
  if (!useVerbBefore.test(sentence)) return [];
  return [{
    line: line.number,
    column: match.index + 1,
    family,
    kind: "model-id",
    match: match[0],
    message: `uses ${match[0]}, the ${matchers.catalog.family(family)?.name ?? family} tier's current release`,
    evidence: evidenceOf(line.text),
    confidence: 0.65,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }];
}
