import type { ChatResponse } from "../../core/chat-response.js";
import type { ProviderMetadata, ReasoningPart, TextPart, ToolCallPart } from "../../core/content-part.js";
import { UpstreamError } from "../../core/upstream-error.js";
import { geminiToolCallId } from "./gemini-tool-call-id.js";
import type { GeminiGenerateContentResponse } from "../../protocols/gemini/gemini-wire.js";
import { mapGeminiFinishReason } from "./map-gemini-finish-reason.js";
import { parseGeminiUsage } from "./parse-gemini-usage.js";

/** A `generateContent` answer → canonical response. Ids are minted exactly as the stream transform mints them. */
export function parseGeminiResponse(body: unknown): ChatResponse {
  const response = body as GeminiGenerateContentResponse | null;
  if (!response || typeof response !== "object" || (!Array.isArray(response.candidates) && !response.promptFeedback)) {
    throw new UpstreamError({ kind: "malformed", message: "upstream answer has neither candidates nor promptFeedback" });
  }
  const candidate = response.candidates?.[0];
  const content: (TextPart | ToolCallPart | ReasoningPart)[] = [];
  let toolCount = 0;
  for (const part of candidate?.content?.parts ?? []) {
    const providerMetadata: ProviderMetadata | undefined = part.thoughtSignature ? { gemini: { thoughtSignature: part.thoughtSignature } } : undefined;
    if (part.functionCall) {
      const index = toolCount++;
      const call = part.functionCall;
      content.push({
        type: "tool-call",
        id: geminiToolCallId({ providedId: call.id, responseId: response.responseId, index, name: call.name }),
        name: call.name,
        arguments: JSON.stringify(call.args ?? {}),
        ...(providerMetadata && { providerMetadata }),
      });
    } else if (typeof part.text === "string") {
      if (part.thought === true) content.push({ type: "reasoning", text: part.text, ...(providerMetadata && { providerMetadata }) });
      else if (part.text !== "") content.push({ type: "text", text: part.text, ...(providerMetadata && { providerMetadata }) });
    }
  }
  const finishRaw = candidate?.finishReason ?? (candidate ? undefined : response.promptFeedback?.blockReason);
  return {
    id: response.responseId ?? "gemini-response",
    model: response.modelVersion ?? "",
    created: Math.floor(Date.now() / 1000),
    content,
    finishReason: mapGeminiFinishReason(finishRaw, toolCount > 0),
    usage: parseGeminiUsage(response.usageMetadata),
  };
}
