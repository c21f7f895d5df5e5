import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { weatherTool } from "./support/neutral.js";

/** The "done when" conditions, each end to end with an official SDK as the caller. */
describe("cross-dialect translation, end to end", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(type: string, route: Record<string, unknown> = {}): Promise<{ upstream: FakeUpstream; gateway: TestGateway }> {
    const upstream = await startFakeUpstream();
    const gateway = await startGateway({
      providers: { target: { type, base_url: upstream.url, api_key: "upstream-key" } },
      models: { m: { targets: [{ provider: "target", model: "upstream-model" }], ...route } },
    });
    cleanups.push(() => upstream.close(), () => gateway.close());
    return { upstream, gateway };
  }

  it("streams a tool-use conversation from an Anthropic SDK client to an OpenAI-compatible upstream, in a sequence the SDK accepts", async () => {
    const { upstream, gateway } = await setUp("openai-compatible");
    upstream.enqueue(fromFixture.sse("openai-chat/parallel-tool-calls-stream.sse"));
    const client = new Anthropic({ baseURL: gateway.url, apiKey: "k", maxRetries: 0 });
    const stream = client.messages.stream({
      model: "m",
      max_tokens: 512,
      system: "You check the weather.",
      tools: [{ name: "get_weather", input_schema: weatherTool.parameters }],
      messages: [
        { role: "user", content: "Weather in Berlin?" },
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_prev", name: "get_weather", input: { city: "Berlin" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_prev", content: "12°C" }, { type: "text", text: "Now Paris and Rome." }] },
      ],
    });
    const events: string[] = [];
    stream.on("streamEvent", (event) => events.push(event.type));
    const message = await stream.finalMessage();

    expect(events[0]).toBe("message_start");
    expect(events.slice(-2)).toEqual(["message_delta", "message_stop"]);
    expect(events.filter((type) => type === "content_block_start")).toHaveLength(2);
    expect(events.filter((type) => type === "content_block_stop")).toHaveLength(2);
    expect(message.stop_reason).toBe("tool_use");
    expect(message.content).toEqual([
      { type: "tool_use", id: "call_a", name: "get_weather", input: { city: "Paris" } },
      { type: "tool_use", id: "call_b", name: "get_weather", input: { city: "Rome" } },
    ]);
    expect(message.usage).toMatchObject({ input_tokens: 82, output_tokens: 36 });

    const sent = upstream.requests[0]!.body as { messages: Record<string, unknown>[]; max_tokens: number };
    expect(sent.messages).toEqual([
      { role: "system", content: "You check the weather." },
      { role: "user", content: "Weather in Berlin?" },
      { role: "assistant", content: null, tool_calls: [{ id: "toolu_prev", type: "function", function: { name: "get_weather", arguments: '{"city":"Berlin"}' } }] },
      { role: "tool", tool_call_id: "toolu_prev", content: "12°C" },
      { role: "user", content: "Now Paris and Rome." },
    ]);
    expect(sent.max_tokens).toBe(512);
  });

  it("streams parallel Gemini tool calls to an OpenAI client with stable ids and indices, and maps the results back by name", async () => {
    const { upstream, gateway } = await setUp("gemini");
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const tools: OpenAI.ChatCompletionTool[] = [{ type: "function", function: weatherTool }];
    const runOnce = async () => {
      upstream.enqueue(fromFixture.sse("gemini/parallel-tool-calls-stream.sse"));
      const stream = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Paris and Rome?" }], tools, stream: true });
      const deltas: OpenAI.ChatCompletionChunk.Choice.Delta.ToolCall[] = [];
      let finish: string | null = null;
      for await (const chunk of stream) {
        deltas.push(...(chunk.choices[0]?.delta.tool_calls ?? []));
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      return { deltas, finish };
    };
    const first = await runOnce();
    const second = await runOnce();
    const starts = first.deltas.filter((delta) => delta.id);
    expect(starts.map((delta) => delta.index)).toEqual([0, 1]);
    expect(new Set(starts.map((delta) => delta.id)).size).toBe(2);
    expect(second.deltas.filter((delta) => delta.id).map((delta) => delta.id)).toEqual(starts.map((delta) => delta.id));
    expect(first.deltas.filter((delta) => delta.function?.arguments).map((delta) => [delta.index, delta.function?.arguments])).toEqual([
      [0, '{"city":"Paris"}'],
      [1, '{"city":"Rome"}'],
    ]);
    expect(first.finish).toBe("tool_calls");
    expect(upstream.requests[0]!.path).toBe("/v1/models/upstream-model:streamGenerateContent?alt=sse");
    expect(upstream.requests[0]!.headers["x-goog-api-key"]).toBe("upstream-key");

    // The client sends the results back by id; Gemini must get them by name, without the made-up ids.
    upstream.enqueue(fromFixture.json("gemini/text.json"));
    const [idA, idB] = starts.map((delta) => delta.id!);
    await client.chat.completions.create({
      model: "m",
      tools,
      messages: [
        { role: "user", content: "Paris and Rome?" },
        {
          role: "assistant",
          content: null,
          tool_calls: [
            { id: idA!, type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
            { id: idB!, type: "function", function: { name: "get_weather", arguments: '{"city":"Rome"}' } },
          ],
        },
        { role: "tool", tool_call_id: idA!, content: "18°C" },
        { role: "tool", tool_call_id: idB!, content: "24°C" },
      ],
    });
    const contents = (upstream.requests[2]!.body as { contents: unknown[] }).contents;
    expect(contents).toEqual([
      { role: "user", parts: [{ text: "Paris and Rome?" }] },
      {
        role: "model",
        parts: [
          // The client could not carry Gemini's signature; Google's documented placeholder stands in on the first call.
          { functionCall: { name: "get_weather", args: { city: "Paris" } }, thoughtSignature: "skip_thought_signature_validator" },
          { functionCall: { name: "get_weather", args: { city: "Rome" } } },
        ],
      },
      { role: "user", parts: [{ functionResponse: { name: "get_weather", response: { output: "18°C" } } }, { functionResponse: { name: "get_weather", response: { output: "24°C" } } }] },
    ]);
  });

  it("relays an Anthropic stream to an Anthropic client byte for byte (pass-through), thinking signature included", async () => {
    const { upstream, gateway } = await setUp("anthropic");
    upstream.enqueue(fromFixture.sse("anthropic-messages/thinking-tool-use-stream.sse"));
    const response = await fetch(`${gateway.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": "k", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ model: "m", stream: true, messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Weather in Paris?" }] }),
    });
    expect(await response.text()).toBe(fixture("anthropic-messages/thinking-tool-use-stream.sse"));
    const sent = upstream.requests[0]!;
    expect(sent.headers["x-api-key"]).toBe("upstream-key");
    expect(sent.headers["anthropic-version"]).toBe("2023-06-01");
    // Defaults filled and in-message system entries lifted, so the upstream accepts the body.
    expect(sent.body).toMatchObject({ model: "upstream-model", max_tokens: 4096, system: [{ type: "text", text: "Be brief." }], messages: [{ role: "user", content: "Weather in Paris?" }] });
    expect(gateway.summaries.at(-1)?.usage).toMatchObject({ inputTokens: 120, outputTokens: 60, reasoningTokens: 40 });
  });

  it("streams Anthropic thinking to an OpenAI client as reasoning and maps stop, tool_choice and the max_tokens default", async () => {
    const { upstream, gateway } = await setUp("anthropic");
    upstream.enqueue(fromFixture.sse("anthropic-messages/thinking-tool-use-stream.sse"));
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Weather?" }], stream: true, stop: ["END"], tools: [{ type: "function", function: weatherTool }], tool_choice: "required" });
    let reasoning = "";
    for await (const chunk of stream) reasoning += (chunk.choices[0]?.delta as { reasoning_content?: string } | undefined)?.reasoning_content ?? "";
    expect(reasoning).toBe("The user wants Paris weather.");
    expect(upstream.requests[0]!.body).toMatchObject({ max_tokens: 4096, stop_sequences: ["END"], tool_choice: { type: "any" }, stream: true });
  });

  it("retries Anthropic's 529 overloaded_error and serves the second answer", async () => {
    const { upstream, gateway } = await setUp("anthropic", { retry: { attempts: 2, backoff_ms: 5 } });
    upstream.enqueue(fromFixture.json("anthropic-messages/error-529.json", 529), fromFixture.json("anthropic-messages/text.json"));
    const client = new Anthropic({ baseURL: gateway.url, apiKey: "k", maxRetries: 0 });
    const { data, response } = await client.messages.create({ model: "m", max_tokens: 100, messages: [{ role: "user", content: "Capital?" }] }).withResponse();
    expect(data.content).toEqual([{ type: "text", text: "Paris is the capital of France.", citations: null }]);
    expect(response.headers.get("x-switchyard-attempts")).toBe("2");
  });

  it("maps Gemini SAFETY and a blocked prompt to content_filter", async () => {
    const { upstream, gateway } = await setUp("gemini");
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
    for (const name of ["gemini/safety.json", "gemini/prompt-blocked.json"]) {
      upstream.enqueue(fromFixture.json(name));
      const completion = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "…" }] });
      expect(completion.choices[0]!.finish_reason).toBe("content_filter");
    }
  });

  it("answers /v1/embeddings through OpenAI-compatible and Gemini upstreams, honouring the SDK's default base64 encoding", async () => {
    for (const [type, reply] of [
      ["openai-compatible", fromFixture.json("openai-chat/embeddings.json")],
      ["gemini", fromFixture.json("gemini/batch-embed.json")],
    ] as const) {
      const { upstream, gateway } = await setUp(type);
      upstream.enqueue(reply);
      const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const result = await client.embeddings.create({ model: "m", input: ["a", "b"] });
      expect(result.data.map((item) => item.embedding)).toEqual([
        [0.25, -0.5, 0.125],
        [1, 0, -1],
      ]);
      const sent = upstream.requests[0]!;
      if (type === "gemini") {
        expect(sent.path).toBe("/v1/models/upstream-model:batchEmbedContents");
        expect(sent.body).toEqual({ requests: [{ model: "models/upstream-model", content: { parts: [{ text: "a" }] } }, { model: "models/upstream-model", content: { parts: [{ text: "b" }] } }] });
        expect(result.usage).toBeUndefined();
      } else {
        expect(sent.body).toMatchObject({ model: "upstream-model", input: ["a", "b"], encoding_format: "float" });
        expect(result.usage?.prompt_tokens).toBe(6);
      }
    }
  });
});
