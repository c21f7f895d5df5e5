import { z } from "zod";

/**
 * `POST /v1/responses` as the gateway accepts it. Objects are loose: OpenAI adds
 * fields often and a gateway that rejects the unknown breaks clients on upgrade.
 * Message items may omit `type` (the SDK's "easy input message"), so items are a
 * plain union checked in order rather than a discriminated one.
 */
const inputText = z.looseObject({ type: z.literal("input_text"), text: z.string() });
const inputImage = z.looseObject({
  type: z.literal("input_image"),
  image_url: z.string().min(1).nullable().optional(),
  file_id: z.string().nullable().optional(),
  detail: z.enum(["auto", "low", "high", "original"]).optional(),
});
const inputFile = z.looseObject({
  type: z.literal("input_file"),
  file_data: z.string().optional(),
  file_id: z.string().nullable().optional(),
  file_url: z.string().optional(),
  filename: z.string().optional(),
});
const outputText = z.looseObject({ type: z.literal("output_text"), text: z.string() });
const refusal = z.looseObject({ type: z.literal("refusal"), refusal: z.string() });

export const responsesInputPartSchema = z.union([inputText, inputImage, inputFile]);

const messageItem = z.looseObject({
  type: z.literal("message"),
  id: z.string().optional(),
  role: z.enum(["user", "assistant", "system", "developer"]),
  content: z.union([z.string(), z.array(z.union([inputText, inputImage, inputFile, outputText, refusal]))]),
  status: z.string().optional(),
});

const functionCallItem = z.looseObject({
  type: z.literal("function_call"),
  id: z.string().optional(),
  call_id: z.string().min(1),
  name: z.string().min(1),
  arguments: z.string(),
  status: z.string().optional(),
});

const functionCallOutputItem = z.looseObject({
  type: z.literal("function_call_output"),
  id: z.string().nullable().optional(),
  call_id: z.string().min(1),
  output: z.union([z.string(), z.array(responsesInputPartSchema)]),
  status: z.string().nullable().optional(),
});

const reasoningItem = z.looseObject({
  type: z.literal("reasoning"),
  id: z.string().optional(),
  summary: z.array(z.looseObject({ type: z.literal("summary_text"), text: z.string() })).optional(),
  content: z.array(z.looseObject({ type: z.literal("reasoning_text"), text: z.string() })).nullable().optional(),
  encrypted_content: z.string().nullable().optional(),
  status: z.string().optional(),
});

const itemReference = z.looseObject({ type: z.literal("item_reference"), id: z.string().min(1) });

/**
 * Message items may omit `type` (the SDK's "easy input message") and item
 * references may too; the type is filled in first so the rest is one
 * discriminated union and an unknown type is named as such.
 */
function withItemType(item: unknown): unknown {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
  const record = item as Record<string, unknown>;
  if (record.type !== undefined && record.type !== null) return item;
  if ("role" in record) return { ...record, type: "message" };
  if ("id" in record) return { ...record, type: "item_reference" };
  return item;
}

export const responsesInputItemSchema = z.preprocess(
  withItemType,
  z.discriminatedUnion("type", [messageItem, functionCallItem, functionCallOutputItem, reasoningItem, itemReference]),
);

export const responsesFunctionToolSchema = z.looseObject({
  type: z.literal("function"),
  name: z.string().min(1),
  description: z.string().nullable().optional(),
  parameters: z.record(z.string(), z.unknown()).nullable().optional(),
  strict: z.boolean().nullable().optional(),
});

/** Hosted tools (web_search, file_search, code_interpreter, mcp, …) are run by OpenAI, not by any upstream we translate to. */
const hostedToolSchema = z.looseObject({ type: z.string().min(1) });

const toolChoiceSchema = z.union([
  z.enum(["none", "auto", "required"]),
  z.looseObject({ type: z.literal("function"), name: z.string().min(1) }),
  z.looseObject({
    type: z.literal("allowed_tools"),
    mode: z.enum(["auto", "required"]),
    tools: z.array(z.looseObject({ type: z.string(), name: z.string().optional() })),
  }),
  z.looseObject({ type: z.string().min(1) }),
]);

const textFormatSchema = z.union([
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({ type: z.literal("json_object") }),
  z.looseObject({
    type: z.literal("json_schema"),
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "must be 1-64 characters of a-z, A-Z, 0-9, _ and -"),
    schema: z.record(z.string(), z.unknown()),
    description: z.string().optional(),
    strict: z.boolean().nullable().optional(),
  }),
]);

export const responsesRequestSchema = z.looseObject({
  model: z.string().min(1).optional(),
  input: z.union([z.string(), z.array(responsesInputItemSchema)]).optional(),
  instructions: z.string().nullable().optional(),
  tools: z.array(z.union([responsesFunctionToolSchema, hostedToolSchema])).optional(),
  tool_choice: toolChoiceSchema.optional(),
  parallel_tool_calls: z.boolean().nullable().optional(),
  text: z.looseObject({ format: textFormatSchema.optional(), verbosity: z.string().nullable().optional() }).nullable().optional(),
  reasoning: z.looseObject({ effort: z.string().nullable().optional(), summary: z.string().nullable().optional() }).nullable().optional(),
  max_output_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  metadata: z.record(z.string().max(64), z.string().max(512)).nullable().optional(),
  include: z.array(z.string()).nullable().optional(),
  store: z.boolean().nullable().optional(),
  stream: z.boolean().nullable().optional(),
  previous_response_id: z.string().min(1).nullable().optional(),
  prompt_cache_key: z.string().optional(),
  background: z.boolean().nullable().optional(),
  conversation: z.unknown().optional(),
  prompt: z.unknown().optional(),
});

export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;
export type ResponsesInputItem = z.infer<typeof responsesInputItemSchema>;
export type ResponsesInputPart = z.infer<typeof responsesInputPartSchema>;
export type ResponsesFunctionTool = z.infer<typeof responsesFunctionToolSchema>;

/** Request fields the dialect maps or honours itself; any other field is carried as passthrough. */
export const canonicalResponsesFields: ReadonlySet<string> = new Set([
  "model", "input", "instructions", "tools", "tool_choice", "parallel_tool_calls", "text", "reasoning", "max_output_tokens",
  "temperature", "top_p", "metadata", "include", "store", "stream", "previous_response_id", "background", "conversation", "prompt",
  "stream_options",
]);
