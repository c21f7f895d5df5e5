import { expect } from "vitest";
import { fromFixture, type FakeReply } from "../../support/fake-upstream.js";
import type { NeutralRequest, NeutralResult } from "./neutral.js";
import { tinyPng, weatherSchema } from "./neutral.js";
import type { SentRequest, UpstreamProtocol } from "./read-sent-request.js";

export type InboundDialectName = "openai-chat" | "anthropic-messages";

export interface ScenarioContext {
  readonly inbound: InboundDialectName;
  readonly upstream: UpstreamProtocol;
  readonly result: NeutralResult;
  /** What the gateway sent upstream, read back neutrally; undefined if nothing was sent. */
  readonly sent: SentRequest | undefined;
  readonly rawSent: Record<string, unknown> | undefined;
  /** The ledger's view of usage (canonical, "not reported" kept as undefined). */
  readonly ledgerUsage: () => Promise<{ inputTokens: number | undefined; outputTokens: number | undefined } | undefined>;
}

export interface Scenario {
  readonly name: string;
  readonly request: NeutralRequest;
  readonly replies: Record<UpstreamProtocol, FakeReply>;
  check(context: ScenarioContext): void | Promise<void>;
}

/** The same recorded-fixture name in each protocol's folder. */
const each = (openai: string, anthropic: string, gemini: string): Record<UpstreamProtocol, FakeReply> => ({
  "openai-compatible": openai.endsWith(".sse") ? fromFixture.sse(`openai-chat/${openai}`) : fromFixture.json(`openai-chat/${openai}`),
  anthropic: anthropic.endsWith(".sse") ? fromFixture.sse(`anthropic-messages/${anthropic}`) : fromFixture.json(`anthropic-messages/${anthropic}`),
  gemini: gemini.endsWith(".sse") ? fromFixture.sse(`gemini/${gemini}`) : fromFixture.json(`gemini/${gemini}`),
});

const errors = (name: string, status: number): Record<UpstreamProtocol, FakeReply> => ({
  "openai-compatible": fromFixture.json(`openai-chat/${name}`, status),
  anthropic: fromFixture.json(`anthropic-messages/${name}`, status),
  gemini: fromFixture.json(`gemini/${name}`, status),
});

const ask = (text: string): NeutralRequest["turns"] => [{ role: "user", text }];
const parsedArguments = (result: NeutralResult): unknown[] => result.toolCalls.map((call): unknown => JSON.parse(call.arguments));

function expectNoError(result: NeutralResult): void {
  expect(result.error, result.error?.message).toBeUndefined();
}

