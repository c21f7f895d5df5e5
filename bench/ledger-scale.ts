// `npm run bench:ledger`: the ledger at scale (issue 20 item 6) and off the event loop (issue 18 item 1).
//
// 1. Ten million usage rows (LEDGER_ROWS) over 365 days in SQLite and in PostgreSQL (a
//    fresh schema, dropped afterwards), through the stores' own migrations; the rows are
//    generated inside each database (INSERT … SELECT) because a bench of the query should
//    not spend an hour in the client, and the daily rollup is then built by the same
//    statement the upgrade migration uses. Then: `usage` by family over the last 30
//    days through the store (rollup + raw edges), the same answer from the raw rows
//    alone (what the ledger did before), and `switchyard usage`'s default table.
// 2. Event-loop stall while the gateway's writer flushes heavy traffic (LEDGER_RATE
//    records/s for 6 s): the SQLite store inline on the main thread (before) against the
//    store on its writer thread (now), from perf_hooks.monitorEventLoopDelay.
//
// The machine is shared and loaded; medians of five runs, and compare within one run.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { LedgerWriter } from "../src/ledger/ledger-writer.js";
import type { LedgerStore } from "../src/ledger/stores/ledger-store.js";
import { createPostgresLedgerStore } from "../src/ledger/stores/postgres-ledger-store.js";
import { createSqliteLedgerStore } from "../src/ledger/stores/sqlite-ledger-store.js";
import { createSqliteWorkerLedgerStore } from "../src/ledger/stores/sqlite-worker-ledger-store.js";
import { monthOf, monthPartitionSql, partitionMonth } from "../src/ledger/stores/usage-partitions.js";
import { rollupSelectSql, rollupUpsertSql } from "../src/ledger/stores/usage-rollup-sql.js";
import type { UsageRecord } from "../src/ledger/usage-record.js";
import { createLogger } from "../src/shared/logger.js";

const rows = Number(process.env.LEDGER_ROWS ?? 10_000_000);
const rate = Number(process.env.LEDGER_RATE ?? 20_000);
const only = (process.env.LEDGER_ONLY ?? "sqlite,postgres,stall").split(",");
const postgresUrl = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const day = 86_400_000;
const end = Math.floor(Date.now() / day) * day + day / 2; // noon today: the last 30 days have a partial first and last day
const start = end - 365 * day;
const thirtyDays = { since: end - 30 * day, until: end };
const results: Record<string, unknown> = { rows, machine: `${cpus().length} × ${cpus()[0]?.model ?? "?"}, load ${loadavg()[0]!.toFixed(1)} at start`, node: process.version, date: new Date().toISOString() };

/** SELECT list that makes row n of the synthetic ledger: 50 keys, 6 aliases, 8 families over 4 vendors, 10% errors, 5% unknown usage. */
function generatedRow(n: string, concat: (...parts: string[]) => string): string {
  return `${concat("'r'", n)}, ${concat("'q'", n)}, ${start} + (${n} * ${365 * day} / ${rows}),
    ${concat("'key-'", `(${n} % 50)`)}, ${concat("'key name '", `(${n} % 50)`)}, ${concat("'alias-'", `(${n} % 6)`)}, ${concat("'provider-'", `(${n} % 3)`)}, ${concat("'model-'", `(${n} % 8)`)},
    ${concat("'family-'", `(${n} % 8)`)}, ${concat("'vendor-'", `(${n} % 4)`)}, 'apache-2.0', 1,
    CASE WHEN ${n} % 10 = 0 THEN 502 ELSE 200 END, 0, 0, 0, 0,
    CASE WHEN ${n} % 20 = 0 THEN NULL ELSE ${n} % 2000 END, CASE WHEN ${n} % 20 = 0 THEN NULL ELSE ${n} % 700 END,
    CASE WHEN ${n} % 20 = 0 THEN NULL ELSE (${n} % 1000) * 0.000001 END, 420.5, '[{"target":"p/m","outcome":"success","status":200,"durationMs":410}]', '[]'`;
}
const generatedColumns = "record_id, request_id, time_ms, key_id, key_name, alias, provider, upstream_model, family, vendor, licence, open_weight, status, stream, cache_hit, shadow, client_disconnected, input_tokens, output_tokens, cost_usd, latency_ms, attempts, warnings";

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const began = performance.now();
  const value = await run();
  return { ms: performance.now() - began, value };
}

async function median(run: () => Promise<unknown>, times = 5): Promise<number> {
  const samples: number[] = [];
  for (let index = 0; index < times; index++) samples.push((await time(run)).ms);
  return Math.round(samples.sort((a, b) => a - b)[Math.floor(times / 2)]! * 10) / 10;
}

