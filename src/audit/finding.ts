/**
 * The audit's output unit. The first eight fields are the DESIGN.md "Audit JSON"
 * contract (`file`, `line`, `family`, `kind`, `criticality`, `model?`, `message`,
 * `evidence`); the rest extend it and may grow, never be renamed.
 */
export type Criticality = "critical" | "high" | "medium" | "low";
export type FindingKind = "model-id" | "chat-template" | "sdk" | "weights" | "adapter" | "config" | "license";

export const criticalities: readonly Criticality[] = ["critical", "high", "medium", "low"];
export const findingKinds: readonly FindingKind[] = ["model-id", "chat-template", "sdk", "weights", "adapter", "config", "license"];

/** Higher is more severe; used by `--fail-on` and sorting. */
export function criticalityRank(criticality: Criticality): number {
  return 3 - criticalities.indexOf(criticality);
}

export interface AuditFinding {
  /** Relative to the scanned root, `/`-separated. For a notebook, the `.ipynb` file. */
  readonly file: string;
  /** 1-based; for a notebook, the line within the cell named by `cell`. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (SARIF `columnKind: utf16CodeUnits`). */
  readonly column: number;
  readonly family: string;
  readonly kind: FindingKind;
  readonly criticality: Criticality;
  /** Catalog model id, when the reference names a known model. */
  readonly model?: string;
  readonly message: string;
  /** The source line (trimmed, at most 200 characters) or the header fields read. */
  readonly evidence: string;
  /** The text as found (`meta-llama/Llama-3.1-8B-Instruct`, `<|eot_id|>`, `llama-stack`). */
  readonly match: string;
  /** 0–1: how sure the detector is that this is the family (catalog resolution ladder, token ambiguity). */
  readonly confidence: number;
  /** Why this criticality, in words. */
  readonly reason: string;
  /** Stable across line moves: family, kind, file and match, plus an occurrence counter. */
  readonly fingerprint: string;
  /** Licence duties that follow from this dependency. */
  readonly obligations?: readonly string[];
  /** For adapters and fine-tunes: the base model as written, and its catalog id. */
  readonly lineage?: { readonly base: string; readonly baseModel?: string };
  /** Notebook cell index (0-based), when the file is a notebook. */
  readonly cell?: number;
}
