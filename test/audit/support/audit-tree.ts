import { runAudit, type AuditFinding, type AuditReport } from "../../../src/audit/index.js";
import { testdir } from "./testdir.js";

/** Runs the audit over an inline tree. */
export function auditTree(files: Readonly<Record<string, string | Uint8Array>>, families?: readonly string[]): AuditReport {
  return runAudit({ root: testdir(files), ...(families === undefined ? {} : { families }) });
}

/** `file:line family kind criticality` per finding: compact, exact assertions. */
export function brief(findings: readonly AuditFinding[]): string[] {
  return findings.map((finding) => `${finding.file}:${finding.line} ${finding.family} ${finding.kind} ${finding.criticality}`);
}

/** `file:line family` per finding, deduplicated and sorted: which lines an inline tree is reported on, for which family. */
export function reportedLines(files: Readonly<Record<string, string>>, families?: readonly string[]): string[] {
  return [...new Set(auditTree(files, families).findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`))].sort();
}
