import { diffWords } from "diff";

export type DiffPart = { readonly kind: "same" | "added" | "removed"; readonly text: string };

/**
 * Bounds on the work one diff may take, as before the `diff` package: outputs of
 * more than ~1,500 words and whitespace runs, or with more than 400 edits between
 * them (they have little in common), are shown whole, as one removal and one
 * addition. Myers' search costs (length × edits). Measured 2026-12-05 on a shared
 * 2-core machine: similar 400-word answers 25–50 ms, as with the hand-written LCS
 * it replaced; two unrelated 300-word answers 230 ms unbounded, 25 ms with the bound.
 */
const maxTokens = 1500;
const maxEditLength = 400;

/**
 * Word-level diff of two outputs (Myers' diff over words and punctuation; a change in
 * whitespace alone is not a difference).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = tokenCount(before) > maxTokens || tokenCount(after) > maxTokens ? undefined : diffWords(before, after, { maxEditLength });
  if (changes === undefined) {
    return [...(before ? [{ kind: "removed" as const, text: before }] : []), ...(after ? [{ kind: "added" as const, text: after }] : [])];
  }
  return changes.filter((change) => change.value !== "").map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
}

function tokenCount(text: string): number {
  return text.split(/\s+/).length * 2;
}
