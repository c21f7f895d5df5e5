/**
 * Exact (binomial) McNemar test on the discordant pairs of a paired pass/fail
 * table: `b` = baseline passed and candidate failed, `c` = the reverse. Under
 * "no difference" each discordant pair is a fair coin, so the two-sided p-value
 * is 2·P(X ≤ min(b, c)) for X ~ Binomial(b + c, ½), capped at 1. Exact rather
 * than χ² because eval suites often have few discordant pairs. b=1, c=9 → 0.021484375.
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // Sum in log space so 10,000-pair tables do not underflow.
  let logTerm = -n * Math.LN2; // log C(n,0) + n·log ½
  let tail = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}
