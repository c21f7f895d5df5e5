import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVirtualKey } from "../../src/governance/create-virtual-key.js";
import type { KeyStore } from "../../src/governance/key-store.js";
import { PostgresKeyStore } from "../../src/governance/postgres-key-store.js";
import { SqliteKeyStore } from "../../src/governance/sqlite-key-store.js";
import { postgresUrl, serviceAvailable } from "../support/services.js";

const postgresUp = await serviceAvailable("postgres");

/** The same contract for both stores: what the CLI writes, a gateway reads. */
function keyStoreContract(open: () => Promise<KeyStore>): void {
  it("keeps keys across connections, runs its migrations once, and revokes without forgetting", async () => {
    const first = await open();
    const created = createVirtualKey({ name: "team-a", models: ["chat-default"], budget: { usd: 50, period: "month" }, rpm: 600, tpm: 200_000 }, new Date("2026-11-22T10:00:00Z"));
    await first.insert(created.key);
    await first.close();

    // A second open runs the migrations again: they must be a no-op.
    const second = await open();
    expect(await second.list()).toEqual([created.key]);
    const revoked = await second.revoke(created.key.id, new Date("2026-11-23T00:00:00Z"));
    expect(revoked).toEqual({ ...created.key, revokedAt: "2026-11-23T00:00:00.000Z" });
    // Revoking again keeps the first time.
    expect((await second.revoke(created.key.id, new Date("2026-12-01T00:00:00Z")))?.revokedAt).toBe("2026-11-23T00:00:00.000Z");
    expect(await second.revoke("key_missing", new Date())).toBeUndefined();
    const unscoped = createVirtualKey({ name: "open", models: [], budget: undefined, rpm: undefined, tpm: undefined }, new Date("2026-11-24T00:00:00Z"));
    await second.insert(unscoped.key);
    expect((await second.list()).map((key) => key.name)).toEqual(["team-a", "open"]);
    await second.close();
  });
}

describe("SQLite key store", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "switchyard-keys-"));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });
  keyStoreContract(async () => new SqliteKeyStore(join(directory, "nested", "ledger.db")));
});

describe.skipIf(!postgresUp)("PostgreSQL key store", () => {
  // A schema of our own per run, so parallel runs and the ledger's tests never meet.
  const schema = `sy_keys_${process.pid}_${Date.now().toString(36)}`;
  const url = `${postgresUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  beforeAll(async () => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
  });
  afterAll(async () => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  keyStoreContract(() => PostgresKeyStore.open(url));

  it("lets two replicas start at once (migrations take an advisory lock)", async () => {
    const stores = await Promise.all([PostgresKeyStore.open(url), PostgresKeyStore.open(url), PostgresKeyStore.open(url)]);
    expect((await stores[0].list()).length).toBe(2);
    await Promise.all(stores.map((store) => store.close()));
  });
});
