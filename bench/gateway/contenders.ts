import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Target } from "./measure.js";
import { startProcess, type BenchProcess } from "./processes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const switchyardBinary = join(root, "dist/cli/index.js");
const portkeyBinary = join(root, "node_modules/@portkey-ai/gateway/build/start-server.js");
const tsx = join(root, "node_modules/.bin/tsx");

export interface RunningContender {
  readonly process: BenchProcess | undefined;
  readonly target: Target;
  /** What marks a complete stream in this contender's answer. */
  readonly endMarker: string;
}

export interface Contender {
  readonly name: string;
  /**
   * `nodeArgs`: extra flags for a switchyard or bare proxy process (bench/gateway/profile.ts passes --cpu-prof);
   * `stdoutPath`: a file for that process's standard output (gc-per-request.ts reads V8's GC trace from it).
   */
  start(options: { port: number; mockPort: number; nodeArgs?: readonly string[]; stdoutPath?: string }): Promise<RunningContender>;
}

/** The headline row: `switchyard serve` with the configuration users get (SQLite ledger on). */
export const headlineName = "switchyard (default: SQLite ledger on)";
export const bareName = "bare node:http proxy";
/** The same proxy relaying the Responses mock's answers: the wire's own share of the Responses rows' cost. */
export const bareResponsesName = "bare node:http proxy, Responses bytes";
export const directName = "direct to mock";
/** The rows of the Responses pass-through target (within 10% of the headline's throughput), store on and off. */
export const responsesPassthroughName = "switchyard, Responses pass-through";
export const responsesStoreOffName = "switchyard, Responses pass-through, store off";
export const portkeyName = "@portkey-ai/gateway";

const openAIBody = (model: string) => (stream: boolean) => JSON.stringify({ model, stream, messages: [{ role: "user", content: "What is the capital of France?" }], max_tokens: 64 });
const responsesBody = (model: string) => (stream: boolean) => JSON.stringify({ model, stream, input: "What is the capital of France?", max_output_tokens: 64 });
const json = { "content-type": "application/json" };

export async function startMock(port: number, eventDelayMs: number): Promise<BenchProcess> {
  return startProcess(tsx, [join(root, "bench/gateway/mock-upstream.ts"), String(port), String(eventDelayMs)], { port });
}

interface SwitchyardOptions {
  readonly upstream: "openai" | "anthropic" | "openai-responses";
  /** Absent: the default (SQLite ledger on, in the working directory). */
  readonly ledger?: false;
  readonly redis?: true;
  readonly inbound?: "chat" | "responses";
  readonly workers?: number;
  /** `false`: `responses.store: false`, so the Responses rows show what storing each response costs. */
  readonly store?: false;
  /** Another build's `dist/cli/index.js` (BENCH_BASELINE): before/after ratios within one run. */
  readonly binary?: string;
  readonly nodeArgs?: readonly string[];
}

function switchyard(name: string, options: SwitchyardOptions): Contender {
  return {
    name,
    async start({ port, mockPort, nodeArgs = options.nodeArgs ?? [], stdoutPath }) {
      const directory = mkdtempSync(join(tmpdir(), "switchyard-bench-"));
      // Only what the bench needs is written: everything else stays at its default.
      const config = [
        `server: { host: 127.0.0.1, port: ${port} }`,
        "providers:",
        `  mock-openai: { type: openai-compatible, base_url: "http://127.0.0.1:${mockPort}/v1" }`,
        `  mock-anthropic: { type: anthropic, base_url: "http://127.0.0.1:${mockPort}", api_key: bench }`,
        `  mock-responses: { type: openai-responses, base_url: "http://127.0.0.1:${mockPort}/v1", api_key: bench }`,
        "models:",
        `  bench: { targets: [{ provider: mock-${options.upstream === "openai-responses" ? "responses" : options.upstream}, model: mock }] }`,
        ...(options.ledger === false ? ["ledger: { enabled: false }"] : []),
        ...(options.store === false ? ["responses: { store: false }"] : []),
        // --workers needs Redis for limits; without a key in the request no limit is checked, so this is the default's work.
        ...(options.redis || options.workers ? [`governance: { redis_url: "redis://127.0.0.1:6379", redis_prefix: "switchyard-bench-${process.pid}-${port}:" }`] : []),
        "",
      ].join("\n");
      const configPath = join(directory, "switchyard.yaml");
      writeFileSync(configPath, config);
      const headers: Record<string, string> = { ...json };
      if (options.redis) {
        // A virtual key with limits far above what the benchmark sends: every request runs the limit checks.
        const created = JSON.parse(
          execFileSync(process.execPath, [switchyardBinary, "keys", "create", "--name", "bench", "--rpm", "100000000", "--tpm", "100000000000", "--config", configPath, "--format", "json"], { encoding: "utf8", cwd: directory, stdio: ["ignore", "pipe", "ignore"] }),
        ) as { secret: string };
        headers.authorization = `Bearer ${created.secret}`;
      }
      const workers = options.workers ? ["--workers", String(options.workers)] : [];
      const child = await startProcess(process.execPath, [...nodeArgs, options.binary ?? switchyardBinary, "serve", "--config", configPath, ...workers], { port, cwd: directory, env: { SWITCHYARD_LOG_LEVEL: "warn" }, stdoutPath });
      const responses = options.inbound === "responses";
      return {
        process: child,
        target: { url: `http://127.0.0.1:${port}/v1/${responses ? "responses" : "chat/completions"}`, headers, body: responses ? responsesBody("bench") : openAIBody("bench") },
        endMarker: responses ? "response.completed" : "[DONE]",
      };
    },
  };
}

