import { fMeasure, nGram, treeBankTokenize } from "js-rouge";

/**
 * ROUGE-N F-measure (n = 1, β = 1) of a candidate against a reference, as
 * promptfoo 0.121 computes it: both lowercased, tokenised with js-rouge's
 * Penn Treebank tokenizer (the library promptfoo uses, so tokens agree), clipped
 * n-gram overlap; 0 when either side is shorter than n or nothing overlaps.
 */
export function rougeNScore(candidate: string, reference: string, n = 1): number {
  const candidateTokens = treeBankTokenize(candidate.toLowerCase());
  const referenceTokens = treeBankTokenize(reference.toLowerCase());
  if (candidateTokens.length < n || referenceTokens.length < n) return 0;
  const candidateGrams = nGram(candidateTokens, n);
  const referenceGrams = nGram(referenceTokens, n);
  const referenceCounts = counts(referenceGrams);
  let overlap = 0;
  for (const [gram, count] of counts(candidateGrams)) overlap += Math.min(count, referenceCounts.get(gram) ?? 0);
  if (overlap === 0) return 0;
  return fMeasure(overlap / candidateGrams.length, overlap / referenceGrams.length, 1);
}

/**
 * Sentence BLEU (Papineni et al. 2002) as promptfoo 0.121 computes it:
 * lowercased whitespace tokens, clipped 1–4-gram precisions against the best
 * reference, equal weights renormalised over the orders the candidate is long
 * enough for, a zero precision smoothed to 1e-7, brevity penalty against the
 * reference length closest to the candidate's (the shorter on a tie).
 */
export function bleuScore(candidate: string, references: readonly string[]): number {
  if (references.length === 0) throw new Error("bleu needs at least one reference");
  if (candidate.trim() === "") return 0;
  const tokens = (text: string): string[] => text.toLowerCase().trim().split(/\s+/);
  const candidateWords = tokens(candidate);
  const referenceWords = references.map(tokens);
  const closest = referenceWords
    .map((words) => words.length)
    .reduce((previous, current) => {
      const currentDistance = Math.abs(current - candidateWords.length);
      const previousDistance = Math.abs(previous - candidateWords.length);
      return currentDistance < previousDistance || (currentDistance === previousDistance && current < previous) ? current : previous;
    });
  const orders: number[] = [];
  for (let n = 1; n <= 4; n++) {
    const grams = wordGrams(candidateWords, n);
    if (grams.length === 0) continue;
    const candidateCounts = counts(grams);
    let best = 0;
    for (const words of referenceWords) {
      const referenceCounts = counts(wordGrams(words, n));
      let clipped = 0;
      for (const [gram, count] of candidateCounts) clipped += Math.min(count, referenceCounts.get(gram) ?? 0);
      best = Math.max(best, clipped);
    }
    orders.push(best / grams.length);
  }
  const penalty = candidateWords.length > closest ? 1 : Math.exp(1 - closest / candidateWords.length);
  const logSum = orders.reduce((sum, precision) => sum + (1 / orders.length) * Math.log(precision === 0 ? 1e-7 : precision), 0);
  return penalty * Math.exp(logSum);
}

function wordGrams(words: readonly string[], n: number): string[] {
  if (n > words.length) return [];
  const grams: string[] = [];
  for (let index = 0; index <= words.length - n; index++) grams.push(words.slice(index, index + n).join(" "));
  return grams;
}

function counts(grams: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const gram of grams) map.set(gram, (map.get(gram) ?? 0) + 1);
  return map;
}
