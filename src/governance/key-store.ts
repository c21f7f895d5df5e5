import type { VirtualKey } from "./virtual-key.js";

/**
 * Where key records live: the ledger's database (its own tables there), so the
 * CLI and every gateway replica see the same keys.
 */
export interface KeyStore {
  /** Every key, revoked ones included (a revoked key must stay known, to be refused as such). */
  list(): Promise<readonly VirtualKey[]>;
  insert(key: VirtualKey): Promise<void>;
  /** Marks a key revoked; undefined when there is no key with that id. Revoking twice keeps the first time. */
  revoke(id: string, at: Date): Promise<VirtualKey | undefined>;
  close(): Promise<void>;
}

/** Key table columns, shared by the SQLite and PostgreSQL stores. */
export interface KeyRow {
  readonly id: string;
  readonly name: string;
  readonly secret_hash: string;
  readonly secret_hint: string;
  readonly models: string;
  readonly budget_usd: number | null;
  readonly budget_period: string | null;
  readonly rpm: number | string | null;
  readonly tpm: number | string | null;
  readonly created_at: string | Date;
  readonly revoked_at: string | Date | null;
}

export function keyFromRow(row: KeyRow): VirtualKey {
  return {
    id: row.id,
    name: row.name,
    secretHash: row.secret_hash,
    secretHint: row.secret_hint,
    models: JSON.parse(row.models) as string[],
    budget: row.budget_usd === null || row.budget_period === null ? undefined : { usd: Number(row.budget_usd), period: row.budget_period as "day" | "week" | "month" },
    rpm: row.rpm === null ? undefined : Number(row.rpm),
    tpm: row.tpm === null ? undefined : Number(row.tpm),
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? undefined : new Date(row.revoked_at).toISOString(),
  };
}

/** Values in column order for INSERT: id, name, secret_hash, secret_hint, models, budget_usd, budget_period, rpm, tpm, created_at. */
export function rowValues(key: VirtualKey): (string | number | null)[] {
  return [key.id, key.name, key.secretHash, key.secretHint, JSON.stringify(key.models), key.budget?.usd ?? null, key.budget?.period ?? null, key.rpm ?? null, key.tpm ?? null, key.createdAt];
}
