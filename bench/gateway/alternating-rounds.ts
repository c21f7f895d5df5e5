import autocannon from "autocannon";
import type { Contender, RunningContender } from "./contenders.js";
import { cpuMilliseconds, freePort } from "./processes.js";

/** What one contender did in each round of `alternatingRounds`. */
export interface RoundSamples {
  /** Requests per second. */
  readonly throughput: number[];
  /** The contender's process CPU per request, µs. */
  readonly cpuUs: number[];
  /** The mock upstream's CPU per request, µs. */
  readonly mockCpuUs: number[];
  /** This process's CPU per request (the load generator), µs. */
  readonly clientCpuUs: number[];
}

/** How the rounds run: plain requests or streams, how many rounds of how many seconds, and the mock whose CPU is read. */
interface RoundsOptions {
  readonly stream: boolean;
  readonly rounds: number;
  readonly seconds: number;
  readonly mockPid: number;
}

const noSamples = (): RoundSamples => ({ throughput: [], cpuUs: [], mockCpuUs: [], clientCpuUs: [] });

/**
 * Loads already-started contenders in turn for `rounds` short rounds of `seconds`
 * at concurrency 64, in the listed order and then reversed, round after round: a
 * slow spell of a shared machine falls on all of them, so a ratio taken within a
 * round holds where absolute figures a few minutes apart do not. Each is warmed
 * first (4,000 requests).
 */
export async function alternatingRounds(options: RoundsOptions & { readonly contenders: readonly RunningContender[] }): Promise<RoundSamples[]> {
  const samples = options.contenders.map(noSamples);
  const load = (contender: RunningContender, amount: { duration: number } | { amount: number }) => {
    const { url, headers, body } = contender.target;
    return autocannon({ url, method: "POST", headers, body: body(options.stream), connections: 64, ...amount });
  };
  for (const contender of options.contenders) await load(contender, { amount: 4000 });
  const order = options.contenders.map((contender, index) => ({ contender, own: samples[index]! }));
  for (let round = 0; round < options.rounds; round++) {
    for (const { contender, own } of round % 2 === 0 ? order : [...order].reverse()) {
      const pid = contender.process!.pid;
      const before = cpuMilliseconds(pid);
      const mockBefore = cpuMilliseconds(options.mockPid);
      const clientBefore = process.cpuUsage();
      const result = await load(contender, { duration: options.seconds });
      const client = process.cpuUsage(clientBefore);
      const requests = Math.max(1, result.requests.total);
      own.cpuUs.push(((cpuMilliseconds(pid) - before) * 1000) / requests);
      own.mockCpuUs.push(((cpuMilliseconds(options.mockPid) - mockBefore) * 1000) / requests);
      own.clientCpuUs.push((client.user + client.system) / requests);
      own.throughput.push(result.requests.total / options.seconds);
    }
  }
  return samples;
}

/**
 * `alternatingRounds` in `blocks`, each with the contenders started afresh (the mock
 * stays): on the shared bench machine one process can run faster or slower than an
 * identical one for as long as it lives (one run had a build's default row at 1.16×,
 * interval 0.98–1.31, the same code in another process), so rounds of one set of
 * processes share that luck and their interval is narrower than the truth. Fresh
 * processes for each block put that spread into the rounds. `rounds` is the total,
 * shared among the blocks; each contender's samples come back in one list, block after block.
 */
export async function alternatingRoundsInBlocks(options: RoundsOptions & { readonly contenders: readonly Contender[]; readonly mockPort: number; readonly blocks: number }): Promise<RoundSamples[]> {
  const merged = options.contenders.map(noSamples);
  const blocks = Math.max(1, Math.min(options.blocks, options.rounds));
  for (let block = 0; block < blocks; block++) {
    // The rounds shared as evenly as they go, the first blocks taking any left over.
    const rounds = Math.floor(options.rounds / blocks) + (block < options.rounds % blocks ? 1 : 0);
    const started: RunningContender[] = [];
    try {
      for (const contender of options.contenders) started.push(await contender.start({ port: await freePort(), mockPort: options.mockPort }));
      const samples = await alternatingRounds({ contenders: started, stream: options.stream, rounds, seconds: options.seconds, mockPid: options.mockPid });
      samples.forEach((own, index) => {
        const into = merged[index]!;
        into.throughput.push(...own.throughput);
        into.cpuUs.push(...own.cpuUs);
        into.mockCpuUs.push(...own.mockCpuUs);
        into.clientCpuUs.push(...own.clientCpuUs);
      });
    } finally {
      for (const running of started) await running.process?.stop();
    }
  }
  return merged;
}

/** A ratio judged over rounds: the median, and a 95% confidence interval for it (absent with too few rounds). */
export interface RatioOverRounds {
  readonly median: number;
  readonly interval: readonly [low: number, high: number] | undefined;
  /** Each round's ratio, ascending. */
  readonly rounds: readonly number[];
}

/** `own[round] / reference[round]` over the rounds, with an order-statistics interval for the median (no assumption on the spread). */
export function ratioOverRounds(own: readonly number[], reference: readonly number[]): RatioOverRounds {
  const rounds = own.map((value, round) => value / reference[round]!).sort((a, b) => a - b);
  const rank = medianIntervalRank(rounds.length);
  return {
    median: rounds[Math.floor(rounds.length / 2)]!,
    interval: rank >= 1 ? [rounds[rank - 1]!, rounds[rounds.length - rank]!] : undefined,
    rounds,
  };
}

/** The rank (1-based, from each end) of the sorted samples that bound a 95% confidence interval for the median of n; 0 when n is too small. */
export function medianIntervalRank(n: number): number {
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

/** "0.89× (95% interval 0.84–0.92)", or "0.89× (too few rounds for a 95% interval)". */
export function describeRatio(ratio: RatioOverRounds): string {
  const interval = ratio.interval ? `95% interval ${ratio.interval[0].toFixed(2)}–${ratio.interval[1].toFixed(2)}` : "too few rounds for a 95% interval";
  return `${ratio.median.toFixed(2)}× (${interval})`;
}
