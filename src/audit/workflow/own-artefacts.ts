/**
 * The audit's own outputs, recognised by their first bytes: a report written with
 * `--output` (JSON, SARIF, CycloneDX, Markdown) or a baseline repeats every match it
 * lists, so a later run that scanned it would report each finding twice, and the second
 * time in a file that depends on nothing. Recognised by content, not name, because a
 * later run no longer knows what an earlier one was told to write.
 */
const signatures: readonly RegExp[] = [
  // Baseline (workflow/baseline-file.ts).
  /^\s*\{\s*"version":\s*1,\s*"findings":\s*\[\s*(?:\]|\{\s*"fingerprint":)/,
  // JSON report (report/render-json.ts): findings in contract order, or none and the summary.
  /^\s*\{\s*"findings":\s*\[\s*(?:\]\s*,\s*"summary":\s*\{\s*"findings":|\{\s*"file":[^\n]*\n\s*"line":[^\n]*\n\s*"family":)/,
  // SARIF (report/render-sarif.ts).
  /^\s*\{[\s\S]{0,300}"runs":\s*\[\s*\{\s*"tool":\s*\{\s*"driver":\s*\{\s*"name":\s*"switchyard"/,
  // CycloneDX (report/render-cyclonedx.ts): the tool named in the metadata.
  /^\s*\{[\s\S]{0,200}"bomFormat":\s*"CycloneDX"[\s\S]{0,1500}"tools":\s*\{\s*"components":\s*\[\s*\{\s*"type":\s*"application",\s*"name":\s*"switchyard"/,
  // Markdown (report/render-markdown.ts).
  /^# Model exposure audit: /,
];

/** Bytes of a file's start that are enough to tell. */
export const artefactSniffBytes = 2048;

export function isOwnArtefact(head: string): boolean {
  return signatures.some((signature) => signature.test(head));
}
