/**
 * The mock upstream's own CPU per request, for each kind of answer the bench rows
 * ask it for (Chat and Responses, plain and streamed): the mock shares the
 * machine with the gateway under test, so what it spends on one row's answers
 * and not another's is taken from that row's throughput.
 * Usage: tsx bench/gateway/mock-cpu.ts [SECONDS]
 */
import autocannon from "autocannon";
import { startMock } from "./contenders.js";
import { cpuMilliseconds, freePort } from "./processes.js";

const seconds = Number(process.argv[2] ?? 3);
const port = await freePort();
const mock = await startMock(port, 0);
try {
  for (const [name, path, body] of [
    ["chat plain", "chat/completions", { model: "mock", messages: [{ role: "user", content: "hi" }] }],
    ["chat stream", "chat/completions", { model: "mock", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "hi" }] }],
    ["responses plain", "responses", { model: "mock", input: "hi" }],
    ["responses stream", "responses", { model: "mock", stream: true, input: "hi" }],
  ] as const) {
    const url = `http://127.0.0.1:${port}/v1/${path}`;
    await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), connections: 16, amount: 2000 });
    const before = cpuMilliseconds(mock.pid);
    const result = await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), connections: 16, duration: seconds });
    console.log(`${name}: ${(((cpuMilliseconds(mock.pid) - before) * 1000) / result.requests.total).toFixed(1)} µs mock CPU/req (${result.requests.total} requests)`);
  }
} finally {
  await mock.stop();
}
