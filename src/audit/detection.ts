import type { FindingKind } from "./finding.js";

/**
 * What a detector reports before the run adds the file, criticality, reason and
 * fingerprint. Detectors know what they saw; only the run knows where the file
 * sits (production, tests, docs) and what the user has suppressed or baselined.
 */
export interface Detection {
  readonly line: number;
  readonly column: number;
  readonly family: string;
  readonly kind: FindingKind;
  readonly model?: string;
  readonly match: string;
  readonly message: string;
  readonly evidence: string;
  readonly confidence: number;
  readonly obligations?: readonly string[];
  readonly lineage?: { readonly base: string; readonly baseModel?: string };
  readonly cell?: number;
  /** The line gives a default or fallback value (`getenv("MODEL", "…")`, `?? "…"`): rated medium, not high. */
  readonly isDefault?: boolean;
  /** A runtime that runs any model (llama.cpp bindings): kept only when the scan finds a model of the family. */
  readonly runtime?: boolean;
  /**
   * A serving parser named after a family (`--tool-call-parser=qwen3_coder`): that family's
   * output format, a dependency only when the same file serves one of its models; dropped otherwise.
   */
  readonly servedFamilyOnly?: boolean;
  /** Chat-template tokens seen, for the project-wide rule on tokens a config adds to the vocabulary (run-audit.ts). */
  readonly templateTokens?: readonly string[];
}

/** Evidence is the line as written, trimmed and capped so one minified file cannot bloat a report. */
export function evidenceOf(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 197)}...` : trimmed;
}
