/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`) as text: time per request
 * when the request count is given, the top functions by self time, and by total
 * time (the function and everything it called, each sample counted once per
 * function). Paths are shown relative to the repository so summaries diff cleanly.
 * Start-up is left out: counting starts at the first sample with a frame named
 * `from` on its stack (the first request), when given.
 * On a loaded machine a sample taken after the thread was descheduled carries the
 * whole time slice it waited; each sample's weight is therefore capped at four
 * sampling intervals (the median gap), which estimates on-CPU time. PROFILE_RAW=1
 * keeps the raw gaps.
 * Usage: tsx bench/gateway/summarize-profile.ts FILE.cpuprofile [REQUESTS] [TOP] [FROM]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = fileURLToPath(new URL("../../", import.meta.url));

export function summarizeProfile(file: string, requests?: number, top = 30, from?: string): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, "").replace(root, "");
    return `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let allUs = 0;
  let idleUs = 0;
  let counting = from === undefined;
  const gaps = profile.timeDeltas.filter((gap) => gap > 0).sort((a, b) => a - b);
  const cap = process.env.PROFILE_RAW === "1" ? Number.POSITIVE_INFINITY : 4 * (gaps[Math.floor(gaps.length / 2)] ?? 1000);
  profile.samples.forEach((id, index) => {
    const delta = Math.min(cap, profile.timeDeltas[index] ?? 0);
    if (!counting) {
      for (let at: number | undefined = id; at !== undefined && !counting; at = parent.get(at)) counting = byId.get(at)!.callFrame.functionName === from;
      if (!counting) return;
    }
    allUs += delta;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)") idleUs += delta;
    const name = label(node);
    self.set(name, (self.get(name) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!;
      if (frame.callFrame.functionName === "(root)") continue;
      const key = label(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + delta);
    }
  });
  const busyUs = allUs - idleUs;
  const share = (us: number): string => `${((100 * us) / allUs).toFixed(1).padStart(5)}%`;
  const perRequest = (us: number): string => (requests ? ` ${(us / requests).toFixed(1).padStart(6)} µs/req` : "");
  const list = (map: Map<string, number>): string[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `${share(us)}${perRequest(us)} ${name}`);
  return [
    `samples ${profile.samples.length}${Number.isFinite(cap) ? ` (each weighing at most ${cap} µs)` : ""}${from ? ` (counted from the first with ${from} on its stack)` : ""}, ${(allUs / 1e6).toFixed(1)} s profiled, ${(busyUs / 1e6).toFixed(1)} s not idle${requests ? `; ${requests} requests: ${(busyUs / requests).toFixed(0)} µs of this thread's CPU per request${from ? "" : " (start-up included)"}` : ""}`,
    "",
    `== self time, top ${top}`,
    ...list(self),
    "",
    `== total time (function and callees), top ${top}`,
    ...list(total),
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, requests, top, from] = process.argv.slice(2);
  if (!file) {
    console.error("usage: summarize-profile.ts FILE.cpuprofile [REQUESTS] [TOP] [FROM]");
    process.exit(2);
  }
  process.stdout.write(summarizeProfile(file, requests ? Number(requests) : undefined, top ? Number(top) : undefined, from));
}
