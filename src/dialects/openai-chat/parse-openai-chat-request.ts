import type { ChatRequest } from "../../core/chat-request.js";
import type { ImagePart, TextPart, ToolCallPart, ToolResultPart } from "../../core/content-part.js";
import { GatewayError } from "../../core/gateway-error.js";
import type { Message } from "../../core/message.js";
import type { ResponseFormat } from "../../core/response-format.js";
import type { ToolChoice } from "../../core/tool.js";
import { describeZodError } from "../../shared/describe-zod-error.js";
import { canonicalOpenAIFields, openAIChatRequestSchema, type OpenAIChatMessage, type OpenAIChatRequest } from "../../protocols/openai-chat/openai-chat-wire.js";

/**
 * Validates an OpenAI Chat Completions body and maps it to the canonical request.
 * Errors are 400s naming the field by dot-path, as OpenAI's own `param` does.
 */
export function parseOpenAIChatRequest(body: unknown): ChatRequest {
  const parsed = openAIChatRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new GatewayError("invalid-request", `Invalid request: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`, { param: issue.path || undefined });
  }
  return toChatRequest(parsed.data);
}

function toChatRequest(wire: OpenAIChatRequest): ChatRequest {
  const stop = wire.stop ?? undefined;
  const passthrough: Record<string, unknown> = {};
  for (const key of Object.keys(wire)) {
    if (!canonicalOpenAIFields.has(key)) passthrough[key] = wire[key];
  }
  return {
    model: wire.model,
    messages: wire.messages.map((message, index) => toMessage(message, index)),
    tools: wire.tools?.map((tool) => ({
      name: tool.function.name,
      description: tool.function.description,
      parameters: tool.function.parameters,
      strict: tool.function.strict ?? undefined,
    })),
    toolChoice: toToolChoice(wire.tool_choice),
    parallelToolCalls: wire.parallel_tool_calls,
    responseFormat: toResponseFormat(wire.response_format),
    sampling: {
      maxOutputTokens: wire.max_completion_tokens ?? wire.max_tokens ?? undefined,
      temperature: wire.temperature ?? undefined,
      topP: wire.top_p ?? undefined,
      stopSequences: stop === undefined ? undefined : typeof stop === "string" ? [stop] : stop,
      seed: wire.seed ?? undefined,
      frequencyPenalty: wire.frequency_penalty ?? undefined,
      presencePenalty: wire.presence_penalty ?? undefined,
    },
    stream: wire.stream === true,
    includeUsage: wire.stream_options?.include_usage,
    reasoning: wire.reasoning_effort ? { effort: wire.reasoning_effort } : undefined,
    passthrough: Object.keys(passthrough).length > 0 ? passthrough : undefined,
    passthroughProtocol: "openai-chat",
  };
}

function toMessage(message: OpenAIChatMessage, index: number): Message {
  switch (message.role) {
    case "system":
    case "developer":
      return { role: "system", content: toTextParts(message.content) };
    case "user": {
      const content: (TextPart | ImagePart)[] = [];
      if (typeof message.content === "string") content.push({ type: "text", text: message.content });
      else
        message.content.forEach((part, partIndex) => {
          if (part.type === "text") content.push({ type: "text", text: part.text });
          else if (part.type === "image_url") content.push(toImagePart(part.image_url));
          else
            throw new GatewayError("invalid-request", `Invalid request: messages.${index}.content.${partIndex}: content part type "${part.type}" is not supported by the gateway`, {
              param: `messages.${index}.content.${partIndex}.type`,
            });
        });
      return { role: "user", content, name: message.name };
    }
    case "assistant": {
      const content: (TextPart | ToolCallPart)[] = [];
      if (typeof message.content === "string" && message.content !== "") content.push({ type: "text", text: message.content });
      else if (Array.isArray(message.content))
        for (const part of message.content) content.push({ type: "text", text: part.type === "text" ? (part.text) : (part.refusal) });
      for (const call of message.tool_calls ?? []) {
        const args = call.function.arguments;
        content.push({ type: "tool-call", id: call.id, name: call.function.name, arguments: typeof args === "string" ? args : JSON.stringify(args) });
      }
      return { role: "assistant", content, name: message.name };
    }
    case "tool": {
      const result: ToolResultPart = { type: "tool-result", toolCallId: message.tool_call_id, content: toTextParts(message.content) };
      return { role: "tool", content: [result] };
    }
  }
}

function toTextParts(content: string | readonly { text: string }[]): TextPart[] {
  return typeof content === "string" ? [{ type: "text", text: content }] : content.map((part) => ({ type: "text", text: part.text }));
}

const dataUrl = /^data:([^;,]+);base64,(.*)$/s;

function toImagePart(image: { url: string; detail?: "auto" | "low" | "high" }): ImagePart {
  const match = dataUrl.exec(image.url);
  const source: ImagePart["source"] = match ? { kind: "base64", mediaType: match[1]!, data: match[2]! } : { kind: "url", url: image.url };
  return { type: "image", source, detail: image.detail };
}

function toToolChoice(choice: OpenAIChatRequest["tool_choice"]): ToolChoice | undefined {
  if (choice === undefined) return undefined;
  if (typeof choice === "string") return { type: choice };
  return { type: "tool", name: choice.function.name };
}

function toResponseFormat(format: OpenAIChatRequest["response_format"]): ResponseFormat | undefined {
  if (!format) return undefined;
  if (format.type === "text") return { type: "text" };
  if (format.type === "json_object") return { type: "json-object" };
  const schema = format.json_schema;
  return { type: "json-schema", name: schema.name, schema: schema.schema, description: schema.description, strict: schema.strict ?? undefined };
}
