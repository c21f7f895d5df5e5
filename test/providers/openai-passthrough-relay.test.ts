import { afterEach, describe, expect, it } from "vitest";
import type { ChatRequest } from "../../src/core/chat-request.js";
import { UpstreamError } from "../../src/core/upstream-error.js";
import type { PassthroughFrame } from "../../src/providers/provider.js";
import { createOpenAICompatibleProvider } from "../../src/providers/openai-compatible/openai-compatible-provider.js";
import { closeUpstreamsSending, collectPassthrough, upstreamSending } from "../support/upstream-sending.js";

afterEach(closeUpstreamsSending);

const chatRequest = (includeUsage: boolean): ChatRequest => ({ model: "m", messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }], sampling: {}, stream: true, includeUsage });

async function relay(reads: readonly string[], includeUsage = false): Promise<{ frames: PassthroughFrame[]; text: string; error?: unknown }> {
  const provider = createOpenAICompatibleProvider({ name: "up", baseUrl: await upstreamSending(reads) });
  return collectPassthrough(provider, { model: "m", stream: true, messages: [{ role: "user", content: "hi" }] }, chatRequest(includeUsage));
}

const content = (text: string): string => `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: text }, finish_reason: null }] })}\n\n`;
const finish = `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`;
const usageOnly = `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } })}\n\n`;

describe("OpenAI-compatible pass-through relay", () => {
  it("forwards the upstream's bytes unchanged, one item per read, reading the finish reason and usage and dropping the usage chunk the caller did not ask for", async () => {
    const first = content("Ünïcode says \"usage\": and \"finish_reason\": \"stop\"") + content("!");
    const { frames, text, error } = await relay([first, finish + usageOnly + "data: [DONE]\n\n"]);
    expect(error).toBeUndefined();
    expect(text).toBe(`${first}${finish}data: [DONE]\n\n`);
    // Two reads are usually two frames, but a loaded machine may deliver them as one read.
    const last = frames.at(-1)!;
    const earlier = frames.slice(0, -1);
    // Content a frame merely mentions is not read as usage or a finish.
    for (const frame of earlier) expect([frame.usage, frame.finishReason, frame.last]).toEqual([undefined, undefined, undefined]);
    expect(frames.every((frame) => Buffer.isBuffer(frame.text))).toBe(true);
    expect(last.usage).toMatchObject({ inputTokens: 3, outputTokens: 2 });
    expect(last.finishReason).toMatchObject({ unified: "stop" });
    // The read holding [DONE] is the last item, marked so the response ends in the same write.
    expect(last.last).toBe(true);
  });

  it("keeps the usage chunk when the caller asked for it, and adds the [DONE] an upstream left out", async () => {
    const { frames, text, error } = await relay([content("a") + finish, usageOnly], true);
    expect(error).toBeUndefined();
    expect(text).toBe(`${content("a")}${finish}${usageOnly}data: [DONE]\n\n`);
    expect(frames.at(-1)).toEqual({ text: "data: [DONE]\n\n", last: true });
    expect(frames.slice(0, -1).every((frame) => frame.last === undefined)).toBe(true);
  });

  it("re-encodes only a frame whose tool arguments came as an object", async () => {
    const tool = `data: ${JSON.stringify({ id: "c", choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "t", type: "function", function: { name: "f", arguments: { city: "Paris" } } }] }, finish_reason: null }] })}\n\n`;
    const { text } = await relay([content("a") + tool + finish + "data: [DONE]\n\n"]);
    const fixed = `data: ${JSON.stringify({ id: "c", choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "t", type: "function", function: { name: "f", arguments: '{"city":"Paris"}' } }] }, finish_reason: null }] })}\n\n`;
    expect(text).toBe(`${content("a")}${fixed}${finish}data: [DONE]\n\n`);
  });

  it("relays what came before an error sent inside the stream, then fails with the upstream's message", async () => {
    const failure = `data: ${JSON.stringify({ error: { message: "overloaded", type: "server_error" } })}\n\n`;
    const { text, error } = await relay([content("a") + content("b") + failure + content("never")]);
    expect(text).toBe(content("a") + content("b"));
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toContain("overloaded");
  });

  it("fails a frame that is not a JSON object with a malformed-stream error; a brace-shaped one it does not need is forwarded unread, as the upstream sent it", async () => {
    const { text, error } = await relay([content("a"), "data: <html>Bad gateway</html>\n\n"]);
    expect(text).toBe(content("a"));
    expect((error as UpstreamError).kind).toBe("malformed");
    // The documented limit of reading only what usage, finish and errors need: the client's own parser meets this one.
    const unread = await relay([content("a") + "data: {not json}\n\n" + finish + "data: [DONE]\n\n"]);
    expect(unread.text).toBe(`${content("a")}data: {not json}\n\n${finish}data: [DONE]\n\n`);
  });

  it("relays a stream in another SSE shape (CRLF line ends) through the parser, re-emitted as data frames", async () => {
    const { frames, text, error } = await relay([content("a"), content("b").replaceAll("\n", "\r\n") + finish.replaceAll("\n", "\r\n") + "data: [DONE]\r\n\r\n"]);
    expect(error).toBeUndefined();
    expect(text).toBe(`${content("a")}${content("b")}${finish}data: [DONE]\n\n`);
    // Two reads are usually two frames, but a loaded machine may deliver them as one read: only the end is certain.
    expect(frames.at(-1)!.last).toBe(true);
    expect(frames.slice(0, -1).every((frame) => frame.last === undefined)).toBe(true);
  });

  it("reports a stream that ends before its finish as truncated", async () => {
    const { error } = await relay([content("a") + content("b")]);
    expect((error as UpstreamError).kind).toBe("truncated");
  });
});
