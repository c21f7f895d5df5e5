import { describe, expect, it } from "vitest";
import { checkPromptfooAssertion } from "../../src/evaluate/promptfoo/check-promptfoo-assertion.js";
import { promptfooOutput } from "../../src/evaluate/promptfoo/promptfoo-output.js";
import type { ModelAnswer } from "../../src/evaluate/run/model-client.js";
import { parseAssertion } from "../../src/evaluate/suite/assertion-spec.js";
import { mapPromptfooProvider } from "../../src/evaluate/suite/promptfoo-provider.js";
import { parseOpenAIChatCompletion } from "../../src/providers/openai-compatible/parse-openai-chat-completion.js";

/** promptfoo 0.121's legacy function-call check and its Responses provider's request and output, case by case. */
const weather = [{ name: "get_weather", parameters: { type: "object", properties: { location: { type: "string" } }, required: ["location"] } }];
const spec = parseAssertion({ type: "is-valid-openai-function-call" }, "tests.0.assert.0");
const check = (output: unknown, functions: { declared: unknown } | undefined) => checkPromptfooAssertion(spec, { output, value: undefined, context: {}, tools: undefined, functions });

function answer(extra: Partial<ModelAnswer>): ModelAnswer {
  return { text: "", toolCalls: [], finishReason: "stop", inputTokens: 1, outputTokens: 1, latencyMs: 1, costUsd: undefined, target: undefined, cached: false, ...extra };
}

describe("is-valid-openai-function-call", () => {
  it("passes a call whose arguments match the function's parameters, alone or inside a message", async () => {
    expect((await check({ name: "get_weather", arguments: '{"location":"Paris"}' }, { declared: weather }))!.pass).toBe(true);
    expect((await check({ role: "assistant", content: "x", function_call: { name: "get_weather", arguments: '{"location":"Paris"}' } }, { declared: weather }))!.pass).toBe(true);
  });
  it("fails arguments against the schema, unknown functions, non-calls, and providers that cannot check", async () => {
    expect((await check({ name: "get_weather", arguments: "{}" }, { declared: weather }))!.reason).toMatch(/does not match schema/);
    expect((await check({ name: "other", arguments: "{}" }, { declared: weather }))!.reason).toMatch(/no function with that name/);
    expect((await check({ name: "get_weather", arguments: "{" }, { declared: weather }))!.pass).toBe(false);
    expect((await check("Paris is sunny", { declared: weather }))!.pass).toBe(false);
    expect((await check({ name: "get_weather", arguments: '{"location":"Paris"}' }, { declared: undefined }))!.pass).toBe(false);
    expect((await check({ name: "get_weather", arguments: '{"location":"Paris"}' }, undefined))!.pass).toBe(false);
  });
  it("reads a legacy function_call answer back as the { name, arguments } object promptfoo hands assertions", () => {
    const response = parseOpenAIChatCompletion({ choices: [{ index: 0, message: { role: "assistant", content: null, function_call: { name: "get_weather", arguments: '{"location":"Paris"}' } }, finish_reason: "function_call" }] });
    const part = response.content.find((item) => item.type === "tool-call");
    expect(part).toMatchObject({ name: "get_weather", providerMetadata: { openai: { functionCall: true } } });
    expect(promptfooOutput(answer({ toolCalls: [{ name: "get_weather", arguments: '{"location":"Paris"}', legacyFunctionCall: true }] }), undefined)).toEqual({ name: "get_weather", arguments: '{"location":"Paris"}' });
  });
});

describe("openai:responses providers", () => {
  const map = (config: Record<string, unknown>, id = "openai:responses:gpt-4.1") => mapPromptfooProvider({ id, config }, { where: "p.yaml", path: "providers.0", base: "/tmp", env: {}, index: 0 });
  it("maps config to promptfoo's Responses body fields", () => {
    const mapped = map({ temperature: 0.5, instructions: "Be brief", response_format: { type: "json_schema", name: "x", schema: { type: "object" } }, store: 1, tools: [{ type: "function", function: { name: "f", parameters: {} } }] });
    expect(mapped.model).toMatchObject({ id: "gpt-4.1", api: "responses" });
    expect(mapped.model.request).toEqual({ max_output_tokens: 1024, temperature: 0.5, instructions: "Be brief", text: { format: { type: "json_schema", name: "x", schema: { type: "object" }, strict: true } }, store: true, tools: [{ type: "function", name: "f", parameters: {} }] });
    expect(map({}, "openai:responses:o3-mini").model.request).toEqual({ text: { format: { type: "text" } } });
  });
  it("refuses config keys outside the subset", () => {
    expect(() => map({ previous_response_id: "resp_1" })).toThrow(/providers\.0\.config\.previous_response_id: not in the supported promptfoo subset/);
    expect(() => map({}, "openai:assistant:asst_1")).toThrow(/only chat and openai:responses:MODEL providers/);
  });
  it("reads the output as promptfoo does: texts joined by newlines, function calls as JSON, refusals, json_schema parsed", () => {
    const call = { type: "function_call", name: "f", arguments: '{"a":1}', call_id: "c1", status: "completed" };
    const message = (content: unknown[]) => ({ type: "message", role: "assistant", content });
    expect(promptfooOutput(answer({ responsesOutput: [message([{ type: "output_text", text: "Hi" }]), call] }), undefined)).toBe(`Hi\n${JSON.stringify(call)}`);
    expect(promptfooOutput(answer({ responsesOutput: [{ ...call, arguments: "{}" }] }), undefined)).toMatch(/"status":"no_arguments_provided"/);
    expect(promptfooOutput(answer({ responsesOutput: [message([{ type: "refusal", refusal: "No." }])] }), undefined)).toBe("No.");
    expect(promptfooOutput(answer({ responsesOutput: [message([{ type: "output_text", text: '{"a":1}' }])] }), "json_schema")).toEqual({ a: 1 });
  });
});
