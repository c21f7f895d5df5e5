/**
 * The playbook end to end on a small app that depends on Llama:
 *   audit → traffic through the gateway → eval Llama vs Gemma 4 → watch the
 *   vendor's releases → a decision with a 90-day deadline → the brief.
 * Run with `npm run example:llama-exit` (builds first). Everything it writes
 * goes to examples/llama-exit/out/, which is recreated on each run.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeUpstream } from "./fake-upstreams.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "out");
const binary = join(here, "../../dist/cli/index.js");
const today = new Date().toISOString().slice(0, 10);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI in out/ and echoes it as a terminal session would show it. */
async function switchyard(args: readonly string[], env: NodeJS.ProcessEnv, expect: readonly number[] = [0]): Promise<Run> {
  process.stdout.write(`\n$ ${env.SWITCHYARD_TODAY && env.SWITCHYARD_TODAY !== today ? `SWITCHYARD_TODAY=${env.SWITCHYARD_TODAY} ` : ""}switchyard ${args.map((arg) => (/[\s"]/.test(arg) ? JSON.stringify(arg) : arg)).join(" ")}\n`);
  const child = spawn(process.execPath, [binary, ...args], { cwd: out, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  process.stdout.write(stdout.length > 4000 ? `${stdout.slice(0, 4000)}\n… (${stdout.length} characters)\n` : stdout);
  if (stderr) process.stdout.write(stderr);
  process.stdout.write(`(exit ${code})\n`);
  if (!expect.includes(code ?? -1)) throw new Error(`switchyard ${args.join(" ")} exited ${code}, expected ${expect.join(" or ")}`);
  return { code, stdout, stderr };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Production-like traffic through `switchyard serve`, so the ledger holds real records. */
async function sendTraffic(env: NodeJS.ProcessEnv): Promise<void> {
  const port = await freePort();
  process.stdout.write(`\n$ switchyard serve --port ${port}   # and 200 requests from the app\n`);
  const gateway = spawn(process.execPath, [binary, "serve", "--port", String(port)], { cwd: out, env });
  let log = "";
  gateway.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => gateway.on("exit", resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100) throw new Error(`gateway did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The app's mix: most answers on Llama 4, summaries on Llama 3.1, a Gemma pilot, triage on a hosted model.
  const mix: readonly [string, number][] = [
    ["chat-default", 120],
    ["summarise", 40],
    ["gemma-4-31b", 20],
    ["triage", 20],
  ];
  const counts: Record<string, number> = {};
  for (const [alias, requests] of mix) {
    for (let index = 0; index < requests; index++) {
      const response = await fetch(`${base}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: alias, messages: [{ role: "user", content: `What is ${index} + ${index * 3}?` }] }),
      });
      await response.arrayBuffer();
      counts[`${alias} ${response.status}`] = (counts[`${alias} ${response.status}`] ?? 0) + 1;
    }
  }
  process.stdout.write(`${Object.entries(counts).map(([key, count]) => `${key}: ${count}`).join(", ")}\n`);
  gateway.kill("SIGTERM");
  const code = await exited;
  if (code !== 0) throw new Error(`gateway exited ${code}:\n${log}`);
}

async function main(): Promise<void> {
  if (!existsSync(binary)) throw new Error("dist/cli/index.js is missing: run `npm run build` first (npm run example:llama-exit does)");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of ["app", "switchyard.yaml", "suite.yaml", "tests.jsonl", "feeds"]) if (existsSync(join(here, name))) cpSync(join(here, name), join(out, name), { recursive: true });

  const upstreams = { llama: await startFakeUpstream(), gemma: await startFakeUpstream(), openai: await startFakeUpstream() };
  const env: NodeJS.ProcessEnv = { ...process.env, LLAMA_URL: upstreams.llama.url, GEMMA_URL: upstreams.gemma.url, OPENAI_URL: upstreams.openai.url, SWITCHYARD_LOG_LEVEL: "warn", SWITCHYARD_TODAY: today, NO_COLOR: "1" };
  try {
    process.stdout.write("Step 1. Audit: what in the app depends on Llama, and how critically.\n");
    await switchyard(["audit", "app", "--format", "json", "--output", "audit.json"], env);
    await switchyard(["audit", "app", "--family", "llama"], env);

    process.stdout.write("\nStep 2. Traffic: the app's requests go through the gateway; the ledger records each one.\n");
    await sendTraffic(env);
    await switchyard(["usage"], env);

    process.stdout.write("\nStep 3. Eval: Gemma 4 31B against Llama 4 Maverick on our prompts (fake upstreams).\n");
    await switchyard(["eval", "suite.yaml", "--format", "json", "--output", "eval.json"], env, [0, 1]);
    await switchyard(["eval", "suite.yaml"], env, [0, 1]);

    process.stdout.write("\nStep 4a. Watch the gap: two recorded snapshots of models.dev, OpenRouter and the Hugging Face Hub.\n");
    const feeds = (moment: string): string[] => [
      ["models-dev", "models-dev.json"],
      ["openrouter", "openrouter.json"],
      ["huggingface", "huggingface-meta-llama.json"],
    ].flatMap(([name, file]) => ["--source", `${name}=file://${join(out, "feeds", moment, file!)}`]);
    await switchyard(["watch", ...feeds("before"), "--format", "table"], env, [0, 1]);
    await switchyard(["watch", ...feeds("after"), "--format", "table"], env, [1]);

    process.stdout.write("\nStep 4. A decision deadline, not a migration deadline: 90 days.\n");
    await switchyard(["decide", "new", "Move the support bot off Llama", "--family", "llama", "--owner", "Dana Okafor (VP Engineering)", "--deadline", "90d", "--options", "llama-4-maverick,gemma-4-31b"], env);
    await switchyard(["decide", "list"], env);
    await switchyard(["decide", "show", "1"], env);

    process.stdout.write("\nStep 5. The brief for decision-makers.\n");
    await switchyard(["report", "--output", "brief.html"], env);
    await switchyard(["report", "--format", "markdown", "--output", "brief.md"], env);

    process.stdout.write("\nIn CI: `decide check` fails once the deadline passes with the decision still open, and passes after it is taken.\n");
    const later = new Date(Date.parse(`${today}T00:00:00Z`) + 91 * 86_400_000).toISOString().slice(0, 10);
    await switchyard(["decide", "check"], { ...env, SWITCHYARD_TODAY: later }, [1]);
    await switchyard(["decide", "accept", "1", "--option", "gemma-4-31b", "--reason", "Gemma 4 31B is not worse on our prompts, Apache 2.0 and self-hostable"], { ...env, SWITCHYARD_TODAY: later });
    await switchyard(["decide", "check"], { ...env, SWITCHYARD_TODAY: later });
    process.stdout.write(`\nDone. Open ${join(out, "brief.html")} in a browser.\n`);
  } finally {
    await Promise.all(Object.values(upstreams).map((upstream) => upstream.close()));
  }
}

await main();
