import { ApiError, FunctionCallingConfigMode, GoogleGenAI, Type, type Content, type FunctionDeclaration } from "@google/genai";
import { afterEach, describe, expect, it } from "vitest";
import { startResponsesGateway, type ResponsesSetup } from "../responses/support/start-responses-gateway.js";
import type { UpstreamType } from "../responses/support/scripted-upstream.js";

const upstreamTypes: readonly UpstreamType[] = ["openai-compatible", "anthropic", "gemini"];

const getWeather: FunctionDeclaration = {
  name: "get_weather",
  description: "Current weather in a city",
  parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING } }, required: ["city"] },
};

/** The scripted upstreams report 20 input tokens with 5 of them cached; Anthropic's 20 excludes the cached 5. */
function promptTokens(type: UpstreamType): number {
  return type === "anthropic" ? 25 : 20;
}

function client(setup: ResponsesSetup, apiVersion?: string): GoogleGenAI {
  return new GoogleGenAI({ apiKey: "caller-key", httpOptions: { baseUrl: setup.gateway.url, ...(apiVersion && { apiVersion }), retryOptions: { attempts: 1 } } });
}

/** `@google/genai` as the caller: Gemini-native inbound, routed to each kind of upstream. */
describe.each(upstreamTypes)("@google/genai through the gateway to a %s upstream", (type) => {
  let setup: ResponsesSetup;
  afterEach(async () => {
    await setup.close();
  });

  it("generateContent answers text, calls a tool and continues with its result", async () => {
    setup = await startResponsesGateway(type);
    const ai = client(setup);

    const greeting = await ai.models.generateContent({ model: "m", contents: "Hello", config: { systemInstruction: "Be brief.", temperature: 0.2 } });
    expect(greeting.text).toBe(`Hello from ${type}.`);
    expect(greeting.candidates?.[0]?.finishReason).toBe("STOP");
    // Gemini counts cached tokens inside the prompt; Anthropic reports them apart (20 + 5 read from cache).
    expect(greeting.usageMetadata?.promptTokenCount).toBe(promptTokens(type));
    expect(greeting.usageMetadata?.cachedContentTokenCount).toBe(5);
    expect(greeting.usageMetadata?.candidatesTokenCount).toBe(10);
    expect(greeting.sdkHttpResponse?.headers?.["x-switchyard-target"]).toBe("target/upstream-model");

    const contents: Content[] = [{ role: "user", parts: [{ text: "Weather in Paris?" }] }];
    const config = { tools: [{ functionDeclarations: [getWeather] }], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.AUTO } } };
    const first = await ai.models.generateContent({ model: "m", contents, config });
    const call = first.functionCalls?.[0];
    expect(call).toMatchObject({ name: "get_weather", args: { city: "Paris" } });

    contents.push(first.candidates![0]!.content!, { role: "user", parts: [{ functionResponse: { id: call!.id, name: "get_weather", response: { output: "18°C" } } }] });
    const second = await ai.models.generateContent({ model: "m", contents, config });
    expect(second.text).toContain("The weather: ");
    expect(second.text).toContain("18°C");

    // What the upstream got: the tool declared in its own protocol, the result paired with the call.
    const sent = setup.upstream.requests.at(-1)!;
    const text = JSON.stringify(sent.body);
    expect(text).toContain("get_weather");
    expect(text).toContain("18°C");
    if (type === "gemini") {
      // Same protocol: the caller's body is relayed, untranslated.
      expect(sent.path).toMatch(/\/models\/upstream-model:generateContent$/);
      expect(sent.body.toolConfig).toEqual({ functionCallingConfig: { mode: "AUTO" } });
      expect(sent.headers["x-goog-api-key"]).toBe("upstream-key");
    }
    if (type === "openai-compatible") expect((sent.body.tools as { function: { parameters: unknown } }[])[0]!.function.parameters).toEqual({ type: "object", properties: { city: { type: "string" } }, required: ["city"] });
    expect(setup.gateway.summaries.every((summary) => summary.dialect === "gemini" && summary.status === 200)).toBe(true);
  });

  it("generateContentStream streams text and a whole function call, with usage on the last chunk", async () => {
    setup = await startResponsesGateway(type);
    const ai = client(setup);

    let text = "";
    let last: Awaited<ReturnType<typeof ai.models.generateContent>> | undefined;
    for await (const chunk of await ai.models.generateContentStream({ model: "m", contents: "Hello" })) {
      text += chunk.text ?? "";
      last = chunk;
    }
    expect(text).toBe(`Hello from ${type}.`);
    expect(last?.candidates?.[0]?.finishReason).toBe("STOP");
    expect(last?.usageMetadata?.promptTokenCount).toBe(promptTokens(type));

    const calls = [];
    for await (const chunk of await ai.models.generateContentStream({ model: "m", contents: "Weather in Paris?", config: { tools: [{ functionDeclarations: [getWeather] }] } })) {
      calls.push(...(chunk.functionCalls ?? []));
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "get_weather", args: { city: "Paris" } });
    const sent = setup.upstream.requests.at(-1)!;
    if (type === "gemini") expect(sent.path).toMatch(/\/models\/upstream-model:streamGenerateContent\?alt=sse$/);
    else expect(sent.body.stream).toBe(true);
  });

  it("answers on the /v1/ paths too, and refuses an unknown model in Google's error shape", async () => {
    setup = await startResponsesGateway(type);
    const greeting = await client(setup, "v1").models.generateContent({ model: "m", contents: "Hello" });
    expect(greeting.text).toBe(`Hello from ${type}.`);

    const error = await client(setup).models.generateContent({ model: "nope", contents: "Hello" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toContain("NOT_FOUND");
    expect((error as ApiError).message).toContain('The model \\"nope\\" does not exist');
  });
});
