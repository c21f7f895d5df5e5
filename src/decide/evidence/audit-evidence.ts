import { readFileSync, statSync } from "node:fs";
import { z } from "zod";
import { criticalities, runAudit, type Criticality } from "../../audit/index.js";
import type { Catalog } from "../../catalog/index.js";
import { describeZodError, formatIssue } from "../../shared/describe-zod-error.js";
import { toCalendarDate } from "../calendar-date.js";
import { EvidenceError } from "./evidence-error.js";

/** The fields of the DESIGN.md audit JSON contract that evidence reads. */
const auditJsonSchema = z.object({
  findings: z.array(
    z.object({
      file: z.string(),
      line: z.number(),
      family: z.string(),
      criticality: z.enum(["critical", "high", "medium", "low"]),
      kind: z.string(),
      model: z.string().optional(),
      fingerprint: z.string().optional(),
    }),
  ),
});

export type AuditFindingSummary = z.infer<typeof auditJsonSchema>["findings"][number];

/** Where exposure comes from: a saved `audit --format json` file, or an audit run now over a folder. */
export type AuditSource = { readonly kind: "file"; readonly path: string } | { readonly kind: "scan"; readonly root: string; readonly excludeFiles?: readonly string[] };

export interface AuditEvidence {
  readonly source: string;
  /** YYYY-MM-DD: the file's modification day, or today for a fresh scan. */
  readonly date: string;
  readonly findings: readonly AuditFindingSummary[];
}

export function loadAuditEvidence(options: { source: AuditSource; catalog: Catalog; today: string; display?: (path: string) => string }): AuditEvidence {
  const shown = options.display ?? ((path: string) => path);
  const { source } = options;
  if (source.kind === "scan") {
    let report;
    try {
      report = runAudit({ root: source.root, catalog: options.catalog, excludeFiles: source.excludeFiles });
    } catch (error) {
      throw new EvidenceError(`audit of ${source.root}: ${(error as Error).message}`);
    }
    return { source: `switchyard audit ${shown(source.root)} (run now)`, date: options.today, findings: report.findings };
  }
  let text: string;
  let modified: Date;
  try {
    text = readFileSync(source.path, "utf8");
    modified = statSync(source.path).mtime;
  } catch (error) {
    throw new EvidenceError(`${source.path}: cannot read audit JSON (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new EvidenceError(`${source.path}: not JSON (${(error as Error).message}); expected the output of \`switchyard audit --format json\``);
  }
  const parsed = auditJsonSchema.safeParse(raw);
  if (!parsed.success) throw new EvidenceError(`${source.path}: not an audit JSON report: ${formatIssue(describeZodError(parsed.error))}`);
  return { source: shown(source.path), date: toCalendarDate(modified), findings: parsed.data.findings };
}

/** Findings for some families, counted per criticality (every level present, zero when none). */
export function exposureByCriticality(findings: readonly AuditFindingSummary[], families: ReadonlySet<string>): Record<Criticality, number> {
  const counts = Object.fromEntries(criticalities.map((level) => [level, 0])) as Record<Criticality, number>;
  for (const finding of findings) if (families.has(finding.family)) counts[finding.criticality] += 1;
  return counts;
}
