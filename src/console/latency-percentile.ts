/**
 * The `quantile` (0..1) of a latency histogram: `counts[i]` requests fell below
 * `bounds[i]` and at or above `bounds[i - 1]` (0 for the first bin); the last
 * count, at index `bounds.length`, is the open bin above the last bound.
 * Interpolated linearly within the bin, so the error is at most the bin's width;
 * the open bin answers its lower bound. Undefined for an empty histogram.
 */
export function latencyPercentile(counts: readonly number[], bounds: readonly number[], quantile: number): number | undefined {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  const rank = quantile * total;
  let seen = 0;
  for (let index = 0; index < counts.length; index++) {
    const count = counts[index] ?? 0;
    if (count > 0 && seen + count >= rank) {
      const lower = index === 0 ? 0 : (bounds[index - 1] ?? 0);
      const upper = bounds[index];
      if (upper === undefined) return lower;
      return lower + ((rank - seen) / count) * (upper - lower);
    }
    seen += count;
  }
  return bounds[bounds.length - 1];
}
