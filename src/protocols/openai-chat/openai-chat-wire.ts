import { z } from "zod";

/**
 * OpenAI Chat Completions request, as the gateway accepts it. Objects are loose:
 * OpenAI adds fields often, and a gateway that rejects the unknown breaks clients
 * on upgrade. Fields the canonical request has no place for are kept as
 * `passthrough` and forwarded to OpenAI-compatible targets (or warned about).
 */
const textPart = z.looseObject({ type: z.literal("text"), text: z.string() });
const imagePart = z.looseObject({
  type: z.literal("image_url"),
  image_url: z.looseObject({ url: z.string().min(1), detail: z.enum(["auto", "low", "high"]).optional() }),
});
const otherPart = z.looseObject({ type: z.enum(["input_audio", "file", "refusal"]) });

const toolCall = z.looseObject({
  id: z.string(),
  type: z.literal("function").optional(),
  function: z.looseObject({
    name: z.string(),
    // Some servers echo arguments as an object; accept both, always emit a string.
    arguments: z.union([z.string(), z.record(z.string(), z.unknown())]),
  }),
});

const textContent = z.union([z.string(), z.array(textPart)]);

export const openAIChatMessageSchema = z.discriminatedUnion("role", [
  z.looseObject({ role: z.literal("system"), content: textContent, name: z.string().optional() }),
  z.looseObject({ role: z.literal("developer"), content: textContent, name: z.string().optional() }),
  z.looseObject({
    role: z.literal("user"),
    content: z.union([z.string(), z.array(z.union([textPart, imagePart, otherPart]))]),
    name: z.string().optional(),
  }),
  z.looseObject({
    role: z.literal("assistant"),
    content: z.union([z.string(), z.array(z.union([textPart, z.looseObject({ type: z.literal("refusal"), refusal: z.string() })])), z.null()]).optional(),
    tool_calls: z.array(toolCall).optional(),
    name: z.string().optional(),
    reasoning_content: z.string().optional(),
  }),
  z.looseObject({ role: z.literal("tool"), content: textContent, tool_call_id: z.string() }),
]);

export const openAIToolSchema = z.looseObject({
  type: z.literal("function"),
  function: z.looseObject({
    name: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullable().optional(),
  }),
});

export const openAIChatRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(openAIChatMessageSchema).min(1),
  tools: z.array(openAIToolSchema).optional(),
  tool_choice: z
    .union([z.enum(["none", "auto", "required"]), z.looseObject({ type: z.literal("function"), function: z.object({ name: z.string() }) })])
    .optional(),
  parallel_tool_calls: z.boolean().optional(),
  response_format: z
    .union([
      z.looseObject({ type: z.literal("text") }),
      z.looseObject({ type: z.literal("json_object") }),
      z.looseObject({
        type: z.literal("json_schema"),
        json_schema: z.looseObject({
          name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "must be 1-64 characters of a-z, A-Z, 0-9, _ and -"),
          description: z.string().optional(),
          schema: z.record(z.string(), z.unknown()).optional(),
          strict: z.boolean().nullable().optional(),
        }),
      }),
    ])
    .optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullable().optional(),
  seed: z.number().int().nullable().optional(),
  frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
  presence_penalty: z.number().min(-2).max(2).nullable().optional(),
  reasoning_effort: z.string().nullable().optional(),
});

export type OpenAIChatRequest = z.infer<typeof openAIChatRequestSchema>;
export type OpenAIChatMessage = z.infer<typeof openAIChatMessageSchema>;

/** Response and chunk shapes we emit and read. Only what we touch is typed. */
export interface OpenAIUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  prompt_tokens_details?: { cached_tokens?: number; cache_write_tokens?: number } | null;
  completion_tokens_details?: { reasoning_tokens?: number } | null;
}

export interface OpenAIToolCallWire {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** A citation on an answer (OpenAI's search models, `web_search_options`); indices are into `message.content`. */
export interface OpenAIAnnotationWire {
  type: "url_citation";
  url_citation: { url: string; title: string; start_index: number; end_index: number };
}

export interface OpenAIChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: {
    index: number;
    /** `function_call` is the legacy answer to a request with `functions` (no `tools`). */
    message: { role: "assistant"; content: string | null; refusal?: string | null; tool_calls?: OpenAIToolCallWire[]; function_call?: { name?: string; arguments?: unknown }; reasoning_content?: string; annotations?: OpenAIAnnotationWire[] };
    logprobs: null;
    finish_reason: string | null;
  }[];
  usage?: OpenAIUsage;
}

export interface OpenAIToolCallDelta {
  index: number;
  id?: string;
  type?: "function";
  function?: { name?: string; arguments?: string | Record<string, unknown> };
}

export interface OpenAIChatChunk {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  choices: {
    index: number;
    delta: { role?: "assistant"; content?: string | null; tool_calls?: OpenAIToolCallDelta[]; reasoning_content?: string; reasoning?: string; refusal?: string | null; /** OpenAI sends a stream's citations all at once, on a delta of their own near the end. */ annotations?: OpenAIAnnotationWire[] };
    logprobs?: null;
    finish_reason: string | null;
  }[];
  usage?: OpenAIUsage | null;
}

/** The request fields that map onto the canonical request; everything else is passthrough. */
export const canonicalOpenAIFields: ReadonlySet<string> = new Set([
  "model", "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "stream", "stream_options",
  "max_tokens", "max_completion_tokens", "temperature", "top_p", "stop", "seed", "frequency_penalty", "presence_penalty",
  "reasoning_effort",
]);
