/**
 * A key variable given as one example among others in prose ("for example, `OPENAI_API_KEY` or `ANTHROPIC_API_KEY`",
 * "such as `OPENAI_API_KEY` or `ANTHROPIC_API_KEY`"): the variables a gateway reads for whichever provider is used, not a
 * credential the project sets (round eight's rule for such lists; the lead's decision, round sixteen). Another variable
 * must stand in the same list, so "set `ANTHROPIC_API_KEY`, for example in `.env`" stays the vendor-API rule.
 */
const exampleListBefore = /\b(?:for example|for instance|such as|e\.g\.|like)[,:]?\s+(?:`?[A-Z][A-Z0-9_]*`?\s*(?:,|\bor\b|\band\b)\s*)+`?$/i;
const exampleMarkerBefore = /\b(?:for example|for instance|such as|e\.g\.|like)[,:]?\s+`?$/i;
const anotherKeyAfter = /^`?\s*(?:,|\bor\b|\band\b)\s*`?[A-Z][A-Z0-9]*_[A-Z0-9_]*KEY\b/;

/** Whether the key at `index` of a prose line is one of several given as examples. */
export function isExampleKey(text: string, index: number, length: number): boolean {
  if (!/for example|for instance|such as|e\.g\.|like/i.test(text)) return false;
  const before = text.slice(Math.max(0, index - 200), index);
  if (exampleListBefore.test(before)) return true;
  return exampleMarkerBefore.test(before) && anotherKeyAfter.test(text.slice(index + length));
}
