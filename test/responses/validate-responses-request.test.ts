import { describe, expect, it } from "vitest";
import { validateResponsesRequest } from "../../src/dialects/openai-responses/parse-responses-request.js";
import { responsesRequestSchema } from "../../src/protocols/openai-responses/responses-request.js";

/** The error a body gets, or undefined when it is accepted. */
const failure = (body: unknown): string | undefined => {
  try {
    validateResponsesRequest(body);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

describe("validateResponsesRequest", () => {
  it("accepts a body of scalar fields as the schema does, with the same values and unknown fields kept", () => {
    const body = { model: "bench", input: "hi", stream: true, store: null, max_output_tokens: 64, temperature: 0.5, top_p: 1, instructions: "be brief", previous_response_id: null, prompt_cache_key: "k", user: "u-1", service_tier: "auto" };
    expect(validateResponsesRequest(structuredClone(body))).toEqual(responsesRequestSchema.parse(structuredClone(body)));
  });

  it("refuses what the schema refuses, with the schema's message, for every scalar field checked without it", () => {
    const bad: Record<string, unknown>[] = [
      { model: "" },
      { model: 3 },
      { input: 3 },
      { instructions: 1 },
      { stream: "yes" },
      { store: 1 },
      { max_output_tokens: 0 },
      { max_output_tokens: 1.5 },
      { max_output_tokens: 2 ** 60 },
      { temperature: 3 },
      { top_p: -0.1 },
      { parallel_tool_calls: "no" },
      { previous_response_id: "" },
      { prompt_cache_key: null },
    ];
    for (const fields of bad) {
      const body = { model: "bench", input: "hi", ...fields };
      const schema = responsesRequestSchema.safeParse(body);
      expect(schema.success, JSON.stringify(fields)).toBe(false);
      expect(failure(body), JSON.stringify(fields)).toMatch(new RegExp(`^Invalid request: ${Object.keys(fields)[0]}: `));
    }
  });

  it("keeps refusing background, conversation and prompt, and reads items and tools through the schema", () => {
    expect(failure({ model: "bench", input: "hi", background: true })).toMatch(/^Invalid request: background: /);
    expect(failure({ model: "bench", input: "hi", conversation: "conv_1" })).toMatch(/^Invalid request: conversation: /);
    expect(failure({ model: "bench", input: [{ type: "message", role: "user", content: 3 }] })).toMatch(/^Invalid request: input/);
    expect(validateResponsesRequest({ model: "bench", input: [{ type: "message", role: "user", content: "hi" }] }).input).toEqual([{ type: "message", role: "user", content: "hi" }]);
  });

  it("does not take inherited names for fields: a body naming __proto__ or constructor goes by the schema", () => {
    expect(failure(JSON.parse('{"model":"bench","input":"hi","constructor":1}'))).toBeUndefined();
    expect(failure(JSON.parse('{"model":"bench","input":"hi","__proto__":{"x":1}}'))).toBeUndefined();
  });
});
