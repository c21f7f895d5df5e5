import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { afterEach, describe, expect, it } from "vitest";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";

/**
 * Issue 14: the pass-through relays locate frames in the bytes as read and hand the
 * rest of a stream to the SSE parser at the first frame in another shape. Frames
 * located earlier in that same read must go out exactly as the upstream named them.
 * The upstream streams are sent in one write, so the gateway reads the located frames
 * and the odd one (a comment, as OpenRouter sends `: OPENROUTER PROCESSING`) together.
 */

/** Raw SSE text of a gateway call. */
async function rawStream(url: string, headers: Record<string, string>, body: unknown): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.text();
}

/** The stream with a comment frame after its `after`th frame. */
function withComment(stream: string, after: number, comment: string): string {
  const frames = stream.split("\n\n").slice(0, -1);
  return [...frames.slice(0, after), comment, ...frames.slice(after)].map((frame) => `${frame}\n\n`).join("");
}

/** The stream with frame `index`'s JSON data written over two `data:` lines (split after its first comma). */
function withTwoLineData(stream: string, index: number): string {
  const frames = stream.split("\n\n").slice(0, -1);
  frames[index] = frames[index]!.replace(/^data: ([^,]*,)/m, "data: $1\ndata: ");
  return frames.map((frame) => `${frame}\n\n`).join("");
}

/** Each frame's `event:` name and its data's `type`. */
function namesAndTypes(raw: string): { event: string | undefined; type: string }[] {
  return raw
    .trim()
    .split("\n\n")
    .map((frame) => {
      const lines = frame.split("\n");
      const event = lines.find((line) => line.startsWith("event: "))?.slice("event: ".length);
      const data = lines.find((line) => line.startsWith("data: "))!.slice("data: ".length);
      return { event, type: (JSON.parse(data) as { type: string }).type };
    });
}

