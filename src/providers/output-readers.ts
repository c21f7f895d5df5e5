import type { ChatResponse } from "../core/chat-response.js";
import type { StreamEvent } from "../core/stream-event.js";
import { AnthropicStreamTransform } from "./anthropic/anthropic-stream-transform.js";
import { parseAnthropicMessage } from "./anthropic/parse-anthropic-message.js";
import { OpenAIChatStreamTransform } from "./openai-compatible/openai-chat-stream-transform.js";
import { parseOpenAIChatCompletion } from "./openai-compatible/parse-openai-chat-completion.js";
import { parseResponsesObject } from "./openai-responses/parse-responses-object.js";
import { ResponsesStreamTransform } from "./openai-responses/responses-stream-transform.js";
import type { Protocol } from "../core/protocol.js";
import type { SseEvent } from "./shared/sse-decoder.js";

/**
 * Reads a same-protocol (pass-through) answer into canonical form after the fact,
 * for the rare requests that need its content (shadow comparison). The hot path
 * never uses these: pass-through relays bytes and reads only usage.
 */
export interface OutputReader {
  parseComplete(body: unknown): ChatResponse;
  createStreamTransform(): { push(event: SseEvent): StreamEvent[]; end(): StreamEvent[] };
}

export const outputReaders: Partial<Record<Protocol, OutputReader>> = {
  "openai-chat": { parseComplete: parseOpenAIChatCompletion, createStreamTransform: () => new OpenAIChatStreamTransform() },
  "anthropic-messages": { parseComplete: parseAnthropicMessage, createStreamTransform: () => new AnthropicStreamTransform() },
  "openai-responses": { parseComplete: parseResponsesObject, createStreamTransform: () => new ResponsesStreamTransform() },
};
