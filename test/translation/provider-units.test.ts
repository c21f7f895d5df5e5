import { describe, expect, it } from "vitest";
import type { ChatRequest } from "../../src/core/chat-request.js";
import type { StreamEvent } from "../../src/core/stream-event.js";
import { describeWarning } from "../../src/core/warning.js";
import { parseAnthropicMessagesRequest } from "../../src/dialects/anthropic-messages/parse-anthropic-messages-request.js";
import { AnthropicStreamTransform } from "../../src/providers/anthropic/anthropic-stream-transform.js";
import { convertToAnthropicRequest } from "../../src/providers/anthropic/convert-to-anthropic-request.js";
import { parseAnthropicError } from "../../src/providers/anthropic/parse-anthropic-error.js";
import { GeminiStreamTransform } from "../../src/providers/gemini/gemini-stream-transform.js";
import { parseGeminiError } from "../../src/providers/gemini/parse-gemini-error.js";
import { parseGeminiResponse } from "../../src/providers/gemini/parse-gemini-response.js";
import { SseDecoder } from "../../src/providers/shared/sse-decoder.js";
import { fixture } from "../support/fixtures.js";

function replay(name: string, transform: { push(event: { event: string | undefined; data: string }): StreamEvent[]; end(): StreamEvent[] }): StreamEvent[] {
  const decoder = new SseDecoder();
  const events = [...decoder.push(Buffer.from(fixture(name))), ...decoder.end()].flatMap((sse) => transform.push(sse));
  return [...events, ...transform.end()];
}

describe("anthropic translation details", () => {
  it("keeps thinking signatures, redacted thinking and cache_control byte-for-byte from an Anthropic body to an Anthropic body", () => {
    const request: ChatRequest = parseAnthropicMessagesRequest({
      model: "m",
      max_tokens: 2000,
      system: [{ type: "text", text: "Long policy text", cache_control: { type: "ephemeral", ttl: "1h" } }],
      thinking: { type: "enabled", budget_tokens: 1024 },
      messages: [
        { role: "user", content: [{ type: "text", text: "Weather?", cache_control: { type: "ephemeral" } }] },
        {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "Let me check…", signature: "EqQBCkgI+/=" },
            { type: "redacted_thinking", data: "EmwKAhgBEgy=" },
            { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
          ],
        },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "18°C" }] },
      ],
    });
    const { body, warnings } = convertToAnthropicRequest({ request, upstreamModel: "claude" });
    expect(warnings).toEqual([]);
    expect(body).toEqual({
      model: "claude",
      max_tokens: 2000,
      system: [{ type: "text", text: "Long policy text", cache_control: { type: "ephemeral", ttl: "1h" } }],
      thinking: { type: "enabled", budget_tokens: 1024 },
      messages: [
        { role: "user", content: [{ type: "text", text: "Weather?", cache_control: { type: "ephemeral" } }] },
        {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "Let me check…", signature: "EqQBCkgI+/=" },
            { type: "redacted_thinking", data: "EmwKAhgBEgy=" },
            { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
          ],
        },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "18°C" }] },
      ],
    });
  });

  it("maps the full SSE sequence, releasing the thinking signature unchanged with reasoning-end", () => {
    const events = replay("anthropic-messages/thinking-tool-use-stream.sse", new AnthropicStreamTransform());
    expect(events.map((event) => event.type)).toEqual(["response-start", "reasoning-delta", "reasoning-end", "tool-call-start", "tool-call-delta", "finish"]);
    expect(events[2]).toEqual({ type: "reasoning-end", signature: "EqQBCkgIARABGAIiQL+sig/with+base64==" });
    expect(events[3]).toEqual({ type: "tool-call-start", index: 0, id: "toolu_01Think", name: "get_weather" });
    expect(events.at(-1)).toEqual({
      type: "finish",
      finishReason: { unified: "tool-calls", raw: "tool_use" },
      usage: { inputTokens: 120, outputTokens: 60, cachedInputTokens: 0, cacheWriteTokens: 0, reasoningTokens: 40 },
    });
  });

  it("counts cache reads and writes into input tokens and keeps them separately", () => {
    const events = replay("anthropic-messages/text-stream.sse", new AnthropicStreamTransform());
    expect(events.at(-1)).toMatchObject({ usage: { inputTokens: 16, outputTokens: 5, cachedInputTokens: 4, cacheWriteTokens: 2 } });
  });

  it("treats 529 overloaded_error as retryable and a truncated stream as truncated", () => {
    const error = parseAnthropicError(529, {}, fixture("anthropic-messages/error-529.json"));
    expect(error).toMatchObject({ status: 529, code: "overloaded_error", message: "Overloaded", isRetryable: true });
    const transform = new AnthropicStreamTransform();
    transform.push({ event: "message_start", data: '{"type":"message_start","message":{"id":"m","model":"c","usage":{"input_tokens":1}}}' });
    expect(() => transform.end()).toThrow(/message_stop/);
  });

  it("defaults max_tokens to 4096 and turns parameters Anthropic lacks into warnings", () => {
    const { body, warnings } = convertToAnthropicRequest({
      upstreamModel: "claude",
      request: { model: "m", messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }], sampling: { seed: 7, temperature: 1.5 }, stream: false, passthrough: { logit_bias: {} } },
    });
    expect(body).toMatchObject({ max_tokens: 4096, temperature: 1 });
    expect(warnings.map((warning) => (warning.type === "unsupported-parameter" ? warning.parameter : describeWarning(warning)))).toEqual(["temperature", "seed", "logit_bias"]);
  });
});

describe("gemini translation details", () => {
  it("reads the RetryInfo delay of a 429 as the wait before retrying", () => {
    const error = parseGeminiError(429, {}, fixture("gemini/error-429.json"));
    expect(error).toMatchObject({ status: 429, code: "RESOURCE_EXHAUSTED", retryAfterMs: 34_400, isRetryable: true });
  });

  it("keeps thought signatures in provider metadata and mints the same ids streamed or not", () => {
    const response = parseGeminiResponse(JSON.parse(fixture("gemini/tool-calls.json")));
    expect(response.content[1]).toMatchObject({ type: "tool-call", name: "get_weather", providerMetadata: { gemini: { thoughtSignature: "EpEgCo4gAb4+sigA==" } } });
    expect(response.finishReason).toEqual({ unified: "tool-calls", raw: "STOP" });
    expect(response.usage).toEqual({ inputTokens: 82, outputTokens: 36, cachedInputTokens: undefined, cacheWriteTokens: undefined, reasoningTokens: 16 });
    const again = parseGeminiResponse(JSON.parse(fixture("gemini/tool-calls.json")));
    expect(again.content.map((part) => (part.type === "tool-call" ? part.id : ""))).toEqual(response.content.map((part) => (part.type === "tool-call" ? part.id : "")));
  });

  it("ends a stream that closed without a finishReason as truncated, and surfaces an error payload", () => {
    const transform = new GeminiStreamTransform();
    transform.push({ event: undefined, data: '{"candidates":[{"content":{"parts":[{"text":"Hi"}]}}]}' });
    expect(() => transform.end()).toThrow(/finishReason/);
    expect(() => replay("gemini/error-mid-stream.sse", new GeminiStreamTransform())).toThrow(/overloaded/);
  });
});
