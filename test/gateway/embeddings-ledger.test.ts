import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let gateway: TestGateway;
beforeAll(async () => {
  upstream = await startFakeUpstream({ fallback: fromFixture.json("openai-chat/embeddings.json") });
  gateway = await startGateway({
    providers: { local: { type: "openai-compatible", base_url: upstream.url } },
    models: { embed: { targets: [{ provider: "local", model: "nomic-embed-text" }] } },
  });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

it("records an embeddings request like a chat request, with input tokens and zero output tokens", async () => {
  const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
  await client.embeddings.create({ model: "embed", input: ["hello", "world"] });
  const summary = gateway.summaries.at(-1)!;
  expect(summary).toMatchObject({ dialect: "embeddings", alias: "embed", target: "local/nomic-embed-text", status: 200, stream: false });
  expect(summary.usage?.inputTokens).toBeGreaterThan(0);
  expect(summary.usage?.outputTokens).toBe(0);
});
