import { writeFileSync } from "node:fs";
import type { Catalog } from "../catalog/index.js";
import {
  AuditInputError,
  BaselineError,
  criticalityRank,
  readBaseline,
  renderCycloneDx,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderTable,
  runAudit,
  findSourceRoot,
  type SarifOptions,
  writeBaseline,
  type AuditProgress,
  type AuditReport,
  type Criticality,
} from "../audit/index.js";
import { UsageError, type CommandResult } from "./command-result.js";
import { openCatalog } from "./open-catalog.js";

export type AuditFormat = "table" | "json" | "sarif" | "cyclonedx" | "markdown";
export const auditFormats: readonly AuditFormat[] = ["table", "json", "sarif", "cyclonedx", "markdown"];

export interface AuditCommandOptions {
  /** Folder or file to scan; default the working directory. */
  path?: string;
  /** Catalog family ids (`--family llama`); default all. */
  family?: string[];
  format?: AuditFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  /** Exit 1 when a (non-baselined) finding is at or above this level. */
  failOn?: Criticality;
  /** Report only findings not in this baseline file. */
  baseline?: string;
  /** Record the current findings as the accepted baseline (exit 0 unless --baseline also applies). */
  writeBaseline?: string;
  /** Extra catalog files (as `switchyard catalog --catalog`). */
  catalogFiles?: string[];
  maximumTextBytes?: number;
  /** SARIF only: add `security-severity` to rules (GitHub then files findings as security alerts). */
  sarifSecuritySeverity?: boolean;
  /** Given by cli/index.ts only when stderr is a TTY: a live progress line for large trees. */
  progress?: (line: string) => void;
}

/** `switchyard audit [PATH] [--family NAME]... [--format F] [--output FILE] [--fail-on LEVEL] [--baseline FILE] [--write-baseline FILE]`. */
export async function auditCommand(options: AuditCommandOptions): Promise<CommandResult> {
  const format = options.format ?? "table";
  if (!auditFormats.includes(format)) throw new UsageError(`--format must be one of ${auditFormats.join(", ")}`);
  if (options.sarifSecuritySeverity === true && format !== "sarif") throw new UsageError(`--sarif-security-severity applies to --format sarif only, not ${format}`);
  const catalog = openCatalog(options.catalogFiles ?? []);
  let baseline: ReadonlySet<string> | undefined;
  try {
    baseline = options.baseline === undefined ? undefined : readBaseline(options.baseline);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const progress = options.progress;
  let report: AuditReport;
  try {
    report = runAudit({
      root: options.path ?? ".",
      ...(options.family === undefined ? {} : { families: options.family }),
      catalog,
      excludeFiles: [options.baseline, options.writeBaseline, options.output].filter((path): path is string => path !== undefined),
      ...(baseline === undefined ? {} : { baseline }),
      ...(options.maximumTextBytes === undefined ? {} : { maximumTextBytes: options.maximumTextBytes }),
      ...(progress === undefined ? {} : { onProgress: (state: AuditProgress) => progress(progressLine(state)) }),
    });
  } catch (error) {
    if (error instanceof AuditInputError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress?.("");
  }
  if (options.writeBaseline !== undefined) writeBaseline(options.writeBaseline, report.findings);
  const rendered = render({ report, format, catalog, sarif: { securitySeverity: options.sarifSecuritySeverity === true, sourceRoot: findSourceRoot(report.root) } });
  const failing = options.failOn === undefined || options.writeBaseline !== undefined ? [] : report.findings.filter((finding) => criticalityRank(finding.criticality) >= criticalityRank(options.failOn ?? "low"));
  const exitCode = failing.length > 0 ? 1 : 0;
  const notes: string[] = [];
  if (options.writeBaseline !== undefined) notes.push(`wrote baseline of ${report.findings.length} finding(s) to ${options.writeBaseline}`);
  if (failing.length > 0) notes.push(`${failing.length} finding(s) at or above --fail-on ${options.failOn ?? ""}`);
  if (options.output !== undefined) {
    writeFileSync(options.output, rendered);
    notes.unshift(`wrote ${format} report (${report.findings.length} finding(s)) to ${options.output}`);
    return { exitCode, stderr: notes.join("\n") };
  }
  return { exitCode, stdout: rendered, ...(notes.length === 0 ? {} : { stderr: notes.join("\n") }) };
}

function render(options: { report: AuditReport; format: AuditFormat; catalog: Catalog; sarif: SarifOptions }): string {
  switch (options.format) {
    case "json": return renderJson(options.report);
    case "sarif": return renderSarif(options.report, options.sarif);
    case "cyclonedx": return renderCycloneDx(options.report, { catalog: options.catalog });
    case "markdown": return renderMarkdown(options.report);
    case "table": return renderTable(options.report);
  }
}

function progressLine(state: AuditProgress): string {
  const megabytes = (state.bytes / 1024 / 1024).toFixed(1);
  const current = state.current.length > 60 ? `…${state.current.slice(-59)}` : state.current;
  return `scanning: ${state.files} files, ${megabytes} MB  ${current}`;
}
