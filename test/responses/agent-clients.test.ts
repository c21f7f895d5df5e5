import { createOpenAI } from "@ai-sdk/openai";
import { Agent, OpenAIProvider, Runner, setTracingDisabled, tool as agentTool } from "@openai/agents";
import { generateText, stepCountIs, streamText, tool as aiTool } from "ai";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { recordedSummary } from "../support/recorded-summary.js";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";
import type { UpstreamType } from "./support/scripted-upstream.js";

const upstreamTypes: readonly UpstreamType[] = ["openai-compatible", "anthropic", "gemini", "openai-responses"];

/** Agent clients that call POST /v1/responses by default, each running a one-tool task to completion through the gateway. */
describe.each(upstreamTypes)("agent clients through the gateway to a %s upstream", (type) => {
  let setup: ResponsesSetup;
  beforeAll(() => {
    // Otherwise the Agents SDK exports traces to OpenAI's servers.
    setTracingDisabled(true);
  });
  afterEach(async () => {
    await setup.close();
  });

  it("@openai/agents with its default (Responses) model runs an agent with one tool to completion, streamed and not", async () => {
    setup = await startResponsesGateway(type);
    const calls: string[] = [];
    const getWeather = agentTool({
      name: "get_weather",
      description: "Current weather in a city",
      parameters: z.object({ city: z.string() }),
      execute: async ({ city }) => {
        calls.push(city);
        return `18°C in ${city}`;
      },
    });
    const agent = new Agent({ name: "weather", instructions: "Use the tool.", model: "m", tools: [getWeather] });
    const runner = new Runner({ modelProvider: new OpenAIProvider({ apiKey: "k", baseURL: setup.gateway.baseURL }), tracingDisabled: true });

    const result = await runner.run(agent, "Weather in Paris?");
    expect(result.finalOutput).toContain("18°C in Paris");

    const streamed = await runner.run(agent, "Weather in Paris?", { stream: true });
    for await (const _event of streamed) {
      // Drain the stream; the run completes when it ends.
    }
    await streamed.completed;
    expect(streamed.finalOutput).toContain("18°C in Paris");
    expect(calls).toEqual(["Paris", "Paris"]);
    expect(setup.upstream.requests.length).toBe(4);
    // Recorded after each answer's last byte: wait for the fourth, so "every" reads all four.
    await recordedSummary(setup.gateway, 4);
    expect(setup.gateway.summaries.every((summary) => summary.dialect === "openai-responses" && summary.status === 200)).toBe(true);
  });

  it("the AI SDK's default openai provider runs generateText and streamText with a tool", async () => {
    setup = await startResponsesGateway(type);
    const openai = createOpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k" });
    const tools = {
      get_weather: aiTool({
        description: "Current weather in a city",
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => `18°C in ${city}`,
      }),
    };

    const generated = await generateText({ model: openai("m"), prompt: "Weather in Paris?", tools, stopWhen: stepCountIs(3), maxRetries: 0 });
    expect(generated.text).toContain("18°C in Paris");
    expect(generated.steps).toHaveLength(2);
    expect(generated.steps[0]!.toolCalls[0]).toMatchObject({ toolName: "get_weather", input: { city: "Paris" } });

    const streamed = streamText({ model: openai("m"), prompt: "Weather in Paris?", tools, stopWhen: stepCountIs(3), maxRetries: 0 });
    let text = "";
    for await (const delta of streamed.textStream) text += delta;
    expect(text).toContain("18°C in Paris");
    expect(await streamed.steps).toHaveLength(2);
    expect((await streamed.usage).outputTokens).toBe(20);

    // A follow-up with the history: the SDK refers to stored assistant messages by item_reference, resolved from the store.
    const followUp = await generateText({ model: openai("m"), messages: [{ role: "user", content: "Weather in Paris?" }, ...generated.response.messages, { role: "user", content: "Thanks!" }], maxRetries: 0 });
    expect(followUp.text).toBe(`Hello from ${type}.`);
    const sent = JSON.stringify(setup.upstream.requests.at(-1)!.body);
    expect(sent).toContain("The weather: ");
    expect(sent).toContain("18°C in Paris");
    expect(sent).toContain("Thanks!");
    await recordedSummary(setup.gateway, 5);
    expect(setup.gateway.summaries.map((summary) => summary.dialect)).toEqual(Array(5).fill("openai-responses"));
  });
});
