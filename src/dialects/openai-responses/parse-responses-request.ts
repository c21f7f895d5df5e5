import type { ChatRequest } from "../../core/chat-request.js";
import { GatewayError } from "../../core/gateway-error.js";
import type { Message } from "../../core/message.js";
import type { ResponseFormat } from "../../core/response-format.js";
import type { ToolChoice, ToolDefinition } from "../../core/tool.js";
import type { Warning } from "../../core/warning.js";
import { responsesRequestSchema, canonicalResponsesFields, type ResponsesInputItem, type ResponsesRequest, type ResponsesFunctionTool } from "../../protocols/openai-responses/responses-request.js";
import { describeZodError } from "../../shared/describe-zod-error.js";
import { convertResponsesItems, type LocatedItem } from "./convert-responses-items.js";

/** Validates a `POST /v1/responses` body; a 400 names the field by dot-path. */
export function validateResponsesRequest(body: unknown): ResponsesRequest {
  const wire = simpleRequest(body) ?? parseWithSchema(body);
  if (wire.background === true) throw refuse("background", "background responses are not supported by the gateway; omit background");
  if (wire.conversation !== undefined && wire.conversation !== null) throw refuse("conversation", "the Conversations API is not supported by the gateway; use previous_response_id");
  if (wire.prompt !== undefined && wire.prompt !== null) throw refuse("prompt", "stored prompt templates are not supported by the gateway; send instructions and input");
  return wire;
}

/**
 * The schema's checks for fields whose value is a string, number or boolean (or
 * null): a body made only of these (and of fields the schema does not name, which
 * it keeps unchecked) is the schema's own output, read without the schema. Any
 * other field (an item list, tools, `text`, `reasoning`, `metadata`, …), or any
 * failed check, goes through the schema, which names the error.
 */
const simpleFieldChecks: ReadonlyMap<string, (value: unknown) => boolean> = new Map(Object.entries({
  model: (value) => typeof value === "string" && value.length > 0,
  input: (value) => typeof value === "string",
  instructions: (value) => value === null || typeof value === "string",
  parallel_tool_calls: (value) => value === null || typeof value === "boolean",
  max_output_tokens: (value) => value === null || (Number.isSafeInteger(value) && (value as number) > 0),
  temperature: (value) => value === null || (typeof value === "number" && value >= 0 && value <= 2),
  top_p: (value) => value === null || (typeof value === "number" && value >= 0 && value <= 1),
  store: (value) => value === null || typeof value === "boolean",
  stream: (value) => value === null || typeof value === "boolean",
  previous_response_id: (value) => value === null || (typeof value === "string" && value.length > 0),
  prompt_cache_key: (value) => typeof value === "string",
  background: (value) => value === null || typeof value === "boolean",
} satisfies Record<string, (value: unknown) => boolean>));
const schemaFields: ReadonlySet<string> = new Set(Object.keys(responsesRequestSchema.shape));

/**
 * The common request (a model, a string input, a few scalar settings) without zod:
 * the schema copies every field into a new object, a few microseconds a request
 * that a relayed Responses call otherwise spends nowhere. Undefined when the schema must look.
 */
function simpleRequest(body: unknown): ResponsesRequest | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  for (const key of Object.keys(body)) {
    const check = simpleFieldChecks.get(key);
    if (check ? !check((body as Record<string, unknown>)[key]) : schemaFields.has(key)) return undefined;
  }
  // The body was parsed for this request alone and is not changed later: it is the wire request as is.
  return body as ResponsesRequest;
}

function parseWithSchema(body: unknown): ResponsesRequest {
  const parsed = responsesRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new GatewayError("invalid-request", `Invalid request: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`, { param: issue.path || undefined });
  }
  return parsed.data;
}

/** The request's own input as items (a string input is one user message). */
export function inputItemsOf(wire: ResponsesRequest): ResponsesInputItem[] {
  if (wire.input === undefined) return [];
  if (typeof wire.input === "string") return [{ type: "message", role: "user", content: wire.input }];
  return wire.input;
}

/** Fields of the Responses request that mean the same in Chat Completions: forwarded to OpenAI-compatible upstreams. */
const chatEquivalentFields = ["prompt_cache_key", "safety_identifier", "user", "service_tier"] as const;

/** `include` values the gateway honours; others concern hosted tools or logprobs. */
const honouredIncludes = new Set(["reasoning.encrypted_content"]);

/**
 * The canonical request for one Responses call. `conversation` is every item the
 * upstream must see, oldest first: stored items of earlier responses (for
 * `previous_response_id`), then this request's input with item references
 * already resolved. Hosted tools no upstream can run are dropped with a warning,
 * or refused when `tool_choice` requires them.
 */
