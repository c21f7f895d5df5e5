/** Spend as the console shows it: unpriced requests are said, never counted as $0; all unpriced is "unknown". */
export function formatSpend(costUsd: number, costUnknown: number, requests: number): string {
  if (requests > 0 && costUnknown === requests) return "unknown";
  const amount = formatUsd(costUsd);
  return costUnknown > 0 ? `${amount} + ${formatCount(costUnknown)} unpriced` : amount;
}

export function formatUsd(value: number): string {
  if (value === 0) return "$0";
  if (value < 0.01) return `$${value.toPrecision(2)}`;
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function formatCount(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(1)}B`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (value >= 1e4) return `${(value / 1e3).toFixed(1)}k`;
  return value.toLocaleString("en-US");
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  if (value >= 10_000) return `${Math.round(value / 1000)} s`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

export function formatTime(epochMs: number, withDate = false): string {
  const date = new Date(epochMs);
  const time = date.toISOString().slice(11, 16);
  return withDate ? `${date.toISOString().slice(5, 10)} ${time}` : time;
}
