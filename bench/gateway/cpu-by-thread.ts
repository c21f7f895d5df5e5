/**
 * Server CPU per request by thread (main, the SQLite writer threads, V8's and
 * libuv's helpers), from /proc, for one contender under one load: what `CPU µs/req`
 * of the bench is made of, which a profile of the main thread alone does not show.
 * Usage: tsx bench/gateway/cpu-by-thread.ts CONTENDER plain|stream [SECONDS]
 */
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { contenders, startMock } from "./contenders.js";
import { freePort } from "./processes.js";

const [name = "", mode = "plain", seconds = "5"] = process.argv.slice(2);
const contender = contenders.find((candidate) => candidate.name.startsWith("switchyard") && name !== "" && candidate.name.includes(name));
if (!contender || !["plain", "stream"].includes(mode)) {
  console.error("usage: cpu-by-thread.ts CONTENDER plain|stream [SECONDS]");
  process.exit(2);
}

/** CPU ticks per thread, keyed by its name and id (Node names most of its threads "node"; the main thread's id is the pid). */
function ticksByThread(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
      const threadName = `${stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))} ${Number(task) === pid ? "(main)" : task}`;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      byName.set(threadName, (byName.get(threadName) ?? 0) + Number(fields[11]) + Number(fields[12]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return byName;
}

const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
try {
  const running = await contender.start({ port: await freePort(), mockPort });
  try {
    const { url, headers, body } = running.target;
    const pid = running.process!.pid;
    await autocannon({ url, method: "POST", headers, body: body(mode === "stream"), connections: 64, amount: 3000 });
    const before = ticksByThread(pid);
    const result = await autocannon({ url, method: "POST", headers, body: body(mode === "stream"), connections: 64, duration: Number(seconds) });
    const after = ticksByThread(pid);
    const requests = result.requests.total;
    console.log(`${contender.name}, ${mode}: ${requests} requests`);
    let total = 0;
    for (const [threadName, ticks] of after) {
      const us = ((ticks - (before.get(threadName) ?? 0)) * 10_000) / requests;
      total += us;
      if (us >= 0.5) console.log(`  ${threadName.padEnd(24)} ${us.toFixed(1).padStart(6)} µs/req`);
    }
    console.log(`  ${"all threads".padEnd(24)} ${total.toFixed(1).padStart(6)} µs/req`);
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    console.log(`  RSS after the load ${rss ? Math.round(Number(rss) / 1024) : "?"} MB`);
  } finally {
    await running.process?.stop();
  }
} finally {
  await mock.stop();
}
