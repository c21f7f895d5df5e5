/**
 * Profiles one contender of the gateway bench with `node --cpu-prof`: starts the
 * mock upstream and the contender (chosen by a part of its name, as BENCH_ONLY;
 * "bare" for the bare node:http proxy, the reference every ratio is taken against),
 * sends the load, stops the server so V8 writes its profile, and prints a summary.
 * Loads: `c1` (sequential requests on one keep-alive connection, as the latency
 * figure), `c64` and `c64-stream` (autocannon for PROFILE_SECONDS).
 * Usage: tsx bench/gateway/profile.ts CONTENDER c1|c64|c64-stream [REQUESTS]
 * The raw profile stays in PROFILE_DIR (default a temporary directory); open it in
 * Chrome DevTools for the call tree.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { Pool } from "undici";
import { bareName, contenders, startMock } from "./contenders.js";
import { freePort, threadCpuMilliseconds } from "./processes.js";
import { summarizeProfile } from "./summarize-profile.js";

const [name, load = "c1", count = "5000"] = process.argv.slice(2);
const contender = contenders.find((candidate) => name && candidate.name.includes(name) && (candidate.name.startsWith("switchyard") || candidate.name === bareName));
if (!contender || !["c1", "c64", "c64-stream"].includes(load)) {
  console.error("usage: profile.ts CONTENDER c1|c64|c64-stream [REQUESTS] (CONTENDER: part of a switchyard contender's name, or \"bare\")");
  process.exit(2);
}
const directory = process.env.PROFILE_DIR ?? mkdtempSync(join(tmpdir(), "switchyard-profile-"));
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
let requests = 0;
try {
  const port = await freePort();
  const running = await contender.start({ port, mockPort, nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${directory}`] });
  try {
    const { url, headers, body } = running.target;
    const pid = running.process!.pid;
    const cpuBefore = threadCpuMilliseconds(pid);
    if (load === "c1") {
      const target = new URL(url);
      const pool = new Pool(target.origin, { connections: 1 });
      for (let index = 0; index < Number(count); index++) {
        const response = await pool.request({ path: target.pathname, method: "POST", headers, body: body(false) });
        await response.body.text();
        requests++;
      }
      await pool.close();
    } else {
      const result = await autocannon({ url, method: "POST", headers, body: body(load === "c64-stream"), connections: 64, duration: Number(process.env.PROFILE_SECONDS ?? 8) });
      requests = result.requests.total;
    }
    // CPU from /proc per thread of the server, which a loaded machine does not inflate as it does profile samples.
    const cpuAfter = threadCpuMilliseconds(pid);
    const perThread = [...cpuAfter].map(([thread, ms]) => [thread, ((ms - (cpuBefore.get(thread) ?? 0)) * 1000) / requests] as const).filter(([, us]) => us >= 0.5);
    const total = perThread.reduce((sum, [, us]) => sum + us, 0);
    console.log(`# server CPU from /proc during the load: ${total.toFixed(0)} µs per request (${perThread.map(([thread, us]) => `${thread} ${us.toFixed(0)}`).join(", ")}); load average ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await running.process?.stop();
  }
} finally {
  await mock.stop();
}
// One profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile; thread 0 is the main thread.
const files = readdirSync(directory).filter((entry) => entry.endsWith(".cpuprofile"));
if (files.length === 0) throw new Error(`no .cpuprofile written to ${directory}`);
const threadOf = (file: string): number => Number(file.split(".").at(-3));
for (const file of files.sort((a, b) => threadOf(a) - threadOf(b))) {
  console.log(`# ${contender.name}, load ${load}, ${requests} requests; ${threadOf(file) === 0 ? "main thread" : `worker thread ${threadOf(file)}`}; profile ${join(directory, file)}`);
  // Start-up left out: the main thread from its first request, the ledger's writer thread from its first insert.
  // The bare proxy has no handleChat frame: its profile is counted from its first sample.
  const from = contender.name === bareName ? undefined : threadOf(file) === 0 ? "handleChat" : "insert";
  console.log(summarizeProfile(join(directory, file), requests, Number(process.env.PROFILE_TOP ?? 40), from));
}