async function queries(store: LedgerStore, rawByFamily: () => Promise<unknown>): Promise<Record<string, number>> {
  const byFamily = await store.aggregate({ ...thirtyDays, by: ["family"] });
  if (byFamily.length !== 8) throw new Error(`expected 8 families, got ${byFamily.length}`);
  return {
    usageByFamily30dMs: await median(() => store.aggregate({ ...thirtyDays, by: ["family"] })),
    usageByFamily30dRawMs: await median(rawByFamily, 3),
    usageTable30dMs: await median(() => store.usage(thirtyDays)),
    usageByKey365dMs: await median(() => store.keyUsage({ since: start, until: end + day })),
  };
}

const rawByFamilySql = (placeholder: (index: number) => string): string =>
  `SELECT family, COUNT(*), SUM(COALESCE(input_tokens, 0)), SUM(COALESCE(output_tokens, 0)), SUM(COALESCE(cost_usd, 0)) FROM switchyard_usage WHERE time_ms >= ${placeholder(1)} AND time_ms < ${placeholder(2)} GROUP BY family`;

async function sqlite(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), "switchyard-bench-ledger-"));
  const path = join(directory, "ledger.db");
  try {
    const store = createSqliteLedgerStore(path);
    await store.migrate();
    const database = new Database(path);
    const load = await time(async () => {
      database.exec(`WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ${rows - 1})
        INSERT INTO switchyard_usage (${generatedColumns}) SELECT ${generatedRow("n", (...parts) => parts.join(" || "))} FROM seq`);
      database.exec(rollupUpsertSql(rollupSelectSql("switchyard_usage")));
    });
    const rawStatement = database.prepare(rawByFamilySql(() => "?"));
    const figures = await queries(store, async () => rawStatement.all(thirtyDays.since, thirtyDays.until));
    const rollupRows = (database.prepare("SELECT COUNT(*) AS n FROM switchyard_usage_daily").get() as { n: number }).n;
    database.close();
    await store.close();
    results.sqlite = { loadSeconds: Math.round(load.ms / 1000), fileMb: Math.round(statSync(path).size / 1e6), bytesPerRow: Math.round(statSync(path).size / rows), rollupRows, ...figures };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  console.log("sqlite", results.sqlite);
}

