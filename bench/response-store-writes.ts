// `npm run bench:response-store [-- ROWS]`: CPU a stored response costs the SQLite
// response store's writer, by the shape of its ids.
//
// The store appends one row per response in `seq` order and finds ids (the response's,
// its output items') through an index in its own memory (seq-index.ts). Until 2026-12-07
// night the file indexed them in B-trees, where an insert lands where its key sorts: ids
// minted in time order touched the same few pages in each committed batch, wholly random
// ids (an upstream that mints UUIDs) a different page for nearly every insert, and every
// page a commit touches is written to the WAL and checkpointed back. This bench writes ROWS
// responses (default 120,000) in batches of 128, as the writer thread commits them, with
// ids from the gateway's own `newResponsesId` (time first, as OpenAI's) and with ids of
// the same length drawn at random, and prints the process's CPU per stored response for
// each sixth of the rows: the store's `putMany` alone (minting random ids costs ten times
// what `newResponsesId` does, and until 2026-12-07 night that was counted in).
//
// Runs inline (no worker thread), so process CPU is the writer's own. Machine noise only
// adds CPU: compare the two id shapes within one run.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { newResponsesId } from "../src/dialects/openai-responses/responses-ids.js";
import type { WrittenResponse } from "../src/responses-store/response-store.js";
import { createSqliteResponseStore } from "../src/responses-store/sqlite-response-store.js";

const rows = Number(process.argv[2] ?? 120_000);
const batchSize = 128;
const stages = 6;

// The bench mock's Response (bench/gateway/mock-upstream.ts), ids replaced per row.
const responseText = (id: string, itemId: string): string =>
  JSON.stringify({
    id,
    object: "response",
    created_at: 1,
    status: "completed",
    background: false,
    completed_at: 1,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: 64,
    model: "mock",
    output: [{ id: itemId, type: "message", status: "completed", role: "assistant", content: [{ type: "output_text", text: "The capital of France is Paris.", annotations: [], logprobs: [] }] }],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    service_tier: "default",
    store: true,
    temperature: 1,
    text: { format: { type: "text" }, verbosity: "medium" },
    tool_choice: "auto",
    tools: [],
    top_p: 1,
    truncation: "disabled",
    usage: { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 22 },
    metadata: {},
  });

const idShapes: Record<string, (prefix: "resp" | "msg") => string> = {
  "time-ordered (newResponsesId)": (prefix) => newResponsesId(prefix),
  random: (prefix) => `${prefix}_${randomBytes(24).toString("hex")}`,
};

console.log(`${rows} responses in batches of ${batchSize}, load average ${loadavg()[0]!.toFixed(1)} at the start`);
for (const [shape, mint] of Object.entries(idShapes)) {
  const folder = mkdtempSync(join(tmpdir(), "switchyard-store-writes-"));
  const store = createSqliteResponseStore(join(folder, "responses.db"));
  await store.migrate();
  const perStage: string[] = [];
  try {
    const batchesPerStage = Math.ceil(rows / stages / batchSize);
    for (let stage = 0; stage < stages; stage++) {
      let written = 0;
      let used = 0;
      for (let batch = 0; batch < batchesPerStage; batch++) {
        const all: WrittenResponse[] = [];
        for (let index = 0; index < batchSize; index++) {
          const id = mint("resp");
          const itemId = mint("msg");
          const inputItems = [{ type: "message" as const, role: "user" as const, content: "What is the capital of France?", id: mint("msg") }];
          all.push({ id, owner: undefined, createdAtMs: Date.now(), previousResponseId: undefined, responseJson: responseText(id, itemId), inputItems, outputItemIds: [itemId] });
        }
        const before = process.cpuUsage();
        store.putMany(all);
        const spent = process.cpuUsage(before);
        used += spent.user + spent.system;
        written += all.length;
      }
      perStage.push((used / written).toFixed(1));
    }
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(`${shape}: ${perStage.join(", ")} µs CPU a stored response, by sixths of the rows`);
}
