import type { ChatRequest } from "../core/chat-request.js";

/**
 * Tokens per image when the size is unknown: between OpenAI's 85-token low-detail
 * tile and Anthropic's ~1,600 for a full-size image, nearer the common case.
 */
const tokensPerImage = 765;
/** Role and separator tokens each message costs in chat templates (OpenAI's documented 3, plus the turn end). */
const tokensPerMessage = 4;
/** The assistant turn the model is primed with. */
const replyPriming = 3;

type Counter = (text: string) => number;
let counter: Counter | undefined;

/**
 * An estimate of a request's input tokens for upstreams that cannot count
 * (OpenAI-compatible servers): the o200k_base encoding (GPT-4o and later) over
 * every text the model sees — system, messages, tool calls and results, tool
 * names, descriptions and schemas — plus per-message overhead and a fixed
 * amount per image. Other families' tokenizers differ by some tens of percent,
 * which is why the answer is labelled an estimate. The encoding (a few MB) is
 * loaded on first use, not at gateway start.
 */
export async function estimateInputTokens(request: ChatRequest): Promise<number> {
  counter ??= (await import("gpt-tokenizer/encoding/o200k_base")).countTokens;
  const count = counter;
  let total = replyPriming;
  for (const message of request.messages) {
    total += tokensPerMessage;
    for (const part of message.content) {
      switch (part.type) {
        case "text":
          total += count(part.text);
          break;
        case "image":
          total += tokensPerImage;
          break;
        case "file":
          // A document's tokens depend on how the upstream renders it (PDF pages as
          // text and images); a page's worth per file is the estimate's floor.
          total += tokensPerImage;
          break;
        case "reasoning":
          total += count(part.text);
          break;
        case "tool-call":
          total += count(part.name) + count(part.arguments);
          break;
        case "tool-result":
          for (const item of part.content) total += item.type === "text" ? count(item.text) : tokensPerImage;
          break;
      }
    }
  }
  for (const tool of request.tools ?? []) {
    total += count(tool.name) + count(tool.description ?? "") + (tool.parameters ? count(JSON.stringify(tool.parameters)) : 0);
  }
  return total;
}
