/**
 * CPU of relaying one Responses pass-through answer outside HTTP: the mock's answer
 * (captured once) through `responsesPassthroughFrames` (streams) or
 * `relayPassthroughBody` (plain), the Responses exchange and the real SQLite store on
 * its thread, 64 answers in flight so puts gather as under load. Prints the main
 * thread's CPU (from /proc) and the process's (the store's thread and GC included) per
 * answer, min of five rounds: no sockets, so far less noise than the HTTP tools on a
 * shared machine. DIST: a build's dist/ directory, to compare two builds. `ledger`:
 * the SQLite ledger records each answer too, through its writer at the default
 * cadence, as the gateway's default configuration does (both stores' threads then
 * count in the process's CPU); each store in the file the build's gateway gives it
 * (a build before 2026-12-08 kept responses in the ledger's file).
 * `comment`: each streamed answer starts with an SSE comment frame, as OpenRouter's do
 * (`: OPENROUTER PROCESSING`), to measure what a comment costs the rest of the stream.
 * `nostore`: the exchange keeps nothing (as with `responses.store: false`), so the
 * difference from a run without it is what storing an answer costs, both threads.
 * Usage: tsx bench/gateway/relay-cpu.ts stream|plain [DIST] [ledger] [comment] [nostore]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startMock } from "./contenders.js";
import { freePort } from "./processes.js";

const [mode = "stream", distArgument = "dist", ...flags] = process.argv.slice(2);
const withLedger = flags.includes("ledger") ? "ledger" : undefined;
const storing = !flags.includes("nostore");
const leadingComment = flags.includes("comment") ? ": OPENROUTER PROCESSING\n\n" : "";
const plain = mode === "plain";
const dist = pathToFileURL(resolve(distArgument)).href;
const { responsesPassthroughFrames } = await import(`${dist}/providers/openai-responses/responses-passthrough-frames.js`);
const { ResponsesExchange } = await import(`${dist}/server/responses-exchange.js`);
const { createLogger } = await import(`${dist}/shared/logger.js`);
const { createSqliteWorkerResponseStore } = await import(`${dist}/responses-store/sqlite-worker-response-store.js`);
const { createSqliteWorkerLedgerStore } = await import(`${dist}/ledger/stores/sqlite-worker-ledger-store.js`);
const { LedgerWriter } = await import(`${dist}/ledger/ledger-writer.js`);

// The mock's answer, its ids cut out so that each relayed answer gets its own (the store inserts one row per id).
const mockPort = await freePort();
const mock = await startMock(mockPort, 0);
let captured: string;
try {
  const answer = await fetch(`http://127.0.0.1:${mockPort}/v1/responses`, { method: "POST", body: JSON.stringify({ model: "mock", input: "hi", stream: !plain }) });
  captured = (await answer.text()).replace(/resp_bench\d+/g, "resp_bench").replace(/msg_bench\d+/g, "msg_bench");
} finally {
  await mock.stop();
}
const pieces = captured.split("resp_bench").map((piece) => piece.split("msg_bench"));
let answered = 0;
const nextAnswer = (): Buffer => {
  const n = ++answered;
  return Buffer.from(leadingComment + pieces.map((piece) => piece.join(`msg_bench${n}`)).join(`resp_bench${n}`));
};

const folder = mkdtempSync(join(tmpdir(), "switchyard-relay-cpu-"));
const responsesFile = await import(`${dist}/responses-store/responses-file-path.js`).then(
  (module: { responsesFilePath: (ledgerPath: string) => string }) => module.responsesFilePath,
  () => (ledgerPath: string) => ledgerPath,
);
const store = createSqliteWorkerResponseStore({ path: responsesFile(join(folder, "ledger.db")), awaitCommit: false, onWriteError: (error: unknown) => { throw error; } });
await store.migrate();
const logger = createLogger({ level: "silent" });
// The ledger's defaults (ledger.flush_interval_ms 1000, batch_size 500).
const ledger = withLedger === "ledger" ? createSqliteWorkerLedgerStore(join(folder, "ledger.db")) : undefined;
await ledger?.migrate();
const writer = ledger ? new LedgerWriter({ store: ledger, logger, flushIntervalMs: 1000, batchSize: 500, maxBuffered: 100_000, spillPath: join(folder, "spill.ndjson") }) : undefined;
const usageRecord = (n: number) => ({
  ...{ recordId: `rec_${n}`, requestId: `req_${n}`, time: Date.now(), keyId: null, keyName: null, alias: "bench", provider: "mock-responses", upstreamModel: "mock" },
  ...{ catalogModel: null, family: null, vendor: null, licence: null, openWeight: null, status: 200, errorCode: null, stream: !plain, cacheHit: false, shadow: false },
  ...{ clientDisconnected: false, inputTokens: 12, outputTokens: 10, cachedInputTokens: 0, cacheWriteTokens: null, reasoningTokens: 0, costUsd: null },
  ...{ latencyMs: 1, firstTokenMs: 1, finishReason: "stop", attempts: [], warnings: [] },
});
const signal = new AbortController().signal;
const request = { model: "bench", stream: !plain, input: "What is the capital of France?", max_output_tokens: 64 };

function mainThreadTicks(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function relayOne(): Promise<void> {
  const bytes = nextAnswer();
  writer?.record(usageRecord(answered));
  const exchange = new ResponsesExchange({ headers: {}, guard: undefined, store: storing ? store : undefined, logger });
  await exchange.parseRequest(request);
  if (plain) {
    // As the provider hands it over: the bytes and their parse.
    exchange.relayPassthroughBody(bytes, JSON.parse(bytes.toString("utf8")));
    await exchange.beforeEnd?.();
    return;
  }
  const body = { async *[Symbol.asyncIterator]() { yield bytes; }, destroy() {} };
  for await (const frame of responsesPassthroughFrames(body, signal)) await exchange.relayPassthroughFrame(frame);
}

async function relayMany(count: number): Promise<void> {
  let started = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (started++ < count) {
        await relayOne();
        await new Promise(setImmediate);
      }
    }),
  );
}

const rounds: { main: number; process: number }[] = [];
try {
  await relayMany(5000);
  for (let round = 0; round < 5; round++) {
    const count = 20_000;
    const ticks = mainThreadTicks();
    const cpu = process.cpuUsage();
    await relayMany(count);
    await store.get("none"); // answered after every put before it has committed
    await writer?.flush();
    const used = process.cpuUsage(cpu);
    rounds.push({ main: ((mainThreadTicks() - ticks) * 10_000) / count, process: (used.user + used.system) / count });
  }
} finally {
  await store.close();
  await writer?.close();
  rmSync(folder, { recursive: true, force: true });
}
const min = (values: number[]): string => Math.min(...values).toFixed(1);
console.log(`${distArgument}, ${mode}${writer ? " with the ledger" : ""}${storing ? "" : ", nothing stored"}${leadingComment ? " after a leading comment" : ""}: main thread ${min(rounds.map((round) => round.main))} µs, process ${min(rounds.map((round) => round.process))} µs CPU an answer (min of ${rounds.length}; rounds ${rounds.map((round) => `${round.main.toFixed(0)}/${round.process.toFixed(0)}`).join(" ")})`);
