import type { ChatRequest } from "../../core/chat-request.js";
import type { ImagePart, ProviderMetadata, ReasoningPart, TextPart, ToolCallPart, ToolResultPart } from "../../core/content-part.js";
import { GatewayError } from "../../core/gateway-error.js";
import type { Message } from "../../core/message.js";
import type { ToolChoice } from "../../core/tool.js";
import type { Warning } from "../../core/warning.js";
import { describeZodError } from "../../shared/describe-zod-error.js";
import { anthropicMessagesRequestSchema, type AnthropicContentBlockParam, type AnthropicMessagesRequest } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import { canonicalAnthropicFields } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";

/**
 * Validates an Anthropic Messages body and maps it to the canonical request.
 * `cache_control` marks ride along in provider metadata; thinking blocks keep
 * their signatures byte-for-byte. A user turn's `tool_result` blocks become a
 * canonical tool message placed before the rest of that turn.
 */
export function parseAnthropicMessagesRequest(body: unknown): ChatRequest {
  const parsed = anthropicMessagesRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw invalid(issue.path, issue.message);
  }
  const wire = parsed.data;
  const messages: Message[] = [];
  if (wire.system !== undefined) messages.push({ role: "system", content: typeof wire.system === "string" ? [{ type: "text", text: wire.system }] : wire.system.map(textPart) });
  wire.messages.forEach((message, index) => messages.push(...toMessages(message.role, message.content, index)));
  const choice = wire.tool_choice;
  const format = wire.output_config?.format;
  return {
    model: wire.model,
    messages,
    // Server tools (`type: "web_search_…"`) exist only on Anthropic, which gets the caller's body as-is.
    tools: wire.tools
      ?.filter((tool) => tool.type === undefined || tool.type === "custom")
      .map((tool) => ({ name: tool.name, description: tool.description, parameters: tool.input_schema, strict: tool.strict })),
    ...nativeOnly(wire),
    toolChoice: toToolChoice(choice),
    parallelToolCalls: choice && "disable_parallel_tool_use" in choice && choice.disable_parallel_tool_use === true ? false : undefined,
    responseFormat: format?.type === "json_schema" ? { type: "json-schema", name: "response", schema: format.schema } : undefined,
    sampling: {
      maxOutputTokens: wire.max_tokens,
      temperature: wire.temperature,
      topP: wire.top_p,
      topK: wire.top_k,
      stopSequences: wire.stop_sequences,
    },
    stream: wire.stream === true,
    reasoning: toReasoning(wire),
    // Anthropic-only fields (`metadata`, `service_tier`, …): forwarded to Anthropic, a warning elsewhere.
    ...anthropicOnlyFields(wire),
  };
}

/** Efforts other protocols know; Anthropic's `max` is above their top. */
const portableEfforts = new Set(["low", "medium", "high"]);

/** Claude Code's Anthropic-only requests, each a warning when the target is not Anthropic. */
function nativeOnly(wire: AnthropicMessagesRequest): Pick<ChatRequest, "nativeOnlyWarnings"> {
  const warnings: Warning[] = [];
  wire.tools?.forEach((tool, index) => {
    if (tool.type !== undefined && tool.type !== "custom") warnings.push({ type: "unsupported-parameter", parameter: `tools.${index}`, detail: `server tool ${tool.type} runs only on Anthropic; not offered to this target` });
    else if ((tool as { defer_loading?: unknown }).defer_loading === true) {
      warnings.push({ type: "unsupported-parameter", parameter: `tools.${index}.defer_loading`, detail: `tool ${tool.name} is offered up front; the target has no deferred tool loading` });
    }
  });
  const effort = wire.output_config?.effort;
  if (effort !== undefined && !portableEfforts.has(effort)) warnings.push({ type: "unsupported-parameter", parameter: "output_config.effort", detail: `"${effort}" has no equivalent on this target; "high" sent` });
  return warnings.length > 0 ? { nativeOnlyWarnings: warnings } : {};
}

function anthropicOnlyFields(wire: Readonly<Record<string, unknown>>): Pick<ChatRequest, "passthrough" | "passthroughProtocol"> {
  const passthrough: Record<string, unknown> = {};
  for (const key of Object.keys(wire)) if (!canonicalAnthropicFields.has(key)) passthrough[key] = wire[key];
  return Object.keys(passthrough).length > 0 ? { passthrough, passthroughProtocol: "anthropic-messages" } : {};
}

