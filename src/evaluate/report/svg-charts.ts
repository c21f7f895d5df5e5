import type { Interval } from "../stats/interval.js";

export interface IntervalBar {
  readonly label: string;
  readonly interval: Interval | undefined;
}

/**
 * Horizontal bars with confidence whiskers on a 0–100% axis, as inline SVG:
 * the HTML report must open offline and from a CI artifact, so no chart library
 * or CDN. `reference` draws a dashed line (e.g. 50% for win rates).
 */
export function intervalChart(options: { title: string; bars: readonly IntervalBar[]; reference?: number }): string {
  const rowHeight = 28;
  const labelWidth = 200;
  const plotWidth = 420;
  const height = options.bars.length * rowHeight + 40;
  const x = (fraction: number): number => labelWidth + Math.max(0, Math.min(1, fraction)) * plotWidth;
  const parts: string[] = [];
  options.bars.forEach((bar, index) => {
    const y = 20 + index * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeSvg(bar.label)}</text>`);
    if (!bar.interval || Number.isNaN(bar.interval.estimate)) {
      parts.push(`<text x="${labelWidth + 4}" y="${y + 14}" class="muted">no data</text>`);
      return;
    }
    const { estimate, lower, upper } = bar.interval;
    parts.push(`<rect x="${labelWidth}" y="${y + 4}" width="${(x(estimate) - labelWidth).toFixed(1)}" height="14" class="bar"/>`);
    parts.push(`<line x1="${x(lower).toFixed(1)}" x2="${x(upper).toFixed(1)}" y1="${y + 11}" y2="${y + 11}" class="whisker"/>`);
    for (const end of [lower, upper]) parts.push(`<line x1="${x(end).toFixed(1)}" x2="${x(end).toFixed(1)}" y1="${y + 5}" y2="${y + 17}" class="whisker"/>`);
    parts.push(`<text x="${labelWidth + plotWidth + 8}" y="${y + 14}">${(estimate * 100).toFixed(1)}%</text>`);
  });
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="16" y2="${height - 20}" class="grid"/>`);
    parts.push(`<text x="${x(tick)}" y="${height - 6}" text-anchor="middle" class="muted">${tick * 100}%</text>`);
  }
  if (options.reference !== undefined) parts.push(`<line x1="${x(options.reference)}" x2="${x(options.reference)}" y1="16" y2="${height - 20}" class="reference"/>`);
  return `<figure><figcaption>${escapeSvg(options.title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 70}" height="${height}" role="img">${parts.join("")}</svg></figure>`;
}

/** Grouped bars (e.g. latency p50 and p95 per model), scaled to the largest value. */
export function groupedBarChart(options: { title: string; unit: string; series: readonly string[]; groups: readonly { label: string; values: readonly (number | undefined)[] }[] }): string {
  const barHeight = 12;
  const labelWidth = 200;
  const plotWidth = 420;
  const groupHeight = options.series.length * (barHeight + 2) + 12;
  const height = options.groups.length * groupHeight + 30;
  const max = Math.max(1, ...options.groups.flatMap((group) => group.values.filter((value): value is number => value !== undefined)));
  const parts: string[] = [];
  options.groups.forEach((group, groupIndex) => {
    const top = 10 + groupIndex * groupHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${top + barHeight}" text-anchor="end">${escapeSvg(group.label)}</text>`);
    group.values.forEach((value, seriesIndex) => {
      const y = top + seriesIndex * (barHeight + 2);
      if (value === undefined) return;
      const width = (value / max) * plotWidth;
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="${barHeight}" class="series${seriesIndex}"/>`);
      parts.push(`<text x="${labelWidth + width + 6}" y="${y + barHeight - 2}" class="small">${escapeSvg(options.series[seriesIndex] ?? "")} ${Math.round(value)}${options.unit}</text>`);
    });
  });
  return `<figure><figcaption>${escapeSvg(options.title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 120}" height="${height}" role="img">${parts.join("")}</svg></figure>`;
}

export function escapeSvg(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
