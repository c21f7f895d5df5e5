import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exceedsJsonDepth } from "../../src/server/json-depth.js";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

/**
 * Declares a large body, sends only its first kilobyte and waits for the answer.
 * A gateway that reads the body before checking the key never answers (it waits
 * for bytes that never come); one that checks first answers at once.
 */
function partialUpload(url: string, headers: Record<string, string>): Promise<{ status: number; connection: string | undefined }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      { host: "127.0.0.1", port, method: "POST", path: "/v1/chat/completions", headers: { "content-type": "application/json", "content-length": String(3_600_000), ...headers } },
      (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection });
        sent.destroy();
      },
    );
    sent.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    sent.write(`{"model":"local","messages":[{"role":"user","content":"${"x".repeat(1024)}`);
  });
}

function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** Built by string, as an attacker would: `nested()` on 100k levels is fine, but JSON.stringify of it would overflow here too. */
function nestedText(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

describe("request shapes: authentication first, bounded nesting, never a 500", () => {
  let upstream: FakeUpstream;
  let keyed: TestGateway;
  let open: TestGateway;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    const base = {
      providers: { local: { type: "openai-compatible", base_url: upstream.url } },
      models: { local: { targets: [{ provider: "local", model: "m" }] } },
    };
    keyed = await startGateway({ ...base, server: { api_keys: ["sk-team-a-0123456789"] } });
    open = await startGateway(base);
  });
  afterAll(async () => {
    await keyed.close();
    await open.close();
    await upstream.close();
  });

  it("refuses ten large keyless uploads with 401 before reading their bodies, and closes those connections", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => partialUpload(keyed.url, {})));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(401));
    expect(answers.every((answer) => answer.connection === "close")).toBe(true);
    const wrongKey = await partialUpload(keyed.url, { authorization: "Bearer sk-wrong" });
    expect(wrongKey.status).toBe(401);
    expect(upstream.requests).toHaveLength(0);
  });

  it("refuses JSON nested deeper than 64 levels with 400 naming the limit (100k levels in metadata or tools included)", async () => {
    const post = (body: string): Promise<Response> => fetch(`${open.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const messages = '"messages":[{"role":"user","content":"hi"}]';
    for (const body of [
      `{"model":"local",${messages},"metadata":${nestedText(100_000)}}`,
      `{"model":"local",${messages},"tools":[{"type":"function","function":{"name":"f","parameters":${nestedText(100_000)}}}]}`,
      `{"model":"local",${messages},"metadata":${nestedText(64)}}`,
      `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    ]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe("Invalid request: JSON nested deeper than 64 levels (the gateway's limit)");
    }
    const anthropic = await fetch(`${open.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"model":"local","max_tokens":5,"messages":[{"role":"user","content":"hi"}],"metadata":${nestedText(100_000)}}`,
    });
    expect(anthropic.status).toBe(400);
    expect(await anthropic.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error", message: expect.stringContaining("64 levels") as unknown } });
    // Within the limit is fine, and brackets inside strings are not nesting.
    const deepButAllowed = await post(JSON.stringify({ model: "local", messages: [{ role: "user", content: "[[[[{{{{".repeat(100) }], metadata: nested(40) }));
    expect(deepButAllowed.status).not.toBe(500);
  });

  it("counts nesting without recursing and skips strings and escapes", () => {
    expect(exceedsJsonDepth(nestedText(64), 64)).toBe(false);
    expect(exceedsJsonDepth(nestedText(65), 64)).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ text: '\\"[[[[[[' + "{".repeat(100) }), 2)).toBe(false);
    expect(exceedsJsonDepth(nestedText(1_000_000), 64)).toBe(true);
  });

  const odd: readonly { readonly name: string; readonly path: string; readonly body: string }[] = [
    ...["/v1/chat/completions", "/v1/messages", "/v1/embeddings"].flatMap((path) => [
      { name: "a JSON array", path, body: "[1,2,3]" },
      { name: "a JSON string", path, body: '"hello"' },
      { name: "a JSON number", path, body: "42" },
      { name: "null", path, body: "null" },
      { name: "true", path, body: "true" },
      { name: "an empty object", path, body: "{}" },
      { name: "model as a number", path, body: '{"model":5,"messages":[],"input":"x","max_tokens":1}' },
      { name: "model as an object", path, body: '{"model":{"a":1},"messages":[{"role":"user","content":"x"}],"input":"x","max_tokens":1}' },
      { name: "not JSON", path, body: "{model: local" },
      { name: "a body of whitespace", path, body: "   " },
      { name: "__proto__ keys", path, body: '{"__proto__":{"polluted":true},"model":"local","messages":[{"role":"user","content":"x"}],"input":"x","max_tokens":1}' },
    ]),
    ...["/v1/chat/completions", "/v1/messages"].flatMap((path) => [
      { name: "messages as a string", path, body: '{"model":"local","max_tokens":1,"messages":"hi"}' },
      { name: "messages of nulls", path, body: '{"model":"local","max_tokens":1,"messages":[null,1,"x",[]]}' },
      { name: "a message without role", path, body: '{"model":"local","max_tokens":1,"messages":[{"content":"x"}]}' },
      { name: "content as a number", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"user","content":7}]}' },
      { name: "content parts of odd types", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"user","content":[null,1,{"type":"image_url"},{"type":"text"},{"type":"image","source":null}]}]}' },
      { name: "tools as an object", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"user","content":"x"}],"tools":{"a":1}}' },
      { name: "tools of nulls", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"user","content":"x"}],"tools":[null,{"type":"function"},{"function":null}]}' },
      { name: "tool_choice of an odd shape", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"user","content":"x"}],"tool_choice":{"type":"function","function":7}}' },
      { name: "stream as a string", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"user","content":"x"}],"stream":"yes"}' },
      { name: "max_tokens negative", path, body: '{"model":"local","max_tokens":-1,"messages":[{"role":"user","content":"x"}]}' },
      { name: "temperature as a string", path, body: '{"model":"local","max_tokens":1,"temperature":"hot","messages":[{"role":"user","content":"x"}]}' },
      { name: "metadata as an array", path, body: '{"model":"local","max_tokens":1,"metadata":[1,2],"messages":[{"role":"user","content":"x"}]}' },
      { name: "stop as an object", path, body: '{"model":"local","max_tokens":1,"stop":{"a":1},"stop_sequences":{"a":1},"messages":[{"role":"user","content":"x"}]}' },
      { name: "system of odd types", path, body: '{"model":"local","max_tokens":1,"system":[null,5],"messages":[{"role":"system","content":null},{"role":"user","content":"x"}]}' },
      { name: "tool calls of odd types", path, body: '{"model":"local","max_tokens":1,"messages":[{"role":"assistant","tool_calls":[null,{"function":7}],"content":[{"type":"tool_use","input":"x"}]},{"role":"tool","content":"x"}]}' },
      { name: "a huge message array", path, body: JSON.stringify({ model: "local", max_tokens: 1, messages: Array.from({ length: 50_000 }, () => ({ role: "user", content: "x" })) }) },
      { name: "a huge metadata object", path, body: JSON.stringify({ model: "local", max_tokens: 1, messages: [{ role: "user", content: "x" }], metadata: Object.fromEntries(Array.from({ length: 50_000 }, (_, index) => [`k${index}`, index])) }) },
      { name: "a wide and deep tool schema", path, body: JSON.stringify({ model: "local", max_tokens: 1, messages: [{ role: "user", content: "x" }], tools: Array.from({ length: 500 }, (_, index) => ({ type: "function", function: { name: `f${index}`, parameters: nested(60) }, name: `f${index}`, input_schema: nested(60) })) }) },
    ]),
    { name: "input of nulls", path: "/v1/embeddings", body: '{"model":"local","input":[null,{"a":1}]}' },
    { name: "input as a huge token array", path: "/v1/embeddings", body: JSON.stringify({ model: "local", input: Array.from({ length: 50_000 }, (_, index) => index) }) },
    { name: "dimensions as a string", path: "/v1/embeddings", body: '{"model":"local","input":"x","dimensions":"many","encoding_format":7}' },
  ];

  // The fake upstream answers every call with a chat completion, so an embeddings request that gets through earns a 502 (a malformed upstream answer); what must never happen is the gateway's own 500.
  it.each(odd)("answers $name on $path without a 500", async ({ path, body }) => {
    const response = await fetch(`${open.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).not.toBe(500);
    const answer = (await response.json()) as Record<string, unknown>;
    if (response.status >= 400) expect(JSON.stringify(answer)).toMatch(/"message":"[^"]+/);
    expect(JSON.stringify(answer)).not.toContain("internal");
  });
});