export const contenders: readonly Contender[] = [
  {
    name: directName,
    start: async ({ mockPort }) => ({ process: undefined, target: { url: `http://127.0.0.1:${mockPort}/v1/chat/completions`, headers: json, body: openAIBody("mock") }, endMarker: "[DONE]" }),
  },
  {
    name: bareName,
    async start({ port, mockPort, nodeArgs = [], stdoutPath }) {
      const child = await startProcess(process.execPath, [...nodeArgs, join(root, "bench/gateway/bare-proxy.mjs"), String(port), String(mockPort)], { port, stdoutPath });
      return { process: child, target: { url: `http://127.0.0.1:${port}/v1/chat/completions`, headers: json, body: openAIBody("mock") }, endMarker: "[DONE]" };
    },
  },
  {
    name: bareResponsesName,
    async start({ port, mockPort, nodeArgs = [], stdoutPath }) {
      const child = await startProcess(process.execPath, [...nodeArgs, join(root, "bench/gateway/bare-proxy.mjs"), String(port), String(mockPort)], { port, stdoutPath });
      return { process: child, target: { url: `http://127.0.0.1:${port}/v1/responses`, headers: json, body: responsesBody("mock") }, endMarker: "response.completed" };
    },
  },
  switchyard(headlineName, { upstream: "openai" }),
  switchyard("switchyard, ledger off", { upstream: "openai", ledger: false }),
  switchyard("switchyard + Redis limits", { upstream: "openai", redis: true }),
  switchyard("switchyard, OpenAI→Anthropic", { upstream: "anthropic" }),
  switchyard("switchyard, Responses→chat", { upstream: "openai", inbound: "responses" }),
  switchyard(responsesPassthroughName, { upstream: "openai-responses", inbound: "responses" }),
  switchyard(responsesStoreOffName, { upstream: "openai-responses", inbound: "responses", store: false }),
  switchyard("switchyard --workers 2", { upstream: "openai", workers: 2 }),
  // BENCH_BASELINE=path/to/other/dist/cli/index.js: the default configuration served by another build, for before/after ratios within one run.
  // BENCH_BASELINE_NODE_ARGS: flags for that process's node (e.g. a heap setting), split on spaces.
  ...(process.env.BENCH_BASELINE
    ? [
        switchyard("switchyard baseline build (default)", { upstream: "openai", binary: process.env.BENCH_BASELINE, nodeArgs: process.env.BENCH_BASELINE_NODE_ARGS?.split(" ").filter(Boolean) }),
        switchyard("switchyard baseline build, Responses pass-through", {
          upstream: "openai-responses",
          inbound: "responses",
          binary: process.env.BENCH_BASELINE,
          nodeArgs: process.env.BENCH_BASELINE_NODE_ARGS?.split(" ").filter(Boolean),
        }),
      ]
    : []),
  {
    name: portkeyName,
    async start({ port, mockPort }) {
      const child = await startProcess(process.execPath, [portkeyBinary, `--port=${port}`, "--headless"], { port, env: { NODE_ENV: "production" } });
      const headers = { ...json, authorization: "Bearer bench", "x-portkey-provider": "openai", "x-portkey-custom-host": `http://127.0.0.1:${mockPort}/v1` };
      return { process: child, target: { url: `http://127.0.0.1:${port}/v1/chat/completions`, headers, body: openAIBody("mock") }, endMarker: "[DONE]" };
    },
  },
];
