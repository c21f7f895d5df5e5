import type { ChatResponse } from "../../core/chat-response.js";
import type { ReasoningPart, TextPart, ToolCallPart } from "../../core/content-part.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { Warning } from "../../core/warning.js";
import type { OpenAIChatCompletion } from "../../protocols/openai-chat/openai-chat-wire.js";
import { mapOpenAIFinishReason } from "./map-openai-finish-reason.js";
import { parseOpenAIUsage } from "./parse-openai-usage.js";
import { readOpenAIAnnotation } from "./read-openai-annotation.js";
import { normaliseToolCalls } from "./openai-chat-stream-transform.js";

/** A parsed non-streaming body → canonical response. Throws `malformed` when it is not a completion. */
export function parseOpenAIChatCompletion(body: unknown): ChatResponse {
  const completion = body as Partial<OpenAIChatCompletion> | null;
  const choice = completion?.choices?.[0];
  if (!completion || typeof completion !== "object" || !choice || typeof choice.message !== "object") {
    throw new UpstreamError({ kind: "malformed", message: "upstream answer has no choices[0].message" });
  }
  const message = choice.message as OpenAIChatCompletion["choices"][number]["message"] & { reasoning?: string };
  const content: (TextPart | ToolCallPart | ReasoningPart)[] = [];
  const reasoning = message.reasoning_content ?? message.reasoning;
  if (typeof reasoning === "string" && reasoning !== "") content.push({ type: "reasoning", text: reasoning });
  if (typeof message.content === "string" && message.content !== "") {
    const annotations = (Array.isArray(message.annotations) ? (message.annotations as unknown[]) : []).flatMap((raw) => {
      const read = readOpenAIAnnotation(raw);
      return read.kind === "carried" ? [read.annotation] : [];
    });
    content.push({ type: "text", text: message.content, ...(annotations.length > 0 && { annotations }) });
  }
  const toolCalls = normaliseToolCalls(message.tool_calls);
  toolCalls.forEach((call, index) => {
    const args = call.function?.arguments;
    content.push({
      type: "tool-call",
      id: call.id ?? `call_${index}`,
      name: call.function?.name ?? "",
      arguments: typeof args === "string" ? args : JSON.stringify(args ?? {}),
    });
  });
  // The legacy answer to `functions`: kept as a tool call (not dropped), marked so a reader can tell it from `tool_calls`.
  const legacy = message.function_call;
  if (toolCalls.length === 0 && typeof legacy === "object" && legacy !== null && typeof legacy.name === "string") {
    const args = legacy.arguments;
    content.push({ type: "tool-call", id: "call_0", name: legacy.name, arguments: typeof args === "string" ? args : JSON.stringify(args ?? {}), providerMetadata: { openai: { functionCall: true } } });
  }
  return {
    id: completion.id ?? "chatcmpl-upstream",
    model: completion.model ?? "",
    created: completion.created ?? Math.floor(Date.now() / 1000),
    content,
    finishReason: mapOpenAIFinishReason(choice.finish_reason),
    usage: parseOpenAIUsage(completion.usage),
  };
}

/** Annotations of a completion without a canonical form, named once per type (parseOpenAIChatCompletion leaves them out). */
export function droppedOpenAIAnnotationWarnings(body: unknown): Warning[] {
  const annotations = (body as Partial<OpenAIChatCompletion> | null)?.choices?.[0]?.message?.annotations;
  const dropped = new Set<string>();
  for (const raw of Array.isArray(annotations) ? (annotations as unknown[]) : []) {
    const read = readOpenAIAnnotation(raw);
    if (read.kind === "dropped") dropped.add(read.annotationType);
  }
  return [...dropped].map((annotationType) => ({ type: "dropped-annotation", annotationType }));
}
