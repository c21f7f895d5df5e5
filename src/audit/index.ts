/**
 * The exposure audit's public surface (`switchyard audit`): walk a tree, find every
 * place it depends on a model family, rate it, and render it. Imports the catalog's
 * public API only; nothing here imports the gateway.
 */
export { runAudit, AuditInputError, type RunAuditOptions, type AuditProgress } from "./run-audit.js";
export type { AuditReport, AuditSummary, SuppressedFinding } from "./audit-report.js";
export { criticalities, criticalityRank, findingKinds, type AuditFinding, type Criticality, type FindingKind } from "./finding.js";
export { readBaseline, writeBaseline, BaselineError } from "./workflow/baseline-file.js";
export { renderTable } from "./report/render-table.js";
export { renderJson } from "./report/render-json.js";
export { renderSarif, type SarifOptions } from "./report/render-sarif.js";
export { findSourceRoot, type SourceRoot } from "./walk/find-repository-root.js";
export { renderCycloneDx, type CycloneDxOptions } from "./report/render-cyclonedx.js";
export { renderMarkdown } from "./report/render-markdown.js";
export { readGgufHeader, GgufFormatError, type GgufHeader } from "./detect/read-gguf-header.js";
