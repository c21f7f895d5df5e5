/**
 * A comment line saying what a step does for a class of models (`// Add reasoning parameters for O-series and GPT-5 models`,
 * `# Add verbosity for GPT-5 models (Responses API only).`): the generation is named as the class the code below handles, and
 * the code that routes on it carries the dependency (`isGPT5`); the comment sets no model, even with a verb such as "add"
 * that otherwise makes a comment configure (label guide, round twenty-four; prose's "o1 models, which …" after round nine).
 */
const forClassBefore = /^\s*(?:#|\/\/|\/\*|\*)\s.*\bfor\s+(?:(?:the|all)\s+)?(?:[\w.-]+\s+(?:and|or|&)\s+)?$/i;
const modelsAfter = /^\s+models\b/i;

export function isModelClassComment(before: string, after: string): boolean {
  return modelsAfter.test(after) && forClassBefore.test(before);
}
