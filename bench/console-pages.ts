// The console's ledger reads against a million usage rows (issue 19: each page
// under 300 ms). Run: npx tsx bench/console-pages.ts [ROWS]. Fills a fresh SQLite
// ledger in a temp folder through the store's own insert, then times each page's
// queries (median of 5, after one warm-up). Numbers are wall-clock on this machine.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteLedgerStore } from "../src/ledger/stores/sqlite-ledger-store.js";
import type { UsageRecord } from "../src/ledger/usage-record.js";

const rows = Number(process.argv[2] ?? 1_000_000);
const store = createSqliteLedgerStore(join(mkdtempSync(join(tmpdir(), "switchyard-console-bench-")), "ledger.db"));
await store.migrate();
const now = Date.now();
const aliases = ["chat", "code", "support", "batch"];
const families = [["gemma", "google", "gemma", true], ["llama", "meta", "llama-4-community", true], ["gpt", "openai", "proprietary", false]] as const;
const started = performance.now();
for (let offset = 0; offset < rows; offset += 10_000) {
  const batch: UsageRecord[] = [];
  for (let index = offset; index < Math.min(rows, offset + 10_000); index++) {
    const [family, vendor, licence, open] = families[index % 3]!;
    batch.push({
      recordId: `r${index}`, requestId: `q${index}`, time: now - Math.floor((index / rows) * 30 * 86_400_000), keyId: `k${index % 20}`, keyName: `key-${index % 20}`,
      alias: aliases[index % 4]!, provider: "p", upstreamModel: `${family}-model`, catalogModel: `${family}-model`, family, vendor, licence, openWeight: open,
      status: index % 50 === 0 ? 502 : 200, errorCode: index % 50 === 0 ? "upstream-error" : null, stream: index % 2 === 0, cacheHit: false, shadow: false, clientDisconnected: false,
      inputTokens: 100 + (index % 400), outputTokens: 50 + (index % 200), cachedInputTokens: null, cacheWriteTokens: null, reasoningTokens: null,
      costUsd: index % 7 === 0 ? null : 0.0001, latencyMs: 20 + (index % 900), firstTokenMs: null, finishReason: "stop", attempts: [], warnings: [],
    });
  }
  await store.insert(batch);
}
console.log(`filled ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const queries = store.console!;
const day = 86_400_000;
const pages: Record<string, () => Promise<unknown>> = {
  "overview 24h": () => Promise.all([queries.consoleSeries({ since: now - day, until: now + 1, bucketMs: 1_800_000 }), queries.consoleLatency({ since: now - day, until: now + 1, bucketMs: 1_800_000 })]),
  "overview 30d": () => Promise.all([queries.consoleSeries({ since: now - 30 * day, until: now + 1, bucketMs: day }), queries.consoleLatency({ since: now - 30 * day, until: now + 1, bucketMs: day })]),
  "routes (recent errors)": () => queries.consoleRecentErrors({ since: now - day, limit: 200 }),
  "usage 7d, page 1": () => queries.consoleExplorer({ since: now - 7 * day, until: now + 1, limit: 50, offset: 0 }),
  "usage 30d, alias filter": () => queries.consoleExplorer({ since: now - 30 * day, until: now + 1, alias: "chat", limit: 50, offset: 0 }),
};
for (const [name, run] of Object.entries(pages)) {
  await run();
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(26)} median ${times[2]!.toFixed(0)} ms  (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)})`);
}
await store.close();
