/**
 * Prose that explains what values given above mean (label guide: a remark on a value is a decoy; the command or
 * setting above carries the dependency), for every family:
 *
 * - a sentence opening "Here the <setting> ``value`` means …" or "Where the <setting> `value` is …", and its next line
 *   when that goes on "and the <setting> ``value`` is …" ("Here the quantization ``q0f16`` means float16 …, and the
 *   conversation template ``phi-2`` is the Phi-2 model's template in MLC");
 * - a sentence whose subject is a model prefix and says where it routes ("The `gemini/` prefix routes to the Gemini API
 *   which requires an API key"): how a router reads names, not the API the setup needs.
 */
const explainedValue = String.raw`the\s+[a-z][\w -]{0,40}?\s+\`{1,2}[^\`]+\`{1,2}\s+(?:means|is|stands\s+for|refers\s+to)\s`;
const explanationOpening = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:here|where),?\s+${explainedValue}`, "i");
const explanationContinued = new RegExp(String.raw`^\s*and\s+${explainedValue}`, "i");
const openedClauseGoesOn = /,\s*$/;
const prefixRoutesBefore = /\bthe\s+`[\w.-]+\/`\s+prefix\s+(?:routes|sends|points|goes|maps|resolves|forwards)\b[^.;!?]*$/i;

/** The line explains what values shown above mean (see the module comment). */
export function isValueExplanation(text: string, previous: string): boolean {
  if (explanationOpening.test(text)) return true;
  return explanationContinued.test(text) && explanationOpening.test(previous) && openedClauseGoesOn.test(previous);
}

/** The text before a candidate says where a model prefix routes (see the module comment). */
export function isPrefixRouteExplanation(before: string): boolean {
  return before.includes("prefix") && prefixRoutesBefore.test(before);
}
