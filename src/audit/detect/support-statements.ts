/**
 * Prose saying what a library supports, in the sentence before the model (round twenty): "There is built-in support for
 * Llama 2, Mistral …", "function calling is only supported for llama 3.1", "A single module covers the entire catalog,
 * including Moonshot's Kimi K2 family (`moonshotai.kimi-k2-thinking`)". What a tool supports is a decoy (label guide,
 * round sixteen); round nineteen's "We support …" is the same shape. A dot inside an id (`kimi-k2.5`) does not end the sentence.
 * After round twenty-four: "WebLLM natively supports a range of models including Llama 3, Phi 3, …" (supports … models
 * including / such as / like). Hardened after the second review: at most three words between "supports" and "models" ("supports
 * a range of models"), the project's own model after "including" ("including our own fine-tuned Llama") is not what a tool
 * supports, and the spans are bounded (a 120 KB line took seconds).
 */
const supportStatementBefore = /(?:\bsupports?\s+(?:[\w-]+\s+){0,3}models?\s+(?:including|such\s+as|like)\s(?!(?:our|my|its)\s+own\b)|\bbuilt-in\s+support\s+for\s|\b(?:is|are)\s+(?:only\s+|also\s+|now\s+)?supported\s+(?:for|with|on|by)\s|\bcovers\s+(?:[^.;:]|\.(?!\s)){0,80}\bincluding\s)(?:[^.;:]|\.(?!\s))*$/i;

export function isSupportStatementBefore(before: string): boolean {
  return before.includes("upport") || before.includes("cover") ? supportStatementBefore.test(before) : false;
}

/** A model's name made an adjective (`O1-style reasoning`, `GPT-4-like answers`): a comparison, no model is used. */
const comparisonSuffix = /^-(?:style|like|esque)\b/i;
const comparisonEnd = /-(?:style|like|esque)$/i;

export function isComparisonCompound(candidate: string, after: string): boolean {
  return comparisonEnd.test(candidate) || comparisonSuffix.test(after);
}