describe("pass-through relays when the stream changes SSE shape partway through a read (issue 14)", () => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  it("Responses: every frame keeps its event: line and data, in order, none lost or repeated; the openai client gets the whole answer", async () => {
    setup = await startResponsesGateway("openai-responses");
    const { responsesStream } = await import("./support/responses-wire.js");
    const upstream = responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello there" });
    const sent = withComment(upstream, 2, ": OPENROUTER PROCESSING");
    setup.upstream.enqueue({ sseBody: sent });
    const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { authorization: "Bearer k" }, { model: "m", input: "Hi", stream: true });
    // The parser drops the comment; everything else is the upstream's bytes, with the caller's alias for the model.
    expect(raw).toBe(upstream.replaceAll('"model":"upstream-model"', '"model":"m"'));
    const frames = namesAndTypes(raw);
    expect(frames.every((frame) => frame.event === frame.type)).toBe(true);
    expect(frames).toHaveLength(upstream.split("\n\n").length - 1);

    setup.upstream.enqueue({ sseBody: withComment(responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello there" }), 2, ": OPENROUTER PROCESSING") });
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const events: ResponseStreamEvent[] = [];
    for await (const event of await client.responses.create({ model: "m", input: "Hi", stream: true })) events.push(event);
    expect(events.map((event) => event.sequence_number)).toEqual(frames.map((_, index) => index));
    expect(events.map((event) => event.type)).toEqual(frames.map((frame) => frame.type));
    expect(events.at(-1)).toMatchObject({ type: "response.completed", response: { status: "completed", output: [{ content: [{ text: "Hello there" }] }] } });
  });

  it("Anthropic (whose clients dispatch on event:): every frame keeps its event: line; @anthropic-ai/sdk gets the whole answer", async () => {
    setup = await startResponsesGateway("anthropic");
    const request = { model: "m", max_tokens: 64, messages: [{ role: "user" as const, content: "Hi" }] };
    const raw = await rawStream(`${setup.gateway.baseURL.replace(/\/v1$/, "")}/v1/messages`, { "x-api-key": "k", "anthropic-version": "2023-06-01" }, { ...request, stream: true });
    const plain = namesAndTypes(raw);
    expect(plain.every((frame) => frame.event === frame.type)).toBe(true);

    // The same stream again, now with a comment after its first frame.
    const upstreamBytes = raw.replaceAll('"model":"m"', '"model":"scripted"');
    setup.upstream.enqueue({ sseBody: withComment(upstreamBytes, 1, ": keep-alive") });
    expect(namesAndTypes(await rawStream(`${setup.gateway.baseURL.replace(/\/v1$/, "")}/v1/messages`, { "x-api-key": "k", "anthropic-version": "2023-06-01" }, { ...request, stream: true }))).toEqual(plain);

    setup.upstream.enqueue({ sseBody: withComment(upstreamBytes, 1, ": keep-alive") });
    const client = new Anthropic({ baseURL: setup.gateway.baseURL.replace(/\/v1$/, ""), apiKey: "k", maxRetries: 0 });
    const types: string[] = [];
    const stream = client.messages.stream(request);
    stream.on("streamEvent", (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(types).toEqual(plain.map((frame) => frame.type));
    expect(message.content).toEqual([{ type: "text", text: "Hello from anthropic." }]);
  });

  describe("a frame whose data spans two data: lines reaches the client whole (each line re-sent with its own data: prefix)", () => {
    it("Responses: the bytes are the upstream's; the openai client gets the whole answer", async () => {
      setup = await startResponsesGateway("openai-responses");
      const { responsesStream } = await import("./support/responses-wire.js");
      const upstream = withTwoLineData(responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello there" }), 4);
      expect(upstream.split("\n\n")[4]).toMatch(/^event: response.output_text.delta\ndata: [^\n]*,\ndata: /);
      setup.upstream.enqueue({ sseBody: upstream });
      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { authorization: "Bearer k" }, { model: "m", input: "Hi", stream: true });
      expect(raw).toBe(upstream.replaceAll('"model":"upstream-model"', '"model":"m"'));

      setup.upstream.enqueue({ sseBody: withTwoLineData(responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello there" }), 4) });
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const stream = client.responses.stream({ model: "m", input: "Hi" });
      const deltas: string[] = [];
      stream.on("response.output_text.delta", (event) => deltas.push(event.delta));
      expect((await stream.finalResponse()).output_text).toBe("Hello there");
      expect(deltas.join("")).toBe("Hello there");
    });

    it("Chat Completions: the bytes are the upstream's; the openai client gets the whole answer", async () => {
      setup = await startResponsesGateway("openai-compatible");
      const request = { model: "m", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };
      const plain = await rawStream(`${setup.gateway.baseURL}/chat/completions`, { authorization: "Bearer k" }, request);
      const upstream = withTwoLineData(plain, 1);
      expect(upstream.split("\n\n")[1]).toMatch(/^data: [^\n]*,\ndata: /);
      setup.upstream.enqueue({ sseBody: upstream });
      expect(await rawStream(`${setup.gateway.baseURL}/chat/completions`, { authorization: "Bearer k" }, request)).toBe(upstream);

      setup.upstream.enqueue({ sseBody: upstream });
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      let text = "";
      for await (const chunk of await client.chat.completions.create(request)) text += chunk.choices[0]?.delta.content ?? "";
      expect(text).toBe("Hello from openai-compatible.");
    });

    it("Anthropic: the bytes are the upstream's; @anthropic-ai/sdk gets the whole answer", async () => {
      setup = await startResponsesGateway("anthropic");
      const origin = setup.gateway.baseURL.replace(/\/v1$/, "");
      const headers = { "x-api-key": "k", "anthropic-version": "2023-06-01" };
      const request = { model: "m", max_tokens: 64, messages: [{ role: "user" as const, content: "Hi" }] };
      const plain = await rawStream(`${origin}/v1/messages`, headers, { ...request, stream: true });
      const upstream = withTwoLineData(plain, 2);
      expect(upstream.split("\n\n")[2]).toMatch(/^event: content_block_delta\ndata: [^\n]*,\ndata: /);
      setup.upstream.enqueue({ sseBody: upstream });
      expect(await rawStream(`${origin}/v1/messages`, headers, { ...request, stream: true })).toBe(upstream);

      setup.upstream.enqueue({ sseBody: upstream });
      const client = new Anthropic({ baseURL: origin, apiKey: "k", maxRetries: 0 });
      const message = await client.messages.stream(request).finalMessage();
      expect(message.content).toEqual([{ type: "text", text: "Hello from anthropic." }]);
    });
  });

  describe("id: lines (a client resumes with Last-Event-ID) stay in byte pass-through; translation drops them", () => {
    /** The stream with `id: N` (the frame's number) as each frame's first line. */
    const withIds = (stream: string): string =>
      stream
        .split("\n\n")
        .slice(0, -1)
        .map((frame, index) => `id: ${index + 1}\n${frame}\n\n`)
        .join("");
    const ids = (raw: string): string[] => raw.split("\n").filter((line) => line.startsWith("id:"));

    it("Responses to Responses: every frame keeps its id, in place; the openai client gets the whole answer in order", async () => {
      setup = await startResponsesGateway("openai-responses");
      const { responsesStream } = await import("./support/responses-wire.js");
      const upstream = withIds(responsesStream({ model: "upstream-model" }, { kind: "text", text: "Hello there" }));
      setup.upstream.enqueue({ sseBody: upstream });
      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { authorization: "Bearer k" }, { model: "m", input: "Hi", stream: true });
      expect(ids(raw)).toHaveLength(upstream.split("\n\n").length - 1);
      expect(raw).toBe(upstream.replaceAll('"model":"upstream-model"', '"model":"m"'));

      setup.upstream.enqueue({ sseBody: upstream });
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const events: ResponseStreamEvent[] = [];
      for await (const event of await client.responses.create({ model: "m", input: "Hi", stream: true })) events.push(event);
      expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
      expect(events.at(-1)).toMatchObject({ type: "response.completed", response: { output: [{ content: [{ text: "Hello there" }] }] } });
    });

    it("Chat to Chat: every frame keeps its id, [DONE] included; the openai client gets the whole answer", async () => {
      setup = await startResponsesGateway("openai-compatible");
      const request = { model: "m", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };
      const upstream = withIds(await rawStream(`${setup.gateway.baseURL}/chat/completions`, { authorization: "Bearer k" }, request));
      setup.upstream.enqueue({ sseBody: upstream });
      const raw = await rawStream(`${setup.gateway.baseURL}/chat/completions`, { authorization: "Bearer k" }, request);
      expect(raw).toBe(upstream);
      expect(ids(raw)).toHaveLength(upstream.split("\n\n").length - 1);

      setup.upstream.enqueue({ sseBody: upstream });
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      let text = "";
      for await (const chunk of await client.chat.completions.create(request)) text += chunk.choices[0]?.delta.content ?? "";
      expect(text).toBe("Hello from openai-compatible.");
    });

    it("a Chat upstream's ids are not sent to a Responses caller: its events are the gateway's own, numbered by sequence_number", async () => {
      setup = await startResponsesGateway("openai-compatible");
      const request = { model: "m", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };
      const upstream = withIds(await rawStream(`${setup.gateway.baseURL}/chat/completions`, { authorization: "Bearer k" }, request));
      setup.upstream.enqueue({ sseBody: upstream });
      const raw = await rawStream(`${setup.gateway.baseURL}/responses`, { authorization: "Bearer k" }, { model: "m", input: "Hi", stream: true });
      expect(raw).toContain("Hello from openai-compatible.");
      expect(ids(raw)).toEqual([]);
    });
  });
});
