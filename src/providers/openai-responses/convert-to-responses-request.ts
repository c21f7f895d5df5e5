import type { ChatRequest } from "../../core/chat-request.js";
import type { FilePart, ImagePart, ReasoningPart, TextPart } from "../../core/content-part.js";
import type { Message } from "../../core/message.js";
import type { Warning } from "../../core/warning.js";

/** Chat-request fields that mean the same in the Responses API: forwarded from an OpenAI Chat caller's extras. */
const responsesEquivalentFields = new Set(["prompt_cache_key", "safety_identifier", "user", "service_tier", "metadata", "prompt_cache_retention"]);

/**
 * Canonical request → `POST /v1/responses` body for a translated caller (Chat
 * Completions, Anthropic Messages). The whole conversation goes as `input` with
 * `store: false`: the caller's protocol is stateless, so the upstream need not
 * keep anything, and nothing it keeps would be referred to again. Sampling
 * controls the Responses API lacks (stop, seed, top_k, penalties) become warnings.
 */
export function convertToResponsesRequest(options: { readonly request: ChatRequest; readonly upstreamModel: string }): { body: Record<string, unknown>; warnings: Warning[] } {
  const { request } = options;
  const warnings: Warning[] = [];
  const instructions = request.messages.filter((message) => message.role === "system").map((message) => joinText(message.content));
  const body: Record<string, unknown> = {
    model: options.upstreamModel,
    input: request.messages.flatMap(toItems),
    store: false,
  };
  // A system prompt anywhere becomes `instructions`; its place in the conversation carries no meaning upstream.
  if (instructions.length > 0) body.instructions = instructions.join("\n\n");
  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      type: "function",
      name: tool.name,
      ...(tool.description !== undefined && { description: tool.description }),
      parameters: tool.parameters ?? { type: "object", properties: {} },
      // The Responses API defaults `strict` to true, Chat Completions to false: say what the caller meant.
      strict: tool.strict ?? false,
    }));
  }
  if (request.toolChoice) body.tool_choice = request.toolChoice.type === "tool" ? { type: "function", name: request.toolChoice.name } : request.toolChoice.type;
  if (request.parallelToolCalls !== undefined) body.parallel_tool_calls = request.parallelToolCalls;
  if (request.responseFormat) {
    const format = request.responseFormat;
    body.text = {
      format:
        format.type === "json-schema"
          ? { type: "json_schema", name: format.name, schema: format.schema ?? {}, ...(format.description !== undefined && { description: format.description }), ...(format.strict !== undefined && { strict: format.strict }) }
          : { type: format.type === "json-object" ? "json_object" : "text" },
    };
  }
  const { sampling } = request;
  if (sampling.maxOutputTokens !== undefined) body.max_output_tokens = sampling.maxOutputTokens;
  if (sampling.temperature !== undefined) body.temperature = sampling.temperature;
  if (sampling.topP !== undefined) body.top_p = sampling.topP;
  const missing: [string, unknown][] = [
    ["stop", sampling.stopSequences],
    ["seed", sampling.seed],
    ["top_k", sampling.topK],
    ["frequency_penalty", sampling.frequencyPenalty],
    ["presence_penalty", sampling.presencePenalty],
  ];
  for (const [parameter, value] of missing) {
    if (value !== undefined) warnings.push({ type: "unsupported-parameter", parameter, detail: "the Responses API has no such control; dropped" });
  }
  const effort = request.reasoning?.effort ?? (request.reasoning?.budgetTokens !== undefined ? effortForBudget(request.reasoning.budgetTokens) : undefined);
  if (effort) {
    body.reasoning = { effort };
    // With store: false, reasoning can only be carried into the next turn encrypted.
    body.include = ["reasoning.encrypted_content"];
  }
  for (const [key, value] of Object.entries(request.passthrough ?? {})) {
    if (request.passthroughProtocol === "openai-chat" && responsesEquivalentFields.has(key)) body[key] = value;
    else warnings.push({ type: "unsupported-parameter", parameter: key, detail: `${request.passthroughProtocol ?? "caller"} field with no Responses equivalent; dropped` });
  }
  if (request.stream) body.stream = true;
  return { body, warnings };
}

/** Anthropic-style thinking budgets → the nearest Responses effort. */
function effortForBudget(budget: number): string {
  if (budget <= 2048) return "low";
  if (budget <= 16_384) return "medium";
  return "high";
}

function toItems(message: Message): Record<string, unknown>[] {
  switch (message.role) {
    case "system":
      return [];
    case "user":
      return [{ type: "message", role: "user", content: message.content.map(toInputPart) }];
    case "assistant": {
      const items: Record<string, unknown>[] = [];
      let text: string[] = [];
      const flushText = (): void => {
        if (text.length > 0) items.push({ type: "message", role: "assistant", content: [{ type: "output_text", text: text.join("") }] });
        text = [];
      };
      for (const part of message.content) {
        if (part.type === "text") text.push(part.text);
        else if (part.type === "tool-call") {
          flushText();
          items.push({ type: "function_call", call_id: part.id, name: part.name, arguments: part.arguments });
        } else {
          flushText();
          const reasoning = toReasoningItem(part);
          if (reasoning) items.push(reasoning);
        }
      }
      flushText();
      return items;
    }
    case "tool":
      return message.content.map((result) => ({
        type: "function_call_output",
        call_id: result.toolCallId,
        output: result.content.every((part) => part.type === "text") ? joinText(result.content) : result.content.map(toInputPart),
      }));
  }
}

/**
 * Reasoning goes back only when it came from a Responses upstream with its
 * encrypted content (kept in `providerMetadata["openai-responses"]`); another
 * provider's thinking means nothing to this one, as with Chat upstreams.
 */
function toReasoningItem(part: ReasoningPart): Record<string, unknown> | undefined {
  const carried = part.providerMetadata?.["openai-responses"];
  if (typeof carried?.encrypted_content !== "string") return undefined;
  return { type: "reasoning", ...(typeof carried.id === "string" && { id: carried.id }), summary: [], encrypted_content: carried.encrypted_content };
}

function toInputPart(part: TextPart | ImagePart | FilePart): Record<string, unknown> {
  if (part.type === "file") return { type: "input_file", file_data: `data:${part.mediaType};base64,${part.data}`, ...(part.filename && { filename: part.filename }) };
  if (part.type === "text") return { type: "input_text", text: part.text };
  const url = part.source.kind === "url" ? part.source.url : `data:${part.source.mediaType};base64,${part.source.data}`;
  return { type: "input_image", image_url: url, detail: part.detail ?? "auto" };
}

function joinText(parts: readonly TextPart[]): string {
  return parts.length === 1 ? parts[0]!.text : parts.map((part) => part.text).join("\n");
}
