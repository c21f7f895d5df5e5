import { describe, expect, it } from "vitest";
import type { StreamEvent } from "../../src/core/stream-event.js";
import { UpstreamError } from "../../src/core/upstream-error.js";
import { OpenAIChatStreamTransform } from "../../src/providers/openai-compatible/openai-chat-stream-transform.js";
import { SseDecoder } from "../../src/providers/shared/sse-decoder.js";
import { fixture } from "../support/fixtures.js";

function transform(name: string): StreamEvent[] {
  const decoder = new SseDecoder();
  const stream = new OpenAIChatStreamTransform();
  const events = decoder.push(new TextEncoder().encode(fixture(name))).flatMap((event) => stream.push(event));
  return [...events, ...stream.end()];
}

describe("OpenAI-compatible stream → canonical events", () => {
  it("maps parallel tool-call deltas by index, with ids on the start events", () => {
    const events = transform("openai-chat/parallel-tool-calls-stream.sse");
    expect(events.filter((event) => event.type === "tool-call-start")).toEqual([
      { type: "tool-call-start", index: 0, id: "call_a", name: "get_weather" },
      { type: "tool-call-start", index: 1, id: "call_b", name: "get_weather" },
    ]);
    const args = (index: number) =>
      events.flatMap((event) => (event.type === "tool-call-delta" && event.index === index ? [event.argumentsDelta] : [])).join("");
    expect(args(0)).toBe('{"city":"Paris"}');
    expect(args(1)).toBe('{"city":"Rome"}');
    expect(events.at(-1)).toEqual({
      type: "finish",
      finishReason: { unified: "tool-calls", raw: "tool_calls" },
      usage: { inputTokens: 82, outputTokens: 36, cachedInputTokens: undefined, cacheWriteTokens: undefined, reasoningTokens: undefined },
    });
  });

  it("accepts whole tool calls in one delta (Ollama) and object-typed arguments (older llama.cpp)", () => {
    const ollama = transform("openai-chat/ollama-whole-tool-call-stream.sse");
    expect(ollama.filter((event) => event.type.startsWith("tool-call"))).toEqual([
      { type: "tool-call-start", index: 0, id: "call_x1", name: "get_weather" },
      { type: "tool-call-delta", index: 0, argumentsDelta: '{"city":"Tokyo"}' },
    ]);
    const llamacpp = transform("openai-chat/object-arguments-stream.sse");
    expect(llamacpp.find((event) => event.type === "tool-call-delta")).toEqual({ type: "tool-call-delta", index: 0, argumentsDelta: '{"city":"Oslo"}' });
  });

  it("keeps usage not reported as undefined when the upstream sent none", () => {
    const finish = transform("openai-chat/ollama-whole-tool-call-stream.sse").at(-1);
    expect(finish).toMatchObject({ type: "finish", usage: { inputTokens: undefined, outputTokens: undefined } });
  });

  it("throws malformed for bad JSON and truncated for a stream that never finished", () => {
    expect(() => transform("openai-chat/malformed-stream.sse")).toThrow(UpstreamError);
    const stream = new OpenAIChatStreamTransform();
    stream.push({ event: undefined, data: '{"id":"x","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}' });
    expect(() => stream.end()).toThrow(expect.objectContaining({ kind: "truncated" }) as Error);
  });
});
