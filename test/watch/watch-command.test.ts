import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command-result.js";
import { watchCommand } from "../../src/cli/watch.js";
import { readWatchSummary } from "../../src/watch/read-watch-summary.js";
import type { WatchSummary } from "../../src/watch/watch-summary.js";
import { postgresUrl, serviceAvailable } from "../support/services.js";
import { llamaExitFixtures, startFakeFeedServer, type FakeFeedServer } from "./support/fake-feed-server.js";

const postgres = await serviceAvailable("postgres");
const runDay = new Date("2026-07-20T06:00:00Z");

async function workspace(config: string): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), "switchyard-watch-"));
  await writeFile(join(cwd, "switchyard.yaml"), config);
  return cwd;
}

function sourcesYaml(feeds: FakeFeedServer): string {
  return ["watch:", "  sources:", `    models-dev: "${feeds.sources.modelsDev}"`, `    openrouter: "${feeds.sources.openRouter}"`, `    huggingface:meta-llama: "${feeds.sources.huggingFace}"`, "  timeout_ms: 2000", ""].join("\n");
}

describe("switchyard watch on two recorded snapshots served over loopback", () => {
  let feeds: FakeFeedServer;
  beforeAll(async () => {
    feeds = await startFakeFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
  });

  it("records a baseline, then reports release, licence, gating, price and deprecation changes and fires the two-proprietary-releases trigger", async () => {
    feeds.phase = "before";
    const cwd = await workspace(sourcesYaml(feeds));
    const first = await watchCommand({ format: "json", cwd, now: new Date("2026-05-01T06:00:00Z") });
    expect(first.exitCode).toBe(0);
    const baseline = JSON.parse(first.stdout!) as WatchSummary;
    expect(baseline.events).toEqual([]);
    expect(baseline.triggers).toEqual([]);
    expect(baseline.vendors.find((vendor) => vendor.vendor === "meta")).toMatchObject({ latest_open: { model: "llama-4-maverick" }, latest_proprietary: { model: "muse-spark", released: "2026-04-08" } });

    feeds.phase = "after";
    const second = await watchCommand({ format: "json", cwd, now: runDay });
    expect(second.exitCode).toBe(1);
    const summary = JSON.parse(second.stdout!) as WatchSummary;
    expect(Object.keys(summary)).toEqual(["events", "vendors", "triggers"]);
    const brief = summary.events.map((event) => `${event.type} ${event.vendor}/${event.model} ${event.source}`);
    expect(brief).toEqual([
      "deprecation meta/llama-3.3-70b models-dev",
      "deprecation meta/llama-3.3-70b openrouter",
      "gating-change meta/llama-3.3-70b huggingface:meta-llama",
      "licence-change meta/llama-4-maverick huggingface:meta-llama",
      "release meta/llama-4.1-8b openrouter",
      "release meta/muse-pro models-dev",
      "price-change meta/muse-spark models-dev",
      "price-change meta/muse-spark openrouter",
    ]);
    expect(summary.events.find((event) => event.type === "release" && event.model === "muse-pro")).toMatchObject({ open_weights: false, frontier: true, released: "2026-07-14", detected_at: runDay.toISOString() });
    expect(summary.events.find((event) => event.type === "release" && event.model === "llama-4.1-8b")).toMatchObject({ open_weights: true, frontier: false });
    expect(summary.events.find((event) => event.type === "licence-change")).toMatchObject({ from: "llama4", to: "llama4-revised", source_model: "meta-llama/Llama-4-Maverick-17B-128E-Instruct" });
    expect(summary.events.find((event) => event.type === "gating-change")).toMatchObject({ from: "auto", to: "manual" });
    expect(summary.events.find((event) => event.type === "price-change" && event.source === "openrouter")).toMatchObject({ from: { input: 2, output: 8 }, to: { input: 1.5, output: 6 } });
    expect(summary.events.find((event) => event.type === "deprecation" && event.source === "openrouter")).toMatchObject({ expires: "2026-09-30" });

    const meta = summary.vendors.find((vendor) => vendor.vendor === "meta")!;
    expect(meta.latest_proprietary).toMatchObject({ model: "muse-pro", released: "2026-07-14", open_weights: false, frontier: true });
    expect(meta.latest_open).toMatchObject({ model: "llama-4.1-8b", released: "2026-07-01" });
    expect(meta.days_since_open).toBe(19);
    expect(meta.open_lag_days).toBe(13);
    expect(meta.recent.map((release) => release.model)).toEqual(["muse-pro", "llama-4.1-8b", "muse-spark", "llama-4-maverick", "llama-4-scout"]);
    expect(meta.recent_open_share).toBe(0.6);

    expect(summary.triggers).toEqual([
      {
        vendor: "meta",
        rule: "frontier-went-proprietary",
        message: "meta: the last 2 frontier releases are proprietary (Muse Pro 2026-07-14, Muse Spark 2026-04-08); the latest open-weight frontier release, Llama 4 Maverick (2025-04-05), trails by 465 days",
        fired_at: runDay.toISOString(),
        since: runDay.toISOString(),
      },
    ]);
    // Google's open line (Gemma) has no frontier-tier model, so the rule does not apply to it.
    expect(summary.triggers.some((trigger) => trigger.vendor === "google")).toBe(false);

    // The read API for decide and report returns what was printed.
    const reading = await readWatchSummary({ cwd });
    expect(reading).toEqual({ ranAt: runDay.toISOString(), summary });

    // The third run: every feed answers 304 to our validators; nothing changed, the trigger still fires and keeps its start.
    const before = feeds.requests.length;
    const third = await watchCommand({ format: "table", cwd, now: new Date("2026-07-21T06:00:00Z") });
    const conditional = feeds.requests.slice(before);
    expect(conditional.map((request) => request.status)).toEqual([304, 304, 304]);
    expect(conditional.every((request) => typeof request.headers["if-none-match"] === "string")).toBe(true);
    expect(third.exitCode).toBe(1);
    expect(third.stdout).toContain("openrouter: unchanged since the last snapshot");
    expect(third.stdout).toContain("No changes since the previous snapshots.");
    expect(third.stdout).toContain(`(firing since ${runDay.toISOString().slice(0, 10)})`);
    const latest = await readWatchSummary({ cwd });
    expect(latest?.summary.triggers[0]?.since).toBe(runDay.toISOString());
    expect((await readWatchSummary({ cwd, eventsSince: "2026-07-01" }))?.summary.events).toHaveLength(8);
  });

  it("falls back to the last snapshot when a source is down, and says so", async () => {
    feeds.phase = "before";
    const cwd = await workspace(sourcesYaml(feeds));
    await watchCommand({ format: "json", cwd, now: new Date("2026-05-01T06:00:00Z") });
    feeds.failWith = 503;
    try {
      const table = await watchCommand({ format: "table", cwd, now: runDay });
      expect(table.stdout).toMatch(/openrouter: OFFLINE, using the last snapshot \(snapshot 2026-05-01T06:00:00.000Z\): http:\/\/127\.0\.0\.1:\d+\/api\/v1\/models: HTTP 503/);
      const json = await watchCommand({ format: "json", cwd, now: runDay });
      expect(json.stderr).toMatch(/^switchyard watch: models-dev: OFFLINE, using the last snapshot/m);
      expect((JSON.parse(json.stdout!) as WatchSummary).vendors.length).toBeGreaterThan(0);
      // With no snapshot to fall back on, there is nothing to report: exit 2 with the reasons.
      const fresh = await workspace(sourcesYaml(feeds));
      await expect(watchCommand({ format: "json", cwd: fresh })).rejects.toThrow(/no source could be read and none has an earlier snapshot: .*HTTP 503/);
    } finally {
      feeds.failWith = undefined;
    }
  });

  it("posts a Slack-compatible webhook, renders Markdown and applies user rules from the config", async () => {
    const received: unknown[] = [];
    const hook = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push(JSON.parse(body));
        response.end("ok");
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
    try {
      const rules = [
        "  playbook_rule: { last: 3 }",
        "  rules:",
        "    - { name: meta-licence-watch, vendors: [meta], event: [licence-change, gating-change] }",
        "    - { name: stale-open-line, days_since_open_over: 10, recent_open_share_below: 0.7 }",
        "",
      ].join("\n");
      feeds.phase = "before";
      const cwd = await workspace(sourcesYaml(feeds) + rules);
      await watchCommand({ format: "json", cwd, now: new Date("2026-05-01T06:00:00Z") });
      feeds.phase = "after";
      const result = await watchCommand({ format: "markdown", cwd, now: runDay, notify: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/T0/B0/x` });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain("# Model watch, 2026-07-20");
      expect(result.stdout).toContain("| licence-change | meta | llama-4-maverick | huggingface:meta-llama | licence llama4 → llama4-revised |");
      // Three proprietary frontier releases are required now; Meta has two, so the playbook rule stays quiet.
      expect(result.stdout).not.toContain("frontier-went-proprietary");
      expect(result.stdout).toContain("**meta** `meta-licence-watch`: meta: 2 licence-change/gating-change event(s): llama-3.3-70b, llama-4-maverick");
      expect(result.stdout).toContain("`stale-open-line`: meta: 19 days since the last open-weight release (over 10); 60% of the last 5 releases are open-weight (below 70%)");
      expect(received).toHaveLength(1);
      const payload = received[0] as { text: string; blocks: { type: string }[] };
      expect(payload.text).toMatch(/^Switchyard watch: \d+ trigger\(s\) fired, 8 change\(s\)/);
      expect(payload.blocks.map((block) => block.type)).toEqual(["header", "section", "section"]);
    } finally {
      await new Promise<void>((resolve) => hook.close(() => resolve()));
    }
  });

  it("reads file:// sources relative to the working directory and refuses bad input with one line", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "switchyard-watch-"));
    const result = await watchCommand({ format: "json", cwd, source: [`openrouter=file://${llamaExitFixtures}before/openrouter.json`] });
    expect(result.exitCode).toBe(0);
    await expect(watchCommand({ format: "json", cwd, source: ["rss=https://example.com/feed"] })).rejects.toThrow(UsageError);
    // The file is gone: this store has a snapshot to fall back on, a fresh one has not.
    expect((await watchCommand({ format: "json", cwd, source: ["openrouter=file://missing.json"] })).stderr).toMatch(/openrouter: OFFLINE, using the last snapshot .*missing\.json: cannot read file \(ENOENT\)/);
    const fresh = await mkdtemp(join(tmpdir(), "switchyard-watch-"));
    await expect(watchCommand({ format: "json", cwd: fresh, source: ["openrouter=file://missing.json"] })).rejects.toThrow(/missing\.json: cannot read file \(ENOENT\)/);
    await expect(watchCommand({ format: "json", cwd, notify: "slack" })).rejects.toThrow("--notify slack: must be an http:// or https:// URL");
    const badRule = await workspace("watch:\n  rules:\n    - { name: nothing-to-check, vendors: [meta] }\n");
    await expect(watchCommand({ format: "json", cwd: badRule })).rejects.toThrow(/switchyard\.yaml:3: watch\.rules\.0: a rule needs at least one condition/);
    const badSource = await workspace("watch:\n  sources:\n    rss: https://example.com/feed\n");
    await expect(watchCommand({ format: "json", cwd: badSource })).rejects.toThrow(/switchyard\.yaml:3: watch\.sources\.rss: source names are models-dev, openrouter or huggingface/);
  });
});

describe.skipIf(!postgres)("switchyard watch with the ledger in PostgreSQL (fresh schema)", () => {
  const schema = `switchyard_watch_cmd_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  let feeds: FakeFeedServer;
  beforeAll(async () => {
    feeds = await startFakeFeedServer();
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  });
  afterAll(async () => {
    await feeds.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  });

  it("keeps snapshots and runs in the ledger's database and fires the trigger on the second snapshot", async () => {
    const url = new URL(postgresUrl);
    url.searchParams.set("options", `-c search_path=${schema}`);
    const cwd = await workspace(`ledger:\n  url: "${url.toString()}"\n${sourcesYaml(feeds)}`);
    feeds.phase = "before";
    expect((await watchCommand({ format: "json", cwd, now: new Date("2026-05-01T06:00:00Z") })).exitCode).toBe(0);
    feeds.phase = "after";
    const result = await watchCommand({ format: "json", cwd, now: runDay });
    expect(result.exitCode).toBe(1);
    expect((JSON.parse(result.stdout!) as WatchSummary).triggers.map((trigger) => trigger.rule)).toEqual(["frontier-went-proprietary"]);
    const snapshots = await admin.query<{ source: string; n: string }>(`SELECT source, COUNT(*) AS n FROM ${schema}.switchyard_watch_snapshots GROUP BY source ORDER BY source`);
    expect(snapshots.rows).toEqual([
      { source: "huggingface:meta-llama", n: "2" },
      { source: "models-dev", n: "2" },
      { source: "openrouter", n: "2" },
    ]);
  });
});
