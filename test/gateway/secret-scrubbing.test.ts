import { Writable } from "node:stream";
import OpenAI from "openai";
import { pino } from "pino";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/load-config.js";
import { buildUsageRecord } from "../../src/ledger/build-usage-record.js";
import { createGatewayServer, type GatewayServer } from "../../src/server/create-gateway-server.js";
import { GatewayRuntime } from "../../src/server/gateway-runtime.js";
import type { RequestSummary } from "../../src/ledger/request-summary.js";
import { startFakeUpstream, type FakeReply, type FakeUpstream, type RecordedRequest } from "../support/fake-upstream.js";

const providerKey = "sk-provider-SECRET-0123456789abcdef";
const headerToken = "gw-token-SECRET-fedcba9876543210";
const clientKey = "sk-client-SECRET-00112233445566";
const adminToken = "admin-SECRET-token-998877";

/**
 * An upstream (or a proxy in front of it) that reflects what it was sent in its
 * error text: the Authorization header, a custom credential header and the body.
 */
function reflectingError(request: RecordedRequest): { json: string; status: number } {
  const body = JSON.stringify(request.body);
  const message = `invalid credentials: Authorization=${String(request.headers.authorization)} x-gateway-token=${String(request.headers["x-gateway-token"])} body=${body}`;
  // 400 is relayed to the caller as the request's fault; 500 counts against the target and fills `last_error`.
  const status = body.includes("relay-400") ? 400 : 500;
  return { json: JSON.stringify({ error: { message, type: "invalid_request_error", code: "bad_key" } }), status };
}

describe("secrets never leave: upstream error text is scrubbed of provider and client keys", () => {
  let upstream: FakeUpstream;
  let gateway: GatewayServer;
  let url: string;
  const summaries: RequestSummary[] = [];
  const logLines: string[] = [];

  beforeAll(async () => {
    upstream = await startFakeUpstream({ respond: reflectingError });
    const config = {
      server: { api_keys: [clientKey], admin_token: adminToken },
      providers: { reflector: { type: "openai-compatible", base_url: upstream.url, api_key: providerKey, headers: { "x-gateway-token": headerToken } } },
      models: { chat: { targets: [{ provider: "reflector", model: "m" }], breaker: { failures: 100 } } },
    };
    const runtime = new GatewayRuntime(parseConfigText(stringify(config), { path: "test.yaml", env: process.env }));
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString("utf8"));
        done();
      },
    });
    gateway = createGatewayServer({ runtime, logger: pino({ level: "debug" }, sink), observers: [(summary) => summaries.push(summary)] });
    const address = await gateway.listen(0, "127.0.0.1");
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await gateway.close(1000);
    await upstream.close();
  });

  const leaked = (text: string): string[] => [providerKey, headerToken, clientKey, adminToken].filter((secret) => text.includes(secret));

  it("keeps the provider key out of the client's error, /admin/targets, the ledger record and the logs", async () => {
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: clientKey, maxRetries: 0 });
    const error = (await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught)) as InstanceType<typeof OpenAI.APIError>;
    expect(error).toBeInstanceOf(OpenAI.APIError);
    // The upstream really did reflect the key: the scrubbing, not a quiet upstream, keeps it out.
    expect(upstream.requests.at(-1)!.headers.authorization).toBe(`Bearer ${providerKey}`);
    expect(error.message).toContain("Authorization=Bearer [REDACTED]");
    expect(error.message).toContain("x-gateway-token=[REDACTED]");
    expect(leaked(JSON.stringify(error.error))).toEqual([]);

    const targets = await (await fetch(`${url}/admin/targets`, { headers: { authorization: `Bearer ${adminToken}` } })).text();
    expect(targets).toContain("[REDACTED]");
    expect(leaked(targets)).toEqual([]);

    const record = buildUsageRecord(summaries.at(-1)!, undefined);
    expect(JSON.stringify(record.attempts)).toContain("[REDACTED]");
    expect(leaked(JSON.stringify(record))).toEqual([]);
    expect(leaked(logLines.join(""))).toEqual([]);
  });

  it("keeps the client's own key out of a relayed 400 that echoes the request", async () => {
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${clientKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: `relay-400: my key is ${clientKey}` }] }),
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("my key is [REDACTED]");
    expect(leaked(text)).toEqual([]);
    expect(leaked(JSON.stringify(buildUsageRecord(summaries.at(-1)!, undefined)))).toEqual([]);
  });

  it("scrubs the same way on /v1/messages", async () => {
    const response = await fetch(`${url}/v1/messages`, {
      method: "POST",
      headers: { "x-api-key": clientKey, "content-type": "application/json", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ model: "chat", max_tokens: 10, messages: [{ role: "user", content: "hi" }] }),
    });
    expect(response.status).toBeGreaterThanOrEqual(500);
    const text = await response.text();
    expect(text).toContain("[REDACTED]");
    expect(leaked(text)).toEqual([]);
  });
});

