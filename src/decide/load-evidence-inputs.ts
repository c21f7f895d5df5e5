import { existsSync } from "node:fs";
import { loadCatalog, loadCatalogData } from "../catalog/index.js";
import type { GatewayConfig, LedgerConfig } from "../config/gateway-config.js";
import { readWatchSummary } from "../watch/read-watch-summary.js";
import { loadAuditEvidence, type AuditSource } from "./evidence/audit-evidence.js";
import type { Missing } from "./evidence/decision-evidence.js";
import { loadEvalEvidence } from "./evidence/eval-evidence.js";
import { EvidenceError } from "./evidence/evidence-error.js";
import type { EvidenceInputs } from "./evidence/evidence-inputs.js";
import type { AliasTargets } from "./evidence/resolve-option.js";
import { readLedgerWindow } from "./evidence/traffic-evidence.js";

export interface EvidenceSourceOptions {
  readonly today: string;
  readonly cwd: string;
  /** The gateway config (aliases, ledger, catalog files); undefined when there is none. */
  readonly config: GatewayConfig | undefined;
  /** Gateway aliases and their target models. */
  readonly aliases: AliasTargets;
  /** The ledger (and watch store) to read; the config's, else the default SQLite file under cwd. */
  readonly ledger: LedgerConfig;
  /** Undefined: no audit evidence is wanted. */
  readonly audit: AuditSource | undefined;
  readonly evalFiles: readonly string[];
  /** Sources to skip because nothing asked for them (a `decide list` with no audit trigger runs no audit). */
  readonly skip?: { readonly ledger?: boolean; readonly watch?: boolean };
  /** How file paths appear in sources (relative to the working directory when inside it). */
  readonly display?: (path: string) => string;
  /** Days of ledger traffic (default 30). */
  readonly trafficDays?: number;
}

export async function loadEvidenceInputs(options: EvidenceSourceOptions): Promise<EvidenceInputs> {
  const display = options.display ?? ((path: string) => path);
  const extraFiles = options.config?.catalogFiles ?? [];
  const catalog = loadCatalog({ extraFiles });
  const prices = loadCatalogData({ extraFiles }).prices;
  const catalogSource = extraFiles.length === 0 ? "switchyard catalog (built-in data)" : `switchyard catalog (built-in data + ${extraFiles.join(", ")})`;

  const audit: EvidenceInputs["audit"] = options.audit === undefined ? { missing: "no audit JSON given (--audit FILE) and no scan asked for" } : loadAuditEvidence({ source: options.audit, catalog, today: options.today, display });
  const evals: EvidenceInputs["evals"] = options.evalFiles.length === 0 ? { missing: "no eval results given (--eval FILE, or decisions.evals in the config)" } : loadEvalEvidence(options.evalFiles, display);

  const ledgerStore = options.ledger.store;
  const ledgerAbsent: Missing | undefined = ledgerStore.kind === "sqlite" && !existsSync(ledgerStore.path) ? { missing: `no usage ledger at ${display(ledgerStore.path)}` } : undefined;
  const ledger: EvidenceInputs["ledger"] = options.skip?.ledger
    ? { missing: "not read" }
    : (ledgerAbsent ?? (await readLedgerWindow({ ledger: options.ledger, today: options.today, days: options.trafficDays ?? 30, display })));

  let watch: EvidenceInputs["watch"];
  if (options.skip?.watch) watch = { missing: "not read" };
  else if (ledgerAbsent !== undefined) watch = { missing: `switchyard watch has not run (no store at ${ledgerStore.kind === "sqlite" ? display(ledgerStore.path) : "the ledger URL"})` };
  else {
    try {
      const latest = await readWatchSummary({ ledger: options.ledger, cwd: options.cwd });
      watch = latest === undefined ? { missing: "switchyard watch has not run against this store" } : { source: `switchyard watch store (${ledgerStore.kind === "sqlite" ? `SQLite ${display(ledgerStore.path)}` : "PostgreSQL"})`, latest };
    } catch (error) {
      throw new EvidenceError(`cannot read the watch store: ${(error as Error).message}`);
    }
  }
  return { today: options.today, catalog, prices, catalogSource, aliases: options.aliases, audit, evals, ledger, watch };
}
