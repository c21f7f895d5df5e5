import type { LedgerStore } from "../../src/ledger/stores/ledger-store.js";
import type { UsageRecord } from "../../src/ledger/usage-record.js";

/** A store that can be switched off, for writer tests that need an outage without a database. */
export function flakyMemoryStore(): LedgerStore & { records: Map<string, UsageRecord>; down: boolean; inserts: number } {
  const store = {
    kind: "sqlite" as const,
    records: new Map<string, UsageRecord>(),
    down: false,
    inserts: 0,
    async migrate() {},
    async insert(records: readonly UsageRecord[]) {
      if (store.down) throw new Error("connection refused");
      store.inserts++;
      for (const record of records) store.records.set(record.recordId, record);
    },
    async usage() {
      return [];
    },
    async keyUsage() {
      return [];
    },
    async aggregate() {
      return [];
    },
    async prune() {
      return { rows: 0, rollupRows: 0, partitionsDropped: 0 };
    },
    async insertShadowPairs() {},
    async shadowPairs() {
      return [];
    },
    async count() {
      return store.records.size;
    },
    async close() {},
  };
  return store;
}

/** A record whose ledger key is `recordId`; its x-request-id is the same unless given. */
export function record(recordId: string, time = Date.now(), requestId = recordId): UsageRecord {
  return {
    recordId,
    requestId,
    time,
    keyId: null,
    keyName: null,
    alias: "chat",
    provider: "p",
    upstreamModel: "m",
    catalogModel: null,
    family: null,
    vendor: null,
    licence: null,
    openWeight: null,
    status: 200,
    errorCode: null,
    stream: false,
    cacheHit: false,
    shadow: false,
    clientDisconnected: false,
    inputTokens: 10,
    outputTokens: 5,
    cachedInputTokens: null,
    cacheWriteTokens: null,
    reasoningTokens: null,
    costUsd: null,
    latencyMs: 1,
    firstTokenMs: 1,
    finishReason: "stop",
    attempts: [],
    warnings: [],
  };
}
