import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LedgerConfig } from "../../src/config/gateway-config.js";
import { defaultLedger } from "../../src/config/gateway-config.js";
import { readWatchSummary } from "../../src/watch/read-watch-summary.js";
import { openWatchStore } from "../../src/watch/store/open-watch-store.js";
import type { WatchStore } from "../../src/watch/store/watch-store.js";
import type { WatchSummary } from "../../src/watch/watch-summary.js";
import type { WatchedModel } from "../../src/watch/watched-model.js";
import { postgresUrl, serviceAvailable } from "../support/services.js";

const available = await serviceAvailable("postgres");

const model: WatchedModel = {
  id: "meta-llama/llama-4-maverick",
  name: "Llama 4 Maverick",
  organisation: "meta-llama",
  released: "2025-04-05",
  openWeights: true,
  licence: "llama4",
  gated: "manual",
  price: { input: 0.15, output: 0.6 },
  contextLength: 1_048_576,
  deprecated: false,
  expires: null,
  huggingFaceId: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
  baseModels: [],
};

function summaryAt(ranAt: string, model: string): WatchSummary {
  return {
    events: [{ type: "release", vendor: "meta", model, source: "openrouter", source_model: `meta-llama/${model}`, detected_at: ranAt, released: "2026-04-08", open_weights: false, licence: null, frontier: true }],
    vendors: [{ vendor: "meta", latest_open: null, latest_proprietary: null, recent: [], recent_open_share: null, days_since_open: null, open_lag_days: null }],
    triggers: [{ vendor: "meta", rule: "frontier-went-proprietary", message: "m", fired_at: ranAt, since: ranAt }],
  };
}

async function exerciseStore(store: WatchStore, ledger: LedgerConfig, cwd: string): Promise<void> {
  expect(await store.latestSnapshot("openrouter")).toBeUndefined();
  expect(await store.latestRun()).toBeUndefined();
  await store.saveSnapshot({ source: "openrouter", url: "https://x/models", fetchedAt: "2026-04-01T00:00:00.000Z", etag: '"a"', lastModified: null, contentHash: "h1", models: [model] });
  await store.saveSnapshot({ source: "openrouter", url: "https://x/models", fetchedAt: "2026-04-10T00:00:00.000Z", etag: '"b"', lastModified: "Fri, 10 Apr 2026 00:00:00 GMT", contentHash: "h2", models: [model, { ...model, id: "meta/muse-spark" }] });
  await store.saveSnapshot({ source: "models-dev", url: "https://y/api.json", fetchedAt: "2026-04-11T00:00:00.000Z", etag: null, lastModified: null, contentHash: "h3", models: [] });
  const latest = await store.latestSnapshot("openrouter");
  expect(latest).toMatchObject({ source: "openrouter", fetchedAt: "2026-04-10T00:00:00.000Z", etag: '"b"', lastModified: "Fri, 10 Apr 2026 00:00:00 GMT", contentHash: "h2" });
  expect(latest?.models.map((entry) => entry.id)).toEqual(["meta-llama/llama-4-maverick", "meta/muse-spark"]);
  expect(latest?.models[0]).toEqual(model);

  await store.saveRun({ ranAt: "2026-04-01T00:00:00.000Z", summary: summaryAt("2026-04-01T00:00:00.000Z", "muse-spark") });
  await store.saveRun({ ranAt: "2026-04-10T00:00:00.000Z", summary: summaryAt("2026-04-10T00:00:00.000Z", "muse-2") });
  expect((await store.latestRun())?.ranAt).toBe("2026-04-10T00:00:00.000Z");
  expect((await store.runsSince("2026-04-05T00:00:00.000Z")).map((run) => run.ranAt)).toEqual(["2026-04-10T00:00:00.000Z"]);
  await store.close();

  const reading = await readWatchSummary({ ledger, cwd });
  expect(reading?.ranAt).toBe("2026-04-10T00:00:00.000Z");
  expect(reading?.summary.events.map((event) => event.model)).toEqual(["muse-2"]);
  expect(reading?.summary.triggers[0]?.rule).toBe("frontier-went-proprietary");
  const history = await readWatchSummary({ ledger, cwd, eventsSince: "2026-03-01" });
  expect(history?.summary.events.map((event) => event.model)).toEqual(["muse-spark", "muse-2"]);
  await expect(readWatchSummary({ ledger, cwd, eventsSince: "soon" })).rejects.toThrow(/eventsSince: not a date/);
}

describe("watch store (SQLite, the ledger's file)", () => {
  it("keeps snapshots per source and run summaries, and readWatchSummary returns the latest", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "switchyard-watch-store-"));
    expect(await readWatchSummary({ cwd })).toBeUndefined();
    const store = await openWatchStore({ ledger: defaultLedger, cwd });
    await exerciseStore(store, defaultLedger, cwd);
    // Reopening applies no migration twice.
    const again = await openWatchStore({ ledger: defaultLedger, cwd });
    expect((await again.latestRun())?.ranAt).toBe("2026-04-10T00:00:00.000Z");
    await again.close();
  });
});

describe.skipIf(!available)("watch store (PostgreSQL at 127.0.0.1:5432, fresh schema)", () => {
  const schema = `switchyard_watch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });

  it("keeps snapshots per source and run summaries, and readWatchSummary returns the latest", async () => {
    const url = new URL(postgresUrl);
    url.searchParams.set("options", `-c search_path=${schema}`);
    const ledger: LedgerConfig = { ...defaultLedger, store: { kind: "postgres", url: url.toString(), poolSize: 2 } };
    const cwd = await mkdtemp(join(tmpdir(), "switchyard-watch-store-"));
    expect(await readWatchSummary({ ledger, cwd })).toBeUndefined();
    const store = await openWatchStore({ ledger, cwd });
    await exerciseStore(store, ledger, cwd);
    const tables = await admin.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", [schema]);
    expect(tables.rows.map((row) => row.table_name)).toEqual(["switchyard_watch_migrations", "switchyard_watch_runs", "switchyard_watch_snapshots"]);
  });
});
