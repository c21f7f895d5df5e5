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
 * BLOCKS (default 1): the rounds are run in that many blocks, each with the contenders
 * started afresh, so one process's lasting luck is not taken for the build's
 * (alternating-rounds.ts); the CPU figures then span every block's processes.
 * Usage: tsx bench/gateway/cpu-pairs.ts NAME[,NAME…] plain|stream [ROUNDS] [SECONDS] [BLOCKS]
 */
import { loadavg } from "node:os";
import { alternatingRoundsInBlocks, describeRatio, ratioOverRounds, type RoundSamples } from "./alternating-rounds.js";
import { contenders, startMock } from "./contenders.js";
import { freePort } from "./processes.js";

const [names = "", mode = "stream", roundsText = "12", secondsText = "2", blocksText = "1"] = process.argv.slice(2);
const wanted = names.split(",").filter(Boolean);
const selected = contenders.filter((contender) => (contender.name.startsWith("switchyard") || contender.name.startsWith("bare")) && wanted.some((name) => contender.name.includes(name)));
if (selected.length === 0 || !["plain", "stream"].includes(mode)) {
  console.error("usage: cpu-pairs.ts NAME[,NAME…] plain|stream [ROUNDS] [SECONDS] [BLOCKS]");
  process.exit(2);
}
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
console.log(`load average at start ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
let samples: RoundSamples[];
try {
  samples = await alternatingRoundsInBlocks({ contenders: selected, mockPort, mockPid: mock.pid, stream: mode === "stream", rounds: Number(roundsText), blocks: Number(blocksText), seconds: Number(secondsText) });
} finally {
  await mock.stop();
}
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
console.log(`${mode}, ${roundsText} rounds of ${secondsText} s in ${blocksText} block(s), load average at end ${loadavg().map((value) => value.toFixed(2)).join(" ")}:`);
const median = (values: number[]): number => sorted(values)[Math.floor(values.length / 2)]!;
selected.forEach((contender, index) => {
  const { cpuUs, mockCpuUs, clientCpuUs } = samples[index]!;
  const ordered = sorted(cpuUs);
  console.log(
    `${contender.name}: min ${ordered[0]!.toFixed(0)}, median ${median(cpuUs).toFixed(0)} µs CPU/req (${ordered.map((value) => value.toFixed(0)).join(" ")}); mock median ${median(mockCpuUs).toFixed(0)}, load generator median ${median(clientCpuUs).toFixed(0)}`,
  );
});
for (let index = 1; index < selected.length; index++) {
  const ratio = ratioOverRounds(samples[index]!.throughput, samples[0]!.throughput);
  console.log(`${selected[index]!.name}: ${describeRatio(ratio)} ${selected[0]!.name}'s requests/s (median of ${ratio.rounds.length} rounds; rounds ${ratio.rounds.map((value) => value.toFixed(2)).join(" ")})`);
}
