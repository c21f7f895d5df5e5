import { escapeHtml } from "./escape-html.js";
import type { VendorGap } from "./brief.js";
import { padDate } from "./build-brief.js";

/**
 * Charts as inline SVG generated here. The brief must open offline, from an
 * e-mail attachment or a CI artefact, and print: SVG needs no script, whereas
 * the small chart libraries (Chart.js, uPlot, Frappe) draw at runtime with
 * JavaScript and a canvas, which mail clients and printers drop. Three chart
 * shapes are all the brief needs, each a few dozen lines.
 */
export interface StackSegment {
  readonly value: number;
  readonly className: string;
  readonly label: string;
}

/** Horizontal stacked bars, one per row, with the total printed at the end. */
export function stackedBars(options: { title: string; rows: readonly { label: string; segments: readonly StackSegment[] }[]; legend: readonly { className: string; label: string }[] }): string {
  const labelWidth = 170;
  const plotWidth = 420;
  const rowHeight = 26;
  const max = Math.max(1, ...options.rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const parts: string[] = [];
  options.rows.forEach((row, index) => {
    const y = 8 + index * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(row.label)}</text>`);
    let x = labelWidth;
    for (const segment of row.segments) {
      if (segment.value === 0) continue;
      const width = (segment.value / max) * plotWidth;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 2}" width="${width.toFixed(1)}" height="16" class="${segment.className}"><title>${escapeHtml(`${segment.label}: ${segment.value}`)}</title></rect>`);
      x += width;
    }
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 14}">${row.segments.reduce((sum, segment) => sum + segment.value, 0)}</text>`);
  });
  const legendY = 8 + options.rows.length * rowHeight + 6;
  options.legend.forEach((entry, index) => {
    const x = labelWidth + index * 100;
    parts.push(`<rect x="${x}" y="${legendY}" width="12" height="12" class="${entry.className}"/><text x="${x + 16}" y="${legendY + 10}" class="small">${escapeHtml(entry.label)}</text>`);
  });
  return svg(options.title, labelWidth + plotWidth + 60, legendY + 20, parts);
}

/** Horizontal bars of one measure, with each bar's own printed value. */
export function valueBars(options: { title: string; rows: readonly { label: string; value: number; display: string }[] }): string {
  const labelWidth = 170;
  const plotWidth = 360;
  const rowHeight = 24;
  const max = Math.max(Number.MIN_VALUE, ...options.rows.map((row) => row.value));
  const parts = options.rows.map((row, index) => {
    const y = 6 + index * rowHeight;
    const width = max <= 0 ? 0 : (row.value / max) * plotWidth;
    return `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(row.label)}</text><rect x="${labelWidth}" y="${y + 2}" width="${width.toFixed(1)}" height="14" class="bar"/><text x="${(labelWidth + width + 6).toFixed(1)}" y="${y + 13}">${escapeHtml(row.display)}</text>`;
  });
  return svg(options.title, labelWidth + plotWidth + 110, 12 + options.rows.length * rowHeight, parts);
}

/**
 * The open-versus-proprietary gap: each vendor's releases on a time axis, open
 * weights as green circles, proprietary as dark squares, frontier releases larger.
 * A vendor whose recent marks are all squares is closing its line.
 */
export function gapTimeline(options: { title: string; vendors: readonly VendorGap[]; today: string }): string {
  const labelWidth = 150;
  const plotWidth = 560;
  const rowHeight = 44;
  const dates = options.vendors.flatMap((vendor) => vendor.releases.map((release) => Date.parse(`${padDate(release.released)}T00:00:00Z`)));
  const end = Date.parse(`${options.today}T00:00:00Z`);
  const start = Math.min(end - 365 * 86_400_000, ...dates);
  const x = (time: number): number => labelWidth + ((time - start) / Math.max(1, end - start)) * plotWidth;
  const parts: string[] = [];
  options.vendors.forEach((vendor, index) => {
    const y = 16 + index * rowHeight;
    parts.push(`<text x="${labelWidth - 10}" y="${y + 5}" text-anchor="end">${escapeHtml(vendor.vendorName)}</text>`);
    parts.push(`<line x1="${labelWidth}" x2="${labelWidth + plotWidth}" y1="${y}" y2="${y}" class="axis"/>`);
    for (const release of vendor.releases) {
      const cx = x(Date.parse(`${padDate(release.released)}T00:00:00Z`)).toFixed(1);
      const size = release.frontier ? 7 : 4.5;
      const tip = `<title>${escapeHtml(`${release.name} (${release.released}): ${release.openWeights ? "open weights" : "proprietary"}${release.frontier ? ", frontier" : ""} [${release.source}]`)}</title>`;
      parts.push(
        release.openWeights
          ? `<circle cx="${cx}" cy="${y}" r="${size}" class="open">${tip}</circle>`
          : `<rect x="${(Number(cx) - size).toFixed(1)}" y="${(y - size).toFixed(1)}" width="${size * 2}" height="${size * 2}" class="closed">${tip}</rect>`,
      );
    }
    const note = [vendor.latestOpen ? `open: ${vendor.latestOpen.name} (${vendor.latestOpen.released})` : "no open release", vendor.latestProprietary ? `proprietary: ${vendor.latestProprietary.name} (${vendor.latestProprietary.released})` : "no proprietary release"].join(" · ");
    parts.push(`<text x="${labelWidth}" y="${y + 24}" class="small">${escapeHtml(note)}</text>`);
  });
  const axisY = 16 + options.vendors.length * rowHeight;
  const startYear = new Date(start).getUTCFullYear();
  for (let year = startYear + 1; year <= new Date(end).getUTCFullYear(); year++) {
    const tick = x(Date.UTC(year, 0, 1)).toFixed(1);
    parts.push(`<line x1="${tick}" x2="${tick}" y1="4" y2="${axisY - 8}" class="grid"/><text x="${tick}" y="${axisY + 4}" text-anchor="middle" class="small">${year}</text>`);
  }
  const legendY = axisY + 18;
  parts.push(
    `<circle cx="${labelWidth + 6}" cy="${legendY}" r="5" class="open"/><text x="${labelWidth + 16}" y="${legendY + 4}" class="small">open weights</text>`,
    `<rect x="${labelWidth + 110}" y="${legendY - 5}" width="10" height="10" class="closed"/><text x="${labelWidth + 126}" y="${legendY + 4}" class="small">proprietary (larger: frontier)</text>`,
  );
  return svg(options.title, labelWidth + plotWidth + 30, legendY + 14, parts);
}

function svg(title: string, width: number, height: number, parts: readonly string[]): string {
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${parts.join("")}</svg></figure>`;
}
