import type { AuditFinding, Criticality, FindingKind } from "./finding.js";

export interface AuditSummary {
  readonly findings: number;
  readonly byCriticality: Readonly<Record<Criticality, number>>;
  readonly byFamily: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<FindingKind, number>>;
  readonly topFiles: readonly { readonly file: string; readonly findings: number }[];
  readonly files: {
    /** Read and tested (text) or header-read (weights). */
    readonly scanned: number;
    /** Passed the literal prefilter and went to the precise detectors. */
    readonly matched: number;
    readonly binary: number;
    readonly tooLarge: number;
    readonly unreadable: number;
    /** Files and folders excluded by ignore files or always-skipped folders (`.git`, `node_modules`, `.switchyard`, …), and the audit's own reports and baselines. */
    readonly ignored: number;
    readonly symlinks: number;
  };
  /** Up to 20 text files skipped for size, so a reader knows what was not looked at. */
  readonly tooLargeFiles: readonly string[];
  readonly maximumTextBytes: number;
  readonly bytesScanned: number;
  /** Findings hidden by `switchyard-ignore` comments. */
  readonly suppressed: number;
  /** Findings hidden because the baseline lists them. */
  readonly baselined: number;
  readonly durationMs: number;
}

export interface AuditReport {
  /** The scanned path, as given. */
  readonly root: string;
  /** The audited families (catalog ids). */
  readonly families: readonly string[];
  readonly findings: readonly AuditFinding[];
  readonly summary: AuditSummary;
  /**
   * Findings hidden by an inline `switchyard-ignore` (`inSource`) or by the baseline
   * (`external`), kept for SARIF's `suppressions`; the JSON and table reports count them only.
   */
  readonly suppressed?: readonly SuppressedFinding[];
}

/** A hidden finding and why it is hidden, in SARIF's terms. */
export type SuppressedFinding = AuditFinding & { readonly suppression: { readonly kind: "inSource" | "external"; readonly justification: string } };
