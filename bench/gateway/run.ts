/**
 * `npm run bench`: every contender in one session, interleaved over several
 * rounds (these machines are noisy; compare ratios within a round, not absolutes).
 * Figures: added p50/p99 latency at concurrency 1 (vs direct to the mock),
 * requests/s at concurrency 64, median time to first byte on streams, 1,000
 * concurrent streams held, RSS under load. Writes bench/results/gateway.{json,md}.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { contenders, startMock, type RunningContender } from "./contenders.js";
import { concurrentStreams, latencyAtConcurrencyOne, throughputAtSixtyFour, timeToFirstByte } from "./measure.js";
import { sampleRss } from "./processes.js";

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const latencyRequests = Number(process.env.BENCH_LATENCY_REQUESTS ?? 2000);
const throughputSeconds = Number(process.env.BENCH_SECONDS ?? 4);
const streamCount = Number(process.env.BENCH_STREAMS ?? 1000);
const only = process.env.BENCH_ONLY?.split(",");

interface Sample {
  p50Us: number;
  p99Us: number;
  requestsPerSecond: number;
  ttfbMs: number;
  rssMb: number;
  errors: number;
}

const fastMockPort = 9301;
const slowMockPort = 9302;
const contenderPort = 9310;

const selected = contenders.filter((contender) => !only || only.some((name) => contender.name.includes(name)));
const samples = new Map<string, Sample[]>(selected.map((contender) => [contender.name, []]));
const streamResults = new Map<string, { completed: number; errors: number; rssMb: number }>();

const fastMock = await startMock(fastMockPort, 0);
try {
  for (let round = 1; round <= rounds; round++) {
    for (const contender of selected) {
      const running = await contender.start({ port: contenderPort, mockPort: fastMockPort });
      try {
        const latency = await latencyAtConcurrencyOne(running.target, latencyRequests);
        const stopRss = running.process ? sampleRss(running.process.pid) : () => 0;
        const throughput = await throughputAtSixtyFour(running.target, throughputSeconds);
        const rssMb = stopRss();
        const ttfbMs = await timeToFirstByte(running.target, 200);
        samples.get(contender.name)!.push({ ...latency, requestsPerSecond: throughput.requestsPerSecond, ttfbMs, rssMb, errors: latency.errors + throughput.errors });
        console.error(`round ${round} ${contender.name}: p50 ${latency.p50Us} µs, ${throughput.requestsPerSecond} req/s, ttfb ${ttfbMs} ms, rss ${rssMb} MB`);
      } finally {
        await running.process?.stop();
      }
    }
  }
} finally {
  await fastMock.stop();
}

// 1,000 streams at once against an upstream that takes ~1.3 s per answer (13 events, 100 ms apart).
const slowMock = await startMock(slowMockPort, 100);
try {
  for (const contender of selected) {
    const running: RunningContender = await contender.start({ port: contenderPort, mockPort: slowMockPort });
    try {
      const stopRss = running.process ? sampleRss(running.process.pid) : () => 0;
      const result = await concurrentStreams(running.target, streamCount, running.endMarker);
      streamResults.set(contender.name, { ...result, rssMb: stopRss() });
      console.error(`${contender.name}: ${result.completed}/${streamCount} streams completed, ${result.errors} errors`);
    } finally {
      await running.process?.stop();
    }
  }
} finally {
  await slowMock.stop();
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
// Added latency and throughput ratios are computed per round, against that round's
// direct, bare-proxy and Portkey figures (measured seconds apart), then the median
// taken: the machine's speed drifts between rounds far more than within one.
const perRound = (name: string): Sample[] => samples.get(name) ?? [];
const medianRatio = (own: Sample[], reference: Sample[]): number | undefined => {
  const ratios = own.flatMap((sample, index) => (reference[index] ? [sample.requestsPerSecond / reference[index].requestsPerSecond] : []));
  return ratios.length > 0 ? median(ratios) : undefined;
};
const direct = perRound("direct to mock");
const rows = selected.map((contender) => {
  const own = perRound(contender.name);
  return {
    name: contender.name,
    addedP50Us: Math.round(median(own.map((sample, index) => sample.p50Us - (direct[index]?.p50Us ?? 0)))),
    addedP99Us: Math.round(median(own.map((sample, index) => sample.p99Us - (direct[index]?.p99Us ?? 0)))),
    requestsPerSecond: median(own.map((sample) => sample.requestsPerSecond)),
    timesPortkey: medianRatio(own, perRound("@portkey-ai/gateway")),
    timesBareProxy: medianRatio(own, perRound("bare node:http proxy")),
    timesSameDialect: medianRatio(own, perRound("switchyard (same dialect)")),
    ttfbMs: median(own.map((sample) => sample.ttfbMs)),
    rssMb: Math.max(...own.map((sample) => sample.rssMb), streamResults.get(contender.name)?.rssMb ?? 0),
    streams: streamResults.get(contender.name),
    errors: own.reduce((sum, sample) => sum + sample.errors, 0),
  };
});
const rowNamed = (name: string) => rows.find((candidate) => candidate.name === name);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${rounds} interleaved rounds; medians, ratios taken within each round; mock upstream on loopback.`,
  "",
  "| contender | added p50 (µs) | added p99 (µs) | req/s at c=64 | × Portkey | × bare proxy | stream TTFB (ms) | 1,000 streams | RSS max (MB) |",
  "|---|---:|---:|---:|---:|---:|---:|---|---:|",
  ...rows.map((row) =>
    [
      row.name,
      row.name === "direct to mock" ? "—" : row.addedP50Us,
      row.name === "direct to mock" ? "—" : row.addedP99Us,
      row.requestsPerSecond,
      row.timesPortkey?.toFixed(1) ?? "—",
      row.timesBareProxy?.toFixed(2) ?? "—",
      row.ttfbMs,
      row.streams ? `${row.streams.completed}/${streamCount}${row.streams.errors ? ` (${row.streams.errors} errors)` : ""}` : "—",
      row.rssMb || "—",
    ].join(" | ").replace(/^/, "| ").concat(" |"),
  ),
  "",
  rowNamed("switchyard (OpenAI→Anthropic)")?.timesSameDialect !== undefined
    ? `Translation cost: OpenAI→Anthropic runs at ${rowNamed("switchyard (OpenAI→Anthropic)")!.timesSameDialect!.toFixed(2)}× same-dialect throughput.`
    : "",
  "Command: `npm run bench` (BENCH_ROUNDS, BENCH_SECONDS, BENCH_STREAMS, BENCH_ONLY to adjust).",
];
const markdown = lines.join("\n") + "\n";
const results = fileURLToPath(new URL("../results/", import.meta.url));
mkdirSync(results, { recursive: true });
// A partial run (BENCH_ONLY) must not overwrite the full comparison the README quotes.
const name = only ? "gateway-partial" : "gateway";
writeFileSync(`${results}${name}.json`, JSON.stringify({ machine, rounds, rows }, null, 2) + "\n");
writeFileSync(`${results}${name}.md`, markdown);
console.log(markdown);
