import { html } from "htm/preact";
import type { VNode } from "preact";

export interface ChartSeries {
  readonly label: string;
  /** A CSS class giving the series its colour (see styles.css). */
  readonly className: string;
  readonly values: readonly (number | null)[];
}

/**
 * A small SVG chart: bars for the first series, lines for the rest, on one scale.
 * Plain SVG rather than a chart library: these are a few dozen points per chart,
 * and the whole console must load in under 200 KB. Each chart has a text
 * alternative (the figures as a table) for screen readers.
 */
export function Chart(props: { title: string; labels: readonly string[]; series: readonly ChartSeries[]; format: (value: number) => string; emptyText?: string }): VNode {
  const width = 600;
  const height = 160;
  const pad = { left: 48, right: 8, top: 8, bottom: 20 };
  const all = props.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const max = Math.max(...all, 0);
  const count = props.labels.length;
  const step = (width - pad.left - pad.right) / Math.max(1, count);
  const y = (value: number): number => pad.top + (height - pad.top - pad.bottom) * (1 - value / max);
  const x = (index: number): number => pad.left + step * index + step / 2;
  const [bars, ...lines] = props.series;
  const tickEvery = Math.max(1, Math.ceil(count / 6));
  if (max === 0) {
    return html`<figure class="chart"><figcaption>${props.title}</figcaption><p class="hint empty">${all.length === 0 ? (props.emptyText ?? "Nothing known in this range.") : "All zero in this range."}</p></figure>`;
  }
  return html`<figure class="chart">
    <figcaption>${props.title}<span class="legend">${props.series.map((series) => html`<span class=${`key ${series.className}`}>${series.label}</span>`)}</span></figcaption>
    <svg viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${`${props.title}: chart; the figures follow as a table`} preserveAspectRatio="none">
      <line class="axis" x1=${pad.left} x2=${width - pad.right} y1=${height - pad.bottom} y2=${height - pad.bottom} />
      <text class="tick" x=${pad.left - 4} y=${pad.top + 8} text-anchor="end">${props.format(max)}</text>
      <text class="tick" x=${pad.left - 4} y=${height - pad.bottom} text-anchor="end">0</text>
      ${bars?.values.map((value, index) => (value === null || value === 0 ? null : html`<rect class=${bars.className} x=${x(index) - step * 0.35} width=${step * 0.7} y=${y(value)} height=${height - pad.bottom - y(value)} />`))}
      ${lines.map((series) => {
        const points = series.values.map((value, index) => (value === null ? null : `${x(index).toFixed(1)},${y(value).toFixed(1)}`)).filter((point) => point !== null);
        if (points.length === 0) return null;
        // A lone point has no line to draw: a dot shows it.
        return points.length === 1 ? html`<circle class=${`dot ${series.className}`} cx=${points[0]!.split(",")[0]} cy=${points[0]!.split(",")[1]} r="3" />` : html`<polyline class=${`line ${series.className}`} points=${points.join(" ")} />`;
      })}
      ${props.labels.map((label, index) => (index % tickEvery === 0 ? html`<text class="tick" x=${x(index)} y=${height - 4} text-anchor="middle">${label}</text>` : null))}
    </svg>
    <details class="figures"><summary>Figures</summary>
      <table><thead><tr><th scope="col">time</th>${props.series.map((series) => html`<th scope="col">${series.label}</th>`)}</tr></thead>
      <tbody>${props.labels.map((label, index) => html`<tr><td>${label}</td>${props.series.map((series) => html`<td>${series.values[index] === null ? "–" : props.format(series.values[index] ?? 0)}</td>`)}</tr>`)}</tbody></table>
    </details>
  </figure>`;
}
