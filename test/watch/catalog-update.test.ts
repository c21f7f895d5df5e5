import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/index.js";
import { catalogUpdateCommand } from "../../src/cli/catalog-update.js";
import { UsageError } from "../../src/cli/command-result.js";
import { watchCommand } from "../../src/cli/watch.js";
import { loadConfigFile } from "../../src/config/load-config.js";
import { buildCatalogUpdates, type SourceModels } from "../../src/watch/catalog-updates/build-catalog-updates.js";
import type { WatchedModel } from "../../src/watch/watched-model.js";
import { startFakeFeedServer, type FakeFeedServer } from "./support/fake-feed-server.js";

const runDay = new Date("2026-07-20T06:00:00Z");

function watched(fields: Partial<WatchedModel> & Pick<WatchedModel, "id">): WatchedModel {
  return { name: null, organisation: null, released: null, openWeights: null, licence: null, gated: null, price: null, contextLength: null, deprecated: false, expires: null, huggingFaceId: null, baseModels: [], ...fields };
}

function source(type: SourceModels["type"], models: WatchedModel[]): SourceModels {
  return { name: type, type, url: `https://feeds.example/${type}`, asOf: "2026-07-20", models };
}

describe("buildCatalogUpdates: which feed may say what", () => {
  const catalog = loadCatalog();
  const scout = catalog.model("llama-4-scout")!;

  it("takes a model's facts only from its vendor's own entries, and prices from every host", () => {
    const updates = buildCatalogUpdates({
      catalog,
      sources: [
        source("models-dev", [
          // A host serving the model with a shorter window: its limit, not the model's.
          watched({ id: "groq/meta-llama/llama-4-scout-17b-16e-instruct", organisation: "groq", contextLength: 131072, released: "2025-04-05", openWeights: true, price: { input: 0.11, output: 0.34 } }),
          // The vendor's own entry: authoritative for the model.
          watched({ id: "meta/llama-4-scout-17b-16e-instruct", organisation: "meta", contextLength: 9_000_000, released: scout.released, openWeights: true, price: { input: 0.2, output: 0.5 } }),
        ]),
        // OpenRouter's window and listing date are its own; only its price counts.
        source("openrouter", [watched({ id: "meta-llama/llama-4-scout", organisation: "meta-llama", contextLength: 327680, released: "2025-04-06", price: { input: 0.08, output: 0.3 } })]),
      ],
    });
    expect(updates.models).toEqual([
      {
        id: "llama-4-scout",
        released: scout.released,
        openWeight: true,
        contextLength: 9_000_000,
        provenance: {
          released: { source: "https://feeds.example/models-dev", asOf: "2026-07-20" },
          openWeight: { source: "https://feeds.example/models-dev", asOf: "2026-07-20" },
          contextLength: { source: "https://feeds.example/models-dev", asOf: "2026-07-20" },
        },
      },
    ]);
    // Confirmed values are written with their source but are not changes.
    expect(updates.changes.filter((change) => change.field !== "price")).toEqual([
      { model: "llama-4-scout", field: "contextLength", provider: null, from: scout.contextLength ?? null, to: 9_000_000, source: "https://feeds.example/models-dev", asOf: "2026-07-20" },
    ]);
    expect(updates.prices.map((price) => `${price.provider} ${price.model} ${price.input}/${price.output} ${price.basis}`)).toEqual([
      "groq llama-4-scout 0.11/0.34 fetched",
      "meta llama-4-scout 0.2/0.5 fetched",
      "openrouter llama-4-scout 0.08/0.3 fetched",
    ]);
  });

  it("leaves out free tiers, models the catalog does not know, and Hub entries as price sources", () => {
    const updates = buildCatalogUpdates({
      catalog,
      sources: [
        source("models-dev", [
          watched({ id: "google/gemma-4-31b-it", organisation: "google", price: { input: 0, output: 0 } }),
          watched({ id: "acme/brand-new-model", organisation: "acme", price: { input: 1, output: 2 }, contextLength: 4096 }),
        ]),
        source("huggingface", [watched({ id: "meta-llama/Llama-4-Scout-17B-16E-Instruct", organisation: "meta-llama", price: { input: 9, output: 9 } })]),
      ],
    });
    expect(updates.prices).toEqual([]);
    // The vendor's public Hub repository says the weights are open.
    expect(updates.models.find((model) => model.id === "llama-4-scout")).toMatchObject({ openWeight: true, provenance: { openWeight: { source: "https://feeds.example/huggingface" } } });
    expect(updates.models.some((model) => model.id.includes("brand-new"))).toBe(false);
  });
});

