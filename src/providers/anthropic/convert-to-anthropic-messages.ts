import type { FilePart, ImagePart, ProviderMetadata, ReasoningPart, TextPart, ToolCallPart, ToolResultPart } from "../../core/content-part.js";
import type { Message } from "../../core/message.js";
import type { Warning } from "../../core/warning.js";

type Block = Record<string, unknown>;
export interface AnthropicTurn {
  role: "user" | "assistant";
  content: Block[];
}

/**
 * Canonical messages → Anthropic `system` blocks and alternating turns. System
 * messages (wherever they appear) become the top-level `system`, in order; tool
 * results go into the following user turn, before any text, as the API requires;
 * consecutive same-role turns are merged here rather than left to the API, so
 * block order is exactly what we sent (which prompt caching depends on).
 */
export function convertToAnthropicMessages(messages: readonly Message[], warnings: Warning[]): { system: Block[]; turns: AnthropicTurn[] } {
  const system: Block[] = [];
  const turns: AnthropicTurn[] = [];
  const push = (role: AnthropicTurn["role"], blocks: Block[]): void => {
    if (blocks.length === 0) return;
    const last = turns.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  };
  for (const message of messages) {
    switch (message.role) {
      case "system":
        system.push(...message.content.map(textBlock));
        break;
      case "user":
        push("user", message.content.map(userBlock));
        break;
      case "assistant":
        push("assistant", message.content.flatMap((part) => assistantBlocks(part, warnings)));
        break;
      case "tool":
        push("user", message.content.map(toolResultBlock));
        break;
    }
  }
  return { system, turns };
}

function textBlock(part: TextPart): Block {
  return withCacheControl({ type: "text", text: part.text }, part.providerMetadata);
}

function userBlock(part: TextPart | ImagePart | FilePart): Block {
  if (part.type === "text") return textBlock(part);
  if (part.type === "file") return documentBlock(part);
  return imageBlock(part);
}

function documentBlock(part: FilePart): Block {
  return withCacheControl({ type: "document", source: { type: "base64", media_type: part.mediaType, data: part.data }, ...(part.filename && { title: part.filename }) }, part.providerMetadata);
}

function imageBlock(part: ImagePart): Block {
  const source = part.source.kind === "url" ? { type: "url", url: part.source.url } : { type: "base64", media_type: part.source.mediaType, data: part.source.data };
  return withCacheControl({ type: "image", source }, part.providerMetadata);
}

function assistantBlocks(part: TextPart | ToolCallPart | ReasoningPart, warnings: Warning[]): Block[] {
  switch (part.type) {
    case "text":
      return part.text === "" ? [] : [textBlock(part)];
    case "tool-call":
      return [withCacheControl({ type: "tool_use", id: part.id, name: part.name, input: parseArguments(part, warnings) }, part.providerMetadata)];
    case "reasoning":
      // Thinking goes back byte-for-byte with its signature, or the API answers 400.
      if (part.redactedData !== undefined) return [{ type: "redacted_thinking", data: part.redactedData }];
      if (part.signature !== undefined) return [{ type: "thinking", thinking: part.text, signature: part.signature }];
      // Reasoning from another vendor has no Anthropic signature and would be rejected.
      warnings.push({ type: "other", message: "reasoning from an earlier turn has no Anthropic signature; not sent to this target" });
      return [];
  }
}

function toolResultBlock(part: ToolResultPart): Block {
  const onlyText = part.content.every((item) => item.type === "text");
  const content = onlyText ? part.content.map((item) => item.text).join("\n") : part.content.map(userBlock);
  return withCacheControl({ type: "tool_result", tool_use_id: part.toolCallId, content, ...(part.isError && { is_error: true }) }, part.providerMetadata);
}

/** Anthropic wants `input` as an object; the canonical arguments are JSON text. */
function parseArguments(part: ToolCallPart, warnings: Warning[]): unknown {
  try {
    const parsed = JSON.parse(part.arguments === "" ? "{}" : part.arguments) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  warnings.push({ type: "other", message: `tool call ${part.id} has arguments that are not a JSON object; sent as {}` });
  return {};
}

/** `cache_control` rides in provider metadata and goes back exactly where it was. */
function withCacheControl(block: Block, metadata: ProviderMetadata | undefined): Block {
  const cacheControl = metadata?.anthropic?.cache_control;
  return cacheControl === undefined ? block : { ...block, cache_control: cacheControl };
}
