import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let gateway: TestGateway;
beforeAll(async () => {
  upstream = await startFakeUpstream({ fallback: fromFixture.json("anthropic-messages/text.json") });
  gateway = await startGateway({
    providers: { claude: { type: "anthropic", base_url: upstream.url.replace(/\/v1$/, ""), api_key: "upstream-key" } },
    models: { chat: { targets: [{ provider: "claude", model: "claude-sonnet-4-5" }] } },
  });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

it("forwards the client's anthropic-beta and its API version on pass-through, with the gateway's own upstream key", async () => {
  const client = new Anthropic({ baseURL: gateway.url, apiKey: "client-key", maxRetries: 0, defaultHeaders: { "anthropic-beta": "context-1m-2025-08-07", "anthropic-version": "2023-06-01" } });
  await client.messages.create({ model: "chat", max_tokens: 100, messages: [{ role: "user", content: "hi" }] });
  const sent = upstream.requests.at(-1)!;
  expect(sent.headers["anthropic-beta"]).toBe("context-1m-2025-08-07");
  expect(sent.headers["anthropic-version"]).toBe("2023-06-01");
  expect(sent.headers["x-api-key"]).toBe("upstream-key");
});
