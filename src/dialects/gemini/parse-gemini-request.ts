import type { ChatRequest } from "../../core/chat-request.js";
import type { ImagePart, ProviderMetadata, ReasoningPart, TextPart, ToolCallPart, ToolResultPart } from "../../core/content-part.js";
import { GatewayError } from "../../core/gateway-error.js";
import type { Message } from "../../core/message.js";
import type { ToolChoice, ToolDefinition } from "../../core/tool.js";
import { describeZodError } from "../../shared/describe-zod-error.js";
import {
  canonicalGeminiFields,
  geminiGenerateContentRequestSchema,
  type GeminiContentParam,
  type GeminiGenerateContentRequest,
  type GeminiPartParam,
} from "../../protocols/gemini/gemini-request.js";
import { openAPISchemaToJsonSchema } from "./openapi-schema-to-json-schema.js";

/** What the path says: the model (`models/{model}:…`) and whether the caller asked for a stream. */
export interface GeminiCallSite {
  readonly model: string;
  readonly stream: boolean;
}

/** Thinking levels (Gemini 3) as the effort words other protocols use. */
const effortByThinkingLevel: Readonly<Record<string, string>> = { minimal: "minimal", low: "low", medium: "medium", high: "high" };

/**
 * Validates a `generateContent` body and maps it to the canonical request.
 * Function calls without an id (the Gemini API rarely sends one) get an id from
 * their position, and each `functionResponse` is paired with its call by id, or
 * else by name in call order, as Gemini itself pairs them. Thought signatures
 * ride in provider metadata. Gemini-only fields (`safetySettings`,
 * `cachedContent`, hosted tools such as `googleSearch`) are kept as passthrough:
 * a Gemini upstream gets the caller's body as-is, any other turns each into a warning.
 */
export function parseGeminiRequest(body: unknown, site: GeminiCallSite): ChatRequest {
  const parsed = geminiGenerateContentRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw invalid(issue.path, issue.message);
  }
  const wire = parsed.data;
  const messages: Message[] = [];
  if (wire.systemInstruction !== undefined) {
    const system = typeof wire.systemInstruction === "string" ? [{ text: wire.systemInstruction }] : wire.systemInstruction.parts;
    messages.push({ role: "system", content: system.map((part, index) => ({ type: "text", text: expectText(part, `systemInstruction.parts.${index}`) })) });
  }
  const calls = new CallLedger();
  wire.contents.forEach((content, index) => messages.push(...toMessages(content, index, calls)));

  const passthrough: Record<string, unknown> = {};
  for (const key of Object.keys(wire)) if (!canonicalGeminiFields.has(key)) passthrough[key] = (wire as Record<string, unknown>)[key];
  const config = wire.generationConfig;
  if (config?.candidateCount !== undefined && config.candidateCount !== 1) throw invalid("generationConfig.candidateCount", "the gateway returns one candidate; candidateCount must be 1");
  for (const key of Object.keys(config ?? {})) if (!knownGenerationConfigKeys.has(key)) passthrough[`generationConfig.${key}`] = (config as Record<string, unknown>)[key];

  return {
    model: site.model,
    messages,
    tools: toTools(wire, passthrough),
    toolChoice: toToolChoice(wire),
    responseFormat: toResponseFormat(config),
    sampling: {
      maxOutputTokens: config?.maxOutputTokens,
      temperature: config?.temperature,
      topP: config?.topP,
      topK: config?.topK,
      stopSequences: config?.stopSequences,
      seed: config?.seed,
      frequencyPenalty: config?.frequencyPenalty,
      presencePenalty: config?.presencePenalty,
    },
    stream: site.stream,
    // Usage is always part of Gemini's stream (running totals on each chunk).
    includeUsage: true,
    reasoning: toReasoning(config?.thinkingConfig),
    ...(Object.keys(passthrough).length > 0 && { passthrough, passthroughProtocol: "gemini" as const }),
  };
}

