/**
 * Opt-in memory sampler for bench/gateway/memory-breakdown.ts, loaded into a
 * server with `node --require bench/gateway/memory-probe.cjs` (never by the
 * gateway itself, so the default path carries no hook). `--require` also runs in
 * every worker thread, so each V8 isolate reports its own heap: every 100 ms it
 * samples process.memoryUsage() and V8's heap statistics and writes, to
 * MEMORY_PROBE_DIR/thread-<id>.json, its latest sample and the one taken when the
 * process's RSS was highest. CommonJS because `--require` preloads only that.
 */
"use strict";
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const v8 = require("node:v8");
const { threadId } = require("node:worker_threads");

const directory = process.env.MEMORY_PROBE_DIR;
if (directory) {
  const megabytes = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  const sample = () => {
    const usage = process.memoryUsage();
    const heap = v8.getHeapStatistics();
    const spaces = {};
    for (const space of v8.getHeapSpaceStatistics()) spaces[space.space_name] = { sizeMb: megabytes(space.space_size), usedMb: megabytes(space.space_used_size), physicalMb: megabytes(space.physical_space_size) };
    return {
      threadId,
      rssMb: megabytes(usage.rss),
      heapTotalMb: megabytes(usage.heapTotal),
      heapUsedMb: megabytes(usage.heapUsed),
      externalMb: megabytes(usage.external),
      arrayBuffersMb: megabytes(usage.arrayBuffers),
      heapPhysicalMb: megabytes(heap.total_physical_size),
      mallocedMb: megabytes(heap.malloced_memory),
      peakMallocedMb: megabytes(heap.peak_malloced_memory),
      spaces,
    };
  };
  let atPeakRss;
  const timer = setInterval(() => {
    const latest = sample();
    if (!atPeakRss || latest.rssMb >= atPeakRss.rssMb) atPeakRss = latest;
    writeFileSync(join(directory, `thread-${threadId}.json`), JSON.stringify({ latest, atPeakRss }));
  }, 100);
  timer.unref();
}
