import OpenAI from "openai";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream;
let withHeader: TestGateway;
let withoutHeader: TestGateway;
const config = (overheadHeader: boolean): Record<string, unknown> => ({
  server: { overhead_header: overheadHeader },
  providers: { local: { type: "openai-compatible", base_url: upstream.url } },
  models: { chat: { targets: [{ provider: "local", model: "gemma" }] } },
});

beforeAll(async () => {
  upstream = await startFakeUpstream();
  withHeader = await startGateway(config(true));
  withoutHeader = await startGateway(config(false));
});
afterAll(async () => {
  await withHeader.close();
  await withoutHeader.close();
  await upstream.close();
});

const ask = (gateway: TestGateway, stream: boolean) =>
  fetch(`${gateway.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "chat", stream, messages: [{ role: "user", content: "hi" }] }) });

it("reports the time the gateway added, excluding a slow upstream's time, in the header and the histogram", async () => {
  // The upstream takes 300 ms; the overhead must not include it.
  upstream.enqueue({ ...fromFixture.json("openai-chat/text.json"), delayMs: 300 });
  const started = performance.now();
  const response = await ask(withHeader, false);
  await response.text();
  const totalMs = performance.now() - started;
  const overhead = Number(response.headers.get("x-switchyard-overhead-ms"));
  expect(response.headers.get("x-switchyard-overhead-ms")).toMatch(/^\d+\.\d{3}$/);
  expect(totalMs).toBeGreaterThanOrEqual(300);
  expect(overhead).toBeGreaterThanOrEqual(0);
  expect(overhead).toBeLessThan(totalMs - 250);
  const metrics = await (await fetch(`${withHeader.url}/metrics`)).text();
  expect(metrics).toMatch(/switchyard_overhead_seconds_count\{route="chat"\} 1/);
  const sum = Number(/switchyard_overhead_seconds_sum\{route="chat"\} ([\d.e-]+)/.exec(metrics)?.[1]);
  expect(sum * 1000).toBeCloseTo(overhead, 2);
});

it("stamps a stream's header at its first byte, and errors too", async () => {
  upstream.enqueue(fromFixture.sse("openai-chat/text-stream.sse", { delayMs: 100 }));
  const streamed = await ask(withHeader, true);
  await streamed.text();
  expect(Number(streamed.headers.get("x-switchyard-overhead-ms"))).toBeLessThan(100);
  const unknown = await fetch(`${withHeader.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "nope", messages: [{ role: "user", content: "hi" }] }) });
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get("x-switchyard-overhead-ms")).toMatch(/^\d+\.\d{3}$/);
});

it("leaves the header off unless server.overhead_header is set, but still observes the histogram", async () => {
  upstream.enqueue(fromFixture.json("openai-chat/text.json"));
  const client = new OpenAI({ baseURL: withoutHeader.baseURL, apiKey: "k", maxRetries: 0 });
  const { response } = await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] }).withResponse();
  expect(response.headers.get("x-switchyard-overhead-ms")).toBeNull();
  const metrics = await (await fetch(`${withoutHeader.url}/metrics`)).text();
  expect(metrics).toMatch(/switchyard_overhead_seconds_count\{route="chat"\} 1/);
});
