import type { Catalog, ModelPrice } from "../../catalog/index.js";
import type { LatestWatchSummary } from "../../watch/read-watch-summary.js";
import type { AuditEvidence } from "./audit-evidence.js";
import type { Missing } from "./decision-evidence.js";
import type { EvalComparisonEvidence } from "./eval-evidence.js";
import type { AliasTargets } from "./resolve-option.js";
import type { LedgerWindow } from "./traffic-evidence.js";

/**
 * Everything evidence is computed from, loaded once per command (so `decide
 * check` over fifty records reads the ledger once). Each source is either
 * present or says why it is missing.
 */
export interface EvidenceInputs {
  readonly today: string;
  readonly catalog: Catalog;
  readonly prices: readonly ModelPrice[];
  /** How the catalog was assembled: built-in data, plus any extra files. */
  readonly catalogSource: string;
  readonly aliases: AliasTargets;
  readonly audit: AuditEvidence | Missing;
  readonly evals: readonly EvalComparisonEvidence[] | Missing;
  readonly ledger: LedgerWindow | Missing;
  readonly watch: { readonly source: string; readonly latest: LatestWatchSummary } | Missing;
}
