import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { startResponsesGateway, type ResponsesSetup } from "./support/start-responses-gateway.js";
import type { UpstreamType } from "./support/scripted-upstream.js";

const pdf = Buffer.from("%PDF-1.1\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF").toString("base64");

/** What each upstream protocol must receive for a PDF sent as a Responses `input_file`. */
const expectedDocument: Record<Exclude<UpstreamType, "openai-responses">, (body: Record<string, unknown>) => unknown> = {
  "openai-compatible": (body) => (body.messages as { content: unknown[] }[]).at(-1)!.content[1],
  anthropic: (body) => (body.messages as { content: unknown[] }[]).at(-1)!.content[1],
  gemini: (body) => (body.contents as { parts: unknown[] }[]).at(-1)!.parts[1],
};
const wanted: Record<keyof typeof expectedDocument, unknown> = {
  "openai-compatible": { type: "file", file: { file_data: `data:application/pdf;base64,${pdf}`, filename: "fixture.pdf" } },
  anthropic: { type: "document", source: { type: "base64", media_type: "application/pdf", data: pdf }, title: "fixture.pdf" },
  gemini: { inlineData: { mimeType: "application/pdf", data: pdf } },
};

describe("Responses documents and echoed tools", () => {
  let setup: ResponsesSetup | undefined;
  afterEach(async () => {
    await setup?.close();
    setup = undefined;
  });

  for (const type of Object.keys(expectedDocument) as (keyof typeof expectedDocument)[]) {
    it(`sends a PDF input_file to a ${type} upstream as that protocol's document part`, async () => {
      setup = await startResponsesGateway(type);
      const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
      const response = await client.responses.create({
        model: "m",
        input: [{ role: "user", content: [{ type: "input_text", text: "Title?" }, { type: "input_file", filename: "fixture.pdf", file_data: `data:application/pdf;base64,${pdf}` }] }],
      });
      expect(response.status).toBe("completed");
      expect(expectedDocument[type](setup.upstream.requests[0]!.body)).toEqual(wanted[type]);
    });
  }

  it("refuses a PDF inside a function_call_output, naming where", async () => {
    setup = await startResponsesGateway("openai-compatible");
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    await expect(
      client.responses.create({
        model: "m",
        input: [
          { type: "function_call", call_id: "c1", name: "read", arguments: "{}" },
          { type: "function_call_output", call_id: "c1", output: [{ type: "input_file", file_data: `data:application/pdf;base64,${pdf}` }] },
        ],
      }),
    ).rejects.toMatchObject({ status: 400, param: "input.1.output.0" });
  });

  it("lists a function tool with description, parameters and strict present (null when not set)", async () => {
    setup = await startResponsesGateway("openai-compatible");
    const client = new OpenAI({ baseURL: setup.gateway.baseURL, apiKey: "k", maxRetries: 0 });
    const response = await client.responses.create({ model: "m", input: "Weather?", tools: [{ type: "function", name: "get_weather", parameters: { type: "object" } } as never] });
    expect(response.tools).toEqual([{ type: "function", name: "get_weather", description: null, parameters: { type: "object" }, strict: null }]);
  });
});
