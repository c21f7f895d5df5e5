/**
 * Where a server's resident memory is, at the two points the bench's RSS targets
 * name: c=64 (plain then streaming requests, as the bench's RSS column) and holding
 * 1,000 streams against a slow upstream. Each contender runs with
 * bench/gateway/memory-probe.cjs preloaded (every V8 isolate, the main thread's and
 * each worker thread's, reports its heap at the process's peak RSS) while this
 * script reads /proc at the peak: RSS split into file-backed pages (code) and
 * anonymous memory, and the anonymous memory into V8 heaps and the rest (malloc:
 * SQLite's page cache, Node's buffers, thread stacks).
 * Usage: tsx bench/gateway/memory-breakdown.ts [CONTENDER…] (parts of names; default: bare, default, ledger off)
 * MEMORY_SECONDS (5) per c=64 load, MEMORY_STREAMS (1000), MEMORY_NODE_ARGS (extra node flags, split on spaces).
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contenders, startMock, type Contender } from "./contenders.js";
import { concurrentStreams, throughputAtSixtyFour } from "./measure.js";
import { freePort } from "./processes.js";

interface ThreadSample {
  threadId: number;
  rssMb: number;
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  heapPhysicalMb: number;
  mallocedMb: number;
  spaces: Record<string, { sizeMb: number; usedMb: number; physicalMb: number }>;
}

interface ProcessMemory {
  rssMb: number;
  anonMb: number;
  fileMb: number;
  /** Resident memory per mapping kind, from /proc/PID/smaps. */
  mappings: Record<string, number>;
}

const probe = fileURLToPath(new URL("./memory-probe.cjs", import.meta.url));
const seconds = Number(process.env.MEMORY_SECONDS ?? 5);
const streams = Number(process.env.MEMORY_STREAMS ?? 1000);
const extraNodeArgs = process.env.MEMORY_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const names = process.argv.slice(2);
const selected = (names.length ? names : ["bare", "(default", "ledger off"]).map((name) => {
  const found = contenders.find((contender) => contender.name.includes(name) && !contender.name.startsWith("direct") && !contender.name.startsWith("@portkey"));
  if (!found) throw new Error(`no contender matches ${name}`);
  return found;
});
const kb = (text: string, field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0) / 1024;

function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const mappings: Record<string, number> = {};
  let kind = "";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (header) {
      const path = header[1]!.trim();
      kind = path === "" ? "anonymous mappings (V8 heaps, malloc arenas, thread stacks)" : path.startsWith("[") ? path : path.endsWith("/node") ? "node binary" : path.endsWith(".node") ? `native addon ${path.split("/").at(-1)}` : "other files (libraries)";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) mappings[kind] = (mappings[kind] ?? 0) + Number(rss[1]) / 1024;
  }
  return { rssMb: kb(status, "VmRSS"), anonMb: kb(status, "RssAnon"), fileMb: kb(status, "RssFile"), mappings };
}

/** Samples /proc every 100 ms while `work` runs; the reading at the highest RSS. */
async function atPeak(pid: number, work: () => Promise<unknown>): Promise<ProcessMemory> {
  let peak = readProcessMemory(pid);
  const timer = setInterval(() => {
    try {
      const now = readProcessMemory(pid);
      if (now.rssMb >= peak.rssMb) peak = now;
    } catch {
      // The process ended meanwhile.
    }
  }, 100);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return peak;
}

function threadSamples(directory: string): ThreadSample[] {
  return readdirSync(directory)
    .filter((file) => file.startsWith("thread-"))
    .map((file) => (JSON.parse(readFileSync(join(directory, file), "utf8")) as { atPeakRss: ThreadSample }).atPeakRss)
    .sort((a, b) => a.threadId - b.threadId);
}

async function measure(contender: Contender, load: "c64" | "streams", mockPort: number): Promise<string[]> {
  const directory = mkdtempSync(join(tmpdir(), "switchyard-memory-"));
  // startProcess passes this process's environment on: the probe in the server reads it.
  process.env.MEMORY_PROBE_DIR = directory;
  const port = await freePort();
  const running = await contender.start({ port, mockPort, nodeArgs: [...extraNodeArgs, "--require", probe] });
  const pid = running.process!.pid;
  let memory: ProcessMemory;
  let outcome: string;
  try {
    if (load === "c64") {
      // Warm-up as the bench's latency run, then its two c=64 loads; the bench's RSS column is the peak over these.
      await throughputAtSixtyFour(running.target, 1);
      let requests = 0;
      memory = await atPeak(pid, async () => {
        requests += (await throughputAtSixtyFour(running.target, seconds)).requests;
        requests += (await throughputAtSixtyFour(running.target, seconds, true)).requests;
      });
      outcome = `${requests} requests`;
    } else {
      let result = { completed: 0, errors: 0 };
      memory = await atPeak(pid, async () => (result = await concurrentStreams(running.target, streams, running.endMarker)));
      outcome = `${result.completed}/${streams} streams completed`;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  } finally {
    await running.process?.stop();
  }
  const threads = threadSamples(directory);
  const heaps = threads.reduce((sum, thread) => sum + thread.heapPhysicalMb, 0);
  const lines = [
    `### ${contender.name}, ${load === "c64" ? `c=64 plain then streaming, ${seconds} s each` : `${streams} streams held`}: ${outcome}`,
    "",
    `RSS at peak ${memory.rssMb.toFixed(0)} MB: anonymous ${memory.anonMb.toFixed(1)} MB, file-backed ${memory.fileMb.toFixed(1)} MB. V8 heaps (physical, all isolates) ${heaps.toFixed(1)} MB; anonymous memory outside them ${(memory.anonMb - heaps).toFixed(1)} MB (malloc: SQLite page caches, Node buffers and per-socket state, V8's own malloc, thread stacks).`,
    "",
    "| mapping | resident MB |",
    "|---|---:|",
    ...Object.entries(memory.mappings)
      .filter(([, mb]) => mb >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, mb]) => `| ${kind} | ${mb.toFixed(1)} |`),
    "",
    "| isolate | heap physical | used | new space size (physical) | old space (physical) | code space | large objects | external | arrayBuffers | V8 malloc |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...threads.map((thread) => {
      const space = (name: string): { sizeMb: number; usedMb: number; physicalMb: number } => thread.spaces[name] ?? { sizeMb: 0, usedMb: 0, physicalMb: 0 };
      return `| ${thread.threadId === 0 ? "main thread" : `worker thread ${thread.threadId}`} | ${thread.heapPhysicalMb} | ${thread.heapUsedMb} | ${space("new_space").sizeMb} (${space("new_space").physicalMb}) | ${space("old_space").physicalMb} | ${space("code_space").physicalMb} | ${(space("large_object_space").physicalMb + space("new_large_object_space").physicalMb).toFixed(1)} | ${thread.externalMb} | ${thread.arrayBuffersMb} | ${thread.mallocedMb} |`;
    }),
    "",
  ];
  return lines;
}

console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} at the start; node flags: ${extraNodeArgs.join(" ") || "none"}`);
const fastMockPort = await freePort();
const fastMock = await startMock(fastMockPort, 0);
try {
  for (const contender of selected) console.log((await measure(contender, "c64", fastMockPort)).join("\n"));
} finally {
  await fastMock.stop();
}
const slowMockPort = await freePort();
const slowMock = await startMock(slowMockPort, 100);
try {
  for (const contender of selected) console.log((await measure(contender, "streams", slowMockPort)).join("\n"));
} finally {
  await slowMock.stop();
}
console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} at the end`);
