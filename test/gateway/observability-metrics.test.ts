import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wantsOpenMetrics } from "../../src/server/metrics/render-metrics.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let gateway: TestGateway;
let client: OpenAI;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  gateway = await startGateway({
    providers: { first: { type: "openai-compatible", base_url: upstream.url }, second: { type: "openai-compatible", base_url: upstream.url } },
    models: {
      chat: { targets: [{ provider: "first", model: "gemma" }] },
      fallback: { targets: [{ provider: "first", model: "flaky" }, { provider: "second", model: "steady" }], retry: { attempts: 1 } },
      embed: { targets: [{ provider: "first", model: "embedder" }] },
    },
  });
  client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0 });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

async function scrape(accept?: string): Promise<{ contentType: string | null; text: string }> {
  const response = await fetch(`${gateway.url}/metrics`, { headers: accept ? { accept } : {} });
  return { contentType: response.headers.get("content-type"), text: await response.text() };
}

/** The value of one exposition line, or undefined when there is none. */
function valueOf(text: string, series: RegExp): number | undefined {
  for (const line of text.split("\n")) if (series.test(line)) return Number(line.slice(line.lastIndexOf(" ") + 1));
  return undefined;
}

describe("GET /metrics: operations, client and server sides", () => {
  it("labels embeddings, chat and responses as what they are, and records time to first token only for streams", async () => {
    upstream.enqueue(fromFixture.json("openai-chat/embeddings.json"));
    await client.embeddings.create({ model: "embed", input: ["hello", "world"] });
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });
    const { text } = await scrape();
    expect(valueOf(text, /^gen_ai_server_request_duration_seconds_count\{gen_ai_operation_name="embeddings",[^}]*gen_ai_request_model="embed"/)).toBe(1);
    expect(valueOf(text, /^gen_ai_server_request_duration_seconds_count\{gen_ai_operation_name="chat",[^}]*gen_ai_request_model="chat"/)).toBe(1);
    expect(text).not.toMatch(/gen_ai_operation_name="chat"[^}]*gen_ai_request_model="embed"/);
    // Two non-streamed answers: no time to first token yet.
    expect(text).not.toMatch(/^gen_ai_server_time_to_first_token_seconds_count/m);

    upstream.enqueue(fromFixture.sse("openai-chat/text-stream.sse"));
    const stream = await client.chat.completions.create({ model: "chat", stream: true, messages: [{ role: "user", content: "hi" }] });
    for await (const chunk of stream) void chunk;
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    await client.responses.create({ model: "chat", input: "hi", store: false });
    const after = (await scrape()).text;
    expect(valueOf(after, /^gen_ai_server_request_duration_seconds_count\{gen_ai_operation_name="responses",[^}]*gen_ai_request_model="chat"/)).toBe(1);
    expect(valueOf(after, /^gen_ai_server_time_to_first_token_seconds_count\{gen_ai_operation_name="chat",gen_ai_provider_name="first",gen_ai_request_model="chat"\}/)).toBe(1);
  });

  it("times each upstream attempt with client-side names, and the whole request with the server-side name", async () => {
    upstream.enqueue(fromFixture.json("openai-chat/error-500.json", 500), fromFixture.json("openai-chat/text.json"));
    await client.chat.completions.create({ model: "fallback", messages: [{ role: "user", content: "hi" }] });
    const { text } = await scrape();
    expect(valueOf(text, /^gen_ai_client_operation_duration_seconds_count\{gen_ai_operation_name="chat",gen_ai_provider_name="first",gen_ai_request_model="flaky",error_type="500"\}/)).toBe(1);
    expect(valueOf(text, /^gen_ai_client_operation_duration_seconds_count\{gen_ai_operation_name="chat",gen_ai_provider_name="second",gen_ai_request_model="steady",error_type=""\}/)).toBe(1);
    // One request, two attempts: the server side counts it once, under the target that answered.
    expect(valueOf(text, /^gen_ai_server_request_duration_seconds_count\{gen_ai_operation_name="chat",gen_ai_provider_name="second",gen_ai_request_model="fallback",gen_ai_response_model="steady",error_type=""\}/)).toBe(1);
  });

  it("includes prom-client's default process and runtime metrics", async () => {
    const { text } = await scrape();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it("answers OpenMetrics when the scraper asks for it, without changing the Prometheus text afterwards", async () => {
    const prometheusAccept = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    const open = await scrape(prometheusAccept);
    expect(open.contentType).toBe("application/openmetrics-text; version=1.0.0; charset=utf-8");
    expect(open.text.endsWith("# EOF\n")).toBe(true);
    // OpenMetrics names a counter family without `_total` and its sample with it.
    expect(open.text).toContain("# TYPE switchyard_requests counter");
    expect(open.text).toMatch(/^switchyard_requests_total\{route="chat",target="first\/gemma",status="200"\} 3$/m);
    expect(open.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(open.text).not.toContain("_total_total");

    const plain = await scrape("text/plain");
    expect(plain.contentType).toContain("text/plain");
    expect(plain.text).toContain("# TYPE switchyard_requests_total counter");
    expect(plain.text).toMatch(/^switchyard_requests_total\{route="chat",target="first\/gemma",status="200"\} 3$/m);
    expect(plain.text).not.toContain("# EOF");
  });

  it("reads Accept as a list with qualities", () => {
    expect(wantsOpenMetrics(undefined)).toBe(false);
    expect(wantsOpenMetrics("*/*")).toBe(false);
    expect(wantsOpenMetrics("text/plain;version=0.0.4")).toBe(false);
    expect(wantsOpenMetrics("Application/OpenMetrics-Text; version=1.0.0")).toBe(true);
    expect(wantsOpenMetrics("text/plain, application/openmetrics-text;q=0")).toBe(false);
    expect(wantsOpenMetrics("text/plain;q=0.9, application/openmetrics-text;version=1.0.0;q=0.5")).toBe(true);
  });
});
