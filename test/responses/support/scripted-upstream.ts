import { startFakeUpstream, type FakeReply, type FakeUpstream, type RecordedRequest } from "../../support/fake-upstream.js";
import { responsesComplete, responsesStream } from "./responses-wire.js";

/** The wire protocols a scripted upstream can speak, named as provider types in the config. */
export type UpstreamType = "openai-compatible" | "anthropic" | "gemini" | "openai-responses";

/**
 * A scripted model behind a fake upstream that speaks one wire protocol exactly:
 * offered tools and no tool result yet → it calls `get_weather` for Paris; after
 * a tool result → it answers in text quoting the result; otherwise it greets.
 * Streams when the request asks to, in that protocol's own way.
 */
export async function startScriptedUpstream(type: UpstreamType): Promise<FakeUpstream> {
  return startFakeUpstream({ respond: (request) => reply(type, request) });
}

export type Turn = { readonly kind: "tool-call"; readonly name: string; readonly arguments: string } | { readonly kind: "text"; readonly text: string };

function reply(type: UpstreamType, request: RecordedRequest): FakeReply {
  const turn = decide(type, request.body);
  switch (type) {
    case "openai-compatible":
      return request.body.stream === true ? { sseBody: openAIStream(turn) } : { json: JSON.stringify(openAIComplete(turn)) };
    case "anthropic":
      return request.body.stream === true ? { sseBody: anthropicStream(turn) } : { json: JSON.stringify(anthropicComplete(turn)) };
    case "gemini":
      return request.path.includes(":streamGenerateContent") ? { sseBody: geminiStream(turn) } : { json: JSON.stringify(geminiComplete(turn)) };
    case "openai-responses":
      // A Responses server that keeps nothing: the gateway must send each turn self-contained.
      if (request.body.previous_response_id !== undefined) {
        return { status: 400, json: JSON.stringify({ error: { message: "Previous response with id 'x' not found.", type: "invalid_request_error", param: "previous_response_id", code: "previous_response_not_found" } }) };
      }
      return request.body.stream === true ? { sseBody: responsesStream(request.body, turn) } : { json: JSON.stringify(responsesComplete(request.body, turn)) };
  }
}

function decide(type: UpstreamType, body: Record<string, unknown>): Turn {
  const toolResult = lastToolResult(type, body);
  if (toolResult !== undefined) return { kind: "text", text: `The weather: ${toolResult}` };
  const hasTools = Array.isArray(body.tools) && body.tools.length > 0;
  if (hasTools) return { kind: "tool-call", name: "get_weather", arguments: '{"city":"Paris"}' };
  return { kind: "text", text: `Hello from ${type}.` };
}

function lastToolResult(type: UpstreamType, body: Record<string, unknown>): string | undefined {
  if (type === "openai-compatible") {
    const last = (body.messages as { role: string; content: unknown }[]).at(-1);
    return last?.role === "tool" ? String(last.content) : undefined;
  }
  if (type === "openai-responses") {
    const input = body.input;
    const last = Array.isArray(input) ? (input.at(-1) as { type?: string; output?: unknown } | undefined) : undefined;
    return last?.type === "function_call_output" ? String(last.output) : undefined;
  }
  if (type === "anthropic") {
    const last = (body.messages as { content: unknown }[]).at(-1);
    const blocks = Array.isArray(last?.content) ? (last.content as { type: string; content?: unknown }[]) : [];
    const result = blocks.find((block) => block.type === "tool_result");
    if (!result) return undefined;
    return typeof result.content === "string" ? result.content : (result.content as { text: string }[]).map((part) => part.text).join("");
  }
  const last = (body.contents as { parts: { functionResponse?: { response: unknown } }[] }[]).at(-1);
  const part = last?.parts.find((candidate) => candidate.functionResponse);
  return part ? JSON.stringify(part.functionResponse!.response) : undefined;
}

const usage = { input: 20, output: 10 };

function openAIComplete(turn: Turn): unknown {
  const message =
    turn.kind === "text"
      ? { role: "assistant", content: turn.text, refusal: null }
      : { role: "assistant", content: null, refusal: null, tool_calls: [{ id: "call_1", type: "function", function: { name: turn.name, arguments: turn.arguments } }] };
  return {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1,
    model: "scripted",
    choices: [{ index: 0, message, logprobs: null, finish_reason: turn.kind === "text" ? "stop" : "tool_calls" }],
    usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output, prompt_tokens_details: { cached_tokens: 5 } },
  };
}

function openAIStream(turn: Turn): string {
  const chunk = (delta: unknown, finish: string | null = null): unknown => ({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "scripted", choices: [{ index: 0, delta, finish_reason: finish }] });
  const chunks: unknown[] = [chunk({ role: "assistant", content: "" })];
  if (turn.kind === "text") {
    const half = Math.floor(turn.text.length / 2);
    chunks.push(chunk({ content: turn.text.slice(0, half) }), chunk({ content: turn.text.slice(half) }), chunk({}, "stop"));
  } else {
    chunks.push(
      chunk({ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: turn.name, arguments: "" } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: turn.arguments.slice(0, 5) } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: turn.arguments.slice(5) } }] }),
      chunk({}, "tool_calls"),
    );
  }
  chunks.push({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "scripted", choices: [], usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output, prompt_tokens_details: { cached_tokens: 5 } } });
  return chunks.map((value) => `data: ${JSON.stringify(value)}\n\n`).join("") + "data: [DONE]\n\n";
}

function anthropicComplete(turn: Turn): unknown {
  return {
    id: "msg_1",
    type: "message",
    role: "assistant",
    model: "scripted",
    content: turn.kind === "text" ? [{ type: "text", text: turn.text }] : [{ type: "tool_use", id: "toolu_1", name: turn.name, input: JSON.parse(turn.arguments) as unknown }],
    stop_reason: turn.kind === "text" ? "end_turn" : "tool_use",
    stop_sequence: null,
    usage: { input_tokens: usage.input, output_tokens: usage.output, cache_read_input_tokens: 5 },
  };
}

function anthropicStream(turn: Turn): string {
  const events: [string, unknown][] = [
    ["message_start", { type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", model: "scripted", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.input, output_tokens: 1, cache_read_input_tokens: 5 } } }],
  ];
  if (turn.kind === "text") {
    events.push(
      ["content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }],
      ["content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: turn.text } }],
    );
  } else {
    events.push(
      ["content_block_start", { type: "content_block_start", index: 0, content_block: { type: "tool_use", id: "toolu_1", name: turn.name, input: {} } }],
      ["content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: turn.arguments } }],
    );
  }
  events.push(
    ["content_block_stop", { type: "content_block_stop", index: 0 }],
    ["message_delta", { type: "message_delta", delta: { stop_reason: turn.kind === "text" ? "end_turn" : "tool_use", stop_sequence: null }, usage: { output_tokens: usage.output } }],
    ["message_stop", { type: "message_stop" }],
  );
  return events.map(([name, data]) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`).join("");
}

function geminiPart(turn: Turn): unknown {
  return turn.kind === "text" ? { text: turn.text } : { functionCall: { name: turn.name, args: JSON.parse(turn.arguments) as unknown } };
}

function geminiComplete(turn: Turn): unknown {
  return {
    candidates: [{ content: { role: "model", parts: [geminiPart(turn)] }, finishReason: "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: usage.input, candidatesTokenCount: usage.output, totalTokenCount: usage.input + usage.output, cachedContentTokenCount: 5 },
    modelVersion: "scripted",
  };
}

function geminiStream(turn: Turn): string {
  return `data: ${JSON.stringify(geminiComplete(turn))}\n\n`;
}
