import type { ChatResponse } from "../../core/chat-response.js";
import type { ProviderMetadata } from "../../core/content-part.js";
import type { GeminiGenerateContentResponse, GeminiPart } from "../../protocols/gemini/gemini-wire.js";
import { toGeminiFinishReason } from "./map-unified-finish-reason.js";
import { renderGeminiUsage } from "./render-gemini-usage.js";

/** A canonical response as a `GenerateContentResponse` with one candidate. */
export function renderGeminiResponse(response: ChatResponse): GeminiGenerateContentResponse {
  const parts: GeminiPart[] = [];
  for (const part of response.content) {
    const signature = thoughtSignature(part.providerMetadata);
    switch (part.type) {
      case "text":
        if (part.text !== "" || signature) parts.push({ text: part.text, ...(signature && { thoughtSignature: signature }) });
        break;
      case "reasoning":
        if (part.text !== "") parts.push({ text: part.text, thought: true, ...(signature && { thoughtSignature: signature }) });
        break;
      case "tool-call":
        parts.push({ functionCall: { id: part.id, name: part.name, args: parseArgs(part.arguments) }, ...(signature && { thoughtSignature: signature }) });
        break;
    }
  }
  const usageMetadata = renderGeminiUsage(response.usage);
  return {
    candidates: [{ content: { role: "model", parts }, finishReason: toGeminiFinishReason(response.finishReason), index: 0 }],
    ...(usageMetadata && { usageMetadata }),
    modelVersion: response.model,
    responseId: response.id,
  };
}

export function thoughtSignature(metadata: ProviderMetadata | undefined): string | undefined {
  const value = metadata?.gemini?.thoughtSignature;
  return typeof value === "string" ? value : undefined;
}

/** Tool arguments as Gemini's object; text that is not a JSON object (a truncated call) is kept under `_raw` rather than lost. */
export function parseArgs(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text === "" ? "{}" : text) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  return { _raw: text };
}
