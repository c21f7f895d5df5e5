import type { FilePart, ImagePart, ProviderMetadata, ReasoningPart, TextPart, ToolCallPart, ToolResultPart } from "../../core/content-part.js";
import { GatewayError } from "../../core/gateway-error.js";
import type { Message } from "../../core/message.js";
import type { Warning } from "../../core/warning.js";
import { isSyntheticGeminiToolCallId } from "./gemini-tool-call-id.js";
import type { GeminiContent, GeminiPart } from "../../protocols/gemini/gemini-wire.js";

/**
 * Google's documented stand-in for a thought signature on history Gemini did not
 * produce (another vendor's turn, or a client that cannot carry signatures).
 * Gemini 3 rejects the first function call of a step without one.
 */
export const placeholderThoughtSignature = "skip_thought_signature_validator";

/**
 * Canonical messages → Gemini `systemInstruction` and `contents`. Roles become
 * `user`/`model`; tool results become `functionResponse` parts in one user turn,
 * in call order, named by looking their call id up in the conversation (OpenAI and
 * Anthropic results carry only the id; Gemini needs the name).
 */
export function convertToGeminiContents(messages: readonly Message[], warnings: Warning[]): { systemInstruction: GeminiContent | undefined; contents: GeminiContent[] } {
  const toolNames = new Map<string, string>();
  for (const message of messages) {
    if (message.role !== "assistant") continue;
    for (const part of message.content) if (part.type === "tool-call") toolNames.set(part.id, part.name);
  }
  const systemParts: GeminiPart[] = [];
  const contents: GeminiContent[] = [];
  const push = (role: "user" | "model", parts: GeminiPart[]): void => {
    if (parts.length === 0) return;
    const last = contents.at(-1);
    if (last?.role === role) last.parts.push(...parts);
    else contents.push({ role, parts });
  };
  messages.forEach((message, messageIndex) => {
    switch (message.role) {
      case "system":
        systemParts.push(...message.content.map((part) => ({ text: part.text })));
        break;
      case "user":
        push("user", message.content.map(userPart));
        break;
      case "assistant":
        push("model", modelParts(message.content));
        break;
      case "tool":
        push("user", message.content.map((part) => functionResponsePart(part, toolNames, messageIndex, warnings)));
        break;
    }
  });
  return { systemInstruction: systemParts.length > 0 ? { parts: systemParts } : undefined, contents };
}

function userPart(part: TextPart | ImagePart | FilePart): GeminiPart {
  if (part.type === "text") return { text: part.text };
  if (part.type === "file") return { inlineData: { mimeType: part.mediaType, data: part.data } };
  if (part.source.kind === "base64") return { inlineData: { mimeType: part.source.mediaType, data: part.source.data } };
  return { fileData: { mimeType: mimeTypeFromUrl(part.source.url), fileUri: part.source.url } };
}

function modelParts(content: readonly (TextPart | ToolCallPart | ReasoningPart)[]): GeminiPart[] {
  const parts: GeminiPart[] = [];
  let firstCall = true;
  for (const part of content) {
    const signature = thoughtSignature(part.providerMetadata);
    if (part.type === "text") {
      if (part.text !== "" || signature) parts.push({ text: part.text, ...(signature && { thoughtSignature: signature }) });
    } else if (part.type === "tool-call") {
      parts.push({
        functionCall: { ...(!isSyntheticGeminiToolCallId(part.id) && { id: part.id }), name: part.name, args: parseArgs(part.arguments) },
        // Only the first call of a step needs one (parallel calls carry it on the first only).
        ...(signature ? { thoughtSignature: signature } : firstCall ? { thoughtSignature: placeholderThoughtSignature } : {}),
      });
      firstCall = false;
    }
    // Reasoning text is the model's own summary; Gemini does not take it back. Its signature rides on the parts above.
  }
  return parts;
}

function functionResponsePart(part: ToolResultPart, toolNames: ReadonlyMap<string, string>, messageIndex: number, warnings: Warning[]): GeminiPart {
  const name = part.toolName ?? toolNames.get(part.toolCallId);
  if (name === undefined) {
    throw new GatewayError("invalid-request", `Invalid request: messages.${messageIndex}: tool result for "${part.toolCallId}" has no matching tool call earlier in the conversation; Gemini needs the tool's name`, {
      param: `messages.${messageIndex}`,
    });
  }
  const text = part.content.flatMap((item) => (item.type === "text" ? [item.text] : [])).join("\n");
  if (part.content.some((item) => item.type === "image")) warnings.push({ type: "other", message: `images in the result of tool call ${part.toolCallId} are not sent to Gemini` });
  return {
    functionResponse: {
      ...(!isSyntheticGeminiToolCallId(part.toolCallId) && { id: part.toolCallId }),
      name,
      response: part.isError ? { error: text } : { output: text },
    },
  };
}

function thoughtSignature(metadata: ProviderMetadata | undefined): string | undefined {
  const value = metadata?.gemini?.thoughtSignature;
  return typeof value === "string" ? value : undefined;
}

function parseArgs(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text === "" ? "{}" : text) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Gemini needs an object; an unparseable argument text cannot be sent faithfully.
  }
  return {};
}

const mimeByExtension: Readonly<Record<string, string>> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", heic: "image/heic" };

function mimeTypeFromUrl(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (extension && mimeByExtension[extension]) ?? "image/jpeg";
}
