import Anthropic from "@anthropic-ai/sdk";
import type { NeutralRequest, NeutralResult } from "./neutral.js";
import { weatherTool } from "./neutral.js";

/**
 * Runs a neutral request through the official `@anthropic-ai/sdk` against the
 * gateway. Streams go through the SDK's MessageStream and `finalMessage()`, so the
 * SDK's own accumulator judges whether the event sequence is well formed.
 */
export async function callWithAnthropic(baseURL: string, model: string, request: NeutralRequest): Promise<NeutralResult> {
  const client = new Anthropic({ baseURL, apiKey: "client-key", maxRetries: 0 });
  const messages: Anthropic.MessageParam[] = [];
  for (const turn of request.turns) {
    if (turn.role === "user") {
      messages.push({
        role: "user",
        content: turn.imagePngBase64
          ? [{ type: "text", text: turn.text }, { type: "image", source: { type: "base64", media_type: "image/png", data: turn.imagePngBase64 } }]
          : turn.text,
      });
    } else if (turn.role === "assistant") {
      const content: Anthropic.ContentBlockParam[] = [];
      if (turn.text) content.push({ type: "text", text: turn.text });
      for (const call of turn.toolCalls ?? []) content.push({ type: "tool_use", id: call.id, name: call.name, input: JSON.parse(call.arguments) as Record<string, unknown> });
      messages.push({ role: "assistant", content });
    } else {
      messages.push({ role: "user", content: turn.results.map((result) => ({ type: "tool_result" as const, tool_use_id: result.id, content: result.text })) });
    }
  }
  const params: Anthropic.MessageCreateParamsNonStreaming = {
    model,
    max_tokens: 1024,
    messages,
    ...(request.system && { system: request.system }),
    ...(request.tools && { tools: [{ name: weatherTool.name, description: weatherTool.description, input_schema: weatherTool.parameters }] }),
    ...(request.jsonSchema && { output_config: { format: { type: "json_schema", schema: request.jsonSchema } } }),
  };
  const empty = { text: "", toolCalls: [], finish: undefined, usage: undefined, argumentFragments: 0, error: undefined, warningsHeader: null };
  let warningsHeader: string | null = null;
  try {
    let message: Anthropic.Message;
    let fragments = 0;
    if (request.stream) {
      const stream = client.messages.stream(params);
      stream.on("streamEvent", (event) => {
        if (event.type === "content_block_delta" && event.delta.type === "input_json_delta" && event.delta.partial_json !== "") fragments++;
      });
      const { response } = await stream.withResponse();
      warningsHeader = response.headers.get("x-switchyard-warnings");
      message = await stream.finalMessage();
    } else {
      const { data, response } = await client.messages.create(params).withResponse();
      warningsHeader = response.headers.get("x-switchyard-warnings");
      message = data;
    }
    const text = message.content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("");
    const toolCalls = message.content
      .flatMap((block) => (block.type === "tool_use" ? [block] : []))
      .map((block, index) => ({ index, id: block.id, name: block.name, arguments: JSON.stringify(block.input) }));
    // Optional here because pass-through relays an upstream's body as it came, usage or not.
    const usage = message.usage as Anthropic.Usage | undefined;
    return {
      ...empty,
      text,
      toolCalls,
      finish: finishOf(message.stop_reason),
      usage: usage && {
        input: usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0),
        output: usage.output_tokens,
        cached: usage.cache_read_input_tokens ?? undefined,
      },
      argumentFragments: fragments,
      warningsHeader,
    };
  } catch (error) {
    if (!(error instanceof Anthropic.APIError)) throw error;
    return { ...empty, warningsHeader, error: { status: error.status, type: error.type ?? undefined, message: error.message } };
  }
}

function finishOf(reason: string | null): string | undefined {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "max_tokens":
      return "length";
    case "tool_use":
      return "tool-calls";
    case "refusal":
      return "content-filter";
    default:
      return reason ?? undefined;
  }
}
