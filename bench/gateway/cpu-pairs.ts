/**
 * Server CPU per request of two or more contenders, each started once and loaded
 * in turn for many short rounds (alternating, so a burst of load from elsewhere on
 * a shared machine falls on both), reporting the minimum and the median per
 * contender: interference only ever adds CPU, so the minimum is the steadiest
 * before/after figure on a busy machine. Contenders are picked as BENCH_ONLY does.
 * The mock's and the load generator's CPU per request (medians) are printed too:
 * with the server's they are the whole machine's cost of one row's request, and
 * they differ between rows whose answers differ in size.
 * Throughput too: each contender's requests/s over the first one's in the same round
 * (the two ran back to back, so a slow spell of the machine falls on both), as the
 * median of the rounds with a 95% confidence interval for that median (order
 * statistics, no assumption on the spread): on a shared machine whose rounds of one
 * build vary ±25%, the interval says whether a ratio target can be judged at all.
 * Usage: tsx bench/gateway/cpu-pairs.ts NAME[,NAME…] plain|stream [ROUNDS] [SECONDS]
 */
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { contenders, startMock } from "./contenders.js";
import { cpuMilliseconds, freePort } from "./processes.js";

const [names = "", mode = "stream", roundsText = "12", secondsText = "2"] = process.argv.slice(2);
const wanted = names.split(",").filter(Boolean);
const selected = contenders.filter((contender) => (contender.name.startsWith("switchyard") || contender.name.startsWith("bare")) && wanted.some((name) => contender.name.includes(name)));
if (selected.length === 0 || !["plain", "stream"].includes(mode)) {
  console.error("usage: cpu-pairs.ts NAME[,NAME…] plain|stream [ROUNDS] [SECONDS]");
  process.exit(2);
}
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
const running = await Promise.all(selected.map(async (contender) => ({ contender, started: await contender.start({ port: await freePort(), mockPort }), samples: [] as number[], mockSamples: [] as number[], clientSamples: [] as number[], throughput: [] as number[] })));
console.log(`load average at start ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
try {
  for (const { started } of running) {
    const { url, headers, body } = started.target;
    await autocannon({ url, method: "POST", headers, body: body(mode === "stream"), connections: 64, amount: 4000 });
  }
  for (let round = 0; round < Number(roundsText); round++) {
    for (const entry of round % 2 === 0 ? running : [...running].reverse()) {
      const { url, headers, body } = entry.started.target;
      const pid = entry.started.process!.pid;
      const before = cpuMilliseconds(pid);
      const mockBefore = cpuMilliseconds(mock.pid);
      const clientBefore = process.cpuUsage();
      const result = await autocannon({ url, method: "POST", headers, body: body(mode === "stream"), connections: 64, duration: Number(secondsText) });
      const client = process.cpuUsage(clientBefore);
      const requests = Math.max(1, result.requests.total);
      entry.samples.push(((cpuMilliseconds(pid) - before) * 1000) / requests);
      entry.mockSamples.push(((cpuMilliseconds(mock.pid) - mockBefore) * 1000) / requests);
      entry.clientSamples.push((client.user + client.system) / requests);
      entry.throughput.push(result.requests.total / Number(secondsText));
    }
  }
} finally {
  for (const { started } of running) await started.process?.stop();
  await mock.stop();
}
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
console.log(`${mode}, ${roundsText} rounds of ${secondsText} s, load average at end ${loadavg().map((value) => value.toFixed(2)).join(" ")}:`);
const median = (values: number[]): number => sorted(values)[Math.floor(values.length / 2)]!;
for (const { contender, samples, mockSamples, clientSamples } of running) {
  const ordered = sorted(samples);
  console.log(
    `${contender.name}: min ${ordered[0]!.toFixed(0)}, median ${median(samples).toFixed(0)} µs CPU/req (${ordered.map((value) => value.toFixed(0)).join(" ")}); mock median ${median(mockSamples).toFixed(0)}, load generator median ${median(clientSamples).toFixed(0)}`,
  );
}

/** The ranks (1-based, from each end) bounding a 95% confidence interval for the median of n samples. */
function medianInterval(n: number): number {
  let below = 0;
  let rank = 0;
  let choose = 1;
  for (let k = 0; k <= n; k++) {
    // P(Binomial(n, 1/2) <= k - 1) must stay within 2.5% for rank k.
    if ((below + choose) / 2 ** n > 0.025) break;
    below += choose;
    rank = k + 1;
    choose = (choose * (n - k)) / (k + 1);
  }
  return rank;
}
const [reference, ...others] = running;
for (const entry of others) {
  const ratios = sorted(entry.throughput.map((value, round) => value / reference!.throughput[round]!));
  const rank = medianInterval(ratios.length);
  const interval = rank >= 1 ? `95% interval ${ratios[rank - 1]!.toFixed(2)}-${ratios[ratios.length - rank]!.toFixed(2)}` : "too few rounds for a 95% interval";
  console.log(`${entry.contender.name}: ${median(ratios).toFixed(2)}× ${reference!.contender.name}'s requests/s (median of ${ratios.length} rounds, ${interval}; rounds ${ratios.map((value) => value.toFixed(2)).join(" ")})`);
}
