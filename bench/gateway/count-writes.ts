/**
 * Socket writes per request, counted by strace on `switchyard serve` (default
 * config): exact, unlike time, on a shared machine. Sends REQUESTS sequential
 * requests (streaming with `stream`) and prints the write system calls per
 * request. BENCH_BINARY: another build's dist/cli/index.js to compare.
 * Usage: tsx bench/gateway/count-writes.ts [stream|plain] [REQUESTS]   (needs strace)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { startMock } from "./contenders.js";
import { freePort, startProcess } from "./processes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const stream = (process.argv[2] ?? "stream") === "stream";
const count = Number(process.argv[3] ?? 1000);
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
const port = await freePort();
const directory = mkdtempSync(join(tmpdir(), "switchyard-writes-"));
writeFileSync(join(directory, "switchyard.yaml"), [`server: { host: 127.0.0.1, port: ${port} }`, "providers:", `  mock: { type: openai-compatible, base_url: "http://127.0.0.1:${mockPort}/v1" }`, "models:", "  bench: { targets: [{ provider: mock, model: mock }] }", ""].join("\n"));
const server = await startProcess(process.execPath, [process.env.BENCH_BINARY ?? join(root, "dist/cli/index.js"), "serve", "--config", join(directory, "switchyard.yaml")], { port, cwd: directory, env: { SWITCHYARD_LOG_LEVEL: "warn" } });
const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
const body = JSON.stringify({ model: "bench", stream, messages: [{ role: "user", content: "What is the capital of France?" }], max_tokens: 64 });
const send = async (): Promise<void> => {
  const response = await pool.request({ path: "/v1/chat/completions", method: "POST", headers: { "content-type": "application/json" }, body });
  await response.body.text();
};
for (let index = 0; index < 200; index++) await send(); // warm-up, not counted
const strace = spawn("strace", ["-f", "-c", "-e", "trace=write,writev,sendto,sendmsg", "-p", String(server.pid)], { stdio: ["ignore", "ignore", "pipe"] });
let report = "";
strace.stderr.on("data", (chunk: Buffer) => (report += chunk.toString()));
await new Promise((resolve) => setTimeout(resolve, 500));
for (let index = 0; index < count; index++) await send();
await new Promise((resolve) => setTimeout(resolve, 300));
const exited = new Promise((resolve) => strace.once("exit", resolve));
strace.kill("SIGINT");
await exited;
await pool.close();
await server.stop();
await mock.stop();
const calls = [...report.matchAll(/^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)\s*$/gm)].map((match) => ({ name: match[2]!, calls: Number(match[1]) })).filter((call) => call.name !== "total");
console.log(`${stream ? "streaming" : "plain"} requests: ${count}; write system calls per request: ${calls.map((call) => `${call.name} ${(call.calls / count).toFixed(2)}`).join(", ")}; total ${(calls.reduce((sum, call) => sum + call.calls, 0) / count).toFixed(2)}`);
