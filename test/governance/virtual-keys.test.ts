import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { keysCommand } from "../../src/cli/keys.js";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGovernedGateway, type GovernedGateway } from "./support/start-governed-gateway.js";
import { waitFor } from "../support/wait-for.js";

const ask = { messages: [{ role: "user" as const, content: "Capital of France?" }] };

describe("virtual keys through the gateway, official SDK as caller", () => {
  let upstream: FakeUpstream;
  let gateway: GovernedGateway;
  const client = (apiKey: string): OpenAI => new OpenAI({ baseURL: gateway.baseURL, apiKey, maxRetries: 0 });
  const admin = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${gateway.url}${path}`, { ...init, headers: { authorization: "Bearer admin-secret", "content-type": "application/json", ...init.headers } });
  const createKey = async (body: Record<string, unknown>): Promise<{ id: string; secret: string }> => {
    const response = await admin("/admin/keys", { method: "POST", body: JSON.stringify(body) });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; secret: string };
  };

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    gateway = await startGovernedGateway(
      {
        server: { admin_token: "admin-secret", api_keys: ["sk-static"] },
        providers: { local: { type: "openai-compatible", base_url: upstream.url } },
        models: { "chat-default": { targets: [{ provider: "local", model: "m" }] }, premium: { targets: [{ provider: "local", model: "big" }] } },
      },
      // Every priced request costs $0.40, so a $1/day budget allows three.
      { cost: () => 0.4, keyReloadIntervalMs: 100 },
    );
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.requests.length = 0;
  });

  it("manages keys through the admin API, behind the admin token, showing the secret only once", async () => {
    expect((await fetch(`${gateway.url}/admin/keys`)).status).toBe(401);
    const created = await createKey({ name: "listing", models: ["chat-default"], budget: "50/month", rpm: 600, tpm: 200000 });
    expect(created).toMatchObject({ name: "listing", models: ["chat-default"], budget: { usd: 50, period: "month" }, rpm: 600, tpm: 200000, revoked_at: null });
    expect(created.secret).toMatch(/^sk-sy-/);
    const listed = (await (await admin("/admin/keys")).json()) as { keys: Record<string, unknown>[] };
    const entry = listed.keys.find((key) => key.id === created.id)!;
    expect(entry).not.toHaveProperty("secret");
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const bad = await admin("/admin/keys", { method: "POST", body: JSON.stringify({ name: "x", budget: "lots" }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^budget:/);
    expect((await admin(`/admin/keys/key_nope`, { method: "DELETE" })).status).toBe(404);
  });

  it("authenticates virtual and static keys, and refuses missing, wrong and revoked ones with 401", async () => {
    const { id, secret } = await createKey({ name: "short-lived" });
    await expect(client(secret).chat.completions.create({ model: "chat-default", ...ask })).resolves.toBeDefined();
    expect(gateway.summaries.at(-1)).toMatchObject({ keyId: id, keyName: "short-lived" });
    await expect(client("sk-static").chat.completions.create({ model: "premium", ...ask })).resolves.toBeDefined();
    expect(gateway.summaries.at(-1)).toMatchObject({ keyId: undefined });
    await expect(client("sk-sy-wrong").chat.completions.create({ model: "chat-default", ...ask })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);

    expect((await admin(`/admin/keys/${id}`, { method: "DELETE" })).status).toBe(200);
    const error = await client(secret).chat.completions.create({ model: "chat-default", ...ask }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as Error).message).toContain('API key "short-lived" was revoked');
    expect(upstream.requests).toHaveLength(2);
  });

  it("scopes a key to its aliases: 403 naming the alias, and /v1/models lists only what it may use", async () => {
    const { secret } = await createKey({ name: "team-a", models: ["chat-default"] });
    const error = await client(secret).chat.completions.create({ model: "premium", ...ask }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((error as Error).message).toContain('API key "team-a" may not use model "premium"');
    expect(upstream.requests).toHaveLength(0);
    const models = await client(secret).models.list();
    expect(models.data.map((model) => model.id)).toEqual(["chat-default"]);
    expect((await client("sk-static").models.list()).data.map((model) => model.id)).toEqual(["chat-default", "premium"]);
  });

  it("refuses the request after the RPM limit with 429 and Retry-After, before calling upstream", async () => {
    const { secret } = await createKey({ name: "rpm-3", rpm: 3 });
    for (let index = 0; index < 3; index++) await client(secret).chat.completions.create({ model: "chat-default", ...ask });
    await expect(client(secret).chat.completions.create({ model: "chat-default", ...ask })).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    const refused = await fetch(`${gateway.baseURL}/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: JSON.stringify({ model: "chat-default", ...ask }) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { error: { type: string; code: string; message: string } };
    expect(body.error).toMatchObject({ type: "rate_limit_error", code: "rate_limited" });
    expect(body.error.message).toContain('Rate limit reached for API key "rpm-3": 3 requests per minute (rpm)');
    expect(upstream.requests).toHaveLength(3);
  });

  it("charges tokens as used: the TPM limit refuses once the minute's tokens are spent", async () => {
    // The fixture reports 22 tokens per answer: two fit under 30 (the second starts at 22).
    const { secret } = await createKey({ name: "tpm-30", tpm: 30 });
    await client(secret).chat.completions.create({ model: "chat-default", ...ask });
    await client(secret).chat.completions.create({ model: "chat-default", ...ask });
    const error = await client(secret).chat.completions.create({ model: "chat-default", ...ask }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as Error).message).toContain("Token rate limit reached for API key \"tpm-30\": 30 tokens per minute (tpm), 44 used");
  });

  it("refuses once the budget is spent, with 429 naming the budget and when it resets", async () => {
    const { secret } = await createKey({ name: "budget-1", budget: "1/day" });
    for (let index = 0; index < 3; index++) await client(secret).chat.completions.create({ model: "chat-default", ...ask });
    const refused = await fetch(`${gateway.baseURL}/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: JSON.stringify({ model: "chat-default", ...ask }) });
    expect(refused.status).toBe(429);
    const message = ((await refused.json()) as { error: { message: string } }).error.message;
    expect(message).toMatch(/^Budget exhausted for API key "budget-1": \$1\.00 per day, \$1\.20 spent\. It resets at \d{4}-\d\d-\d\dT00:00:00\.000Z\.$/);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(86_400);
  });

  it("answers refusals in the caller's dialect: Anthropic's error shape on /v1/messages", async () => {
    const response = await fetch(`${gateway.url}/v1/messages`, {
      method: "POST",
      headers: { "x-api-key": "sk-sy-nope", "content-type": "application/json", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ model: "chat-default", max_tokens: 10, ...ask }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ type: "error", error: { type: "authentication_error" } });
  });

  it("picks up a key created by the CLI in the same database without a restart", async () => {
    // Run where the gateway's switchyard.yaml is, as a user would: it names the ledger database.
    const created = await keysCommand({ action: "create", name: "from-cli", models: "premium", rpm: "10", format: "json", cwd: gateway.directory });
    const { secret } = JSON.parse(created.stdout!) as { secret: string };
    await waitFor(async () => (await fetch(`${gateway.baseURL}/models`, { headers: { authorization: `Bearer ${secret}` } })).status === 200);
    await expect(client(secret).chat.completions.create({ model: "premium", ...ask })).resolves.toBeDefined();
  });
});
