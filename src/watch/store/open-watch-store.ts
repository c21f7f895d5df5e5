import { resolve } from "node:path";
import type { LedgerConfig } from "../../config/gateway-config.js";
import type { WatchStore } from "./watch-store.js";

/**
 * The watch store in the ledger's database. Drivers load only when used. A relative
 * SQLite path is taken from `cwd`, as the ledger and key store do, so every command
 * opens the same file.
 */
export async function openWatchStore(options: { readonly ledger: LedgerConfig; readonly cwd: string }): Promise<WatchStore> {
  const store = options.ledger.store;
  if (store.kind === "postgres") {
    const { PostgresWatchStore } = await import("./postgres-watch-store.js");
    return PostgresWatchStore.open(store.url);
  }
  const { SqliteWatchStore } = await import("./sqlite-watch-store.js");
  return new SqliteWatchStore(store.path === ":memory:" ? store.path : resolve(options.cwd, store.path));
}
