import type { LedgerConfig } from "../../config/gateway-config.js";
import { openLedgerStore } from "../../ledger/create-ledger.js";
import type { UsageRow } from "../../ledger/stores/ledger-store.js";
import { addDays } from "../calendar-date.js";
import { EvidenceError } from "./evidence-error.js";

export interface LedgerWindow {
  /** Describes the store for readers: `SQLite .switchyard/ledger.db` or `PostgreSQL`. */
  readonly source: string;
  /** YYYY-MM-DD, inclusive. */
  readonly since: string;
  /** YYYY-MM-DD, inclusive (today). */
  readonly until: string;
  readonly rows: readonly UsageRow[];
}

/** Usage rows of the last `days` days up to and including `today`. */
export async function readLedgerWindow(options: { ledger: LedgerConfig; today: string; days: number; display?: (path: string) => string }): Promise<LedgerWindow> {
  const since = addDays(options.today, -(options.days - 1));
  const store = await openLedgerStore(options.ledger);
  try {
    await store.migrate();
    const rows = await store.usage({ since: Date.parse(`${since}T00:00:00Z`), until: Date.parse(`${addDays(options.today, 1)}T00:00:00Z`) });
    const source = options.ledger.store.kind === "sqlite" ? `usage ledger (SQLite ${(options.display ?? ((path: string) => path))(options.ledger.store.path)})` : "usage ledger (PostgreSQL)";
    return { source, since, until: options.today, rows };
  } catch (error) {
    throw new EvidenceError(`cannot read the usage ledger: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
}

export interface TrafficShare {
  readonly requests: number;
  readonly totalRequests: number;
  /** 0–1 of all requests in the window; undefined when there were none. */
  readonly share: number | undefined;
  readonly spendUsd: number;
  readonly totalSpendUsd: number;
  /** Requests in the group that could not be priced (their spend is missing from `spendUsd`). */
  readonly costUnknown: number;
}

export function trafficShare(rows: readonly UsageRow[], include: (row: UsageRow) => boolean): TrafficShare {
  let requests = 0;
  let totalRequests = 0;
  let spendUsd = 0;
  let totalSpendUsd = 0;
  let costUnknown = 0;
  for (const row of rows) {
    totalRequests += row.requests;
    totalSpendUsd += row.costUsd;
    if (!include(row)) continue;
    requests += row.requests;
    spendUsd += row.costUsd;
    costUnknown += row.costUnknown;
  }
  return { requests, totalRequests, share: totalRequests === 0 ? undefined : requests / totalRequests, spendUsd, totalSpendUsd, costUnknown };
}
