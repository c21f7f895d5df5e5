/**
 * Docs prose that advises on models rather than setting one (label guide, round nine: "remarks on Grok 4.3 and xAI's slug
 * redirects (advice, not a setting)"), for every family; the snippet beside it carries the dependency:
 *
 * - the model a thinking or reasoning switch's effect applies to ("Set `thinking=False` to disable reasoning on Grok 4.3");
 *   any other feature switched on for a model ("enable flash attention for `qwen2.5:7b`") is a setting for it;
 * - where a vendor redirects or aliases other names ("xAI redirects several retired text model slugs to `grok-4.3`");
 *   a project's own mapping ("Our router maps the default model to `llama3:8b`") sets the model it serves;
 * - which model to choose for a need ("choose `grok-4.3` and an explicit reasoning effort when you need predictable cost").
 *   "use …" is not matched here and keeps its reading.
 */
const switchEffectBefore = /\b(?:disable|enable|turn\s+(?:off|on)|switch\s+(?:off|on))\s+(?:[\w-]+\s+){0,3}?(?:thinking|reasoning)(?:\s+(?:mode|effort|tokens?|budget|traces?))?\s+(?:on|for)\s+[`*]*$/i;
const redirectBefore = /\b(?:redirects?|aliases?)\s+[^.;!?]*?\b(?:slugs?|aliases?|names?|ids?|models?)\s+to\s+[`*]*$/i;
const chooseBefore = /(?:^|[.;:!?]\s*|\b(?:and|then|so)\s+)(?:choose|pick|prefer)\s+[`*]*$/i;
const forANeedAfter = /^[^.;!?]*\b(?:when|if)\s+you\s+(?:need|want|care\s+about)\b/i;

/** The prose around a candidate advises on the model (see the module comment). */
export function isModelAdviceRemark(before: string, after: string): boolean {
  if (switchEffectBefore.test(before) || redirectBefore.test(before)) return true;
  return chooseBefore.test(before) && forANeedAfter.test(after);
}
