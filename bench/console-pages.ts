// The console's pages against a million usage rows (issue 19: each page under
// 300 ms). Run: npx tsx bench/console-pages.ts [ROWS] [--postgres]
// Fills a fresh ledger through the store's own insert (SQLite in a temp folder,
// or with --postgres a fresh schema in 127.0.0.1:5432 db `test`, dropped after),
// starts a real gateway on it (`startServe`, the console logged in with the admin
// token) and times the HTTP answers of the JSON each page asks for, as the
// browser asks for it: median of 7 after one warm-up, wall-clock on this machine.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startServe } from "../src/cli/serve.js";
import type { LedgerStore } from "../src/ledger/stores/ledger-store.js";
import { createPostgresLedgerStore } from "../src/ledger/stores/postgres-ledger-store.js";
import { createSqliteLedgerStore } from "../src/ledger/stores/sqlite-ledger-store.js";
import type { UsageRecord } from "../src/ledger/usage-record.js";
import { createLogger } from "../src/shared/logger.js";

const postgres = process.argv.includes("--postgres");
const rows = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 1_000_000);
const directory = mkdtempSync(join(tmpdir(), "switchyard-console-bench-"));
const schema = `switchyard_console_bench_${process.pid}`;
const postgresUrl = process.env.SWITCHYARD_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
let ledgerConfig: string;
let store: LedgerStore;
let admin: pg.Client | undefined;
if (postgres) {
  admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  store = createPostgresLedgerStore({ url: url.toString(), poolSize: 4 });
  ledgerConfig = `ledger: { url: "${url.toString()}" }`;
} else {
  store = createSqliteLedgerStore(join(directory, "ledger.db"));
  ledgerConfig = `ledger: { path: ledger.db }`;
}

try {
  await store.migrate();
  const now = Date.now();
  const aliases = ["chat", "code", "support", "batch"];
  const families = [["gemma", "google", "gemma", true], ["llama", "meta", "llama-4-community", true], ["gpt", "openai", "proprietary", false]] as const;
  const started = performance.now();
  // PostgreSQL binds at most 65,535 parameters per statement: 2,000 rows of 30 columns.
  const batchSize = postgres ? 2000 : 10_000;
  for (let offset = 0; offset < rows; offset += batchSize) {
    const batch: UsageRecord[] = [];
    for (let index = offset; index < Math.min(rows, offset + batchSize); index++) {
      const [family, vendor, licence, open] = families[index % 3]!;
      batch.push({
        recordId: `r${index}`, requestId: `q${index}`, time: now - Math.floor((index / rows) * 30 * 86_400_000), keyId: `k${index % 20}`, keyName: `key-${index % 20}`,
        alias: aliases[index % 4]!, provider: "p", upstreamModel: `${family}-model`, catalogModel: `${family}-model`, family, vendor, licence, openWeight: open,
        status: index % 50 === 0 ? 502 : 200, errorCode: index % 50 === 0 ? "upstream-error" : null, stream: index % 2 === 0, cacheHit: false, shadow: index % 10 === 0, clientDisconnected: false,
        inputTokens: 100 + (index % 400), outputTokens: 50 + (index % 200), cachedInputTokens: null, cacheWriteTokens: null, reasoningTokens: null,
        costUsd: index % 7 === 0 ? null : 0.0001, latencyMs: 20 + (index % 900), firstTokenMs: null, finishReason: "stop", attempts: [], warnings: [],
      });
    }
    await store.insert(batch);
  }
  await store.close();
  console.log(`${postgres ? "PostgreSQL" : "SQLite"}: filled ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const adminToken = "console-bench-admin-token-0123456789";
  writeFileSync(join(directory, "switchyard.yaml"), [`server: { admin_token: "${adminToken}" }`, ledgerConfig, "models: {}", ""].join("\n"));
  const gateway = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
  try {
    const login = await fetch(`${gateway.url}/ui/api/login`, { method: "POST", headers: { "content-type": "application/json", origin: gateway.url }, body: JSON.stringify({ token: adminToken }) });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    if (login.status !== 200 || cookie === "") throw new Error(`login failed: ${login.status}`);
    const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // What each page fetches when it opens (the usage page's default is the last 7 days, whole days).
    const pages: Record<string, string> = {
      "overview 1h": "/ui/api/overview?range=1h",
      "overview 24h": "/ui/api/overview?range=24h",
      "overview 7d": "/ui/api/overview?range=7d",
      "overview 30d": "/ui/api/overview?range=30d",
      routes: "/ui/api/routes",
      "usage 7d, page 1": `/ui/api/usage?since=${day(-7)}&until=${day(1)}`,
      "usage 7d, page 5": `/ui/api/usage?since=${day(-7)}&until=${day(1)}&offset=200`,
      "usage 30d, route filter": `/ui/api/usage?since=${day(-30)}&until=${day(1)}&alias=chat`,
      "usage 30d, key+family": `/ui/api/usage?since=${day(-30)}&until=${day(1)}&key=k3&family=gpt`,
      "usage CSV 30d": `/ui/api/usage.csv?since=${day(-30)}&until=${day(1)}`,
    };
    for (const [name, path] of Object.entries(pages)) {
      const get = async (): Promise<number> => {
        const start = performance.now();
        const response = await fetch(`${gateway.url}${path}`, { headers: { cookie } });
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        return performance.now() - start;
      };
      await get();
      const times: number[] = [];
      for (let round = 0; round < 7; round++) times.push(await get());
      times.sort((a, b) => a - b);
      console.log(`${name.padEnd(26)} median ${times[3]!.toFixed(0).padStart(4)} ms  (min ${times[0]!.toFixed(0)}, max ${times[6]!.toFixed(0)})`);
    }
  } finally {
    await gateway.close();
  }
} finally {
  if (admin) {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
  rmSync(directory, { recursive: true, force: true });
}
