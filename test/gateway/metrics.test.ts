import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let gateway: TestGateway;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    providers: { local: { type: "openai-compatible", base_url: upstream.url } },
    models: { chat: { targets: [{ provider: "local", model: "gemma" }] } },
  });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

it("exposes Prometheus metrics with OpenTelemetry GenAI names, errors by code and breaker state", async () => {
  const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
  upstream.enqueue(fromFixture.json("openai-chat/text.json"), fromFixture.json("openai-chat/error-500.json", 500));
  await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });
  await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] }).catch(() => undefined);
  const response = await fetch(`${gateway.url}/metrics`);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const text = await response.text();
  expect(text).toContain('switchyard_requests_total{route="chat",target="local/gemma",status="200"} 1');
  expect(text).toContain('switchyard_errors_total{route="chat",code="upstream-error"} 1');
  expect(text).toContain('gen_ai_client_token_usage_sum{gen_ai_operation_name="chat",gen_ai_provider_name="local",gen_ai_request_model="chat",gen_ai_token_type="input"} 14');
  expect(text).toMatch(/gen_ai_server_request_duration_seconds_count\{[^}]*gen_ai_response_model="gemma"[^}]*\} 1/);
  expect(text).toContain('switchyard_target_circuit_state{route="chat",target="local/gemma"} 0');
  expect(text).toContain('switchyard_upstream_attempts_total{target="local/gemma",outcome="error"} 1');
});
