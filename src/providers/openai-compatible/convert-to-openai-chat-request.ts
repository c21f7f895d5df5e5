import type { ChatRequest } from "../../core/chat-request.js";
import type { FilePart, ImagePart, TextPart } from "../../core/content-part.js";
import type { Message } from "../../core/message.js";
import type { Warning } from "../../core/warning.js";

/**
 * Canonical request → OpenAI Chat Completions body for an upstream that does not
 * accept `unsupported` parameters (from its preset). Each dropped parameter
 * becomes a warning.
 */
export function convertToOpenAIChatRequest(options: {
  readonly request: ChatRequest;
  readonly upstreamModel: string;
  readonly unsupportedParameters: ReadonlySet<string>;
  readonly requestStreamUsage: boolean;
}): { body: Record<string, unknown>; warnings: Warning[] } {
  const { request } = options;
  const sampling = request.sampling;
  const body: Record<string, unknown> = {
    model: options.upstreamModel,
    messages: request.messages.flatMap(toWireMessages),
  };
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) body[key] = value;
  };
  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools.map((tool) => ({
      type: "function",
      function: { name: tool.name, description: tool.description, parameters: tool.parameters, ...(tool.strict !== undefined && { strict: tool.strict }) },
    }));
  }
  if (request.toolChoice)
    body.tool_choice = request.toolChoice.type === "tool" ? { type: "function", function: { name: request.toolChoice.name } } : request.toolChoice.type;
  set("parallel_tool_calls", request.parallelToolCalls);
  if (request.responseFormat) {
    const format = request.responseFormat;
    body.response_format =
      format.type === "json-schema"
        ? { type: "json_schema", json_schema: { name: format.name, description: format.description, schema: format.schema, strict: format.strict } }
        : { type: format.type === "json-object" ? "json_object" : "text" };
  }
  set("max_tokens", sampling.maxOutputTokens);
  set("temperature", sampling.temperature);
  set("top_p", sampling.topP);
  set("top_k", sampling.topK);
  set("stop", sampling.stopSequences);
  set("seed", sampling.seed);
  set("frequency_penalty", sampling.frequencyPenalty);
  set("presence_penalty", sampling.presencePenalty);
  set("reasoning_effort", request.reasoning?.effort);
  const foreign: Warning[] = [];
  for (const [key, value] of Object.entries(request.passthrough ?? {})) {
    // Fields from another protocol's request (Anthropic's `metadata`, say) mean nothing here.
    if (request.passthroughProtocol === undefined || request.passthroughProtocol === "openai-chat") body[key] = value;
    else if (request.passthroughProtocol === "anthropic-messages" && key === "metadata" && isOnlyUserId(value)) body.user = value.user_id;
    else foreign.push({ type: "unsupported-parameter", parameter: key, detail: `${request.passthroughProtocol} field with no OpenAI equivalent; dropped` });
  }
  if (request.stream) {
    body.stream = true;
    if (options.requestStreamUsage || request.includeUsage) body.stream_options = { include_usage: true };
  }
  return { body, warnings: [...foreign, ...dropUnsupported(body, options.unsupportedParameters)] };
}

/** Anthropic's `metadata: {user_id}` (Claude Code sends one) is OpenAI's `user`: an end-user id for abuse monitoring. */
function isOnlyUserId(value: unknown): value is { user_id: string } {
  return typeof value === "object" && value !== null && Object.keys(value).length === 1 && typeof (value as { user_id?: unknown }).user_id === "string";
}

/** Removes what the upstream cannot take, saying so. Shared with the pass-through path. */
export function dropUnsupported(body: Record<string, unknown>, unsupported: ReadonlySet<string>): Warning[] {
  const warnings: Warning[] = [];
  for (const parameter of unsupported) {
    if (body[parameter] !== undefined) {
      delete body[parameter];
      warnings.push({ type: "unsupported-parameter", parameter, detail: "not supported by this upstream; dropped" });
    }
  }
  return warnings;
}

function toWireMessages(message: Message): Record<string, unknown>[] {
  switch (message.role) {
    case "system":
      return [{ role: "system", content: joinText(message.content) }];
    case "user":
      return [
        {
          role: "user",
          content: message.content.every((part) => part.type === "text") ? joinText(message.content) : message.content.map(toWirePart),
          ...(message.name && { name: message.name }),
        },
      ];
    case "assistant": {
      const text = message.content.filter((part): part is TextPart => part.type === "text");
      const calls = message.content.flatMap((part) =>
        part.type === "tool-call" ? [{ id: part.id, type: "function", function: { name: part.name, arguments: part.arguments } }] : [],
      );
      return [{ role: "assistant", content: text.length > 0 ? joinText(text) : null, ...(calls.length > 0 && { tool_calls: calls }) }];
    }
    case "tool":
      // OpenAI has one message per tool result; tool results with images keep only their text.
      return message.content.map((result) => ({
        role: "tool",
        tool_call_id: result.toolCallId,
        content: joinText(result.content.filter((part): part is TextPart => part.type === "text")),
      }));
  }
}

function toWirePart(part: TextPart | ImagePart | FilePart): Record<string, unknown> {
  if (part.type === "text") return { type: "text", text: part.text };
  if (part.type === "file") return { type: "file", file: { file_data: `data:${part.mediaType};base64,${part.data}`, ...(part.filename && { filename: part.filename }) } };
  const url = part.source.kind === "url" ? part.source.url : `data:${part.source.mediaType};base64,${part.source.data}`;
  return { type: "image_url", image_url: { url, ...(part.detail && { detail: part.detail }) } };
}

function joinText(parts: readonly TextPart[]): string {
  return parts.length === 1 ? parts[0]!.text : parts.map((part) => part.text).join("\n");
}
