import type { AuditReport } from "../audit-report.js";
import { criticalities, findingKinds, type AuditFinding } from "../finding.js";
import { remedyFor } from "./remedy-for.js";
import { formatBytes } from "./render-table.js";

/**
 * A report for decision-makers: where the exposure is, how bad, and what to do —
 * remedies per kind, then licence obligations, then every finding by criticality.
 */
export function renderMarkdown(report: AuditReport): string {
  const { findings, summary } = report;
  const out: string[] = [`# Model exposure audit: ${report.root}`, ""];
  out.push(`Families audited: ${report.families.join(", ")}. ${summary.findings} finding${summary.findings === 1 ? "" : "s"} in ${summary.files.scanned} files (${formatBytes(summary.bytesScanned)}).`, "");
  out.push("| criticality | findings | what it means |", "|---|---|---|");
  const meaning = {
    critical: "weights, adapters on the base, hand-written template tokens in production: switching needs retraining or code changes",
    high: "model ids hard-coded in production code or pinned in deployment files",
    medium: "defaults, fallbacks, configuration, manifests, licence texts",
    low: "documentation, tests, examples, notebooks",
  };
  for (const level of criticalities) out.push(`| ${level} | ${summary.byCriticality[level]} | ${meaning[level]} |`);
  out.push("");
  const families = Object.entries(summary.byFamily).sort((a, b) => b[1] - a[1]);
  if (families.length > 0) out.push(`By family: ${families.map(([family, count]) => `**${family}** ${count}`).join(", ")}.`, "");
  if (summary.files.tooLarge > 0) out.push(`Not scanned (over ${formatBytes(summary.maximumTextBytes)}): ${summary.tooLargeFiles.map((file) => `\`${file}\``).join(", ")}.`, "");

  const kinds = findingKinds.filter((kind) => findings.some((finding) => finding.kind === kind));
  if (kinds.length > 0) {
    out.push("## Recommended remedies", "");
    for (const kind of kinds) out.push(`- **${kind}** (${findings.filter((finding) => finding.kind === kind).length}): ${remedyFor(kind)}`);
    out.push("");
  }
  const obligations = new Map<string, string[]>();
  for (const finding of findings) {
    for (const obligation of finding.obligations ?? []) {
      const places = obligations.get(obligation) ?? [];
      if (places.length < 3) places.push(`${finding.file}:${finding.line}`);
      obligations.set(obligation, places);
    }
  }
  if (obligations.size > 0) {
    out.push("## Licence obligations to check", "");
    for (const [obligation, places] of obligations) out.push(`- ${obligation} (e.g. ${places.map((place) => `\`${place}\``).join(", ")})`);
    out.push("");
  }
  for (const level of criticalities) {
    const group = findings.filter((finding) => finding.criticality === level);
    if (group.length === 0) continue;
    out.push(`## ${level[0]?.toUpperCase() ?? ""}${level.slice(1)} (${group.length})`, "", "| location | family | kind | finding | why |", "|---|---|---|---|---|");
    for (const finding of group) out.push(`| \`${location(finding)}\` | ${finding.family} | ${finding.kind} | ${cell(finding.message)} | ${cell(finding.reason)} |`);
    out.push("");
  }
  if (summary.suppressed > 0 || summary.baselined > 0) out.push(`Not listed: ${summary.suppressed} suppressed inline, ${summary.baselined} accepted in the baseline.`, "");
  return `${out.join("\n").trimEnd()}\n`;
}

function location(finding: AuditFinding): string {
  return `${finding.file}:${finding.line}${finding.cell === undefined ? "" : ` (cell ${finding.cell})`}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
