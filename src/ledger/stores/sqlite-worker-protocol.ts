import type { LedgerStore } from "./ledger-store.js";

/** The store methods the gateway's thread may call on the SQLite writer thread; `console` carries the query's name as its first argument. */
export type WorkerMethod = Exclude<keyof LedgerStore, "kind">;