function toMessages(role: "user" | "assistant" | "system", content: string | AnthropicContentBlockParam[], index: number): Message[] {
  const blocks = typeof content === "string" ? [{ type: "text" as const, text: content }] : content;
  if (role === "system") return [{ role: "system", content: blocks.map((block, blockIndex) => expectText(block, `messages.${index}.content.${blockIndex}`)) }];
  if (role === "assistant") return [{ role: "assistant", content: blocks.map((block, blockIndex) => assistantPart(block, `messages.${index}.content.${blockIndex}`)) }];
  const results: ToolResultPart[] = [];
  const rest: (TextPart | ImagePart)[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.type === "tool_result") results.push(toolResultPart(block as Extract<AnthropicContentBlockParam, { type: "tool_result" }>, `messages.${index}.content.${blockIndex}`));
    else rest.push(userPart(block, `messages.${index}.content.${blockIndex}`));
  });
  const messages: Message[] = [];
  if (results.length > 0) messages.push({ role: "tool", content: results });
  if (rest.length > 0) messages.push({ role: "user", content: rest });
  return messages;
}

function userPart(block: AnthropicContentBlockParam, path: string): TextPart | ImagePart {
  if (block.type === "image") return imagePart(block as Extract<AnthropicContentBlockParam, { type: "image" }>, path);
  return expectText(block, path);
}

function assistantPart(block: AnthropicContentBlockParam, path: string): TextPart | ToolCallPart | ReasoningPart {
  switch (block.type) {
    case "tool_use": {
      const use = block as Extract<AnthropicContentBlockParam, { type: "tool_use" }>;
      return { type: "tool-call", id: use.id, name: use.name, arguments: JSON.stringify(use.input ?? {}), ...metadata(use) };
    }
    case "thinking": {
      const thinking = block as Extract<AnthropicContentBlockParam, { type: "thinking" }>;
      // An empty signature is how we render reasoning that never had one; do not send it back as if real.
      return { type: "reasoning", text: thinking.thinking, ...(thinking.signature && { signature: thinking.signature }) };
    }
    case "redacted_thinking":
      return { type: "reasoning", text: "", redactedData: (block as Extract<AnthropicContentBlockParam, { type: "redacted_thinking" }>).data };
    default:
      return expectText(block, path);
  }
}

function toolResultPart(block: Extract<AnthropicContentBlockParam, { type: "tool_result" }>, path: string): ToolResultPart {
  const content = block.content === undefined ? [] : typeof block.content === "string" ? [{ type: "text" as const, text: block.content }] : block.content;
  return {
    type: "tool-result",
    toolCallId: block.tool_use_id,
    content: content.map((item, itemIndex) => userPart(item as AnthropicContentBlockParam, `${path}.content.${itemIndex}`)),
    ...(block.is_error === true && { isError: true }),
    ...metadata(block),
  };
}

function imagePart(block: Extract<AnthropicContentBlockParam, { type: "image" }>, path: string): ImagePart {
  const source = block.source;
  if (source.type === "file") throw invalid(`${path}.source`, "file images (Files API) can only be sent to Anthropic targets");
  return {
    type: "image",
    source: source.type === "url" ? { kind: "url", url: source.url } : { kind: "base64", mediaType: source.media_type, data: source.data },
    ...metadata(block),
  };
}

function expectText(block: AnthropicContentBlockParam, path: string): TextPart {
  if (block.type !== "text") throw invalid(`${path}.type`, `content block type "${block.type}" is not supported here by the gateway`);
  return textPart(block as Extract<AnthropicContentBlockParam, { type: "text" }>);
}

function textPart(block: { text: string; cache_control?: unknown }): TextPart {
  return { type: "text", text: block.text, ...metadata(block) };
}

function metadata(block: { cache_control?: unknown }): { providerMetadata?: ProviderMetadata } {
  return block.cache_control ? { providerMetadata: { anthropic: { cache_control: block.cache_control } } } : {};
}

function toToolChoice(choice: AnthropicMessagesRequest["tool_choice"]): ToolChoice | undefined {
  switch (choice?.type) {
    case undefined:
      return undefined;
    case "auto":
      return { type: "auto" };
    case "any":
      return { type: "required" };
    case "none":
      return { type: "none" };
    case "tool":
      return { type: "tool", name: choice.name };
  }
}

function toReasoning(wire: AnthropicMessagesRequest): ChatRequest["reasoning"] {
  const given = wire.output_config?.effort;
  const effort = given === undefined ? undefined : portableEfforts.has(given) ? given : "high";
  if (wire.thinking?.type === "enabled") return { budgetTokens: wire.thinking.budget_tokens, effort };
  if (effort) return { effort };
  // Adaptive thinking lets the model decide; "medium" is the closest fixed setting elsewhere.
  if (wire.thinking?.type === "adaptive") return { effort: "medium" };
  return undefined;
}

function invalid(path: string, message: string): GatewayError {
  return new GatewayError("invalid-request", `Invalid request: ${path ? `${path}: ` : ""}${message}`, { param: path || undefined });
}
