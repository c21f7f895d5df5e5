import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";

/**
 * The Response object's required fields and types per the Open Responses
 * specification's ResponseResource (the schema its compliance suite validates
 * against), written out here: every field present, sampling values numbers
 * (never null), nullable fields null rather than missing.
 */
const int = z.number().int();
const responseResource = z.object({
  id: z.string(),
  object: z.literal("response"),
  created_at: int,
  completed_at: int.nullable(),
  status: z.string(),
  incomplete_details: z.object({ reason: z.string() }).nullable(),
  model: z.string(),
  previous_response_id: z.string().nullable(),
  instructions: z.string().nullable(),
  output: z.array(z.looseObject({ type: z.string(), id: z.string() })),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  tools: z.array(z.unknown()),
  tool_choice: z.unknown(),
  truncation: z.enum(["auto", "disabled"]),
  parallel_tool_calls: z.boolean(),
  text: z.object({ format: z.looseObject({ type: z.string() }) }),
  top_p: z.number(),
  presence_penalty: z.number(),
  frequency_penalty: z.number(),
  top_logprobs: int,
  temperature: z.number(),
  reasoning: z.object({ effort: z.string().nullable(), summary: z.string().nullable() }).nullable(),
  usage: z
    .object({ input_tokens: int, output_tokens: int, total_tokens: int, input_tokens_details: z.object({ cached_tokens: int }), output_tokens_details: z.object({ reasoning_tokens: int }) })
    .nullable(),
  max_output_tokens: int.nullable(),
  max_tool_calls: int.nullable(),
  store: z.boolean(),
  background: z.boolean(),
  service_tier: z.string(),
  metadata: z.unknown(),
  safety_identifier: z.string().nullable(),
  prompt_cache_key: z.string().nullable(),
});

const weather = {
  type: "function",
  name: "get_weather",
  description: "Get the current weather for a location",
  parameters: { type: "object", properties: { location: { type: "string" } }, required: ["location"] },
};
const pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

/** The scenarios of the Open Responses compliance suite, as requests a client sends. */
const scenarios: { name: string; body: Record<string, unknown>; expectFunctionCall?: boolean }[] = [
  { name: "basic response", body: { input: [{ type: "message", role: "user", content: "Say hello in exactly 3 words." }] } },
  { name: "system prompt", body: { input: [{ type: "message", role: "system", content: "You are a pirate." }, { type: "message", role: "user", content: "Say hello." }] } },
  { name: "tool calling", body: { input: [{ type: "message", role: "user", content: "What's the weather like in San Francisco?" }], tools: [weather] }, expectFunctionCall: true },
  { name: "image input", body: { input: [{ type: "message", role: "user", content: [{ type: "input_text", text: "What do you see?" }, { type: "input_image", image_url: pixel }] }] } },
  {
    name: "multi-turn",
    body: {
      input: [
        { type: "message", role: "user", content: "My name is Alice." },
        { type: "message", role: "assistant", content: "Hello Alice! How can I help you today?" },
        { type: "message", role: "user", content: "What is my name?" },
      ],
    },
  },
];

interface StreamedEvent {
  readonly type: string;
  readonly sequence_number: number;
  readonly response?: unknown;
  readonly item?: { type?: string };
}

async function post(setup: ResponsesSetup, body: Record<string, unknown>): Promise<Response> {
  const response = await fetch(`${setup.gateway.baseURL}/responses`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer k" }, body: JSON.stringify({ model: "m", ...body }) });
  expect(response.status).toBe(200);
  return response;
}

function parseStream(text: string): StreamedEvent[] {
  return text
    .split("\n\n")
    .filter((frame) => frame.trim() !== "")
    .map((frame) => {
      const data = frame.split("\n").find((line) => line.startsWith("data:"))!;
      return JSON.parse(data.slice("data:".length).trim()) as StreamedEvent;
    });
}

describe("Open Responses shape, in front of a chat-only upstream", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  it.each(scenarios)("$name: a complete ResponseResource", async ({ body, expectFunctionCall }) => {
    setup = await startResponsesGateway("openai-compatible");
    const answer = (await (await post(setup, body)).json());
    const parsed = responseResource.safeParse(answer);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const resource = parsed.data!;
    expect(resource.output.length).toBeGreaterThan(0);
    expect(resource.status).toBe("completed");
    if (expectFunctionCall) expect(resource.output.some((item) => item.type === "function_call")).toBe(true);
  });

  it.each([
    { name: "text", body: { input: [{ type: "message", role: "user", content: "Count from 1 to 5." }] } },
    { name: "tool call", body: { input: [{ type: "message", role: "user", content: "What's the weather like in San Francisco?" }], tools: [weather] } },
  ])("streaming ($name): numbered events, every lifecycle Response complete, function-call events present", async ({ name, body }) => {
    setup = await startResponsesGateway("openai-compatible");
    const events = parseStream(await (await post(setup, { ...body, stream: true })).text());
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    for (const event of events.filter((candidate) => candidate.response !== undefined)) {
      const parsed = responseResource.safeParse(event.response);
      expect(parsed.success ? [] : [event.type, parsed.error.issues]).toEqual([]);
    }
    const final = events.at(-1)!;
    expect(final.type).toBe("response.completed");
    expect((final.response as { status: string }).status).toBe("completed");
    if (name === "tool call") {
      const types = events.map((event) => event.type);
      expect(events.some((event) => event.type === "response.output_item.added" && event.item?.type === "function_call")).toBe(true);
      expect(types).toContain("response.function_call_arguments.delta");
      expect(types).toContain("response.function_call_arguments.done");
      expect(events.some((event) => event.type === "response.output_item.done" && event.item?.type === "function_call")).toBe(true);
    }
  });
});