const knownGenerationConfigKeys = new Set([
  "temperature", "topP", "topK", "candidateCount", "maxOutputTokens", "stopSequences", "presencePenalty", "frequencyPenalty", "seed",
  "responseMimeType", "responseSchema", "responseJsonSchema", "thinkingConfig",
]);

/** Tool calls of the conversation so far, so results can be paired with them. */
class CallLedger {
  private readonly unanswered: { id: string; name: string }[] = [];
  private readonly ids = new Set<string>();

  add(id: string, name: string): void {
    this.unanswered.push({ id, name });
    this.ids.add(id);
  }

  /** The call a result answers: by id when the result has a known one, else the oldest unanswered call of that name. */
  take(name: string, id: string | undefined): string | undefined {
    const index = id !== undefined && this.ids.has(id) ? this.unanswered.findIndex((call) => call.id === id) : this.unanswered.findIndex((call) => call.name === name);
    if (index < 0) return id !== undefined && this.ids.has(id) ? id : undefined;
    return this.unanswered.splice(index, 1)[0]!.id;
  }
}

function toMessages(content: GeminiContentParam, contentIndex: number, calls: CallLedger): Message[] {
  const path = `contents.${contentIndex}`;
  if (content.role === "model") {
    const parts: (TextPart | ToolCallPart | ReasoningPart)[] = [];
    content.parts.forEach((part, partIndex) => {
      const metadata = signatureMetadata(part);
      if (part.functionCall) {
        const id = part.functionCall.id ?? `call_gm${contentIndex}_${partIndex}`;
        calls.add(id, part.functionCall.name);
        parts.push({ type: "tool-call", id, name: part.functionCall.name, arguments: JSON.stringify(part.functionCall.args ?? {}), ...metadata });
      } else if (part.thought === true) {
        parts.push({ type: "reasoning", text: part.text ?? "", ...metadata });
      } else {
        parts.push({ type: "text", text: expectText(part, `${path}.parts.${partIndex}`), ...metadata });
      }
    });
    return [{ role: "assistant", content: parts }];
  }
  if (content.role !== undefined && content.role !== "user" && content.role !== "function") throw invalid(`${path}.role`, `must be "user" or "model", got "${content.role}"`);
  const results: ToolResultPart[] = [];
  const rest: (TextPart | ImagePart)[] = [];
  content.parts.forEach((part, partIndex) => {
    const partPath = `${path}.parts.${partIndex}`;
    if (part.functionResponse) {
      const { name, id, response } = part.functionResponse;
      const callId = calls.take(name, id);
      if (callId === undefined) throw invalid(`${partPath}.functionResponse`, `no earlier functionCall named "${name}" is waiting for this response`);
      results.push({ type: "tool-result", toolCallId: callId, toolName: name, content: [{ type: "text", text: resultText(response) }], ...(response && "error" in response && !("output" in response) && { isError: true }) });
    } else rest.push(userPart(part, partPath));
  });
  const messages: Message[] = [];
  if (results.length > 0) messages.push({ role: "tool", content: results });
  if (rest.length > 0) messages.push({ role: "user", content: rest });
  return messages;
}

function userPart(part: GeminiPartParam, path: string): TextPart | ImagePart {
  // Media other than images reaches non-Gemini upstreams as it came; they accept or refuse it themselves.
  if (part.inlineData) return { type: "image", source: { kind: "base64", mediaType: part.inlineData.mimeType, data: part.inlineData.data } };
  if (part.fileData) return { type: "image", source: { kind: "url", url: part.fileData.fileUri } };
  return { type: "text", text: expectText(part, path) };
}

/** `response: {output: "…"}` (the convention) as its text; any other object as JSON. */
function resultText(response: Record<string, unknown> | undefined): string {
  if (response === undefined) return "";
  const keys = Object.keys(response);
  if (keys.length === 1 && typeof response.output === "string") return response.output;
  if (keys.length === 1 && typeof response.error === "string") return response.error;
  return JSON.stringify(response);
}

