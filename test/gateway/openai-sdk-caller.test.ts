import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

/** The official `openai` client is the caller: the truest test of the inbound dialect. */
describe("OpenAI Chat Completions through the gateway, official SDK as caller", () => {
  let upstream: FakeUpstream;
  let gateway: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    gateway = await startGateway({
      providers: { local: { type: "openai-compatible", base_url: upstream.url, api_key: "upstream-secret" } },
      models: { "chat-default": { targets: [{ provider: "local", model: "google/gemma-4-31b-it" }] } },
    });
    client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "unused", maxRetries: 0 });
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.requests.length = 0;
  });

  it("answers a non-streaming request through an alias and says which target served it", async () => {
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    const { data, response } = await client.chat.completions
      .create({ model: "chat-default", messages: [{ role: "user", content: "Capital of France?" }], temperature: 0.2 })
      .withResponse();
    expect(data.choices[0]!.message.content).toBe("Paris is the capital of France.");
    expect(data.usage?.prompt_tokens_details?.cached_tokens).toBe(4);
    expect(response.headers.get("x-switchyard-route")).toBe("chat-default");
    expect(response.headers.get("x-switchyard-target")).toBe("local/google/gemma-4-31b-it");
    expect(response.headers.get("x-switchyard-attempts")).toBe("1");
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.body.model).toBe("google/gemma-4-31b-it");
    expect(sent.body.temperature).toBe(0.2);
    expect(sent.headers.authorization).toBe("Bearer upstream-secret");
  });

  it("streams text with include_usage and ends with the usage chunk", async () => {
    upstream.enqueue(fromFixture.sse("openai-chat/text-stream.sse"));
    const stream = await client.chat.completions.create({
      model: "chat-default",
      messages: [{ role: "user", content: "Capital?" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let usage: OpenAI.CompletionUsage | undefined | null;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("Paris is the capital.");
    expect(finish).toBe("stop");
    expect(usage?.completion_tokens).toBe(5);
  });

  it("asks the upstream for usage even when the caller did not, and hides the usage chunk from that caller", async () => {
    upstream.enqueue(fromFixture.sse("openai-chat/text-stream.sse"));
    const stream = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "Capital?" }], stream: true });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(upstream.requests[0]!.body.stream_options).toEqual({ include_usage: true });
    expect(chunks.every((chunk) => chunk.choices.length > 0)).toBe(true);
    expect(gateway.summaries.at(-1)?.usage?.outputTokens).toBe(5);
  });

  it("streams parallel tool calls with their ids, indices and argument deltas", async () => {
    upstream.enqueue(fromFixture.sse("openai-chat/parallel-tool-calls-stream.sse"));
    const tools: OpenAI.ChatCompletionTool[] = [
      { type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } } },
    ];
    const runner = client.chat.completions.stream({
      model: "chat-default",
      messages: [{ role: "user", content: "Weather in Paris and Rome?" }],
      tools,
      parallel_tool_calls: true,
    });
    const deltas: { index: number; id?: string; args?: string }[] = [];
    runner.on("chunk", (chunk) => {
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) deltas.push({ index: call.index, id: call.id, args: call.function?.arguments });
    });
    const final = await runner.finalChatCompletion();
    const calls = final.choices[0]!.message.tool_calls!;
    expect(calls.map((call) => [call.id, call.type === "function" && call.function.arguments])).toEqual([
      ["call_a", '{"city":"Paris"}'],
      ["call_b", '{"city":"Rome"}'],
    ]);
    expect(final.choices[0]!.finish_reason).toBe("tool_calls");
    expect(deltas.filter((delta) => delta.index === 0).map((delta) => delta.args)).toEqual(["", '{"ci', 'ty":"Paris"}']);
    expect(upstream.requests[0]!.body.tools).toEqual(tools);
    expect(upstream.requests[0]!.body.parallel_tool_calls).toBe(true);
  });

  it("forwards image_url parts and json_schema response formats unchanged", async () => {
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    const responseFormat = {
      type: "json_schema" as const,
      json_schema: { name: "answer", schema: { type: "object", properties: { city: { type: "string" } } }, strict: true },
    };
    await client.chat.completions.create({
      model: "chat-default",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What city is this?" },
            { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" } },
          ],
        },
      ],
      response_format: responseFormat,
    });
    const sent = upstream.requests[0]!.body as { messages: { content: unknown }[]; response_format: unknown };
    expect(sent.messages[0]!.content).toEqual([
      { type: "text", text: "What city is this?" },
      { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" } },
    ]);
    expect(sent.response_format).toEqual(responseFormat);
  });

  it("accepts PROVIDER/MODEL addressing without an alias", async () => {
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    const { response } = await client.chat.completions
      .create({ model: "local/meta-llama/Llama-3.1-8B-Instruct", messages: [{ role: "user", content: "hi" }] })
      .withResponse();
    expect(upstream.requests[0]!.body.model).toBe("meta-llama/Llama-3.1-8B-Instruct");
    expect(response.headers.get("x-switchyard-target")).toBe("local/meta-llama/Llama-3.1-8B-Instruct");
  });

  it("normalises object-typed tool arguments from quirky servers so the SDK can parse them", async () => {
    upstream.enqueue(fromFixture.sse("openai-chat/object-arguments-stream.sse"));
    const final = await client.chat.completions
      .stream({ model: "chat-default", messages: [{ role: "user", content: "Weather in Oslo?" }], tools: [{ type: "function", function: { name: "get_weather" } }] })
      .finalChatCompletion();
    const call = final.choices[0]!.message.tool_calls![0]!;
    expect(call.type === "function" && call.function.arguments).toBe('{"city":"Oslo"}');
  });

  it("lists aliases at /v1/models and answers /healthz", async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(["chat-default"]);
    const health = await fetch(`${gateway.url}/healthz`);
    expect(await health.json()).toEqual({ status: "ok" });
  });
});
