import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { afterEach, describe, expect, it } from "vitest";
import { recordedSummary } from "../support/recorded-summary.js";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";

const weatherTool = {
  type: "function" as const,
  name: "get_weather",
  description: "Current weather in a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
  strict: true,
};

const chatWeatherTool = {
  type: "function" as const,
  function: { name: "get_weather", description: "Current weather in a city", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
};

/** Raw SSE text of a gateway call, for byte comparisons. */
async function rawStream(url: string, body: unknown): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer k" }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.text();
}

describe("a Responses upstream (provider type openai-responses)", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  describe("Responses callers: pass-through", () => {
    it("relays the upstream's Response, stores it under the upstream's id, and expands previous_response_id for an upstream that keeps nothing", async () => {
      setup = await startResponsesGateway("openai-responses");
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });

      const first = await client.responses.create({ model: "m", instructions: "Answer briefly.", input: "Weather in Paris?", tools: [weatherTool], metadata: { ticket: "42" } });
      const sentFirst = setup.upstream.requests.at(-1)!;
      expect(sentFirst.path).toBe("/v1/responses");
      expect(sentFirst.headers.authorization).toBe("Bearer upstream-key");
      // The caller's body, model named: nothing dropped, nothing added.
      expect(sentFirst.body).toEqual({ model: "upstream-model", instructions: "Answer briefly.", input: "Weather in Paris?", tools: [weatherTool], metadata: { ticket: "42" } });
      expect(first.id).toMatch(/^resp_fake/);
      // The upstream answered as "upstream-model"; the caller sees (and the store keeps) its alias, as a translated answer says it.
      expect(first.model).toBe("m");
      const call = first.output[0] as { type: string; call_id: string; arguments: string };
      expect(call).toMatchObject({ type: "function_call", call_id: "call_fake1", arguments: '{"city":"Paris"}' });

      const summary = await recordedSummary(setup.gateway, 1);
      expect(summary).toMatchObject({ dialect: "openai-responses", status: 200, target: "target/upstream-model" });
      expect(summary.usage).toMatchObject({ inputTokens: 20, outputTokens: 10, cachedInputTokens: 5, reasoningTokens: 0 });
      expect(summary.finishReason).toEqual({ unified: "tool-calls", raw: "completed" });

      const second = await client.responses.create({ model: "m", previous_response_id: first.id, input: [{ type: "function_call_output", call_id: call.call_id, output: "18°C and sunny" }], tools: [weatherTool] });
      const sentSecond = setup.upstream.requests.at(-1)!.body;
      expect(sentSecond.previous_response_id).toBeUndefined();
      expect(sentSecond.input).toEqual([
        { type: "message", role: "user", content: "Weather in Paris?" },
        { type: "function_call", call_id: "call_fake1", name: "get_weather", arguments: '{"city":"Paris"}' },
        { type: "function_call_output", call_id: "call_fake1", output: "18°C and sunny" },
      ]);
      expect(second.output_text).toBe("The weather: 18°C and sunny");
      // The upstream never saw the id; the answer names it, as OpenAI's would.
      expect(second.previous_response_id).toBe(first.id);

      const fetched = await client.responses.retrieve(second.id);
      expect(fetched.output).toEqual(second.output);
      expect(fetched.model).toBe("m");
      const items = await client.responses.inputItems.list(second.id);
      expect(items.data).toEqual([expect.objectContaining({ type: "function_call_output", call_id: "call_fake1" })]);
    });

    it("a continuation that omits model routes by the alias of the relayed answer it continues, whole and streamed", async () => {
      setup = await startResponsesGateway("openai-responses");
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const first = await client.responses.create({ model: "m", input: "Weather in Paris?", tools: [weatherTool] });
      // No model: the stored alias "m" routes it (the upstream's "upstream-model" is no alias and would be refused).
      const second = await client.responses.create({ previous_response_id: first.id, input: [{ type: "function_call_output", call_id: "call_fake1", output: "18°C" }] } as never);
      expect(second.model).toBe("m");
      expect(setup.upstream.requests.at(-1)!.body.model).toBe("upstream-model");
      expect(await recordedSummary(setup.gateway, 2)).toMatchObject({ status: 200, target: "target/upstream-model" });

      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { previous_response_id: second.id, input: "And tomorrow?", stream: true });
      const completed = JSON.parse(raw.trim().split("\n").at(-1)!.slice("data: ".length)) as { response: { id: string; model: string } };
      expect(completed.response.model).toBe("m");
      expect(raw).not.toContain("upstream-model");
      const third = await rawStream(`${setup.gateway.baseURL}/responses`, { previous_response_id: completed.response.id, input: "Thanks", stream: true });
      expect(third).toContain("response.completed");
      expect((await client.responses.retrieve(completed.response.id)).model).toBe("m");
    });

    it("relays a stream byte for byte, stores its final Response, and continues it by previous_response_id, streamed", async () => {
      setup = await startResponsesGateway("openai-responses");
      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { model: "m", input: "Weather in Paris?", tools: [weatherTool], stream: true });
      const { responsesStream } = await import("./support/responses-wire.js");
      const expected = responsesStream({ ...setup.upstream.requests.at(-1)!.body }, { kind: "tool-call", name: "get_weather", arguments: '{"city":"Paris"}' });
      // Ids differ per call; everything else is the upstream's bytes.
      const normalise = (text: string): string => text.replace(/(resp|fc)_fake\d+/g, "$1_ID");
      // ... but for the model, which says the caller's alias (the one "model" of each frame that carries the Response, swapped in the bytes).
      expect(normalise(raw)).toBe(normalise(expected).replaceAll('"model":"upstream-model"', '"model":"m"'));
      expect(raw).not.toContain("upstream-model");
      const completed = JSON.parse(raw.trim().split("\n").at(-1)!.slice("data: ".length)) as { response: { id: string } };
      const summary = await recordedSummary(setup.gateway, 1);
      expect(summary.usage).toMatchObject({ inputTokens: 20, outputTokens: 10 });
      expect(summary.stream).toBe(true);
      // Stored from the final frame's text as sent: what a GET returns is the Response the stream ended with.
      const got = await fetch(`${setup.gateway.baseURL}/responses/${completed.response.id}`, { headers: { authorization: "Bearer k" } });
      expect(await got.json()).toEqual(completed.response);

      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const stream = client.responses.stream({ model: "m", previous_response_id: completed.response.id, input: [{ type: "function_call_output", call_id: "call_fake1", output: "18°C" }] });
      const events: ResponseStreamEvent[] = [];
      stream.on("event", (event) => events.push(event));
      const final = await stream.finalResponse();
      expect(final.output_text).toBe("The weather: 18°C");
      expect(final.previous_response_id).toBe(completed.response.id);
      expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
      expect(JSON.stringify(setup.upstream.requests.at(-1)!.body.input)).toContain("Weather in Paris?");
      const stored = await client.responses.retrieve(final.id);
      expect(stored.output_text).toBe("The weather: 18°C");
    });

    it("a Response that names a model twice (a metadata key) still says the alias, whole and streamed, and is stored so", async () => {
      setup = await startResponsesGateway("openai-responses");
      const metadata = { model: "upstream-model" };
      const whole = (await (await fetch(`${setup.gateway.baseURL}/responses`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer k" }, body: JSON.stringify({ model: "m", input: "Hi", metadata }) })).json()) as {
        id: string;
        model: string;
        metadata: unknown;
      };
      expect(whole).toMatchObject({ model: "m", metadata });
      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { model: "m", input: "Hi", metadata, stream: true });
      const frames = raw.trim().split("\n\n").filter((frame) => frame.includes('"response":'));
      expect(frames.length).toBeGreaterThan(1);
      for (const frame of frames) expect(JSON.parse(frame.split("\n")[1]!.slice("data: ".length))).toMatchObject({ response: { model: "m", metadata } });
      const completed = JSON.parse(frames.at(-1)!.split("\n")[1]!.slice("data: ".length)) as { response: { id: string } };
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      for (const id of [whole.id, completed.response.id]) expect(await client.responses.retrieve(id)).toMatchObject({ model: "m", metadata });
    });

    it("store: false keeps nothing at the gateway either", async () => {
      setup = await startResponsesGateway("openai-responses");
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const answer = await client.responses.create({ model: "m", input: "Hi", store: false });
      expect(setup.upstream.requests.at(-1)!.body.store).toBe(false);
      await expect(client.responses.retrieve(answer.id)).rejects.toMatchObject({ status: 404 });
    });

    it("an upstream error comes back in OpenAI's shape, parsed by the shared OpenAI error parser", async () => {
      setup = await startResponsesGateway("openai-responses");
      setup.upstream.enqueue({ status: 400, json: JSON.stringify({ error: { message: "Invalid value for 'temperature'.", type: "invalid_request_error", param: "temperature", code: "invalid_value" } }) });
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const failure = await client.responses.create({ model: "m", input: "Hi", temperature: 1.5 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OpenAI.BadRequestError);
      expect((failure as InstanceType<typeof OpenAI.BadRequestError>).message).toContain("Invalid value for 'temperature'.");
      expect(setup.upstream.requests).toHaveLength(1);
    });

    it("a stream that breaks after its first event ends with response.failed under the upstream's id, numbered on", async () => {
      setup = await startResponsesGateway("openai-responses");
      const { responsesStream } = await import("./support/responses-wire.js");
      const full = responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello there" });
      const cut = full.split("\n\n").slice(0, 4).join("\n\n") + "\n\n";
      setup.upstream.enqueue({ sseBody: cut });
      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { model: "m", input: "Hi", stream: true });
      const frames = raw.trim().split("\n\n");
      expect(frames).toHaveLength(5);
      const last = frames.at(-1)!;
      expect(last.split("\n")[0]).toBe("event: response.failed");
      const failed = JSON.parse(last.split("\n")[1]!.slice("data: ".length)) as { sequence_number: number; response: { id: string; status: string; error: { message: string } } };
      const created = JSON.parse(frames[0]!.split("\n")[1]!.slice("data: ".length)) as { response: { id: string } };
      expect(failed.sequence_number).toBe(4);
      expect(failed.response.id).toBe(created.response.id);
      expect(failed.response.status).toBe("failed");
      expect(failed.response.error.message).toContain("upstream stream ended before response.completed");
      expect((await recordedSummary(setup.gateway, 1)).errorCode).toBe("truncated");
      // Stored as the client saw it end, under the upstream's id.
      const stored = await fetch(`${setup.gateway.baseURL}/responses/${created.response.id}`, { headers: { authorization: "Bearer k" } });
      expect(stored.status).toBe(200);
      expect(await stored.json()).toEqual(failed.response);
    });

    it("an error event from the upstream mid-stream ends the stream with response.failed carrying its code", async () => {
      setup = await startResponsesGateway("openai-responses");
      const { responsesStream } = await import("./support/responses-wire.js");
      const head = responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello" }).split("\n\n").slice(0, 2).join("\n\n");
      setup.upstream.enqueue({ sseBody: `${head}\n\nevent: error\ndata: {"type":"error","code":"server_error","message":"The model crashed.","param":null,"sequence_number":2}\n\n` });
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const events: ResponseStreamEvent[] = [];
      for await (const event of await client.responses.create({ model: "m", input: "Hi", stream: true })) events.push(event);
      const last = events.at(-1) as Extract<ResponseStreamEvent, { type: "response.failed" }>;
      expect(last.type).toBe("response.failed");
      expect(last.sequence_number).toBe(2);
      expect(last.response.error).toEqual({ code: "server_error", message: "upstream failed mid-stream: The model crashed." });
      expect(await client.responses.retrieve(last.response.id)).toMatchObject({ status: "failed", error: { message: "upstream failed mid-stream: The model crashed." } });
    });
  });

  describe("Chat Completions callers: translated", () => {
    it("a tool call and its second turn, whole and streamed, sent statelessly (store: false, whole conversation)", async () => {
      setup = await startResponsesGateway("openai-responses");
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const first = await client.chat.completions.create({
        model: "m",
        messages: [
          { role: "system", content: "Answer briefly." },
          { role: "user", content: "Weather in Paris?" },
        ],
        tools: [chatWeatherTool],
        max_tokens: 50,
      });
      const sent = setup.upstream.requests.at(-1)!.body;
      expect(sent).toMatchObject({
        model: "upstream-model",
        instructions: "Answer briefly.",
        store: false,
        max_output_tokens: 50,
        input: [{ type: "message", role: "user", content: [{ type: "input_text", text: "Weather in Paris?" }] }],
        tools: [{ type: "function", name: "get_weather", description: "Current weather in a city", strict: false }],
      });
      expect(first.choices[0]!.finish_reason).toBe("tool_calls");
      const toolCall = first.choices[0]!.message.tool_calls![0]!;
      expect(toolCall).toMatchObject({ id: "call_fake1", function: { name: "get_weather", arguments: '{"city":"Paris"}' } });
      expect(first.usage).toMatchObject({ prompt_tokens: 20, completion_tokens: 10 });

      const stream = await client.chat.completions.create({
        model: "m",
        stream: true,
        messages: [
          { role: "user", content: "Weather in Paris?" },
          { role: "assistant", content: null, tool_calls: [toolCall] },
          { role: "tool", tool_call_id: toolCall.id, content: "18°C" },
        ],
        tools: [chatWeatherTool],
      });
      let text = "";
      let finish: string | null = null;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? "";
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      expect(text).toBe("The weather: 18°C");
      expect(finish).toBe("stop");
      expect(setup.upstream.requests.at(-1)!.body.input).toEqual([
        { type: "message", role: "user", content: [{ type: "input_text", text: "Weather in Paris?" }] },
        { type: "function_call", call_id: "call_fake1", name: "get_weather", arguments: '{"city":"Paris"}' },
        { type: "function_call_output", call_id: "call_fake1", output: "18°C" },
      ]);
    });

    it("streams a tool call's arguments as chat deltas", async () => {
      setup = await startResponsesGateway("openai-responses");
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const stream = await client.chat.completions.create({ model: "m", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "Weather in Paris?" }], tools: [chatWeatherTool] });
      let args = "";
      let finish: string | null = null;
      let usage: unknown;
      for await (const chunk of stream) {
        args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
        finish = chunk.choices[0]?.finish_reason ?? finish;
        usage = chunk.usage ?? usage;
      }
      expect(args).toBe('{"city":"Paris"}');
      expect(finish).toBe("tool_calls");
      expect(usage).toMatchObject({ prompt_tokens: 20, completion_tokens: 10 });
    });

    it("a parameter the Responses API lacks becomes a warning, not a silent drop", async () => {
      setup = await startResponsesGateway("openai-responses");
      const response = await fetch(`${setup.gateway.baseURL}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer k" },
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "Hi" }], stop: ["\n"], seed: 7 }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-switchyard-warnings")).toContain("unsupported parameter stop");
      expect(response.headers.get("x-switchyard-warnings")).toContain("unsupported parameter seed");
      expect(setup.upstream.requests.at(-1)!.body).not.toHaveProperty("stop");
    });
  });

  describe("Anthropic Messages callers: translated", () => {
    it("@anthropic-ai/sdk gets a tool_use, then the answer to its tool_result, whole and streamed", async () => {
      setup = await startResponsesGateway("openai-responses");
      const client = new Anthropic({ baseURL: setup.gateway.url, apiKey: "k", maxRetries: 0 });
      const tools = [{ name: "get_weather", description: "Current weather in a city", input_schema: { type: "object" as const, properties: { city: { type: "string" } }, required: ["city"] } }];
      const first = await client.messages.create({ model: "m", max_tokens: 100, system: "Answer briefly.", messages: [{ role: "user", content: "Weather in Paris?" }], tools });
      expect(first.stop_reason).toBe("tool_use");
      const toolUse = first.content.find((block) => block.type === "tool_use")!;
      expect(toolUse).toMatchObject({ type: "tool_use", id: "call_fake1", name: "get_weather", input: { city: "Paris" } });
      expect(setup.upstream.requests.at(-1)!.body).toMatchObject({ instructions: "Answer briefly.", store: false, max_output_tokens: 100 });

      const stream = client.messages.stream({
        model: "m",
        max_tokens: 100,
        messages: [
          { role: "user", content: "Weather in Paris?" },
          { role: "assistant", content: [toolUse] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: "call_fake1", content: "18°C" }] },
        ],
        tools,
      });
      const final = await stream.finalMessage();
      expect(final.content).toEqual([expect.objectContaining({ type: "text", text: "The weather: 18°C" })]);
      expect(final.stop_reason).toBe("end_turn");
      expect(final.usage).toMatchObject({ output_tokens: 10 });
    });
  });
});
