import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { startServe, type RunningGateway } from "../../src/cli/serve.js";
import { openLedgerStore } from "../../src/ledger/create-ledger.js";
import { createLogger } from "../../src/shared/logger.js";
import { fixture } from "../support/fixtures.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";

describe("shadow traffic", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(options: { shadowReply?: Parameters<FakeUpstream["enqueue"]>[0]; traffic?: string[] }): Promise<{
    running: RunningGateway;
    client: OpenAI;
    primary: FakeUpstream;
    shadow: FakeUpstream;
    directory: string;
  }> {
    const primary = await startFakeUpstream();
    const shadow = await startFakeUpstream({ fallback: options.shadowReply ?? { json: fixture("openai-chat/tool-calls.json"), delayMs: 400 } });
    cleanups.push(() => primary.close(), () => shadow.close());
    const directory = await mkdtemp(join(tmpdir(), "switchyard-shadow-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      [
        "providers:",
        `  primary: { type: openai-compatible, base_url: "${primary.url}" }`,
        `  candidate: { type: openai-compatible, base_url: "${shadow.url}" }`,
        "models:",
        "  chat:",
        "    targets: [{ provider: primary, model: llama-4-maverick }]",
        "    shadow: [{ provider: candidate, model: gemma-4-31b-it, sample: 1 }]",
        "ledger: { flush_interval_ms: 50 }",
        ...(options.traffic ?? ["shadow_traffic: { capture: true }"]),
        "",
      ].join("\n"),
    );
    const running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    cleanups.push(() => running.close());
    return { running, client: new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "k", maxRetries: 0 }), primary, shadow, directory };
  }

  async function pairs(directory: string) {
    const store = await openLedgerStore({
      enabled: true,
      store: { kind: "sqlite", path: join(directory, ".switchyard/ledger.db") },
      flushIntervalMs: 1000,
      batchSize: 100,
      maxBuffered: 100,
      spillPath: join(directory, "spill"),
    });
    await store.migrate();
    const found = await store.shadowPairs({ route: "chat" });
    await store.close();
    return found;
  }

  it("leaves the primary answer unchanged and undelayed, then records the pair with redacted prompt and both outputs", async () => {
    const { running, shadow, directory } = await setup({});
    const response = await fetch(`${running.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: "Mail ana@example.com the weather, key sk-proj-abcdefghijklmnopqrstuvwx" }] }),
    });
    const body = await response.text();
    // Byte-identical to what the primary upstream sent, and complete while the (400 ms) shadow call is still running.
    expect(body).toBe(fixture("openai-chat/text.json"));
    expect(running.server.shadows.stats()).toMatchObject({ inFlight: 1, started: 1 });
    expect(response.headers.get("x-switchyard-attempts")).toBe("1");

    await running.server.shadows.drain();
    expect(shadow.requests[0]!.body).toMatchObject({ model: "gemma-4-31b-it" });
    expect(shadow.requests[0]!.body).not.toHaveProperty("stream", true);
    await running.close();
    const [pair] = await pairs(directory);
    expect(pair).toMatchObject({
      route: "chat",
      primary: { target: "primary/llama-4-maverick", output: { text: "Paris is the capital of France.", finishReason: "stop" }, inputTokens: 14 },
      shadow: {
        target: "candidate/gemma-4-31b-it",
        error: null,
        output: { text: "", toolCalls: [{ name: "get_weather", arguments: '{"city":"Paris"}' }, { name: "get_weather", arguments: '{"city":"Rome"}' }] },
      },
    });
    expect(JSON.stringify(pair!.request)).toContain("Mail [REDACTED] the weather, key [REDACTED]");
  });

  it("captures a streamed primary answer and records a failing shadow without touching the client", async () => {
    const { running, client, primary, directory } = await setup({ shadowReply: fromFixture.json("openai-chat/error-500.json", 500) });
    primary.enqueue(fromFixture.sse("openai-chat/text-stream.sse"));
    const stream = await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("Paris is the capital.");
    await running.server.shadows.drain();
    expect(running.server.shadows.stats()).toMatchObject({ started: 1, failed: 1 });
    await running.close();
    const [pair] = await pairs(directory);
    expect(pair!.shadow.error).toMatch(/server had an error/);
    expect(pair!.shadow.output).toBeNull();
    expect(pair!.primary.output).toMatchObject({ text: "Paris is the capital.", finishReason: "stop" });
  });

  it("keeps only metadata when capture is off, bounds concurrency, and stops at the daily spend cap", async () => {
    const { running, client, directory } = await setup({
      traffic: [
        "shadow_traffic: { concurrency: 1, daily_spend_usd: 0.000001 }",
        'prices: { "candidate/gemma-4-31b-it": { input: 1, output: 1 } }',
      ],
    });
    // Three at once: only one shadow call may be in flight.
    await Promise.all([0, 1, 2].map(() => client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] })));
    await running.server.shadows.drain();
    expect(running.server.shadows.stats()).toMatchObject({ started: 1, skippedConcurrency: 2 });
    // That call cost 118 tokens × $1/M > the cap: the next sample is skipped for the day.
    await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });
    await running.server.shadows.drain();
    expect(running.server.shadows.stats()).toMatchObject({ started: 1, skippedBudget: 1 });
    await running.close();
    const [pair] = await pairs(directory);
    expect(pair!.request).toBeNull();
    expect(pair!.primary.output).toBeNull();
    expect(pair!.shadow).toMatchObject({ output: null, inputTokens: 82, outputTokens: 36, costUsd: 0.000118 });
  });
});
