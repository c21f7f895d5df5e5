import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { afterEach, describe, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { createSqliteResponseStore } from "../../src/responses-store/sqlite-response-store.js";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Details of the Responses dialect against recorded upstream bytes: reasoning, failures, hosted tools, formats, errors. */
describe("Responses dialect translation details", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(type: "openai-compatible" | "anthropic"): Promise<{ upstream: FakeUpstream; gateway: TestGateway; client: OpenAI }> {
    const upstream = await startFakeUpstream();
    const store = createSqliteResponseStore(join(await mkdtemp(join(tmpdir(), "switchyard-responses-")), "responses.db"));
    await store.migrate();
    const gateway = await startGateway(
      { providers: { target: { type, base_url: upstream.url, api_key: "k" } }, models: { m: { targets: [{ provider: "target", model: "upstream-model" }] } } },
      { responseStore: store },
    );
    cleanups.push(() => store.close(), () => upstream.close(), () => gateway.close());
    return { upstream, gateway, client: new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 }) };
  }

  async function collect(stream: AsyncIterable<ResponseStreamEvent>): Promise<ResponseStreamEvent[]> {
    const events: ResponseStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    return events;
  }

  it("streams Anthropic thinking as a reasoning item, carries its signature, and sends it back on the next turn", async () => {
    const { upstream, client } = await setUp("anthropic");
    upstream.enqueue(fromFixture.sse("anthropic-messages/thinking-tool-use-stream.sse"), fromFixture.json("anthropic-messages/text.json"));
    const events = await collect(
      await client.responses.create({
        model: "m",
        input: "Weather in Paris?",
        reasoning: { effort: "medium" },
        tools: [{ type: "function", name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } }, strict: false }],
        stream: true,
      }),
    );
    expect(upstream.requests[0]!.body.thinking).toEqual({ type: "enabled", budget_tokens: 8192 });
    const types = events.map((event) => event.type);
    expect(types.slice(0, 5)).toEqual(["response.created", "response.in_progress", "response.output_item.added", "response.content_part.added", "response.reasoning_text.delta"]);
    expect(types).toContain("response.reasoning_text.done");
    const completed = events.at(-1) as Extract<ResponseStreamEvent, { type: "response.completed" }>;
    expect(completed.type).toBe("response.completed");
    const [reasoning, call] = completed.response.output;
    expect(reasoning).toMatchObject({ type: "reasoning", content: [{ type: "reasoning_text", text: "The user wants Paris weather." }] });
    expect((reasoning as { encrypted_content?: string }).encrypted_content).toMatch(/^swy1\./);
    expect(call).toMatchObject({ type: "function_call", call_id: "toolu_01Think", arguments: '{"city":"Paris"}' });
    expect(completed.response.usage).toMatchObject({ input_tokens: 120, output_tokens: 60, output_tokens_details: { reasoning_tokens: 40 } });

    await client.responses.create({ model: "m", previous_response_id: completed.response.id, input: [{ type: "function_call_output", call_id: "toolu_01Think", output: "18°C" }] });
    const messages = upstream.requests[1]!.body.messages as { role: string; content: { type: string; signature?: string }[] }[];
    expect(messages[1]!.content[0]).toEqual({ type: "thinking", thinking: "The user wants Paris weather.", signature: "EqQBCkgIARABGAIiQL+sig/with+base64==" });
  });

  it("ends a stream the upstream breaks with response.failed, never a silent stop", async () => {
    const { upstream, client } = await setUp("openai-compatible");
    upstream.enqueue(fromFixture.sse("openai-chat/text-stream.sse", { cutAfterEvents: 2, eventDelayMs: 30 }));
    const events = await collect(await client.responses.create({ model: "m", input: "hi", stream: true }));
    const last = events.at(-1) as Extract<ResponseStreamEvent, { type: "response.failed" }>;
    expect(last.type).toBe("response.failed");
    expect(last.response.status).toBe("failed");
    expect(last.response.error).toMatchObject({ code: "server_error" });
    expect(last.response.output[0]).toMatchObject({ type: "message", status: "incomplete", content: [{ text: "Paris is" }] });
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    // Stored as the client saw it end: GET returns the failed Response with its partial output.
    const stored = await client.responses.retrieve(last.response.id);
    expect(stored).toMatchObject({ id: last.response.id, status: "failed", error: { code: "server_error" }, output: [{ type: "message", status: "incomplete", content: [{ text: "Paris is" }] }] });
  });

  it("reports a length stop as response.incomplete with max_output_tokens", async () => {
    const { upstream, client } = await setUp("openai-compatible");
    upstream.enqueue(fromFixture.json("openai-chat/length.json"));
    const response = await client.responses.create({ model: "m", input: "hi", max_output_tokens: 16 });
    expect(response.status).toBe("incomplete");
    expect(response.incomplete_details).toEqual({ reason: "max_output_tokens" });
    expect(upstream.requests[0]!.body.max_tokens).toBe(16);
  });

  it("drops hosted tools with a warning header, and refuses with 400 when tool_choice requires one", async () => {
    const { upstream, gateway, client } = await setUp("openai-compatible");
    const raw = await fetch(`${gateway.baseURL}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m", input: "hi", tools: [{ type: "web_search" }, { type: "function", name: "f", parameters: { type: "object" } }], prompt_cache_key: "session-1" }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get("x-switchyard-warnings")).toContain('tools.0 (hosted tool "web_search" cannot run on this upstream; dropped)');
    const sent = upstream.requests[0]!.body;
    expect(sent.tools).toEqual([{ type: "function", function: { name: "f", parameters: { type: "object" } } }]);
    expect(sent.prompt_cache_key).toBe("session-1");

    await expect(client.responses.create({ model: "m", input: "hi", tools: [{ type: "web_search" }], tool_choice: { type: "web_search" } } as never)).rejects.toMatchObject({
      status: 400,
      param: "tool_choice",
    });
    await expect(client.responses.create({ model: "m", input: "hi", tools: [{ type: "web_search" }], tool_choice: "required" })).rejects.toMatchObject({ status: 400, param: "tool_choice" });
    expect(upstream.requests).toHaveLength(1);
  });

  it("maps text.format json_schema, instructions, images and text files, and names a bad field by dot-path", async () => {
    const { upstream, client } = await setUp("openai-compatible");
    const schema = { type: "object", properties: { answer: { type: "string" } }, required: ["answer"], additionalProperties: false };
    await client.responses.create({
      model: "m",
      instructions: "Be exact.",
      input: [
        {
          role: "user",
          content: [
            { type: "input_text", text: "Describe." },
            { type: "input_image", image_url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" },
            { type: "input_file", filename: "notes.txt", file_data: `data:text/plain;base64,${Buffer.from("line one").toString("base64")}` },
          ],
        },
      ],
      text: { format: { type: "json_schema", name: "answer", schema, strict: true } },
      temperature: 0.2,
    });
    const sent = upstream.requests[0]!.body;
    expect(sent.response_format).toEqual({ type: "json_schema", json_schema: { name: "answer", schema, strict: true } });
    expect(sent.temperature).toBe(0.2);
    expect(sent.messages).toEqual([
      { role: "system", content: "Be exact." },
      {
        role: "user",
        content: [
          { type: "text", text: "Describe." },
          { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" } },
          { type: "text", text: '<file name="notes.txt">\nline one\n</file>' },
        ],
      },
    ]);

    await expect(client.responses.create({ model: "m", input: [{ role: "user", content: [{ type: "input_file", file_id: "file-1" }] }] })).rejects.toMatchObject({
      status: 400,
      param: "input.0.content.0",
    });
    await expect(client.responses.create({ model: "m", input: [{ type: "function_call", name: "f" } as never] })).rejects.toMatchObject({ status: 400, param: "input.0.call_id" });
  });
});
