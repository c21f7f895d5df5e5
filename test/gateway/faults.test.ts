import { createServer } from "node:net";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { waitFor } from "../support/wait-for.js";

/** Every failure the issue names, against real loopback servers and the official SDK. */
describe("gateway fault handling", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function upstreamPair(): Promise<[FakeUpstream, FakeUpstream]> {
    const first = await startFakeUpstream();
    const second = await startFakeUpstream();
    cleanups.push(() => first.close(), () => second.close());
    return [first, second];
  }

  async function gatewayFor(config: Record<string, unknown>): Promise<{ gateway: TestGateway; client: OpenAI }> {
    const gateway = await startGateway(config);
    cleanups.push(() => gateway.close());
    return { gateway, client: new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 }) };
  }

  const twoTargets = (first: string, second: string, route: Record<string, unknown> = {}) => ({
    providers: { primary: { type: "openai-compatible", base_url: first }, secondary: { type: "openai-compatible", base_url: second } },
    models: {
      "chat-default": {
        targets: [
          { provider: "primary", model: "meta-llama/llama-4-maverick" },
          { provider: "secondary", model: "google/gemma-4-31b-it" },
        ],
        ...route,
      },
    },
  });

  it("serves a streamed tool call from the second target when the first answers 500, and says 2 attempts", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue(fromFixture.json("openai-chat/error-500.json", 500));
    secondary.enqueue(fromFixture.sse("openai-chat/parallel-tool-calls-stream.sse"));
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const { data: stream, response } = await client.chat.completions
      .create({ model: "chat-default", messages: [{ role: "user", content: "weather?" }], tools: [{ type: "function", function: { name: "get_weather" } }], stream: true })
      .withResponse();
    const ids: string[] = [];
    for await (const chunk of stream) for (const call of chunk.choices[0]?.delta.tool_calls ?? []) if (call.id) ids.push(call.id);
    expect(ids).toEqual(["call_a", "call_b"]);
    expect(response.headers.get("x-switchyard-attempts")).toBe("2");
    expect(response.headers.get("x-switchyard-target")).toBe("secondary/google/gemma-4-31b-it");
    expect(primary.requests).toHaveLength(1);
  });

  it("retries a 429 on the same target after the Retry-After it asked for", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue(fromFixture.json("openai-chat/error-429.json", 429, { "retry-after": "1" }), fromFixture.json("openai-chat/text.json"));
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url, { retry: { attempts: 2, backoff_ms: 10 } }));
    const started = Date.now();
    const { response } = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }] }).withResponse();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(response.headers.get("x-switchyard-target")).toBe("primary/meta-llama/llama-4-maverick");
    expect(response.headers.get("x-switchyard-attempts")).toBe("2");
    expect(secondary.requests).toHaveLength(0);
  });

  it("answers 429 with Retry-After in OpenAI's shape when every target is rate limited", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue(fromFixture.json("openai-chat/error-429.json", 429, { "retry-after": "7" }));
    secondary.enqueue(fromFixture.json("openai-chat/error-429.json", 429, { "retry-after": "7" }));
    const { gateway } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const response = await fetch(`${gateway.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "chat-default", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.headers.get("x-switchyard-attempts")).toBe("2");
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("rate_limit_error");
    expect(body.error.message).toContain("Rate limit reached");
  });

  it("falls back when the first target refuses connections", async () => {
    const closedPort = await freePort();
    const [, secondary] = await upstreamPair();
    const { client } = await gatewayFor(twoTargets(`http://127.0.0.1:${closedPort}/v1`, secondary.url));
    const { data, response } = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }] }).withResponse();
    expect(data.choices[0]!.message.content).toContain("Paris");
    expect(response.headers.get("x-switchyard-attempts")).toBe("2");
  });

  it("abandons a target that sends no first token within first_token_ms, and cancels that upstream request", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue({ hang: true });
    secondary.enqueue(fromFixture.sse("openai-chat/text-stream.sse"));
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url, { timeout: { first_token_ms: 300 } }));
    const aborted = primary.waitForAbort();
    const stream = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("Paris is the capital.");
    await aborted;
  });

  it("ends a stream whose upstream disconnects mid-way with an error event, not a silent success", async () => {
    const [primary, secondary] = await upstreamPair();
    // Events spaced out so the first reaches the client before the cut (a cut before it would fall back).
    primary.enqueue(fromFixture.sse("openai-chat/text-stream.sse", { cutAfterEvents: 2, eventDelayMs: 30 }));
    const { client, gateway } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const stream = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    const consume = async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    };
    await expect(consume()).rejects.toThrow(/upstream connection failed: other side closed/);
    expect(text).toBe("Paris is");
    // After the first byte there is no fallback: the second target is never called.
    expect(secondary.requests).toHaveLength(0);
    await waitFor(() => gateway.summaries.length === 1);
    expect(gateway.summaries[0]!.errorCode).toBe("connection");
  });

  it("relays an error event the upstream sends mid-stream", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue(fromFixture.sse("openai-chat/error-mid-stream.sse"));
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const stream = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }], stream: true });
    await expect(
      (async () => {
        for await (const _chunk of stream);
      })(),
    ).rejects.toThrow(/The server had an error/);
  });

  it("falls back from malformed JSON and from malformed SSE before the first byte", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue({ json: "{not json", status: 200 }, { sse: "openai-chat/malformed-stream.sse", cutAfterEvents: undefined });
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const { response } = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }] }).withResponse();
    expect(response.headers.get("x-switchyard-target")).toBe("secondary/google/gemma-4-31b-it");
  });

  it("ends the stream with an error when the upstream's SSE turns malformed after the first byte", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue({ sse: "openai-chat/malformed-stream.sse" });
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const stream = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }], stream: true });
    await expect(
      (async () => {
        for await (const _chunk of stream);
      })(),
    ).rejects.toThrow(/malformed|ended before/);
  });

  it("answers 400 naming the field for an invalid client request, without calling any upstream", async () => {
    const [primary, secondary] = await upstreamPair();
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const error = await client.chat.completions
      .create({ model: "chat-default", messages: [{ role: "user", content: "hi" }], temperature: 7 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("temperature");
    const missing = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user" } as never] }).catch((caught: unknown) => caught);
    expect((missing as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("messages.0.content");
    expect(primary.requests).toHaveLength(0);
  });

  it("relays an upstream request error (400) in OpenAI's shape without trying other targets", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue(fromFixture.json("openai-chat/error-400-context.json", 400));
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const error = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as Error).message).toContain("maximum context length");
    expect(secondary.requests).toHaveLength(0);
  });

  it("answers 413 for a body over the limit", async () => {
    const [primary, secondary] = await upstreamPair();
    const config = { ...twoTargets(primary.url, secondary.url), server: { max_body_bytes: 1024 } };
    const { client } = await gatewayFor(config);
    const error = await client.chat.completions.create({ model: "chat-default", messages: [{ role: "user", content: "x".repeat(5000) }] }).catch((caught: unknown) => caught);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(413);
  });

  it("answers 404 for an unknown model, listing the known aliases", async () => {
    const [primary, secondary] = await upstreamPair();
    const { client } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const error = await client.chat.completions.create({ model: "gpt-7", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as Error).message).toContain("chat-default");
    expect((error as Error).message).toContain("PROVIDER/MODEL");
  });

  it("cancels the upstream request when the client disconnects", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.enqueue(fromFixture.sse("openai-chat/text-stream.sse", { eventDelayMs: 200 }));
    const { gateway } = await gatewayFor(twoTargets(primary.url, secondary.url));
    const controller = new AbortController();
    const aborted = primary.waitForAbort();
    const response = await fetch(`${gateway.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "chat-default", stream: true, messages: [{ role: "user", content: "hi" }] }),
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await aborted;
    expect(primary.abortedRequests).toBe(1);
    await waitFor(() => gateway.summaries.length === 1);
    expect(gateway.summaries[0]!.clientDisconnected).toBe(true);
  });

  it("opens a target's circuit after repeated failures, shows it at the admin API, and says why nothing is available", async () => {
    const [primary, secondary] = await upstreamPair();
    primary.fallback = fromFixture.json("openai-chat/error-500.json", 500);
    const config = {
      providers: { primary: { type: "openai-compatible", base_url: primary.url } },
      models: { solo: { targets: [{ provider: "primary", model: "m" }], breaker: { failures: 2, cooldown_ms: 60_000 } } },
    };
    const { client, gateway } = await gatewayFor(config);
    for (let index = 0; index < 2; index++) await client.chat.completions.create({ model: "solo", messages: [{ role: "user", content: "hi" }] }).catch(() => undefined);
    const admin = (await (await fetch(`${gateway.url}/admin/targets`)).json()) as { routes: { targets: { state: string; consecutive_failures: number }[] }[] };
    expect(admin.routes[0]!.targets[0]).toMatchObject({ state: "open", consecutive_failures: 2 });
    const error = await client.chat.completions.create({ model: "solo", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
    expect((error as Error).message).toMatch(/circuit open after 2 consecutive failures/);
    expect(primary.requests).toHaveLength(2);
    void secondary;
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
