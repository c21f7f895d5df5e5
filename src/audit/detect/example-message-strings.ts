/**
 * A line that is only a string literal, continuing a message, which gives an id as an example ("`dspy.LM(...)`, e.g.,
 * dspy.LM('openai/gpt-5', temperature=1.0)"), or follows such a line ending on "For example, "): an example in text shown
 * to people (label guide: "e.g." and "For example" ids are examples, also in error messages; round twenty).
 */
const stringOnlyLine = /^\s*[fFrRbBuU]?(["'])(?:(?!\1).)*\1\s*[,)]?\s*$/;
const exampleMarker = /\b(?:e\.g\.|for example|for instance)[,:]?\s/i;
const endsOnExampleMarker = /\b(?:e\.g\.|for example|for instance)[,:]?\s*["']\s*,?\s*$/i;

export function isExampleMessageStringLine(text: string, previous: string): boolean {
  if (!stringOnlyLine.test(text)) return false;
  return exampleMarker.test(text) || (stringOnlyLine.test(previous) && endsOnExampleMarker.test(previous));
}
