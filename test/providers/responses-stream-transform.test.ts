import { describe, expect, it } from "vitest";
import type { StreamEvent } from "../../src/core/stream-event.js";
import { UpstreamError } from "../../src/core/upstream-error.js";
import { ResponsesStreamTransform } from "../../src/providers/openai-responses/responses-stream-transform.js";
import { parseResponsesObject } from "../../src/providers/openai-responses/parse-responses-object.js";
import { SseDecoder } from "../../src/providers/shared/sse-decoder.js";
import { fixture } from "../support/fixtures.js";

function run(text: string): StreamEvent[] {
  const decoder = new SseDecoder();
  const stream = new ResponsesStreamTransform();
  const events = decoder.push(new TextEncoder().encode(text)).flatMap((event) => stream.push(event));
  return [...events, ...stream.end()];
}

/** The error `action` throws; fails the test when it throws none. */
function thrown(action: () => unknown): UpstreamError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error("expected an UpstreamError, nothing was thrown");
}

const frame = (event: Record<string, unknown>): string => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`;

describe("Responses stream → canonical events", () => {
  it("maps reasoning with its encrypted content, and parallel calls re-indexed among calls, arguments sent whole included", () => {
    const events = run(fixture("openai-responses/reasoning-parallel-calls-stream.sse"));
    expect(events[0]).toEqual({ type: "response-start", id: "resp_r1", model: "gpt-5-mini", created: 1765000000 });
    expect(events.filter((event) => event.type === "reasoning-delta").map((event) => (event as { text: string }).text).join("")).toBe("Two cities, two calls.");
    expect(events.find((event) => event.type === "reasoning-end")).toEqual({ type: "reasoning-end", providerMetadata: { "openai-responses": { id: "rs_1", encrypted_content: "gAAAAB-opaque" } } });
    expect(events.filter((event) => event.type === "tool-call-start")).toEqual([
      { type: "tool-call-start", index: 0, id: "call_a", name: "get_weather" },
      { type: "tool-call-start", index: 1, id: "call_b", name: "get_weather" },
    ]);
    const args = (index: number): string => events.flatMap((event) => (event.type === "tool-call-delta" && event.index === index ? [event.argumentsDelta] : [])).join("");
    expect(args(0)).toBe('{"city":"Paris"}');
    // Sent only in `.done`: one delta, not two (the finished item repeats it).
    expect(args(1)).toBe('{"city":"Rome"}');
    expect(events.at(-1)).toEqual({
      type: "finish",
      finishReason: { unified: "tool-calls", raw: "completed" },
      usage: { inputTokens: 61, outputTokens: 90, cachedInputTokens: 0, cacheWriteTokens: undefined, reasoningTokens: 64 },
    });
  });

  it("an incomplete response finishes for length; a stream without a terminal event is truncated", () => {
    const created = frame({ type: "response.created", response: { id: "resp_2", status: "in_progress", output: [] } });
    const events = run(created + frame({ type: "response.incomplete", response: { id: "resp_2", status: "incomplete", incomplete_details: { reason: "max_output_tokens" }, output: [] } }));
    expect(events.at(-1)).toMatchObject({ type: "finish", finishReason: { unified: "length", raw: "max_output_tokens" } });
    expect(() => run(created + frame({ type: "response.output_text.delta", delta: "Hel" }))).toThrow(/ended before response.completed/);
  });

  it("response.failed and error events are the upstream's errors, rate limits retryable and bad requests not", () => {
    const created = frame({ type: "response.created", response: { id: "resp_3", status: "in_progress", output: [] } });
    expect(thrown(() => run(created + frame({ type: "response.failed", response: { id: "resp_3", status: "failed", error: { code: "server_error", message: "boom" }, output: [] } })))).toMatchObject({
      kind: "http",
      status: 500,
      code: "server_error",
      message: "boom",
      isRetryable: true,
    });
    expect(thrown(() => run(frame({ type: "error", code: "rate_limit_exceeded", message: "slow down" })))).toMatchObject({ status: 429, isRetryable: true });
    expect(thrown(() => run(created + frame({ type: "response.failed", response: { status: "failed", error: { code: "invalid_prompt", message: "no" } } })))).toMatchObject({ status: 400, isRetryable: false });
  });

  it("a whole Response: text and refusals as text, reasoning summary as reasoning, hosted-tool items skipped", () => {
    const response = parseResponsesObject({
      id: "resp_4",
      created_at: 5,
      model: "gpt-5",
      status: "completed",
      output: [
        { type: "reasoning", id: "rs_4", summary: [{ type: "summary_text", text: "Look it up." }] },
        { type: "web_search_call", id: "ws_1", status: "completed" },
        { type: "message", id: "msg_4", role: "assistant", content: [{ type: "output_text", text: "Sunny.", annotations: [] }] },
      ],
      usage: { input_tokens: 3, output_tokens: 4 },
    });
    expect(response.content).toEqual([
      { type: "reasoning", text: "Look it up." },
      { type: "text", text: "Sunny." },
    ]);
    expect(response.finishReason).toEqual({ unified: "stop", raw: "completed" });
    expect(response.usage).toMatchObject({ inputTokens: 3, outputTokens: 4, cachedInputTokens: undefined });
    expect(() => parseResponsesObject({ object: "error" })).toThrow(/not a Response/);
  });
});
