/**
 * Two or more `.cpuprofile`s side by side, self time grouped by where it is spent,
 * in µs per request: the kernel's socket writes, GC, each gateway folder under
 * dist/, each package under node_modules, Node's own modules, V8's runtime. Answers
 * "what does the gateway spend that the bare proxy does not" without reading two
 * flat lists. Sample weights are capped as in summarize-profile.ts. On a loaded
 * machine the sampled totals still run high, so a column may be scaled to the main
 * thread's CPU per request measured from /proc (profile.ts prints it as `main N`):
 * each group then shows its share of that figure.
 * Usage: tsx bench/gateway/compare-profiles.ts LABEL=FILE.cpuprofile:REQUESTS[:FROM][:MAIN_CPU_US] …
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

function group(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (url === "") return functionName === "writev" || functionName === "writeUtf8String" || functionName === "writeBuffer" ? "kernel socket writes (writev/write)" : `V8/native: ${functionName || "(anonymous)"}`;
  const dist = /\/dist\/([^/]+)\//.exec(url);
  if (dist) return `gateway: ${dist[1]}/`;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (module) return `package: ${module[1]}`;
  if (url.startsWith("node:")) return /^node:(?:_http|http)/.test(url) ? "node: http" : /^node:(?:net|internal\/stream_base|internal\/streams|stream)/.test(url) ? "node: net and streams" : /^node:(?:internal\/worker|worker)/.test(url) ? "node: worker (postMessage)" : "node: other (events, timers, microtasks)";
  if (url.startsWith("wasm://")) return "package: undici (llhttp wasm)";
  if (url.includes("bench/gateway/")) return "bench script";
  return `other: ${url}`;
}

function grouped(file: string, from: string | undefined): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const gaps = profile.timeDeltas.filter((gap) => gap > 0).sort((a, b) => a - b);
  const cap = 4 * (gaps[Math.floor(gaps.length / 2)] ?? 1000);
  const totals = new Map<string, number>();
  let counting = from === undefined;
  profile.samples.forEach((id, index) => {
    if (!counting) {
      for (let at: number | undefined = id; at !== undefined && !counting; at = parent.get(at)) counting = byId.get(at)!.callFrame.functionName === from;
      if (!counting) return;
    }
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") return;
    const key = group(frame);
    totals.set(key, (totals.get(key) ?? 0) + Math.min(cap, profile.timeDeltas[index] ?? 0));
  });
  return totals;
}

const columns = process.argv.slice(2).map((argument) => {
  const [label, spec] = argument.split("=") as [string, string];
  const [file, requests, from, mainCpuUs] = spec.split(":") as [string, string, string | undefined, string | undefined];
  const totals = grouped(file, from || undefined);
  const sampledUs = [...totals.values()].reduce((sum, us) => sum + us, 0);
  const scale = mainCpuUs ? (Number(mainCpuUs) * Number(requests)) / sampledUs : 1;
  return { label, perRequest: new Map([...totals].map(([key, us]) => [key, (us * scale) / Number(requests)])) };
});
if (columns.length === 0) {
  console.error("usage: compare-profiles.ts LABEL=FILE.cpuprofile:REQUESTS[:FROM][:MAIN_CPU_US] …");
  process.exit(2);
}
const keys = [...new Set(columns.flatMap((column) => [...column.perRequest.keys()]))];
const first = columns[0]!.perRequest;
keys.sort((a, b) => Math.max(...columns.map((column) => column.perRequest.get(b) ?? 0)) - Math.max(...columns.map((column) => column.perRequest.get(a) ?? 0)));
const cell = (value: number | undefined): string => (value === undefined ? "—" : value.toFixed(1));
console.log(`| µs per request (self time, main thread, not idle) | ${columns.map((column) => column.label).join(" | ")} |${columns.length > 1 ? " difference (last − first) |" : ""}`);
console.log(`|---|${columns.map(() => "---:").join("|")}|${columns.length > 1 ? "---:|" : ""}`);
const shown = keys.filter((key) => Math.max(...columns.map((column) => column.perRequest.get(key) ?? 0)) >= 1);
for (const key of shown) {
  const last = columns.at(-1)!.perRequest.get(key);
  console.log(`| ${key} | ${columns.map((column) => cell(column.perRequest.get(key))).join(" | ")} |${columns.length > 1 ? ` ${((last ?? 0) - (first.get(key) ?? 0)).toFixed(1)} |` : ""}`);
}
const sum = (map: Map<string, number>, only: readonly string[]): number => only.reduce((total, key) => total + (map.get(key) ?? 0), 0);
const rest = keys.filter((key) => !shown.includes(key));
console.log(`| (groups under 1 µs) | ${columns.map((column) => cell(sum(column.perRequest, rest))).join(" | ")} |${columns.length > 1 ? ` ${(sum(columns.at(-1)!.perRequest, rest) - sum(first, rest)).toFixed(1)} |` : ""}`);
console.log(`| **total** | ${columns.map((column) => cell(sum(column.perRequest, keys))).join(" | ")} |${columns.length > 1 ? ` ${(sum(columns.at(-1)!.perRequest, keys) - sum(first, keys)).toFixed(1)} |` : ""}`);