export function toChatRequest(options: { readonly wire: ResponsesRequest; readonly model: string; readonly conversation: readonly LocatedItem[] }): { request: ChatRequest; warnings: Warning[] } {
  const { wire } = options;
  const warnings: Warning[] = [];
  const messages: Message[] = [];
  if (wire.instructions) messages.push({ role: "system", content: [{ type: "text", text: wire.instructions }] });
  messages.push(...convertResponsesItems(options.conversation, warnings));
  if (messages.length === 0) throw refuse("input", "input is required (a string or a list of items)");

  const { tools, hostedTypes } = splitTools(wire.tools ?? [], warnings);
  const { toolChoice, allowed } = toToolChoice(wire.tool_choice, hostedTypes, tools.length);
  const offered = allowed ? tools.filter((tool) => allowed.has(tool.name)) : tools;

  if (wire.text?.verbosity) warnings.push({ type: "unsupported-parameter", parameter: "text.verbosity", detail: "no equivalent on translated upstreams; dropped" });
  if (wire.reasoning?.summary) warnings.push({ type: "unsupported-parameter", parameter: "reasoning.summary", detail: "upstream thinking is returned as reasoning text, not summarised" });
  for (const value of wire.include ?? []) {
    if (!honouredIncludes.has(value)) warnings.push({ type: "unsupported-parameter", parameter: `include.${value}`, detail: "not produced by translated upstreams" });
  }

  const passthrough: Record<string, unknown> = {};
  for (const key of chatEquivalentFields) if (wire[key] !== undefined && wire[key] !== null) passthrough[key] = wire[key];
  for (const key of Object.keys(wire)) {
    if (canonicalResponsesFields.has(key) || (chatEquivalentFields as readonly string[]).includes(key) || key === "prompt_cache_key") continue;
    if (wire[key] === undefined || wire[key] === null) continue;
    warnings.push({ type: "unsupported-parameter", parameter: key, detail: "Responses field with no equivalent on translated upstreams; dropped" });
  }

  const effort = wire.reasoning?.effort ?? undefined;
  const request: ChatRequest = {
    model: options.model,
    messages,
    tools: offered.length > 0 ? offered : undefined,
    toolChoice: offered.length > 0 || toolChoice?.type === "none" ? toolChoice : undefined,
    parallelToolCalls: wire.parallel_tool_calls ?? undefined,
    responseFormat: toResponseFormat(wire.text?.format),
    sampling: {
      maxOutputTokens: wire.max_output_tokens ?? undefined,
      temperature: wire.temperature ?? undefined,
      topP: wire.top_p ?? undefined,
    },
    stream: wire.stream === true,
    includeUsage: true,
    // "none" asks for no reasoning, which is what an upstream does when not asked.
    reasoning: effort && effort !== "none" ? { effort } : undefined,
    passthrough: Object.keys(passthrough).length > 0 ? passthrough : undefined,
    passthroughProtocol: "openai-chat",
  };
  return { request, warnings };
}

function splitTools(tools: NonNullable<ResponsesRequest["tools"]>, warnings: Warning[]): { tools: ToolDefinition[]; hostedTypes: Set<string> } {
  const functions: ToolDefinition[] = [];
  const hostedTypes = new Set<string>();
  tools.forEach((tool, index) => {
    if (tool.type === "function") {
      const fn = tool as ResponsesFunctionTool;
      functions.push({
        name: fn.name,
        ...(fn.description && { description: fn.description }),
        ...(fn.parameters && { parameters: fn.parameters }),
        ...(fn.strict !== undefined && fn.strict !== null && { strict: fn.strict }),
      });
      return;
    }
    hostedTypes.add(tool.type);
    warnings.push({ type: "unsupported-parameter", parameter: `tools.${index}`, detail: `hosted tool "${tool.type}" cannot run on this upstream; dropped` });
  });
  return { tools: functions, hostedTypes };
}

function toToolChoice(choice: ResponsesRequest["tool_choice"], hostedTypes: ReadonlySet<string>, functionCount: number): { toolChoice: ToolChoice | undefined; allowed: Set<string> | undefined } {
  if (choice === undefined) return { toolChoice: undefined, allowed: undefined };
  if (typeof choice === "string") {
    if (choice === "required" && functionCount === 0 && hostedTypes.size > 0) {
      throw refuse("tool_choice", `"required" needs a tool, and the only tools offered are hosted ones (${[...hostedTypes].join(", ")}) that no upstream behind the gateway can run`);
    }
    return { toolChoice: { type: choice }, allowed: undefined };
  }
  if (choice.type === "function") return { toolChoice: { type: "tool", name: String(choice.name) }, allowed: undefined };
  if (choice.type === "allowed_tools") {
    const entries = choice.tools as readonly { type: string; name?: string }[];
    const hosted = entries.filter((entry) => entry.type !== "function");
    if (choice.mode === "required" && hosted.length === entries.length && hosted.length > 0) {
      throw refuse("tool_choice", `requires one of the hosted tools ${hosted.map((entry) => entry.type).join(", ")}, which no upstream behind the gateway can run`);
    }
    const allowed = new Set(entries.flatMap((entry) => (entry.type === "function" && entry.name ? [entry.name] : [])));
    return { toolChoice: { type: choice.mode as "auto" | "required" }, allowed };
  }
  throw refuse("tool_choice", `requires the hosted tool "${choice.type}", which no upstream behind the gateway can run`);
}

function toResponseFormat(format: NonNullable<ResponsesRequest["text"]>["format"]): ResponseFormat | undefined {
  if (!format) return undefined;
  if (format.type === "text") return { type: "text" };
  if (format.type === "json_object") return { type: "json-object" };
  const schema = format as { name: string; schema: Record<string, unknown>; description?: string; strict?: boolean | null };
  return { type: "json-schema", name: schema.name, schema: schema.schema, description: schema.description, strict: schema.strict ?? undefined };
}

function refuse(param: string, reason: string): GatewayError {
  return new GatewayError("invalid-request", `Invalid request: ${param}: ${reason}`, { param });
}
