import { afterEach, describe, expect, it } from "vitest";
import type { ChatRequest } from "../../src/core/chat-request.js";
import { UpstreamError } from "../../src/core/upstream-error.js";
import type { PassthroughFrame } from "../../src/providers/provider.js";
import { createOpenAIResponsesProvider } from "../../src/providers/openai-responses/openai-responses-provider.js";
import { closeUpstreamsSending, collectPassthrough, upstreamSending } from "../support/upstream-sending.js";

afterEach(closeUpstreamsSending);

const request: ChatRequest = { model: "m", messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }], sampling: {}, stream: true };

async function relay(reads: readonly string[]): Promise<{ frames: PassthroughFrame[]; text: string; error?: unknown }> {
  const provider = createOpenAIResponsesProvider({ name: "up", baseUrl: await upstreamSending(reads) });
  return collectPassthrough(provider, { model: "m", stream: true, input: "hi" }, request);
}

const response = (status: string, usage: unknown = null) => ({ id: "resp_up", object: "response", status, model: "m", output: status === "completed" ? [{ type: "message", id: "msg_1", role: "assistant", status, content: [{ type: "output_text", text: "Hi", annotations: [] }] }] : [], usage });
const frame = (type: string, data: Record<string, unknown>, named = true): string => `${named ? `event: ${type}\n` : ""}data: ${JSON.stringify({ type, ...data })}\n\n`;
const created = frame("response.created", { sequence_number: 0, response: response("in_progress") });
const delta = (sequence: number, text: string): string => frame("response.output_text.delta", { sequence_number: sequence, item_id: "msg_1", output_index: 0, content_index: 0, delta: text });
const completed = (sequence: number, named = true): string => frame("response.completed", { sequence_number: sequence, response: response("completed", { input_tokens: 3, output_tokens: 2, total_tokens: 5 }) }, named);

describe("Responses pass-through relay", () => {
  it("forwards each read as the upstream's bytes, one item per read, locating the frames that carry the Response and reading usage from the final one", async () => {
    const first = created + delta(1, 'says "usage": and "response.completed"');
    const second = delta(2, "!") + completed(3);
    const { frames, text, error } = await relay([first, second]);
    expect(error).toBeUndefined();
    expect(text).toBe(first + second);
    expect(frames).toHaveLength(2);
    expect(Buffer.isBuffer(frames[0]!.text)).toBe(true);
    expect(frames.map((item) => item.events)).toEqual([2, 2]);
    // A delta that mentions lifecycle names is neither a document nor a finish.
    expect(frames[0]).toMatchObject({ usage: undefined, finishReason: undefined });
    const [createdFound] = frames[0]!.documents!;
    expect(createdFound).toMatchObject({ type: "response.created", start: 0, end: Buffer.byteLength(created), eventsAfter: 1 });
    expect(createdFound!.document()).toMatchObject({ sequence_number: 0, response: { id: "resp_up" } });
    const [completedFound] = frames[1]!.documents!;
    const bytes = frames[1]!.text as Buffer;
    expect(bytes.toString("utf8", completedFound!.start, completedFound!.end)).toBe(completed(3));
    expect(completedFound).toMatchObject({ type: "response.completed", eventsAfter: 0 });
    expect(frames[1]!.usage).toMatchObject({ inputTokens: 3, outputTokens: 2 });
    expect(frames[1]!.finishReason).toMatchObject({ unified: "stop" });
    // The final Response ends what is forwarded: the handler ends the response in the same write.
    expect(frames.map((item) => item.last)).toEqual([undefined, true]);
  });

  it("does not parse response.created unless asked, but a malformed final frame fails the stream as malformed", async () => {
    const brokenCreated = "event: response.created\ndata: {not json\n\n";
    const relayed = await relay([brokenCreated + delta(1, "a") + completed(2)]);
    expect(relayed.error).toBeUndefined();
    expect(relayed.text).toBe(brokenCreated + delta(1, "a") + completed(2));
    expect(() => relayed.frames[0]!.documents![0]!.document()).toThrow(UpstreamError);

    const broken = await relay([created + delta(1, "a"), "event: response.completed\ndata: {not json\n\n"]);
    expect(broken.text).toBe(created + delta(1, "a"));
    expect(broken.error).toBeInstanceOf(UpstreamError);
    expect((broken.error as UpstreamError).kind).toBe("malformed");
  });

  it("reads the type from the data of frames without an event line, and ends truncated without a final frame", async () => {
    const unnamed = frame("response.output_text.delta", { sequence_number: 1, delta: "a" }, false);
    const finished = await relay([created + unnamed + completed(2, false)]);
    expect(finished.error).toBeUndefined();
    expect(finished.frames[0]!.documents!.map((found) => found.type)).toEqual(["response.created", "response.completed"]);
    expect(finished.frames[0]!.usage).toMatchObject({ outputTokens: 2 });

    const cut = await relay([created + delta(1, "a")]);
    expect(cut.text).toBe(created + delta(1, "a"));
    expect((cut.error as UpstreamError).kind).toBe("truncated");
  });

  it("relays the frames before an error event, then throws the upstream's failure", async () => {
    const error = frame("error", { sequence_number: 2, code: "server_error", message: "boom" });
    const { text, error: thrown } = await relay([created + delta(1, "a") + error + completed(3)]);
    expect(text).toBe(created + delta(1, "a"));
    expect(thrown).toBeInstanceOf(UpstreamError);
    expect((thrown as UpstreamError).message).toContain("boom");
  });
});
