import { resolve } from "node:path";
import type { LedgerConfig } from "../config/gateway-config.js";
import type { KeyStore } from "./key-store.js";

/**
 * The key store in the ledger's database. Drivers load only when used, so a
 * gateway on SQLite never loads `pg`. A relative SQLite path is taken from `cwd`,
 * as the ledger does, so the CLI and the gateway open the same file.
 */
export async function openKeyStore(options: { readonly ledger: LedgerConfig; readonly cwd: string }): Promise<KeyStore> {
  const store = options.ledger.store;
  if (store.kind === "postgres") {
    const { PostgresKeyStore } = await import("./postgres-key-store.js");
    return PostgresKeyStore.open(store.url);
  }
  const { SqliteKeyStore } = await import("./sqlite-key-store.js");
  return new SqliteKeyStore(store.path === ":memory:" ? store.path : resolve(options.cwd, store.path));
}
