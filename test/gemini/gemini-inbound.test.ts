import { afterEach, describe, expect, it } from "vitest";
import { parseGeminiRequest } from "../../src/dialects/gemini/parse-gemini-request.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream | undefined;
let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  await upstream?.close();
  gateway = undefined;
  upstream = undefined;
});

async function start(type: "gemini" | "openai-compatible", server: Record<string, unknown> = {}): Promise<TestGateway> {
  upstream = await startFakeUpstream({ fallback: fromFixture.json(type === "gemini" ? "gemini/text.json" : "openai-chat/text.json") });
  gateway = await startGateway({
    server,
    providers: { target: { type, base_url: upstream.url } },
    models: { m: { targets: [{ provider: "target", model: "upstream-model" }] } },
  });
  return gateway;
}

const hello = { contents: [{ role: "user", parts: [{ text: "Hello" }] }] };
const post = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("Gemini-native inbound", () => {
  it("authenticates by x-goog-api-key or ?key=, and answers a missing key in Google's shape", async () => {
    const { url } = await start("openai-compatible", { api_keys: ["secret"] });
    expect((await post(`${url}/v1beta/models/m:generateContent`, hello, { "x-goog-api-key": "secret" })).status).toBe(200);
    expect((await post(`${url}/v1beta/models/m:generateContent?key=secret`, hello)).status).toBe(200);
    const refused = await post(`${url}/v1beta/models/m:generateContent`, hello);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: 401, status: "UNAUTHENTICATED", message: expect.stringContaining("x-goog-api-key") } });
    const wrong = await post(`${url}/v1beta/models/m:generateContent?key=nope`, hello);
    expect(wrong.status).toBe(401);
  });

  it("refuses streamGenerateContent without alt=sse, and a GET, with one clear line", async () => {
    const { url } = await start("openai-compatible");
    const array = await post(`${url}/v1beta/models/m:streamGenerateContent`, hello);
    expect(array.status).toBe(400);
    expect(await array.json()).toEqual({ error: { code: 400, status: "INVALID_ARGUMENT", message: expect.stringContaining("add ?alt=sse") } });
    const get = await fetch(`${url}/v1beta/models/m:generateContent`);
    expect(get.status).toBe(405);
    expect(upstream!.requests).toHaveLength(0);
  });

  it("relays a Gemini upstream's mid-stream error as Gemini's own error payload, never a silent end", async () => {
    const { url } = await start("gemini");
    upstream!.enqueue(fromFixture.sse("gemini/error-mid-stream.sse"));
    const answer = await post(`${url}/v1beta/models/m:streamGenerateContent?alt=sse`, hello);
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text).toContain('"text":"Partial"');
    expect(text.trim().split("\n\n").at(-1)).toBe('data: {"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}');
  });

  it("ends a translated stream whose upstream breaks with a Google error payload", async () => {
    const { url } = await start("openai-compatible");
    upstream!.enqueue(fromFixture.sse("openai-chat/text-stream.sse", { cutAfterEvents: 2, eventDelayMs: 50 }));
    const text = await (await post(`${url}/v1beta/models/m:streamGenerateContent?alt=sse`, hello)).text();
    expect(text).toContain('"text":"Paris is"');
    const last = JSON.parse(text.trim().split("\n\n").at(-1)!.slice("data: ".length)) as { error: { code: number; status: string } };
    expect(last.error.status).toMatch(/^[A-Z_]+$/);
    expect(last.error.code).toBeGreaterThanOrEqual(500);
  });

  it("warns per Gemini-only field when the target cannot honour it", async () => {
    const { url } = await start("openai-compatible");
    const answer = await post(`${url}/v1beta/models/m:generateContent`, {
      ...hello,
      safetySettings: [{ category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" }],
      tools: [{ googleSearch: {} }],
    });
    expect(answer.status).toBe(200);
    const warnings = answer.headers.get("x-switchyard-warnings") ?? "";
    expect(warnings).toContain("safetySettings");
    expect(warnings).toContain("tools.0.googleSearch");
  });
});

describe("parseGeminiRequest", () => {
  it("pairs function responses with id-less calls by name, in call order", () => {
    const request = parseGeminiRequest(
      {
        contents: [
          { role: "user", parts: [{ text: "Weather in Paris and Rome?" }] },
          { role: "model", parts: [{ functionCall: { name: "get_weather", args: { city: "Paris" } }, thoughtSignature: "sig" }, { functionCall: { name: "get_weather", args: { city: "Rome" } } }] },
          { role: "user", parts: [{ functionResponse: { name: "get_weather", response: { output: "18" } } }, { functionResponse: { name: "get_weather", response: { output: "21" } } }] },
        ],
        generationConfig: { responseMimeType: "application/json", responseSchema: { type: "OBJECT", properties: { t: { type: "NUMBER", nullable: true } } }, thinkingConfig: { thinkingBudget: 2048 } },
      },
      { model: "m", stream: false },
    );
    const assistant = request.messages[1]!;
    const tool = request.messages[2]!;
    expect(assistant.role).toBe("assistant");
    const ids = assistant.content.map((part) => (part.type === "tool-call" ? part.id : ""));
    expect(new Set(ids).size).toBe(2);
    expect(assistant.content[0]).toMatchObject({ providerMetadata: { gemini: { thoughtSignature: "sig" } } });
    expect(tool.role === "tool" && tool.content.map((part) => [part.toolCallId, part.content[0]])).toEqual([
      [ids[0], { type: "text", text: "18" }],
      [ids[1], { type: "text", text: "21" }],
    ]);
    expect(request.responseFormat).toEqual({ type: "json-schema", name: "response", schema: { type: "object", properties: { t: { type: ["number", "null"] } } } });
    expect(request.reasoning).toEqual({ budgetTokens: 2048 });
  });

  it("names the bad field", () => {
    expect(() => parseGeminiRequest({ contents: [] }, { model: "m", stream: false })).toThrow(/contents/);
    expect(() => parseGeminiRequest({ contents: [{ role: "user", parts: [{ functionResponse: { name: "f", response: {} } }] }] }, { model: "m", stream: false })).toThrow(/contents\.0\.parts\.0\.functionResponse: no earlier functionCall named "f"/);
    expect(() => parseGeminiRequest({ ...hello, generationConfig: { candidateCount: 2 } }, { model: "m", stream: false })).toThrow(/generationConfig\.candidateCount/);
  });
});
