/**
 * Audit throughput on a generated corpus, in MB of source per second on one core
 * (the audit is single-threaded), warm cache: the corpus is written once and read
 * once before timing. Run: `npx vitest bench --run bench/audit-throughput.bench.ts`.
 *
 * The corpus mimics a polyglot service repo: Python, TypeScript, Go, YAML and
 * Markdown files of 8–64 KB made of ordinary code lines, with 2% of files carrying
 * a model id or template token (so the precise detectors run on some files) and
 * namesakes (`ollama`, `llama_index`) sprinkled in as decoys.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { runAudit } from "../src/audit/index.js";
import { generateRealisticCorpus } from "./audit-realistic-corpus.js";

const corpusMegabytes = Number(process.env.AUDIT_BENCH_MB ?? 64);

const lines: Readonly<Record<string, readonly string[]>> = {
  py: ["def handle(request, response):", "    result = compute_value(request.items, index=3)", "    if not result:", "        return Response(status=404)", "    for item in items: total += item.price * quantity", "import json, logging, os", "logger.info(\"processed %s records\", len(batch))", "class OrderService(BaseService):"],
  ts: ["export async function handler(request: Request): Promise<Response> {", "  const { items, total } = await parseBody(request);", "  if (items.length === 0) throw new HttpError(400, \"empty\");", "  return json({ ok: true, total }, { status: 201 });", "import { createServer } from \"node:http\";", "type Order = { id: string; lines: OrderLine[] };", "}", "  for (const line of order.lines) sum += line.amount;"],
  go: ["func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {", "\tif err := decode(r.Body, &req); err != nil {", "\t\treturn fmt.Errorf(\"decode: %w\", err)", "\t}", "package orders", "import \"context\"", "\tctx, cancel := context.WithTimeout(ctx, 5*time.Second)", "type Order struct { ID string `json:\"id\"` }"],
  yaml: ["apiVersion: apps/v1", "kind: Deployment", "  replicas: 3", "    image: registry.example.com/orders:1.4.2", "      resources: { limits: { cpu: 500m, memory: 256Mi } }", "  selector:", "    matchLabels: { app: orders }", "        - containerPort: 8080"],
  md: ["## Operations", "The orders service keeps one row per request in the ledger.", "Run `make test` before opening a pull request.", "- retries honour Retry-After", "See the runbook for the failover procedure.", "| field | meaning |", "Deploy with the usual pipeline; rollbacks are automatic.", ""],
};
const planted = ['MODEL = "meta-llama/Llama-3.1-8B-Instruct"', "  - --model", 'prompt = "<|start_header_id|>user<|end_header_id|>"', "RUN ollama pull llama3.1:8b", "from llama_index.core import Settings  # decoy", "client = ollama.Client()  # decoy"];

function generateCorpus(root: string, megabytes: number): number {
  // mulberry32: deterministic, and well spread (a plain LCG in doubles loses precision).
  let seed = 42;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const extensions = Object.keys(lines);
  let bytes = 0;
  for (let file = 0; bytes < megabytes * 1024 * 1024; file += 1) {
    const extension = extensions[file % extensions.length] ?? "py";
    const pool = lines[extension] ?? [];
    const size = 8_192 + Math.floor(random() * 57_344);
    const body: string[] = [];
    let length = 0;
    while (length < size) {
      const line = pool[Math.floor(random() * pool.length)] ?? "";
      body.push(line);
      length += line.length + 1;
    }
    if (random() < 0.02) body.splice(Math.floor(body.length / 2), 0, planted[file % planted.length] ?? "");
    const directory = join(root, `pkg${file % 40}`);
    mkdirSync(directory, { recursive: true });
    const text = `${body.join("\n")}\n`;
    writeFileSync(join(directory, `file${file}.${extension}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

// One fixed folder, rewritten each run (the generator is deterministic): nothing piles up in /tmp,
// since bench mode runs no afterAll hook to clean up.
const root = join(tmpdir(), `switchyard-audit-bench-${corpusMegabytes}mb`);
rmSync(root, { recursive: true, force: true });
const corpusBytes = generateCorpus(root, corpusMegabytes);
// Warm the page cache (and the catalog) before timing.
runAudit({ root, families: ["llama"] });

// The realistic corpus: a third of the files mention a family (bench/audit-realistic-corpus.ts).
const realisticRoot = join(tmpdir(), `switchyard-audit-bench-realistic-${corpusMegabytes}mb`);
rmSync(realisticRoot, { recursive: true, force: true });
const realistic = generateRealisticCorpus(realisticRoot, corpusMegabytes);
runAudit({ root: realisticRoot });

const timings = new Map<string, { bytes: number; milliseconds: number }>();
const matched = new Map<string, number>();
let files = 0;
function timed(label: string, families: readonly string[] | undefined, corpus = root): void {
  const started = performance.now();
  const report = runAudit({ root: corpus, ...(families === undefined ? {} : { families }) });
  const entry = timings.get(label) ?? { bytes: 0, milliseconds: 0 };
  entry.bytes += report.summary.bytesScanned;
  entry.milliseconds += performance.now() - started;
  timings.set(label, entry);
  matched.set(label, report.summary.files.matched);
  files = report.summary.files.scanned;
}

/**
 * Hooks for one bench: tinybench calls setup and teardown around its warmup and again around its
 * run, so the figure is reset before the run and printed once, after it, over the timed passes only.
 * Bench hooks run in the worker; printing MB/s there is the one place the figure is known.
 */
function hooks(label: string): { setup: (task: unknown, mode: "warmup" | "run") => void; teardown: (task: unknown, mode: "warmup" | "run") => void } {
  return {
    setup: (_task, mode) => {
      if (mode === "run") timings.delete(label);
    },
    teardown: (_task, mode) => {
      const entry = timings.get(label);
      if (mode === "run" && entry !== undefined) console.log(`audit ${label}: ${(entry.bytes / 1024 / 1024 / (entry.milliseconds / 1000)).toFixed(0)} MB/s per core (${matched.get(label) ?? 0} of ${files} scanned files passed the prefilter)`);
    },
  };
}

describe(`audit throughput, ${(corpusBytes / 1024 / 1024).toFixed(0)} MB generated corpus, one core`, () => {
  bench("--family llama", () => timed("--family llama", ["llama"]), { iterations: 5, time: 0, ...hooks("--family llama") });
  bench("every catalog family (default)", () => timed("every family", undefined), { iterations: 5, time: 0, ...hooks("every family") });
});

describe(`audit throughput, ${(realistic.bytes / 1024 / 1024).toFixed(0)} MB realistic corpus (${realistic.mentioning} of ${realistic.files} files mention a family), one core`, () => {
  bench("realistic, every catalog family", () => timed("realistic every family", undefined, realisticRoot), { iterations: 5, time: 0, ...hooks("realistic every family") });
});
