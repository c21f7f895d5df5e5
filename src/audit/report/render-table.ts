import { renderTextTable } from "../../shared/render-text-table.js";
import type { AuditReport } from "../audit-report.js";
import { criticalities, criticalityRank, type AuditFinding } from "../finding.js";

/** Terminal report: one row per finding, most critical first, then the summary by criticality, family, kind and top files. */
export function renderTable(report: AuditReport): string {
  const { findings, summary } = report;
  const out: string[] = [];
  if (findings.length > 0) {
    const rows = [...findings].sort(mostCriticalFirst).map((finding) => [
      finding.criticality,
      finding.kind,
      finding.family,
      `${finding.file}:${finding.line}${finding.cell === undefined ? "" : ` (cell ${finding.cell})`}`,
      finding.model ?? "-",
      finding.message.length > 90 ? `${finding.message.slice(0, 87)}...` : finding.message,
    ]);
    out.push(renderTextTable({ header: ["criticality", "kind", "family", "location", "model", "finding"], rows }));
  }
  const levels = criticalities.map((level) => `${level} ${summary.byCriticality[level]}`).join(", ");
  out.push(`${summary.findings} finding${summary.findings === 1 ? "" : "s"} (${levels}) in ${report.root} for ${familiesLabel(report.families)}`);
  const families = Object.entries(summary.byFamily).sort((a, b) => b[1] - a[1]);
  if (families.length > 0) out.push(`by family: ${families.map(([family, count]) => `${family} ${count}`).join(", ")}`);
  const kinds = Object.entries(summary.byKind).filter(([, count]) => count > 0);
  if (kinds.length > 0) out.push(`by kind: ${kinds.map(([kind, count]) => `${kind} ${count}`).join(", ")}`);
  if (summary.topFiles.length > 0) out.push(`top files: ${summary.topFiles.map((entry) => `${entry.file} (${entry.findings})`).join(", ")}`);
  const files = summary.files;
  out.push(
    `scanned ${files.scanned} files (${formatBytes(summary.bytesScanned)}) in ${summary.durationMs} ms; ${files.matched} passed the prefilter; skipped ${files.binary} binary, ${files.tooLarge} over ${formatBytes(summary.maximumTextBytes)}, ${files.ignored} ignored`,
  );
  if (summary.tooLargeFiles.length > 0) out.push(`not scanned (over ${formatBytes(summary.maximumTextBytes)}): ${summary.tooLargeFiles.join(", ")}`);
  if (summary.suppressed > 0 || summary.baselined > 0) out.push(`hidden: ${summary.suppressed} suppressed inline, ${summary.baselined} in the baseline`);
  return `${out.join("\n")}\n`;
}

function familiesLabel(families: readonly string[]): string {
  return families.length > 6 ? `${families.length} families` : `famil${families.length === 1 ? "y" : "ies"} ${families.join(", ")}`;
}

/** Critical first, then by file and position, so what to fix first is at the top (issue 17). */
function mostCriticalFirst(a: AuditFinding, b: AuditFinding): number {
  return criticalityRank(b.criticality) - criticalityRank(a.criticality) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} B`;
}
