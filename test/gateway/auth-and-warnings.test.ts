import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

describe("client keys, admin token and unsupported-parameter warnings", () => {
  let upstream: FakeUpstream;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    gateway = await startGateway({
      server: { api_keys: ["sk-team-a"], admin_token: "admin-secret" },
      providers: { ollama: { type: "ollama", base_url: upstream.url } },
      models: { local: { targets: [{ provider: "ollama", model: "llama3.2" }] } },
    });
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
  });

  it("rejects a missing or wrong key with 401 in OpenAI's shape, and accepts Bearer or x-api-key", async () => {
    const wrong = new OpenAI({ baseURL: gateway.baseURL, apiKey: "sk-wrong", maxRetries: 0 });
    const error = await wrong.chat.completions.create({ model: "local", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    const right = new OpenAI({ baseURL: gateway.baseURL, apiKey: "sk-team-a", maxRetries: 0 });
    await expect(right.chat.completions.create({ model: "local", messages: [{ role: "user", content: "hi" }] })).resolves.toBeDefined();
    const viaHeader = await fetch(`${gateway.baseURL}/models`, { headers: { "x-api-key": "sk-team-a" } });
    expect(viaHeader.status).toBe(200);
    expect((await fetch(`${gateway.baseURL}/models`)).status).toBe(401);
  });

  it("turns parameters the target cannot honour into x-switchyard-warnings instead of dropping them silently", async () => {
    upstream.enqueue(fromFixture.json("openai-chat/tool-calls.json"));
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "sk-team-a", maxRetries: 0 });
    const { response } = await client.chat.completions
      .create({
        model: "local",
        messages: [{ role: "user", content: "weather?" }],
        tools: [{ type: "function", function: { name: "get_weather" } }],
        tool_choice: "required",
        logit_bias: { "50256": -100 },
      })
      .withResponse();
    expect(response.headers.get("x-switchyard-warnings")).toBe(
      "unsupported parameter tool_choice (not supported by this upstream; dropped); unsupported parameter logit_bias (not supported by this upstream; dropped)",
    );
    const sent = upstream.requests.at(-1)!.body;
    expect(sent).not.toHaveProperty("tool_choice");
    expect(sent).not.toHaveProperty("logit_bias");
    expect(sent.tools).toBeDefined();
  });

  it("guards the admin API with the admin token", async () => {
    expect((await fetch(`${gateway.url}/admin/targets`)).status).toBe(401);
    const response = await fetch(`${gateway.url}/admin/targets`, { headers: { authorization: "Bearer admin-secret" } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { routes: { alias: string; targets: { target: string; state: string }[] }[] };
    expect(body.routes[0]).toMatchObject({ alias: "local", targets: [{ target: "ollama/llama3.2", state: "closed" }] });
  });

  it("answers unknown paths with 404 and wrong methods with 405, in OpenAI's error shape", async () => {
    const missing = await fetch(`${gateway.url}/v2/nothing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");
    expect((await fetch(`${gateway.baseURL}/chat/completions`)).status).toBe(405);
  });
});
