import { budgetPeriodBounds } from "./budget-period.js";
import type { BudgetPeriod, VirtualKey } from "./virtual-key.js";

/**
 * Priced spend per key id since a time, as the ledger answers it (its `keyUsage`).
 * A function type rather than the ledger's store: governance reads spend, it does
 * not depend on how the ledger keeps it.
 */
export type KeySpendSource = (query: { readonly since?: number }) => Promise<readonly { readonly keyId: string | null; readonly costUsd: number }[]>;

export interface KeySpend {
  /** Everything the key has spent, as recorded in the ledger. */
  readonly totalUsd: number;
  /** Spent in the budget's current period; undefined for a key without a budget. */
  readonly periodUsd: number | undefined;
}

/** Spend to date per key: one ledger query for the totals and one per budget period in use. */
export async function readKeySpend(keys: readonly VirtualKey[], source: KeySpendSource, nowMs: number = Date.now()): Promise<ReadonlyMap<string, KeySpend>> {
  const totals = byKey(await source({}));
  const periods = new Set<BudgetPeriod>(keys.flatMap((key) => (key.budget ? [key.budget.period] : [])));
  const inPeriod = new Map<BudgetPeriod, ReadonlyMap<string, number>>();
  for (const period of periods) inPeriod.set(period, byKey(await source({ since: budgetPeriodBounds(period, nowMs).startMs })));
  return new Map(
    keys.map((key) => [key.id, { totalUsd: totals.get(key.id) ?? 0, periodUsd: key.budget ? (inPeriod.get(key.budget.period)?.get(key.id) ?? 0) : undefined }]),
  );
}

function byKey(rows: readonly { readonly keyId: string | null; readonly costUsd: number }[]): ReadonlyMap<string, number> {
  return new Map(rows.flatMap((row) => (row.keyId === null ? [] : [[row.keyId, row.costUsd] as const])));
}

/** A key just created has spent nothing, which is known without asking the ledger. */
export function newKeySpend(key: VirtualKey): KeySpend {
  return { totalUsd: 0, periodUsd: key.budget ? 0 : undefined };
}
