import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/serve.js";
import { usageCommand } from "../../src/cli/usage.js";
import { createLogger } from "../../src/shared/logger.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { spawnSwitchyard } from "../support/spawn-switchyard.js";
import { waitFor } from "../support/wait-for.js";


describe("usage ledger, end to end", () => {
  let upstream: FakeUpstream;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterAll(async () => {
    await upstream.close();
  });

  async function project(extra: string[] = []): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-ledger-e2e-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      [
        "providers:",
        `  together: { type: together, base_url: "${upstream.url}", api_key: test }`,
        `  local: { type: vllm, base_url: "${upstream.url}" }`,
        "models:",
        "  chat: { targets: [{ provider: together, model: meta-llama/Llama-3.3-70B-Instruct-Turbo }] }",
        "  gemma: { targets: [{ provider: local, model: google/gemma-4-31b-it }] }",
        "prices:",
        '  "local/google/gemma-4-31b-it": { input: 0.1, output: 0.2, cached_input: 0.01 }',
        ...extra,
        "",
      ].join("\n"),
    );
    return directory;
  }

  it("records one labelled, priced row per request and reports it with switchyard usage", async () => {
    const directory = await project();
    const running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    const client = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "k", maxRetries: 0 });
    upstream.enqueue(fromFixture.json("openai-chat/text.json"), fromFixture.sse("openai-chat/text-stream.sse"), fromFixture.sse("openai-chat/ollama-whole-tool-call-stream.sse"));
    await client.chat.completions.create({ model: "gemma", messages: [{ role: "user", content: "hi" }] });
    for await (const _chunk of await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }], stream: true }));
    for await (const _chunk of await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }], stream: true }));
    await running.close();

    const database = new Database(join(directory, ".switchyard/ledger.db"), { readonly: true });
    const rows = database.prepare("SELECT alias, provider, upstream_model, family, vendor, licence, open_weight, stream, input_tokens, output_tokens, cached_input_tokens, cost_usd, finish_reason FROM switchyard_usage ORDER BY id").all();
    database.close();
    expect(rows).toEqual([
      // text.json: 14 prompt (4 cached), 8 completion at the override: 10×0.1 + 4×0.01 + 8×0.2 = 2.64 µ$
      expect.objectContaining({ alias: "gemma", provider: "local", family: "gemma", vendor: "google", licence: "apache-2.0", open_weight: 1, stream: 0, input_tokens: 14, cached_input_tokens: 4, output_tokens: 8, cost_usd: 0.00000264, finish_reason: "stop" }),
      expect.objectContaining({ alias: "chat", provider: "together", family: "llama", vendor: "meta", stream: 1, input_tokens: 14, output_tokens: 5, finish_reason: "stop" }),
      // Ollama-style stream without usage: tokens stay unknown (NULL), and so does the cost.
      expect.objectContaining({ alias: "chat", family: "llama", input_tokens: null, output_tokens: null, cost_usd: null, finish_reason: "tool_calls" }),
    ]);

    const csv = await usageCommand({ cwd: directory, format: "csv" });
    const lines = csv.stdout!.trim().split("\n");
    expect(lines[0]).toBe("day,alias,family,vendor,licence,requests,errors,input_tokens,output_tokens,cached_input_tokens,reasoning_tokens,cost_usd,usage_unknown,cost_unknown");
    expect(lines.slice(1).map((line) => line.split(",").slice(1, 7))).toEqual([
      ["chat", "llama", "meta", expect.any(String), "2", "0"],
      ["gemma", "gemma", "google", "apache-2.0", "1", "0"],
    ]);
    const table = await usageCommand({ cwd: directory, format: "table" });
    expect(table.stdout).toContain("3 requests");
  });

  it("loses at most the last flush window when the process is killed with SIGKILL", async () => {
    const directory = await project(["ledger: { flush_interval_ms: 250 }", "server: { port: 0 }"]);
    const { child, stdout } = spawnSwitchyard(["serve"], { cwd: directory });
    await waitFor(() => /listening on (\S+)/.test(stdout()));
    const url = /listening on (\S+)/.exec(stdout())![1]!;
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: "k", maxRetries: 0 });
    const ask = () => client.chat.completions.create({ model: "gemma", messages: [{ role: "user", content: "hi" }] });
    for (let index = 0; index < 40; index++) await ask();
    // Two full windows pass: the first 40 must be on disk.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (let index = 0; index < 20; index++) await ask();
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    const database = new Database(join(directory, ".switchyard/ledger.db"), { readonly: true });
    const count = (database.prepare("SELECT COUNT(*) AS n FROM switchyard_usage").get() as { n: number }).n;
    database.close();
    expect(count).toBeGreaterThanOrEqual(40);
    expect(count).toBeLessThanOrEqual(60);
  });
});
