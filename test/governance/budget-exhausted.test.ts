import Anthropic from "@anthropic-ai/sdk";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysCommand } from "../../src/cli/keys.js";
import { usageCommand } from "../../src/cli/usage.js";
import { parseConfigText } from "../../src/config/load-config.js";
import { createGovernance, type Governance } from "../../src/governance/index.js";
import { createLedger, type Ledger } from "../../src/ledger/create-ledger.js";
import { createLogger } from "../../src/shared/logger.js";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { waitFor } from "../support/wait-for.js";

const ask = { messages: [{ role: "user" as const, content: "hi" }] };

/**
 * A tiny budget ($0.0002/day, two requests at $0.0001 each) run out through the
 * real SDKs, with the ledger on so spend per key can be read back everywhere.
 */
describe("an exhausted budget: insufficient_quota that SDKs do not retry, and spend per key", () => {
  let upstream: FakeUpstream;
  let directory: string;
  let governance: Governance;
  let ledger: Ledger;
  let gateway: TestGateway;
  let key: { id: string; secret: string };
  const arrivals = (): number => gateway.summaries.filter((summary) => summary.keyId === key.id).length;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    directory = await mkdtemp(join(tmpdir(), "switchyard-budget-"));
    const config = {
      server: { admin_token: "admin-secret-token", require_keys: true },
      providers: { local: { type: "openai-compatible", base_url: upstream.url } },
      models: { chat: { targets: [{ provider: "local", model: "m" }] } },
      ledger: { path: join(directory, "ledger.db"), flush_interval_ms: 50 },
    };
    await writeFile(join(directory, "switchyard.yaml"), stringify(config));
    const parsed = parseConfigText(stringify(config), { path: join(directory, "switchyard.yaml"), env: process.env });
    const logger = createLogger({ level: "silent" });
    ledger = await createLedger({ config: parsed.ledger, catalog: undefined, logger });
    governance = await createGovernance({ config: parsed, logger, cwd: directory, spendSource: () => (query) => ledger.keyUsage(query) });
    gateway = await startGateway(config, { guard: governance.guard, keys: governance.keys, cost: () => 0.0001, observers: [ledger.observer] });
    const created = await fetch(`${gateway.url}/admin/keys`, {
      method: "POST",
      headers: { authorization: "Bearer admin-secret-token", "content-type": "application/json" },
      body: JSON.stringify({ name: "tiny", budget: "0.0002/day" }),
    });
    key = (await created.json()) as { id: string; secret: string };
  });
  afterAll(async () => {
    await gateway.close();
    await ledger.close();
    await governance.close();
    await upstream.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("answers OpenAI clients 429 insufficient_quota with x-should-retry: false, so the SDK sends the request exactly once", async () => {
    // Default retries on: a plain 429 would be sent three times.
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: key.secret });
    await client.chat.completions.create({ model: "chat", ...ask });
    await client.chat.completions.create({ model: "chat", ...ask });
    const before = arrivals();
    const error = (await client.chat.completions.create({ model: "chat", ...ask }).catch((caught: unknown) => caught)) as InstanceType<typeof OpenAI.APIError>;
    expect(arrivals() - before).toBe(1);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.status).toBe(429);
    expect(error.code).toBe("insufficient_quota");
    expect(error.type).toBe("insufficient_quota");
    expect(error.headers?.get("x-should-retry")).toBe("false");
    expect(error.message).toMatch(/Budget exhausted for API key "tiny": \$0\.0002 per day, \$0\.0002 spent\. It resets at \d{4}-\d\d-\d\dT00:00:00\.000Z\./);
    expect(upstream.requests).toHaveLength(2);
  });

  it("answers Anthropic clients on /v1/messages 402 billing_error, also sent exactly once", async () => {
    const client = new Anthropic({ baseURL: gateway.url, apiKey: key.secret });
    const before = arrivals();
    const error = (await client.messages.create({ model: "chat", max_tokens: 10, ...ask }).catch((caught: unknown) => caught)) as InstanceType<typeof Anthropic.APIError>;
    expect(arrivals() - before).toBe(1);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect(error.status).toBe(402);
    expect(error.error).toMatchObject({ type: "error", error: { type: "billing_error", message: expect.stringContaining("$0.0002 per day") as unknown } });
    expect(error.headers?.get("x-should-retry")).toBe("false");
  });

  it("shows spend to date per key in GET /admin/keys, keys list and usage --by key", async () => {
    type Listed = { keys: { id: string; spend_usd: number | null; period_spend_usd: number | null }[] };
    const listed = async (): Promise<Listed["keys"][number] | undefined> =>
      ((await (await fetch(`${gateway.url}/admin/keys`, { headers: { authorization: "Bearer admin-secret-token" } })).json()) as Listed).keys.find((entry) => entry.id === key.id);
    await waitFor(async () => (await listed())?.spend_usd === 0.0002);
    expect(await listed()).toMatchObject({ spend_usd: 0.0002, period_spend_usd: 0.0002 });

    const table = await keysCommand({ action: "list", format: "table", cwd: directory });
    expect(table.stdout).toContain("$0.0002/day");
    expect(table.stdout).toContain("$0.0002 today");
    const json = JSON.parse((await keysCommand({ action: "list", format: "json", cwd: directory })).stdout!) as Listed;
    expect(json.keys[0]).toMatchObject({ id: key.id, spend_usd: 0.0002, period_spend_usd: 0.0002 });

    const byKey = JSON.parse((await usageCommand({ cwd: directory, format: "json", by: "key" })).stdout!) as { keys: { keyId: string | null; keyName: string | null; requests: number; costUsd: number }[] };
    // Two priced answers and two refusals (which cost nothing) for the key.
    expect(byKey.keys).toEqual([expect.objectContaining({ keyId: key.id, keyName: "tiny", requests: 4, costUsd: 0.0002 })]);
    const usageTable = await usageCommand({ cwd: directory, format: "table", by: "key" });
    expect(usageTable.stdout).toContain("tiny");
    expect(usageTable.stdout).toContain("$0.0002 priced spend");
  });
});
