import { request as httpRequest } from "node:http";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGovernedGateway, type GovernedGateway } from "../governance/support/start-governed-gateway.js";

const chatBody = JSON.stringify({ model: "local", messages: [{ role: "user", content: "hi" }] });

/** A raw request, so `Host` can be anything (fetch does not let a caller set it). */
function raw(url: string, options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: "127.0.0.1", port, method: options.method, path: options.path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    sent.on("error", reject);
    sent.end(options.body);
  });
}

describe("requests a web page makes through the developer's browser", () => {
  let upstream: FakeUpstream;
  let open: GovernedGateway;
  let withCors: GovernedGateway;
  const listKeys = async (gateway: GovernedGateway): Promise<unknown[]> => ((await (await fetch(`${gateway.url}/admin/keys`)).json()) as { keys: unknown[] }).keys;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    const base = {
      providers: { local: { type: "openai-compatible", base_url: upstream.url } },
      models: { local: { targets: [{ provider: "local", model: "m" }] } },
    };
    // No admin token: the admin API answers loopback callers, which is what a page in the browser is.
    open = await startGovernedGateway(base);
    withCors = await startGovernedGateway({ ...base, server: { cors: { origins: ["http://app.example:3000"] }, allowed_hosts: ["gateway.internal", "*.corp.example"] } });
  });
  afterAll(async () => {
    await open.close();
    await withCors.close();
    await upstream.close();
  });

  it("refuses a cross-site POST /admin/keys (Origin http://evil.example, text/plain) and creates no key", async () => {
    const response = await fetch(`${open.url}/admin/keys`, {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "text/plain" },
      body: JSON.stringify({ name: "stolen" }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("permission_error");
    expect(body.error.message).toContain("Cross-origin request from http://evil.example refused");
    // Sec-Fetch-Site alone gives a cross-site request away too (some requests carry no Origin).
    const fetchSite = await fetch(`${open.url}/admin/keys`, { method: "POST", headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" }, body: JSON.stringify({ name: "stolen" }) });
    expect(fetchSite.status).toBe(403);
    // Even an origin listed for CORS may not drive the admin API.
    const listed = await fetch(`${withCors.url}/admin/keys`, { method: "POST", headers: { origin: "http://app.example:3000", "content-type": "application/json" }, body: JSON.stringify({ name: "stolen" }) });
    expect(listed.status).toBe(403);
    expect(await listKeys(open)).toEqual([]);
    expect(await listKeys(withCors)).toEqual([]);
  });

  it("refuses a DNS-rebinding Host with 421 and a body naming the host, and answers the names it is known by", async () => {
    const rebound = await raw(open.url, { method: "GET", path: "/admin/keys", headers: { host: "attacker.example:4000" } });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: "host_not_allowed", message: expect.stringContaining('Host "attacker.example" is not one this gateway answers for') as unknown } });
    const post = await raw(open.url, { method: "POST", path: "/v1/chat/completions", headers: { host: "attacker.example", "content-type": "application/json" }, body: chatBody });
    expect(post.status).toBe(421);
    for (const host of ["localhost:4000", "127.0.0.1", "[::1]:4000", "10.1.2.3:4000", "LOCALHOST"]) {
      expect((await raw(open.url, { method: "GET", path: "/healthz", headers: { host } })).status, host).toBe(200);
    }
    for (const host of ["gateway.internal", "api.corp.example:443"]) {
      expect((await raw(withCors.url, { method: "GET", path: "/healthz", headers: { host } })).status, host).toBe(200);
    }
    expect((await raw(withCors.url, { method: "GET", path: "/healthz", headers: { host: "corp.example.attacker.example" } })).status).toBe(421);
  });

  it("answers 415 to JSON endpoints sent another content type, and accepts application/json with a charset", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await fetch(`${open.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": type }, body: chatBody });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain("send the body as application/json");
    }
    const messages = await fetch(`${open.url}/v1/messages`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ model: "local", max_tokens: 5, messages: [] }) });
    expect(messages.status).toBe(415);
    expect(await messages.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    const embeddings = await fetch(`${open.baseURL}/embeddings`, { method: "POST", body: new Blob([JSON.stringify({ model: "local", input: "x" })]) });
    expect(embeddings.status).toBe(415);
    const admin = await fetch(`${open.url}/admin/keys`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ name: "x" }) });
    expect(admin.status).toBe(415);
    const charset = await fetch(`${open.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: chatBody });
    expect(charset.status).toBe(200);
    expect(await listKeys(open)).toEqual([]);
  });

  it("answers a listed origin's preflight and requests with CORS headers; other origins and same-origin pages are told apart", async () => {
    const preflight = await fetch(`${withCors.baseURL}/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: "http://app.example:3000", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://app.example:3000");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");

    const allowed = await fetch(`${withCors.baseURL}/chat/completions`, { method: "POST", headers: { origin: "http://app.example:3000", "content-type": "application/json" }, body: chatBody });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://app.example:3000");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("x-switchyard-target");

    const otherPreflight = await fetch(`${withCors.baseURL}/chat/completions`, { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    expect(otherPreflight.status).toBe(403);
    expect(otherPreflight.headers.get("access-control-allow-origin")).toBeNull();
    const other = await fetch(`${withCors.baseURL}/chat/completions`, { method: "POST", headers: { origin: "http://evil.example", "content-type": "application/json" }, body: chatBody });
    expect(other.status).toBe(403);
    // Without server.cors, no cross-origin page may call the model API at all.
    const noCors = await fetch(`${open.baseURL}/chat/completions`, { method: "POST", headers: { origin: "http://app.example:3000", "content-type": "application/json" }, body: chatBody });
    expect(noCors.status).toBe(403);
    expect(((await noCors.json()) as { error: { message: string } }).error.message).toContain("server.cors.origins");

    // A page served by the gateway itself (same origin) is not cross-origin.
    const sameOrigin = await fetch(`${open.baseURL}/chat/completions`, { method: "POST", headers: { origin: open.url, "sec-fetch-site": "same-origin", "content-type": "application/json" }, body: chatBody });
    expect(sameOrigin.status).toBe(200);
  });
});

describe("whether client keys are required is configuration, never a side effect of creating keys", () => {
  let upstream: FakeUpstream;
  let open: GovernedGateway;
  let closed: GovernedGateway;
  const config = (server: Record<string, unknown>): Record<string, unknown> => ({
    server,
    providers: { local: { type: "openai-compatible", base_url: upstream.url } },
    models: { local: { targets: [{ provider: "local", model: "m" }] } },
  });
  const ask = (gateway: GovernedGateway, apiKey: string): Promise<unknown> =>
    new OpenAI({ baseURL: gateway.baseURL, apiKey, maxRetries: 0 }).chat.completions.create({ model: "local", messages: [{ role: "user", content: "hi" }] });

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    open = await startGovernedGateway(config({}), { keyReloadIntervalMs: 100 });
    closed = await startGovernedGateway(config({ require_keys: true }), { keyReloadIntervalMs: 100 });
  });
  afterAll(async () => {
    await open.close();
    await closed.close();
    await upstream.close();
  });

  it("keeps an open gateway open when a key is created, says so in the answer, and refuses a revoked key", async () => {
    await expect(ask(open, "sk-placeholder")).resolves.toBeDefined();
    const created = await fetch(`${open.url}/admin/keys`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "team" }) });
    expect(created.status).toBe(201);
    const key = (await created.json()) as { id: string; secret: string; warning: string };
    expect(key.warning).toContain("server.require_keys is false: requests without a key are still served");
    // Before: the first key turned every keyless client into a 401.
    await expect(ask(open, "sk-placeholder")).resolves.toBeDefined();
    await expect(ask(open, key.secret)).resolves.toBeDefined();
    expect(open.summaries.at(-1)).toMatchObject({ keyName: "team" });
    expect((await fetch(`${open.url}/admin/keys/${key.id}`, { method: "DELETE" })).status).toBe(200);
    await expect(ask(open, key.secret)).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(ask(open, "sk-placeholder")).resolves.toBeDefined();
  });

  it("with server.require_keys: true, refuses keyless clients before any key exists and after the last is revoked", async () => {
    const error = await ask(closed, "sk-placeholder").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    const keyless = await fetch(`${closed.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: chatBody });
    expect(keyless.status).toBe(401);
    expect(((await keyless.json()) as { error: { message: string } }).error.message).toContain("server.require_keys");
    const created = (await (await fetch(`${closed.url}/admin/keys`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "only" }) })).json()) as { id: string; secret: string; warning?: string };
    expect(created.warning).toBeUndefined();
    await expect(ask(closed, created.secret)).resolves.toBeDefined();
    await fetch(`${closed.url}/admin/keys/${created.id}`, { method: "DELETE" });
    await expect(ask(closed, created.secret)).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    expect((await fetch(`${closed.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: chatBody })).status).toBe(401);
  });
});
