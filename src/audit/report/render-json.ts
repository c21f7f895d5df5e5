import type { AuditReport } from "../audit-report.js";

/** The DESIGN.md "Audit JSON" contract: `{ findings: [...], summary: {...} }`, plus the audited families. */
export function renderJson(report: AuditReport): string {
  return `${JSON.stringify({ findings: report.findings, summary: report.summary, families: report.families }, null, 2)}\n`;
}
