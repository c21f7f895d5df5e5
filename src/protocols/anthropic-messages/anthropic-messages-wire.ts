import { z } from "zod";

/**
 * Anthropic Messages wire shapes. The request schema is what `/v1/messages`
 * accepts; the response, event and usage interfaces are what we emit and what the
 * `anthropic` provider reads. Objects are loose: Anthropic adds fields often, and
 * a gateway that rejects the unknown breaks clients on upgrade.
 */
const cacheControl = z.looseObject({ type: z.string() }).nullable().optional();

const textBlock = z.looseObject({ type: z.literal("text"), text: z.string(), cache_control: cacheControl });
const imageBlock = z.looseObject({
  type: z.literal("image"),
  source: z.discriminatedUnion("type", [
    z.looseObject({ type: z.literal("base64"), media_type: z.string().min(1), data: z.string() }),
    z.looseObject({ type: z.literal("url"), url: z.string().min(1) }),
    z.looseObject({ type: z.literal("file"), file_id: z.string() }),
  ]),
  cache_control: cacheControl,
});
const toolUseBlock = z.looseObject({ type: z.literal("tool_use"), id: z.string().min(1), name: z.string().min(1), input: z.unknown(), cache_control: cacheControl });
const toolResultBlock = z.looseObject({
  type: z.literal("tool_result"),
  tool_use_id: z.string().min(1),
  content: z.union([z.string(), z.array(z.union([textBlock, imageBlock, z.looseObject({ type: z.string() })]))]).optional(),
  is_error: z.boolean().optional(),
  cache_control: cacheControl,
});
const thinkingBlock = z.looseObject({ type: z.literal("thinking"), thinking: z.string(), signature: z.string().optional() });
const redactedThinkingBlock = z.looseObject({ type: z.literal("redacted_thinking"), data: z.string() });
const otherBlock = z.looseObject({ type: z.string() });

export const anthropicContentBlockSchema = z.union([textBlock, imageBlock, toolUseBlock, toolResultBlock, thinkingBlock, redactedThinkingBlock, otherBlock]);

export const anthropicMessageParamSchema = z.looseObject({
  // `system` entries inside `messages` are allowed from API version 2026-10-21.
  role: z.enum(["user", "assistant", "system"]),
  content: z.union([z.string(), z.array(anthropicContentBlockSchema)]),
});

export const anthropicToolSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  input_schema: z.record(z.string(), z.unknown()).optional(),
  type: z.string().optional(),
  strict: z.boolean().optional(),
  cache_control: cacheControl,
});

export const anthropicMessagesRequestSchema = z.looseObject({
  model: z.string().min(1),
  max_tokens: z.number().int().positive().optional(),
  messages: z.array(anthropicMessageParamSchema).min(1),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  tools: z.array(anthropicToolSchema).optional(),
  tool_choice: z
    .discriminatedUnion("type", [
      z.looseObject({ type: z.literal("auto"), disable_parallel_tool_use: z.boolean().optional() }),
      z.looseObject({ type: z.literal("any"), disable_parallel_tool_use: z.boolean().optional() }),
      z.looseObject({ type: z.literal("tool"), name: z.string().min(1), disable_parallel_tool_use: z.boolean().optional() }),
      z.looseObject({ type: z.literal("none") }),
    ])
    .optional(),
  stop_sequences: z.array(z.string()).optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.number().int().nonnegative().optional(),
  stream: z.boolean().optional(),
  thinking: z
    .discriminatedUnion("type", [
      z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int().positive() }),
      z.looseObject({ type: z.literal("disabled") }),
      z.looseObject({ type: z.literal("adaptive") }),
    ])
    .optional(),
  output_config: z.looseObject({ effort: z.string().optional(), format: z.looseObject({ type: z.string(), schema: z.record(z.string(), z.unknown()).optional() }).optional() }).optional(),
});

export type AnthropicMessagesRequest = z.infer<typeof anthropicMessagesRequestSchema>;
export type AnthropicMessageParam = z.infer<typeof anthropicMessageParamSchema>;
export type AnthropicContentBlockParam = z.infer<typeof anthropicContentBlockSchema>;

/** The request fields that map onto the canonical request; everything else is passthrough. */
export const canonicalAnthropicFields: ReadonlySet<string> = new Set([
  "model", "max_tokens", "messages", "system", "tools", "tool_choice", "stop_sequences", "temperature", "top_p", "top_k", "stream", "thinking", "output_config",
]);

export interface AnthropicUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  output_tokens_details?: { thinking_tokens?: number | null } | null;
}

export type AnthropicResponseBlock =
  | { type: "text"; text: string; citations?: unknown[] | null }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | { type: "thinking"; thinking: string; signature: string }
  | { type: "redacted_thinking"; data: string };

export interface AnthropicMessage {
  id: string;
  type: "message";
  role: "assistant";
  model: string;
  content: AnthropicResponseBlock[];
  stop_reason: string | null;
  stop_sequence: string | null;
  usage: AnthropicUsage;
}

export type AnthropicDelta =
  | { type: "text_delta"; text: string }
  | { type: "input_json_delta"; partial_json: string }
  | { type: "thinking_delta"; thinking: string }
  | { type: "signature_delta"; signature: string }
  | { type: "citations_delta"; citation: unknown };

/** Streamed events; the SSE `event:` name equals `type`. */
export type AnthropicStreamEvent =
  | { type: "message_start"; message: AnthropicMessage }
  | { type: "content_block_start"; index: number; content_block: AnthropicResponseBlock }
  | { type: "content_block_delta"; index: number; delta: AnthropicDelta }
  | { type: "content_block_stop"; index: number }
  | { type: "message_delta"; delta: { stop_reason: string | null; stop_sequence: string | null }; usage: AnthropicUsage }
  | { type: "message_stop" }
  | { type: "ping" }
  | { type: "error"; error: { type: string; message: string } };

export interface AnthropicErrorBody {
  type: "error";
  error: { type: string; message: string };
}

/** The API version we speak to upstreams; every official SDK still accepts it. */
export const anthropicApiVersion = "2023-06-01";
