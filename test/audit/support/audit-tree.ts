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
