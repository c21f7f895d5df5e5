/**
 * The young-generation GC of chosen contenders under load, from V8's own trace
 * (`--trace-gc-nvp`), interleaved over rounds: scavenges, their pause per request,
 * what the gateway's thread allocates per request, and what each scavenge copies
 * (survived) and moves to the old generation (promoted). Promoted bytes in particular
 * barely move between runs of one build, where req/s and CPU on a shared 2-core
 * machine move ±25%: a change that holds objects across requests shows here first.
 * Usage: tsx bench/gateway/gc-per-request.ts NAME[,NAME…] [ROUNDS] [SECONDS]
 * (NAME: part of a contender's name, as BENCH_ONLY; plain requests at c=64.)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { contenders, startMock } from "./contenders.js";
import { freePort } from "./processes.js";

const [names = "", roundsText = "3", secondsText = "6"] = process.argv.slice(2);
const wanted = names.split(",").filter(Boolean);
const selected = contenders.filter((contender) => contender.name !== "direct to mock" && wanted.some((name) => contender.name.includes(name)));
if (selected.length === 0) {
  console.error("usage: gc-per-request.ts NAME[,NAME…] [ROUNDS] [SECONDS] (NAME: part of a contender's name)");
  process.exit(2);
}

interface Scavenge {
  /** Milliseconds since the isolate started, as the trace stamps it. */
  readonly atMs: number;
  readonly pauseMs: number;
  readonly allocated: number;
  readonly survived: number;
  readonly promoted: number;
}

/** The scavenges of the isolate that ran most of them (the gateway's own thread; the writer threads allocate little). */
function mainIsolateScavenges(trace: string): Scavenge[] {
  const byIsolate = new Map<string, Scavenge[]>();
  for (const line of trace.split("\n")) {
    const stamp = /\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms:/.exec(line);
    if (!stamp || !line.includes(" gc=s ")) continue;
    const isolate = stamp[1]!;
    const field = (name: string): number => Number(new RegExp(`\\b${name}=([0-9.]+)`).exec(line)?.[1] ?? Number.NaN);
    const scavenges = byIsolate.get(isolate) ?? [];
    scavenges.push({ atMs: Number(stamp[2]), pauseMs: field("pause"), allocated: field("allocated"), survived: field("new_space_survived"), promoted: field("promoted") });
    byIsolate.set(isolate, scavenges);
  }
  return [...byIsolate.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const folder = mkdtempSync(join(tmpdir(), "switchyard-gc-"));
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
console.log(`load average at start ${loadavg().map((value) => value.toFixed(2)).join(" ")}; ${secondsText} s of plain requests at c=64 a run, after 2 s of warm-up`);
try {
  for (let round = 1; round <= Number(roundsText); round++) {
    for (const contender of selected) {
      const tracePath = join(folder, `round-${round}-${selected.indexOf(contender)}.trace`);
      const startedAt = performance.now();
      const running = await contender.start({ port: await freePort(), mockPort, nodeArgs: ["--trace-gc-nvp"], stdoutPath: tracePath });
      let requests = 0;
      let warmUpEndMs = 0;
      try {
        const { url, headers, body } = running.target;
        await autocannon({ url, method: "POST", headers, body: body(false), connections: 64, duration: 2 });
        // The trace is stamped from the isolate's start, near enough the process's (stdout to a file is buffered: not read now).
        warmUpEndMs = performance.now() - startedAt;
        const result = await autocannon({ url, method: "POST", headers, body: body(false), connections: 64, duration: Number(secondsText) });
        requests = result.requests.total;
      } finally {
        await running.process?.stop();
      }
      // Only the measured load's scavenges: those after the warm-up (the stop adds none).
      const scavenges = mainIsolateScavenges(readFileSync(tracePath, "utf8")).filter((scavenge) => scavenge.atMs > warmUpEndMs);
      const sum = (pick: (scavenge: Scavenge) => number): number => scavenges.reduce((total, scavenge) => total + pick(scavenge), 0);
      console.log(
        `round ${round} ${contender.name}: ${(requests / Number(secondsText)).toFixed(0)} req/s; ${scavenges.length} scavenges, ` +
          `pause ${((sum((scavenge) => scavenge.pauseMs) * 1000) / Math.max(1, requests)).toFixed(1)} µs/req, ` +
          `allocated ${(sum((scavenge) => scavenge.allocated) / 1024 / Math.max(1, requests)).toFixed(1)} KB/req, ` +
          `median per scavenge: survived ${(median(scavenges.map((scavenge) => scavenge.survived)) / 1024).toFixed(0)} KB, promoted ${(median(scavenges.map((scavenge) => scavenge.promoted)) / 1024).toFixed(0)} KB`,
      );
    }
  }
} finally {
  await mock.stop();
  rmSync(folder, { recursive: true, force: true });
}
