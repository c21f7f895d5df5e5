/**
 * Where the added latency at concurrency 1 goes: sequential requests on one
 * keep-alive connection, as the bench's latency figure, against the mock direct,
 * the bare proxy, and `switchyard serve` (ledger on and off) with
 * `server.overhead_header` on, so each answer says how long the gateway held it
 * between reading the request and writing the head, upstream time excluded.
 * Rounds interleaved; medians. Usage: tsx bench/gateway/c1-breakdown.ts [ROUNDS] [REQUESTS]
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { startMock } from "./contenders.js";
import { freePort, startProcess, type BenchProcess } from "./processes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const rounds = Number(process.argv[2] ?? 3);
const count = Number(process.argv[3] ?? 3000);
const body = JSON.stringify({ model: "bench", stream: false, messages: [{ role: "user", content: "What is the capital of France?" }], max_tokens: 64 });
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function sequential(port: number): Promise<{ p50Us: number; overheadP50Us: number | undefined }> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
  const totals: number[] = [];
  const overheads: number[] = [];
  for (let index = 0; index < count + 200; index++) {
    const started = process.hrtime.bigint();
    const response = await pool.request({ path: "/v1/chat/completions", method: "POST", headers: { "content-type": "application/json" }, body });
    await response.body.text();
    if (index < 200) continue;
    totals.push(Number(process.hrtime.bigint() - started) / 1000);
    const overhead = response.headers["x-switchyard-overhead-ms"];
    if (typeof overhead === "string") overheads.push(Number(overhead) * 1000);
  }
  await pool.close();
  return { p50Us: median(totals), overheadP50Us: overheads.length ? median(overheads) : undefined };
}

async function serve(mockPort: number, extra: string[]): Promise<{ port: number; process: BenchProcess }> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), "switchyard-c1-"));
  const config = [`server: { host: 127.0.0.1, port: ${port}, overhead_header: true }`, "providers:", `  mock: { type: openai-compatible, base_url: "http://127.0.0.1:${mockPort}/v1" }`, "models:", "  bench: { targets: [{ provider: mock, model: mock }] }", ...extra, ""].join("\n");
  writeFileSync(join(directory, "switchyard.yaml"), config);
  const child = await startProcess(process.execPath, [process.env.BENCH_BINARY ?? join(root, "dist/cli/index.js"), "serve", "--config", join(directory, "switchyard.yaml")], { port, cwd: directory, env: { SWITCHYARD_LOG_LEVEL: "warn" } });
  return { port, process: child };
}

const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
const results = new Map<string, { p50Us: number; overheadP50Us: number | undefined }[]>();
const note = (name: string, value: { p50Us: number; overheadP50Us: number | undefined }): void => void results.set(name, [...(results.get(name) ?? []), value]);
console.error(`load average ${loadavg()[0]!.toFixed(1)} at the start`);
try {
  for (let round = 0; round < rounds; round++) {
    note("direct to mock", await sequential(mockPort));
    const barePort = await freePort();
    const bare = await startProcess(process.execPath, [join(root, "bench/gateway/bare-proxy.mjs"), String(barePort), String(mockPort)], { port: barePort });
    note("bare node:http proxy", await sequential(barePort));
    await bare.stop();
    for (const [name, extra] of [["switchyard (default)", []], ["switchyard, ledger off", ["ledger: { enabled: false }"]]] as const) {
      const running = await serve(mockPort, [...extra]);
      note(name, await sequential(running.port));
      await running.process.stop();
    }
  }
} finally {
  await mock.stop();
}
const direct = results.get("direct to mock")!;
console.log(`load average ${loadavg()[0]!.toFixed(1)} at the end; ${rounds} rounds × ${count} requests; medians over rounds, added = p50 minus direct's p50 in the same round`);
for (const [name, values] of results) {
  const added = name === "direct to mock" ? undefined : median(values.map((value, index) => value.p50Us - direct[index]!.p50Us));
  const overhead = values[0]!.overheadP50Us === undefined ? "" : `, in-gateway (x-switchyard-overhead-ms) p50 ${median(values.map((value) => value.overheadP50Us!)).toFixed(0)} µs`;
  console.log(`${name}: p50 ${median(values.map((value) => value.p50Us)).toFixed(0)} µs${added === undefined ? "" : `, added ${added.toFixed(0)} µs`}${overhead}`);
}