export const scenarios: readonly Scenario[] = [
  {
    name: "text",
    request: { turns: ask("Capital of France?"), stream: false },
    replies: each("text.json", "text.json", "text.json"),
    check: ({ result, sent }) => {
      expectNoError(result);
      expect(result.text).toBe("Paris is the capital of France.");
      expect(result.finish).toBe("stop");
      expect(sent?.turns.map((turn) => [turn.role, turn.text])).toEqual([["user", "Capital of France?"]]);
    },
  },
  {
    name: "system prompt",
    request: { system: "You are terse.", turns: ask("Capital of France?"), stream: false },
    replies: each("text.json", "text.json", "text.json"),
    check: ({ result, sent }) => {
      expectNoError(result);
      expect(sent?.system).toBe("You are terse.");
      expect(sent?.turns.map((turn) => turn.role)).toEqual(["user"]);
    },
  },
  {
    name: "multi-turn",
    request: {
      turns: [
        { role: "user", text: "Capital of France?" },
        { role: "assistant", text: "Paris." },
        { role: "user", text: "And of Italy?" },
      ],
      stream: false,
    },
    replies: each("text.json", "text.json", "text.json"),
    check: ({ result, sent }) => {
      expectNoError(result);
      expect(sent?.turns.map((turn) => [turn.role, turn.text])).toEqual([
        ["user", "Capital of France?"],
        ["assistant", "Paris."],
        ["user", "And of Italy?"],
      ]);
    },
  },
  {
    name: "tool call",
    request: { turns: ask("Weather in Paris and Rome?"), tools: true, stream: false },
    replies: each("tool-calls.json", "tool-use.json", "tool-calls.json"),
    check: ({ result, sent }) => {
      expectNoError(result);
      expect(sent?.toolNames).toEqual(["get_weather"]);
      expect(result.finish).toBe("tool-calls");
      expect(result.toolCalls.map((call) => call.name)).toEqual(["get_weather", "get_weather"]);
      expect(parsedArguments(result)).toEqual([{ city: "Paris" }, { city: "Rome" }]);
      expect(new Set(result.toolCalls.map((call) => call.id)).size).toBe(2);
    },
  },
  {
    name: "parallel tool calls",
    request: { turns: ask("Weather in Paris and Rome?"), tools: true, stream: true },
    replies: each("parallel-tool-calls-stream.sse", "parallel-tool-use-stream.sse", "parallel-tool-calls-stream.sse"),
    check: ({ result }) => {
      expectNoError(result);
      expect(result.finish).toBe("tool-calls");
      expect(result.toolCalls.map((call) => call.index)).toEqual([0, 1]);
      expect(parsedArguments(result)).toEqual([{ city: "Paris" }, { city: "Rome" }]);
      const ids = result.toolCalls.map((call) => call.id);
      expect(ids.every((id) => id.length > 0)).toBe(true);
      expect(new Set(ids).size).toBe(2);
    },
  },
  {
    name: "streamed tool arguments",
    request: { turns: ask("Weather in Paris?"), tools: true, stream: true },
    replies: each("parallel-tool-calls-stream.sse", "tool-use-stream.sse", "tool-call-stream.sse"),
    check: ({ result, upstream }) => {
      expectNoError(result);
      expect(parsedArguments(result)[0]).toEqual({ city: "Paris" });
      // Gemini sends calls whole; the others stream fragments, which must reach the client as fragments.
      expect(result.argumentFragments).toBeGreaterThanOrEqual(upstream === "gemini" ? 1 : 2);
    },
  },
  {
    name: "tool-result round trip",
    request: {
      turns: [
        { role: "user", text: "Weather in Paris?" },
        { role: "assistant", toolCalls: [{ id: "call_rt1", name: "get_weather", arguments: '{"city":"Paris"}' }] },
        { role: "tool", results: [{ id: "call_rt1", text: "18°C, cloudy" }] },
      ],
      tools: true,
      stream: false,
    },
    replies: each("text.json", "text.json", "text.json"),
    check: ({ result, sent, upstream }) => {
      expectNoError(result);
      expect(sent?.turns.map((turn) => turn.role)).toEqual(["user", "assistant", "tool"]);
      expect(sent?.turns[1]?.toolCalls).toEqual([{ id: "call_rt1", name: "get_weather", args: { city: "Paris" } }]);
      const toolResult = sent?.turns[2]?.toolResults[0];
      expect(toolResult?.text).toBe("18°C, cloudy");
      expect(toolResult?.id).toBe("call_rt1");
      // Gemini answers by name; the gateway finds it from the call id.
      if (upstream === "gemini") expect(toolResult?.name).toBe("get_weather");
    },
  },
  {
    name: "image input",
    request: { turns: [{ role: "user", text: "What is this?", imagePngBase64: tinyPng }], stream: false },
    replies: each("text.json", "text.json", "text.json"),
    check: ({ result, sent, rawSent, upstream }) => {
      expectNoError(result);
      expect(sent?.turns[0]?.images).toBe(1);
      expect(sent?.turns[0]?.text).toBe("What is this?");
      if (upstream === "gemini") expect(JSON.stringify(rawSent)).toContain(`"inlineData":{"mimeType":"image/png","data":"${tinyPng}"}`);
    },
  },
  {
    name: "JSON-schema output",
    request: { turns: ask("Weather in Paris as JSON"), jsonSchema: weatherSchema, stream: false },
    replies: each("text.json", "text.json", "text.json"),
    check: ({ result, sent, rawSent, upstream }) => {
      expectNoError(result);
      if (upstream === "gemini") {
        expect((rawSent?.generationConfig as Record<string, unknown>).responseMimeType).toBe("application/json");
        expect(sent?.jsonSchema).toEqual({
          type: "OBJECT",
          properties: { city: { type: "STRING" }, celsius: { type: "NUMBER", nullable: true } },
          required: ["city", "celsius"],
        });
        expect(result.warningsHeader).toContain("additionalProperties");
      } else {
        expect(sent?.jsonSchema).toEqual(weatherSchema);
      }
    },
  },
  {
    name: "stop-reason mapping",
    request: { turns: ask("Capital of France?"), stream: false },
    replies: each("length.json", "max-tokens.json", "max-tokens.json"),
    check: ({ result }) => {
      expectNoError(result);
      expect(result.finish).toBe("length");
      expect(result.text).toBe("Paris is the capital of");
    },
  },
  {
    name: "usage present",
    request: { turns: ask("Capital?"), stream: true },
    replies: each("text-stream.sse", "text-stream.sse", "text-stream.sse"),
    check: async ({ result, upstream, ledgerUsage }) => {
      expectNoError(result);
      expect(result.text).toBe("Paris is the capital.");
      const expected = { "openai-compatible": { input: 14, output: 5, cached: 0 }, anthropic: { input: 16, output: 5, cached: 4 }, gemini: { input: 14, output: 5, cached: 4 } }[upstream];
      expect(result.usage).toEqual(expected);
      expect((await ledgerUsage())?.inputTokens).toBe(expected.input);
    },
  },
  {
    name: "usage absent",
    request: { turns: ask("Capital of France?"), stream: false },
    replies: each("text-no-usage.json", "text-no-usage.json", "text-no-usage.json"),
    check: async ({ result, inbound, upstream, ledgerUsage }) => {
      expectNoError(result);
      // OpenAI can omit usage, and pass-through relays the upstream's body as it came; translated
      // Anthropic answers need numbers, so 0 is rendered there. The ledger keeps "not reported".
      if (inbound === "openai-chat" || upstream === "anthropic") expect(result.usage).toBeUndefined();
      else expect(result.usage).toEqual({ input: 0, output: 0, cached: undefined });
      const usage = await ledgerUsage();
      expect(usage?.inputTokens).toBeUndefined();
      expect(usage?.outputTokens).toBeUndefined();
    },
  },
  {
    name: "429",
    request: { turns: ask("Capital?"), stream: false },
    replies: errors("error-429.json", 429),
    check: ({ result, inbound }) => {
      expect(result.error?.status).toBe(429);
      if (inbound === "anthropic-messages") expect(result.error?.type).toBe("rate_limit_error");
    },
  },
  {
    name: "500",
    request: { turns: ask("Capital?"), stream: false },
    replies: errors("error-500.json", 500),
    check: ({ result, inbound }) => {
      expect(result.error?.status).toBe(502);
      if (inbound === "anthropic-messages") expect(result.error?.type).toBe("api_error");
    },
  },
  {
    name: "error mid-stream",
    request: { turns: ask("Capital?"), stream: true },
    replies: each("error-mid-stream.sse", "error-mid-stream.sse", "error-mid-stream.sse"),
    check: ({ result, inbound, upstream }) => {
      expect(result.error).toBeDefined();
      if (inbound === "anthropic-messages") expect(result.error?.type).toBe(upstream === "anthropic" ? "overloaded_error" : "api_error");
    },
  },
];
