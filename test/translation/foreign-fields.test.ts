import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let gateway: TestGateway;
beforeAll(async () => {
  upstream = await startFakeUpstream({ fallback: fromFixture.json("openai-chat/text.json") });
  gateway = await startGateway({
    providers: { local: { type: "openai-compatible", base_url: upstream.url } },
    models: { chat: { targets: [{ provider: "local", model: "gemma" }] } },
  });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

it("turns Anthropic-only request fields into warnings when an OpenAI-compatible target answers, instead of dropping them silently", async () => {
  const client = new Anthropic({ baseURL: gateway.url, apiKey: "k", maxRetries: 0 });
  const { response } = await client.messages
    .create({ model: "chat", max_tokens: 50, service_tier: "standard_only", metadata: { user_id: "u-42" }, messages: [{ role: "user", content: "hi" }] })
    .withResponse();
  expect(response.headers.get("x-switchyard-warnings")).toContain("unsupported parameter service_tier (anthropic-messages field with no OpenAI equivalent; dropped)");
  // metadata.user_id has an OpenAI equivalent: the end-user id in `user`.
  expect(response.headers.get("x-switchyard-warnings")).not.toContain("metadata");
  expect(upstream.requests.at(-1)!.body).not.toHaveProperty("metadata");
  expect(upstream.requests.at(-1)!.body).not.toHaveProperty("service_tier");
  expect(upstream.requests.at(-1)!.body.user).toBe("u-42");
});