describe("secrets never leave a pass-through stream: an in-band error frame is scrubbed too", () => {
  let upstream: FakeUpstream;
  let gateway: GatewayServer;
  let url: string;

  /** One content frame, then an error frame that reflects the credentials, in the caller's own protocol. */
  function midStreamError(request: RecordedRequest): FakeReply {
    const reflected = `invalid credentials: Authorization=${String(request.headers.authorization)} x-api-key=${String(request.headers["x-api-key"])}`;
    if (request.path.endsWith("/messages")) {
      const start = { type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", model: "m", content: [], stop_reason: null, usage: { input_tokens: 3, output_tokens: 0 } } };
      const error = { type: "error", error: { type: "authentication_error", message: reflected } };
      return { sseBody: `event: message_start\ndata: ${JSON.stringify(start)}\n\nevent: error\ndata: ${JSON.stringify(error)}\n\n` };
    }
    const chunk = { id: "c1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { role: "assistant", content: "Hel" }, finish_reason: null }] };
    return { sseBody: `data: ${JSON.stringify(chunk)}\n\ndata: ${JSON.stringify({ error: { message: reflected, type: "invalid_request_error", code: "bad_key" } })}\n\n` };
  }

  beforeAll(async () => {
    upstream = await startFakeUpstream({ respond: midStreamError });
    const config = {
      server: { api_keys: [clientKey] },
      providers: {
        chatty: { type: "openai-compatible", base_url: upstream.url, api_key: providerKey },
        claude: { type: "anthropic", base_url: upstream.url, api_key: providerKey },
      },
      models: {
        chat: { targets: [{ provider: "chatty", model: "m" }], breaker: { failures: 100 } },
        messages: { targets: [{ provider: "claude", model: "m" }], breaker: { failures: 100 } },
      },
    };
    const runtime = new GatewayRuntime(parseConfigText(stringify(config), { path: "test.yaml", env: process.env }));
    gateway = createGatewayServer({ runtime, logger: pino({ level: "silent" }) });
    const address = await gateway.listen(0, "127.0.0.1");
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await gateway.close(1000);
    await upstream.close();
  });

  it("OpenAI Chat caller to an OpenAI-compatible upstream", async () => {
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${clientKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "chat", stream: true, messages: [{ role: "user", content: "hi" }] }),
    });
    const text = await response.text();
    // The relayed frame arrived, then the error frame: the stream was really passed through.
    expect(text).toContain('"content":"Hel"');
    expect(text).toContain("Authorization=Bearer [REDACTED]");
    expect(text).not.toContain(providerKey);
    expect(text).not.toContain(clientKey);
  });

  it("Anthropic Messages caller to an Anthropic upstream", async () => {
    const response = await fetch(`${url}/v1/messages`, {
      method: "POST",
      headers: { "x-api-key": clientKey, "content-type": "application/json", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ model: "messages", max_tokens: 10, stream: true, messages: [{ role: "user", content: "hi" }] }),
    });
    const text = await response.text();
    expect(text).toContain("event: message_start");
    expect(text).toContain("event: error");
    expect(text).toContain("x-api-key=[REDACTED]");
    expect(text).not.toContain(providerKey);
    expect(text).not.toContain(clientKey);
  });
});