async function postgres(): Promise<void> {
  const schema = `switchyard_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const store = createPostgresLedgerStore({ url: url.toString(), poolSize: 2 });
  try {
    await store.migrate();
    await admin.query(`SET search_path TO ${schema}`);
    for (let month = monthOf(start); month.start <= end; month = partitionMonth(month.end)) await admin.query(monthPartitionSql(month));
    const load = await time(async () => {
      await admin.query(`INSERT INTO switchyard_usage (${generatedColumns}) SELECT ${generatedRow("n", (...parts) => `(${parts.join(" || ")})`)} FROM generate_series(0::bigint, ${rows - 1}::bigint) AS n`);
      await admin.query(rollupUpsertSql(rollupSelectSql("switchyard_usage")));
      await admin.query("ANALYZE switchyard_usage; ANALYZE switchyard_usage_daily");
    });
    const figures = await queries(store, () => admin.query(rawByFamilySql((index) => `$${index}`), [thirtyDays.since, thirtyDays.until]));
    const size = Number((await admin.query<{ bytes: string }>("SELECT SUM(pg_total_relation_size(c.oid)) AS bytes FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'switchyard_usage'::regclass")).rows[0]?.bytes ?? 0);
    const partitions = Number((await admin.query<{ n: string }>("SELECT COUNT(*) AS n FROM pg_inherits WHERE inhparent = 'switchyard_usage'::regclass")).rows[0]?.n ?? 0);
    // Retention of the oldest 30 days: whole months dropped, the rest deleted row by row.
    const prune = await time(() => store.prune(Math.floor((start + 30 * day) / day) * day));
    results.postgres = { loadSeconds: Math.round(load.ms / 1000), tableMb: Math.round(size / 1e6), bytesPerRow: Math.round(size / rows), partitions, ...figures, prune30dMs: Math.round(prune.ms), pruned: prune.value };
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
  console.log("postgres", results.postgres);
}

/** A realistic record: one attempt, labels, usage and cost. */
function benchRecord(index: number): UsageRecord {
  return {
    recordId: `stall-${index}-${Math.random().toString(36).slice(2)}`,
    requestId: `req-${index}`,
    time: Date.now(),
    keyId: `key-${index % 50}`,
    keyName: `key name ${index % 50}`,
    alias: `alias-${index % 6}`,
    provider: "together",
    upstreamModel: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    catalogModel: "llama-3.3-70b-instruct",
    family: "llama",
    vendor: "meta",
    licence: "llama-3.3",
    openWeight: true,
    status: 200,
    errorCode: null,
    stream: index % 2 === 0,
    cacheHit: false,
    shadow: false,
    clientDisconnected: false,
    inputTokens: 812,
    outputTokens: 233,
    cachedInputTokens: 0,
    cacheWriteTokens: null,
    reasoningTokens: null,
    costUsd: 0.00091,
    latencyMs: 431.2,
    firstTokenMs: 88.1,
    finishReason: "stop",
    attempts: [{ target: "together/meta-llama/Llama-3.3-70B-Instruct-Turbo", outcome: "success", status: 200, error: undefined, durationMs: 430 }],
    warnings: [],
  };
}

/** Records arrive at `rate`/s in 10 ms ticks for 6 s while the writer flushes every second (batches of 500, the defaults). */
async function stall(inner: LedgerStore): Promise<{ p99Ms: number; maxMs: number; batchHoldMaxMs: number; batchHoldMedianMs: number; written: number }> {
  const directory = mkdtempSync(join(tmpdir(), "switchyard-bench-stall-"));
  await inner.migrate();
  // How long each insert call holds the event loop before it yields (the inline store's whole transaction; the thread's postMessage).
  const holds: number[] = [];
  const store: LedgerStore = {
    ...inner,
    insert: (records) => {
      const began = performance.now();
      const pending = inner.insert(records);
      holds.push(performance.now() - began);
      return pending;
    },
  };
  const writer = new LedgerWriter({ store, logger: createLogger({ level: "silent" }), flushIntervalMs: 1000, batchSize: 500, maxBuffered: 1_000_000, spillPath: join(directory, "spill.ndjson") });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let index = 0;
  await new Promise<void>((resolve) => {
    const ticker = setInterval(() => {
      for (let count = 0; count < rate / 100; count++) writer.record(benchRecord(index++));
      if (index >= rate * 6) {
        clearInterval(ticker);
        resolve();
      }
    }, 10);
  });
  await writer.flush();
  histogram.disable();
  const written = writer.stats().written;
  await writer.close();
  rmSync(directory, { recursive: true, force: true });
  holds.sort((a, b) => a - b);
  const tenth = (value: number): number => Math.round(value * 10) / 10;
  return { p99Ms: tenth(histogram.percentile(99) / 1e6), maxMs: tenth(histogram.max / 1e6), batchHoldMaxMs: tenth(holds.at(-1) ?? 0), batchHoldMedianMs: tenth(holds[Math.floor(holds.length / 2)] ?? 0), written };
}

async function stalls(): Promise<void> {
  const rounds: { inline: Awaited<ReturnType<typeof stall>>; thread: Awaited<ReturnType<typeof stall>> }[] = [];
  for (let round = 0; round < 3; round++) {
    const directory = mkdtempSync(join(tmpdir(), "switchyard-bench-stall-db-"));
    const inline = await stall(createSqliteLedgerStore(join(directory, "inline.db")));
    const thread = await stall(createSqliteWorkerLedgerStore(join(directory, "thread.db")));
    rmSync(directory, { recursive: true, force: true });
    rounds.push({ inline, thread });
  }
  const med = (values: number[]): number => values.sort((a, b) => a - b)[1]!;
  results.stall = {
    rate,
    inlineMaxMs: med(rounds.map((round) => round.inline.maxMs)),
    threadMaxMs: med(rounds.map((round) => round.thread.maxMs)),
    inlineP99Ms: med(rounds.map((round) => round.inline.p99Ms)),
    threadP99Ms: med(rounds.map((round) => round.thread.p99Ms)),
    inlineBatchHoldMedianMs: med(rounds.map((round) => round.inline.batchHoldMedianMs)),
    threadBatchHoldMedianMs: med(rounds.map((round) => round.thread.batchHoldMedianMs)),
    inlineBatchHoldMaxMs: med(rounds.map((round) => round.inline.batchHoldMaxMs)),
    threadBatchHoldMaxMs: med(rounds.map((round) => round.thread.batchHoldMaxMs)),
    rounds,
  };
  console.log("stall", results.stall);
}

if (only.includes("stall")) await stalls();
if (only.includes("sqlite")) await sqlite();
if (only.includes("postgres")) await postgres();
const out = join(fileURLToPath(new URL(".", import.meta.url)), "results");
mkdirSync(out, { recursive: true });
// One file per part run, so the parts can run as separate processes (LEDGER_ONLY=sqlite, …).
writeFileSync(join(out, `ledger-scale-${only.join("+")}${rows === 10_000_000 ? "" : "-partial"}.json`), `${JSON.stringify(results, null, 2)}\n`);