function signatureMetadata(part: GeminiPartParam): { providerMetadata?: ProviderMetadata } {
  return part.thoughtSignature ? { providerMetadata: { gemini: { thoughtSignature: part.thoughtSignature } } } : {};
}

function expectText(part: GeminiPartParam, path: string): string {
  if (typeof part.text === "string") return part.text;
  const kind = Object.keys(part).find((key) => key !== "thoughtSignature" && key !== "thought") ?? "empty";
  throw invalid(path, `part kind "${kind}" is not supported here by the gateway`);
}

function toTools(wire: GeminiGenerateContentRequest, passthrough: Record<string, unknown>): ToolDefinition[] | undefined {
  if (!wire.tools) return undefined;
  const tools: ToolDefinition[] = [];
  wire.tools.forEach((tool, index) => {
    for (const declaration of tool.functionDeclarations ?? []) {
      tools.push({
        name: declaration.name,
        description: declaration.description,
        parameters: declaration.parametersJsonSchema ?? (declaration.parameters ? openAPISchemaToJsonSchema(declaration.parameters) : undefined),
      });
    }
    // Hosted tools (googleSearch, codeExecution, urlContext, …) run only on Gemini.
    for (const key of Object.keys(tool)) if (key !== "functionDeclarations") passthrough[`tools.${index}.${key}`] = (tool as Record<string, unknown>)[key];
  });
  return tools.length > 0 ? tools : undefined;
}

function toToolChoice(wire: GeminiGenerateContentRequest): ToolChoice | undefined {
  const config = wire.toolConfig?.functionCallingConfig;
  switch (config?.mode?.toUpperCase()) {
    case undefined:
    case "MODE_UNSPECIFIED":
      return undefined;
    case "AUTO":
    case "VALIDATED":
      return { type: "auto" };
    case "NONE":
      return { type: "none" };
    case "ANY": {
      const names = config.allowedFunctionNames ?? [];
      if (names.length === 1) return { type: "tool", name: names[0]! };
      if (names.length > 1) throw invalid("toolConfig.functionCallingConfig.allowedFunctionNames", "the gateway can force one function or any; list one name or none");
      return { type: "required" };
    }
    default:
      throw invalid("toolConfig.functionCallingConfig.mode", `unknown mode "${String(config?.mode)}"`);
  }
}

function toResponseFormat(config: GeminiGenerateContentRequest["generationConfig"]): ChatRequest["responseFormat"] {
  const mime = config?.responseMimeType;
  if (mime === undefined || mime === "text/plain") return undefined;
  if (mime !== "application/json") throw invalid("generationConfig.responseMimeType", `"${mime}" is not supported by the gateway; use text/plain or application/json`);
  const schema = config?.responseJsonSchema ?? (config?.responseSchema ? openAPISchemaToJsonSchema(config.responseSchema) : undefined);
  return schema ? { type: "json-schema", name: "response", schema } : { type: "json-object" };
}

function toReasoning(thinking: NonNullable<GeminiGenerateContentRequest["generationConfig"]>["thinkingConfig"]): ChatRequest["reasoning"] {
  if (!thinking) return undefined;
  if (thinking.thinkingLevel !== undefined) {
    const effort = effortByThinkingLevel[thinking.thinkingLevel.toLowerCase()];
    if (!effort) throw invalid("generationConfig.thinkingConfig.thinkingLevel", `unknown level "${thinking.thinkingLevel}"`);
    return { effort };
  }
  // -1 is Gemini's "dynamic": the model decides, which elsewhere is closest to a medium effort.
  if (thinking.thinkingBudget === -1) return { effort: "medium" };
  if (thinking.thinkingBudget === 0) return { effort: "minimal" };
  if (thinking.thinkingBudget !== undefined) return { budgetTokens: thinking.thinkingBudget };
  return undefined;
}

function invalid(path: string, message: string): GatewayError {
  return new GatewayError("invalid-request", `Invalid request: ${path ? `${path}: ` : ""}${message}`, { param: path || undefined });
}
