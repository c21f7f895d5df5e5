/**
 * Server CPU per request of chosen contenders, plain and streaming measured
 * separately, interleaved over rounds: a quicker, narrower figure than `npm run
 * bench` for before/after work on one row (CPU time is what a loaded machine
 * distorts least; req/s is not reported). Contenders are picked as BENCH_ONLY does.
 * Usage: tsx bench/gateway/cpu-per-request.ts NAME[,NAME…] [ROUNDS] [SECONDS]
 */
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { contenders, startMock } from "./contenders.js";
import { cpuMilliseconds, freePort } from "./processes.js";

const [names = "", roundsText = "3", secondsText = "5"] = process.argv.slice(2);
const wanted = names.split(",").filter(Boolean);
const selected = contenders.filter((contender) => contender.name.startsWith("switchyard") && wanted.some((name) => contender.name.includes(name)));
if (selected.length === 0) {
  console.error("usage: cpu-per-request.ts NAME[,NAME…] [ROUNDS] [SECONDS] (NAME: part of a switchyard contender's name)");
  process.exit(2);
}
const results = new Map<string, { plain: number[]; stream: number[] }>(selected.map((contender) => [contender.name, { plain: [], stream: [] }]));
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
console.log(`load average at start ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
try {
  for (let round = 1; round <= Number(roundsText); round++) {
    for (const contender of selected) {
      const running = await contender.start({ port: await freePort(), mockPort });
      try {
        const { url, headers, body } = running.target;
        const pid = running.process!.pid;
        // Warm-up: the JIT and the pools, not counted.
        await autocannon({ url, method: "POST", headers, body: body(false), connections: 64, amount: 3000 });
        for (const mode of ["plain", "stream"] as const) {
          const before = cpuMilliseconds(pid);
          const result = await autocannon({ url, method: "POST", headers, body: body(mode === "stream"), connections: 64, duration: Number(secondsText) });
          const perRequest = ((cpuMilliseconds(pid) - before) * 1000) / Math.max(1, result.requests.total);
          results.get(contender.name)![mode].push(perRequest);
          console.log(`round ${round} ${contender.name} ${mode}: ${perRequest.toFixed(0)} µs CPU/req (${result.requests.total} requests, ${result.errors + result.non2xx} errors, load ${loadavg()[0]!.toFixed(2)})`);
        }
      } finally {
        await running.process?.stop();
      }
    }
  }
} finally {
  await mock.stop();
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(`\nmedians (load average at end ${loadavg().map((value) => value.toFixed(2)).join(" ")}):`);
for (const [name, { plain, stream }] of results) console.log(`${name}: plain ${median(plain).toFixed(0)} µs, stream ${median(stream).toFixed(0)} µs, both ${median(plain.map((value, index) => (value + stream[index]!) / 2)).toFixed(0)} µs CPU/req`);
