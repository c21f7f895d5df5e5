import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGovernedGateway, type GovernedGateway } from "./support/start-governed-gateway.js";

let upstream: FakeUpstream;
let gateway: GovernedGateway;
beforeAll(async () => {
  upstream = await startFakeUpstream({ fallback: fromFixture.json("openai-chat/embeddings.json") });
  gateway = await startGovernedGateway(
    {
      server: { admin_token: "admin-secret" },
      providers: { local: { type: "openai-compatible", base_url: upstream.url } },
      models: { embed: { targets: [{ provider: "local", model: "nomic-embed-text" }] }, other: { targets: [{ provider: "local", model: "m" }] } },
    },
    { keyReloadIntervalMs: 100 },
  );
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

it("applies a virtual key's scope and RPM to embeddings, as to chat", async () => {
  const created = await fetch(`${gateway.url}/admin/keys`, {
    method: "POST",
    headers: { authorization: "Bearer admin-secret", "content-type": "application/json" },
    body: JSON.stringify({ name: "embedder", models: ["embed"], rpm: 2 }),
  });
  const { secret } = (await created.json()) as { secret: string };
  const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: secret, maxRetries: 0 });
  await client.embeddings.create({ model: "embed", input: ["one", "uno"] });
  await client.embeddings.create({ model: "embed", input: ["two", "dos"] });
  const limited = await client.embeddings.create({ model: "embed", input: ["three", "tres"] }).catch((caught: unknown) => caught);
  expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
  const outOfScope = await client.embeddings.create({ model: "other", input: ["x", "y"] }).catch((caught: unknown) => caught);
  expect(outOfScope).toBeInstanceOf(OpenAI.PermissionDeniedError);
  expect(gateway.summaries.filter((summary) => summary.dialect === "embeddings" && summary.keyName === "embedder" && summary.status === 200)).toHaveLength(2);
});
