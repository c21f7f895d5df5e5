import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { waitFor } from "../support/wait-for.js";

// An upstream that sends a whole answer ending in [DONE], then a frame that must not
// be forwarded, and keeps its response open until the test lets it end (2 s at most).
let upstream: Server;
let held: ServerResponse | undefined;
let upstreamEnded = false;
let gateway: TestGateway;

const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
  `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const usage = `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [], usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } })}\n\n`;

beforeAll(async () => {
  upstream = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(chunk({ role: "assistant", content: "Hi" }, null));
      setTimeout(() => {
        response.write(chunk({}, "stop") + usage + "data: [DONE]\n\n" + chunk({ content: "after the end" }, null));
        held = response;
        // Were the gateway to wait for the upstream's end, the client would see it only after this.
        setTimeout(() => response.writableEnded || response.end(() => (upstreamEnded = true)), 2000).unref();
      }, 20);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`;
  gateway = await startGateway({
    providers: { local: { type: "openai-compatible", base_url: upstreamUrl } },
    models: { chat: { targets: [{ provider: "local", model: "m" }] } },
  });
});
afterAll(async () => {
  held?.end();
  await gateway.close();
  await new Promise((resolve) => upstream.close(resolve));
});

it("ends a relayed stream with its [DONE] frame, before the upstream closes its response, and still records the request once the upstream ends", async () => {
  const response = await fetch(`${gateway.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "chat", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "hi" }] }),
  });
  const text = await response.text();
  // The client has the whole answer while the upstream's response is still open.
  expect(upstreamEnded).toBe(false);
  expect(held).toBeDefined();
  expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
  expect(text).not.toContain("after the end");
  expect(text).toContain('"prompt_tokens":3');
  held!.end(() => (upstreamEnded = true));
  await waitFor(() => gateway.summaries.length === 1);
  expect(gateway.summaries[0]).toMatchObject({ status: 200, usage: { inputTokens: 3, outputTokens: 2 } });
});
