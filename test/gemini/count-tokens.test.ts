import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let gateway: TestGateway;
afterEach(async () => {
  await gateway.close();
  await upstream.close();
});

/** A fake upstream whose counting endpoints answer `tokens` (or fail with 500 when `tokens` is undefined). */
async function start(type: "anthropic" | "gemini" | "openai-compatible" | "openai-responses", tokens: number | undefined): Promise<void> {
  upstream = await startFakeUpstream({
    respond: (request) => {
      if (tokens === undefined) return { json: JSON.stringify({ error: { code: 500, message: "counting is down", status: "INTERNAL" } }), status: 500 };
      if (request.path.endsWith("/messages/count_tokens")) return { json: JSON.stringify({ input_tokens: tokens }) };
      if (request.path.endsWith(":countTokens")) return { json: JSON.stringify({ totalTokens: tokens }) };
      if (request.path.endsWith("/responses/input_tokens")) return { json: JSON.stringify({ object: "response.input_tokens", input_tokens: tokens }) };
      return undefined;
    },
  });
  gateway = await startGateway({
    providers: { target: { type, base_url: upstream.url, api_key: "upstream-key" } },
    models: { m: { targets: [{ provider: "target", model: "upstream-model" }] } },
  });
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const messagesBody = { model: "m", system: "Be brief.", messages: [{ role: "user" as const, content: "How many tokens is this sentence?" }] };

describe("token counting", () => {
  it("POST /v1/messages/count_tokens is exact by pass-through to an Anthropic upstream, beta headers included", async () => {
    await start("anthropic", 42);
    const anthropic = new Anthropic({ apiKey: "k", baseURL: gateway.url, maxRetries: 0 });
    const counted = await anthropic.messages.countTokens({ ...messagesBody, model: "m" }, { headers: { "anthropic-beta": "token-counting-2024-11-01" } });
    expect(counted.input_tokens).toBe(42);
    const sent = upstream.requests[0]!;
    expect(sent.path).toBe("/v1/messages/count_tokens");
    expect(sent.body).toEqual({ ...messagesBody, model: "upstream-model" });
    expect(sent.headers["anthropic-beta"]).toBe("token-counting-2024-11-01");

    const raw = await post("/v1/messages/count_tokens", messagesBody);
    expect(raw.headers.get("x-switchyard-token-count")).toBe("exact");
    expect(raw.headers.get("x-switchyard-target")).toBe("target/upstream-model");
  });

  it("Gemini's :countTokens is exact from a Gemini upstream (relayed) and from an Anthropic one (translated)", async () => {
    await start("gemini", 17);
    const ai = new GoogleGenAI({ apiKey: "k", httpOptions: { baseUrl: gateway.url } });
    const counted = await ai.models.countTokens({ model: "m", contents: "How many tokens?" });
    expect(counted.totalTokens).toBe(17);
    expect(upstream.requests[0]!.path).toMatch(/\/models\/upstream-model:countTokens$/);
    expect(upstream.requests[0]!.body).toEqual({ contents: [{ parts: [{ text: "How many tokens?" }], role: "user" }] });
    await gateway.close();
    await upstream.close();

    await start("anthropic", 9);
    const viaAnthropic = await post("/v1beta/models/m:countTokens", { contents: [{ role: "user", parts: [{ text: "How many tokens?" }] }] });
    expect(await viaAnthropic.json()).toEqual({ totalTokens: 9 });
    expect(viaAnthropic.headers.get("x-switchyard-token-count")).toBe("exact");
    expect(upstream.requests[0]!.body).toEqual({ model: "upstream-model", messages: [{ role: "user", content: [{ type: "text", text: "How many tokens?" }] }] });
  });

  it("a Responses upstream counts exactly at its POST /responses/input_tokens: the caller's own Responses body, or an Anthropic body translated", async () => {
    await start("openai-responses", 23);
    const responsesBody = { model: "m", input: "How many tokens is this sentence?", instructions: "Be brief.", max_output_tokens: 64 };
    const counted = await post("/v1/responses/input_tokens", responsesBody);
    expect(await counted.json()).toEqual({ object: "response.input_tokens", input_tokens: 23 });
    expect(counted.headers.get("x-switchyard-token-count")).toBe("exact");
    expect(upstream.requests[0]!.path).toBe("/v1/responses/input_tokens");
    // Output settings are not part of a count; the model is the target's.
    expect(upstream.requests[0]!.body).toEqual({ model: "upstream-model", input: "How many tokens is this sentence?", instructions: "Be brief." });

    const viaMessages = await post("/v1/messages/count_tokens", messagesBody);
    expect(await viaMessages.json()).toEqual({ input_tokens: 23 });
    expect(viaMessages.headers.get("x-switchyard-token-count")).toBe("exact");
    expect(upstream.requests[1]!.body).toMatchObject({ model: "upstream-model", instructions: "Be brief.", input: [{ role: "user", content: [{ type: "input_text", text: "How many tokens is this sentence?" }] }] });
  });

  it("a Responses upstream without input_tokens (a 404: a server with no such route) gets an estimate with the reason", async () => {
    upstream = await startFakeUpstream({ respond: () => ({ status: 404, json: JSON.stringify({ error: { message: "Not Found", type: "invalid_request_error" } }) }) });
    gateway = await startGateway({
      providers: { target: { type: "openai-responses", base_url: upstream.url, api_key: "upstream-key" } },
      models: { m: { targets: [{ provider: "target", model: "upstream-model" }] } },
    });
    const answer = await post("/v1/responses/input_tokens", { model: "m", input: "How many tokens is this sentence?" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-switchyard-token-count")).toBe("estimate");
    expect(answer.headers.get("x-switchyard-warnings")).toContain("exact count failed at target/upstream-model");
    expect(((await answer.json()) as { input_tokens: number }).input_tokens).toBeGreaterThan(5);
  });

  it("an upstream without counting gets an estimate, labelled as such, on all three endpoints", async () => {
    await start("openai-compatible", 1);
    const anthropicShape = await post("/v1/messages/count_tokens", messagesBody);
    expect(anthropicShape.status).toBe(200);
    expect(anthropicShape.headers.get("x-switchyard-token-count")).toBe("estimate");
    const { input_tokens } = (await anthropicShape.json()) as { input_tokens: number };
    // 7 words of text and a short system prompt, plus per-message overhead: a real count, not a constant.
    expect(input_tokens).toBeGreaterThan(10);
    expect(input_tokens).toBeLessThan(30);

    const longer = (await (await post("/v1/messages/count_tokens", { ...messagesBody, messages: [{ role: "user", content: "word ".repeat(500) }] })).json()) as { input_tokens: number };
    expect(longer.input_tokens).toBeGreaterThan(500);

    const responsesShape = await post("/v1/responses/input_tokens", { model: "m", input: "How many tokens is this sentence?", instructions: "Be brief." });
    expect(responsesShape.headers.get("x-switchyard-token-count")).toBe("estimate");
    expect(await responsesShape.json()).toEqual({ object: "response.input_tokens", input_tokens: input_tokens });

    const geminiShape = await post("/v1beta/models/m:countTokens", { contents: [{ role: "user", parts: [{ text: "How many tokens is this sentence?" }] }] });
    expect(geminiShape.headers.get("x-switchyard-token-count")).toBe("estimate");
    expect(((await geminiShape.json()) as { totalTokens: number }).totalTokens).toBeGreaterThan(5);
    // Nothing was sent upstream: the OpenAI-compatible protocol has no counting endpoint.
    expect(upstream.requests).toHaveLength(0);
  });

  it("a failed exact count falls back to an estimate and says why", async () => {
    await start("anthropic", undefined);
    const answer = await post("/v1/messages/count_tokens", messagesBody);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-switchyard-token-count")).toBe("estimate");
    expect(answer.headers.get("x-switchyard-warnings")).toContain("exact count failed at target/upstream-model");
  });

  it("bad input is a 400 naming the field, in the endpoint's own error shape", async () => {
    await start("openai-compatible", 1);
    const anthropicShape = await post("/v1/messages/count_tokens", { model: "m", messages: [] });
    expect(anthropicShape.status).toBe(400);
    expect(await anthropicShape.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("messages") } });
    const geminiShape = await post("/v1beta/models/m:countTokens", {});
    expect(geminiShape.status).toBe(400);
    expect(await geminiShape.json()).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT", message: expect.stringContaining("contents") } });
  });
});