describe("switchyard catalog update against recorded feeds on loopback", () => {
  let feeds: FakeFeedServer;
  beforeAll(async () => {
    feeds = await startFakeFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
  });

  async function workspace(): Promise<string> {
    const cwd = await mkdtemp(join(tmpdir(), "switchyard-catalog-update-"));
    const config = ["watch:", "  sources:", `    models-dev: "${feeds.sources.modelsDev}"`, `    openrouter: "${feeds.sources.openRouter}"`, `    huggingface:meta-llama: "${feeds.sources.huggingFace}"`, "  timeout_ms: 2000", ""].join("\n");
    await writeFile(join(cwd, "switchyard.yaml"), config);
    return cwd;
  }

  it("writes fetched prices and fields with source and as-of, which every catalog user then reads", async () => {
    feeds.phase = "after";
    const cwd = await workspace();
    const result = await catalogUpdateCommand({ format: "json", cwd, now: runDay });
    expect(result.exitCode).toBe(0);
    const body = JSON.parse(result.stdout!) as { written: string; changes: { model: string; field: string; provider: string | null; to: unknown }[] };
    expect(body.written).toBe(join(cwd, ".switchyard", "catalog-updates.yaml"));
    expect(body.changes).toContainEqual(expect.objectContaining({ model: "muse-spark", field: "price", provider: "openrouter", to: "1.5/6" }));

    const file = parse(await readFile(body.written, "utf8")) as { prices: { provider: string; model: string; basis: string; asOf: string }[] };
    expect(file.prices).toContainEqual(expect.objectContaining({ provider: "openrouter", model: "muse-spark", basis: "fetched", asOf: "2026-07-20", source: feeds.sources.openRouter }));

    // The config in that folder picks the file up; its prices and provenance are the catalog's now.
    const config = await loadConfigFile(join(cwd, "switchyard.yaml"));
    expect(config.catalogFiles).toEqual([body.written]);
    const catalog = loadCatalog({ extraFiles: config.catalogFiles });
    expect(catalog.price("openrouter", "muse-spark")).toMatchObject({ input: 1.5, output: 6, basis: "fetched", asOf: "2026-07-20" });
    expect(catalog.model("muse-spark")!.provenance?.contextLength).toEqual({ source: feeds.sources.modelsDev, asOf: "2026-07-20" });

    // Run again over the updated catalog: nothing differs any more.
    const again = JSON.parse((await catalogUpdateCommand({ format: "json", cwd, now: runDay })).stdout!) as { changes: unknown[] };
    expect(again.changes).toEqual([]);
  });

  it("records no watch snapshot, so a later watch run still reports what changed", async () => {
    feeds.phase = "before";
    const cwd = await workspace();
    expect((await watchCommand({ format: "json", cwd, now: new Date("2026-05-01T06:00:00Z") })).exitCode).toBe(0);
    feeds.phase = "after";
    await catalogUpdateCommand({ format: "json", cwd, now: runDay });
    const watched = JSON.parse((await watchCommand({ format: "json", cwd, now: runDay })).stdout!) as { events: { type: string; model: string }[] };
    expect(watched.events).toContainEqual(expect.objectContaining({ type: "release", model: "muse-pro" }));
  });

  it("falls back to the last watch snapshot when a feed is down, and says so; a dry run writes nothing", async () => {
    feeds.phase = "after";
    const cwd = await workspace();
    await watchCommand({ format: "json", cwd, now: runDay });
    feeds.failWith = 503;
    try {
      const result = await catalogUpdateCommand({ format: "table", cwd, now: runDay, dryRun: true });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain("OFFLINE");
      expect(result.stdout).toMatch(/muse-spark +price \(openrouter\)/);
      expect(result.stdout).toContain("Dry run: would write");
      await expect(readFile(join(cwd, ".switchyard", "catalog-updates.yaml"))).rejects.toThrow(/ENOENT/);
    } finally {
      feeds.failWith = undefined;
    }
  });

  it("refuses a malformed --source and an unreadable feed with no snapshot, in one line", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "switchyard-catalog-update-"));
    await expect(catalogUpdateCommand({ format: "table", cwd, source: ["openrouter"] })).rejects.toThrow(new UsageError("--source openrouter: expected NAME=URL, e.g. openrouter=https://openrouter.ai/api/v1/models"));
    await expect(catalogUpdateCommand({ format: "table", cwd, source: ["openrouter=http://127.0.0.1:9/api/v1/models"] })).rejects.toThrow(/no source could be read and none has an earlier snapshot: http:\/\/127\.0\.0\.1:9/);
  });
});
