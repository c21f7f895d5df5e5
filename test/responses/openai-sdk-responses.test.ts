import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { afterEach, describe, expect, it } from "vitest";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";
import type { UpstreamType } from "./support/scripted-upstream.js";

const weatherTool = {
  type: "function" as const,
  name: "get_weather",
  description: "Current weather in a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
  strict: true,
};

const upstreamTypes: readonly UpstreamType[] = ["openai-compatible", "anthropic", "gemini"];

/** The last body the upstream was sent, as text to search, whatever its wire format. */
function sentTurns(setup: ResponsesSetup): string {
  return JSON.stringify(setup.upstream.requests.at(-1)!.body);
}

describe.each(upstreamTypes)("openai responses.create through the gateway to a %s upstream", (type) => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  it("calls a function tool, then continues by previous_response_id with the conversation rebuilt from the store", async () => {
    setup = await startResponsesGateway(type);
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });

    const first = await client.responses.create({ model: "m", instructions: "Answer briefly.", input: "Weather in Paris?", tools: [weatherTool], metadata: { ticket: "42" } });
    expect(first.id).toMatch(/^resp_/);
    expect(first.object).toBe("response");
    expect(first.status).toBe("completed");
    expect(first.model).toBe("m");
    expect(first.metadata).toEqual({ ticket: "42" });
    expect((first as unknown as { store: boolean }).store).toBe(true);
    expect(first.output).toHaveLength(1);
    const call = first.output[0]!;
    expect(call).toMatchObject({ type: "function_call", name: "get_weather", arguments: '{"city":"Paris"}', status: "completed" });
    expect(first.usage).toMatchObject({ output_tokens: 10, input_tokens_details: { cached_tokens: 5 }, output_tokens_details: { reasoning_tokens: 0 } });
    expect(first.usage!.total_tokens).toBe(first.usage!.input_tokens + first.usage!.output_tokens);
    expect(sentTurns(setup)).toContain("Answer briefly.");

    const callId = (call as { call_id: string }).call_id;
    const second = await client.responses.create({
      model: "m",
      previous_response_id: first.id,
      input: [{ type: "function_call_output", call_id: callId, output: "18°C and sunny" }],
      tools: [weatherTool],
    });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.output_text).toContain("18°C and sunny");
    // The upstream saw the whole conversation: the first question, the call, and its result; instructions are not carried over.
    const sent = sentTurns(setup);
    expect(sent).toContain("Weather in Paris?");
    expect(sent).toContain("get_weather");
    expect(sent).toContain("18°C and sunny");
    expect(sent).not.toContain("Answer briefly.");

    const fetched = await client.responses.retrieve(second.id);
    expect(fetched.output).toEqual(second.output);
    const items = await client.responses.inputItems.list(second.id);
    expect(items.data).toHaveLength(1);
    expect(items.data[0]).toMatchObject({ type: "function_call_output", call_id: callId });
    expect(items.data[0]!.id).toBeTruthy();

    await client.responses.delete(first.id);
    await expect(client.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404 });
    await expect(client.responses.create({ model: "m", previous_response_id: first.id, input: "again" })).rejects.toMatchObject({ status: 404, param: "previous_response_id" });
  });

  it("streams the full event sequence with sequence numbers, function call arguments and usage, then continues the stored stream's conversation", async () => {
    setup = await startResponsesGateway(type);
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });

    const events: ResponseStreamEvent[] = [];
    for await (const event of await client.responses.create({ model: "m", input: "Weather in Paris?", tools: [weatherTool], stream: true })) events.push(event);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    const types = events.map((event) => event.type);
    expect(types.slice(0, 3)).toEqual(["response.created", "response.in_progress", "response.output_item.added"]);
    expect(types).toContain("response.function_call_arguments.delta");
    expect(types.slice(-3)).toEqual(["response.function_call_arguments.done", "response.output_item.done", "response.completed"]);
    const argumentsText = events.flatMap((event) => (event.type === "response.function_call_arguments.delta" ? [event.delta] : [])).join("");
    expect(argumentsText).toBe('{"city":"Paris"}');
    const completed = events.at(-1) as Extract<ResponseStreamEvent, { type: "response.completed" }>;
    expect(completed.response.output).toEqual([expect.objectContaining({ type: "function_call", arguments: '{"city":"Paris"}', status: "completed" })]);
    expect(completed.response.usage).toMatchObject({ output_tokens: 10 });

    const callId = (completed.response.output[0] as { call_id: string }).call_id;
    const stream = client.responses.stream({ model: "m", previous_response_id: completed.response.id, input: [{ type: "function_call_output", call_id: callId, output: "18°C" }] });
    const textTypes: string[] = [];
    stream.on("event", (event) => textTypes.push(event.type));
    const final = await stream.finalResponse();
    expect(final.output_text).toContain("18°C");
    expect(textTypes).toEqual(
      expect.arrayContaining(["response.content_part.added", "response.output_text.delta", "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed"]),
    );
    expect(sentTurns(setup)).toContain("Weather in Paris?");
  });
});
