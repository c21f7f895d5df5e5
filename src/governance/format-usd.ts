/**
 * A dollar amount for people: cents for ordinary amounts (`$1.20`), and as many
 * decimals as a small amount needs to stay visible (`$0.0002`, `$0.000015`), so a
 * tiny budget or spend never prints as `$0.00`. At most 6 significant decimals
 * beyond the cents; trailing zeros past the cents are dropped.
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) return `$${amount}`;
  const sign = amount < 0 ? "-" : "";
  const magnitude = Math.abs(amount);
  // Enough decimals for two significant digits of a sub-cent amount, at least 2, at most 12.
  const decimals = magnitude === 0 || magnitude >= 0.01 ? 6 : Math.min(12, 1 - Math.floor(Math.log10(magnitude)) + 1);
  const fixed = magnitude.toFixed(Math.max(2, decimals));
  const [whole, fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "").padEnd(2, "0");
  return `${sign}$${whole}.${trimmed}`;
}
