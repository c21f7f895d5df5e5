import Anthropic from "@anthropic-ai/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { applySessionAffinity } from "../../src/routing/apply-session-affinity.js";
import type { RouteConfig } from "../../src/config/gateway-config.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

let upstream: FakeUpstream | undefined;
let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  await upstream?.close();
  gateway = undefined;
  upstream = undefined;
});

/** What Claude Code 2.1 sends (trimmed): adaptive thinking, context management, effort, a user id, a deferred tool and a server tool. */
const claudeCodeBody = {
  model: "claude-sonnet-4-5",
  max_tokens: 32000,
  stream: false,
  system: [{ type: "text", text: "You are Claude Code.", cache_control: { type: "ephemeral" } }],
  messages: [{ role: "user", content: "Write hello.txt" }],
  thinking: { type: "adaptive" },
  context_management: { edits: [{ type: "clear_thinking_20251015", keep: "all" }] },
  output_config: { effort: "high" },
  metadata: { user_id: '{"device_id":"abc","session_id":"s1"}' },
  tools: [
    { name: "Write", description: "Write a file", input_schema: { type: "object", properties: { file_path: { type: "string" }, content: { type: "string" } } } },
    { name: "NotebookEdit", description: "Edit a notebook", input_schema: { type: "object", properties: {} }, defer_loading: true },
    { type: "web_search_20250305", name: "web_search" },
  ],
};
const claudeCodeHeaders = {
  "content-type": "application/json",
  "anthropic-version": "2023-06-01",
  "anthropic-beta": "claude-code-20250219,interleaved-thinking-2025-05-14,context-management-2025-06-27,effort-2025-11-24",
  "x-claude-code-session-id": "session-1",
  "x-api-key": "k",
};

async function start(type: "anthropic" | "openai-compatible", models: Record<string, unknown>, router: Record<string, unknown> = {}): Promise<TestGateway> {
  upstream = await startFakeUpstream({ fallback: fromFixture.json(type === "anthropic" ? "anthropic-messages/text.json" : "openai-chat/text.json") });
  gateway = await startGateway({ providers: { target: { type, base_url: upstream.url } }, models, router });
  return gateway;
}

describe("Claude Code's requests", () => {
  it("reach an Anthropic upstream unchanged: body, anthropic-beta and anthropic-version, no warnings", async () => {
    const { url } = await start("anthropic", { "claude-*": { targets: [{ provider: "target", model: "claude-upstream" }] } });
    const answer = await fetch(`${url}/v1/messages?beta=true`, { method: "POST", headers: claudeCodeHeaders, body: JSON.stringify(claudeCodeBody) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-switchyard-route")).toBe("claude-*");
    expect(answer.headers.get("x-switchyard-warnings")).toBeNull();
    const sent = upstream!.requests[0]!;
    expect(sent.body).toEqual({ ...claudeCodeBody, model: "claude-upstream" });
    expect(sent.headers["anthropic-beta"]).toBe(claudeCodeHeaders["anthropic-beta"]);
    expect(sent.headers["anthropic-version"]).toBe("2023-06-01");
  });

  it("are mapped for an OpenAI-compatible upstream, with a warning for everything not honoured", async () => {
    const { url } = await start("openai-compatible", { "claude-*": { targets: [{ provider: "target", model: "gemma" }] } });
    const answer = await fetch(`${url}/v1/messages?beta=true`, { method: "POST", headers: claudeCodeHeaders, body: JSON.stringify(claudeCodeBody) });
    expect(answer.status).toBe(200);
    const sent = upstream!.requests[0]!.body;
    expect(sent.reasoning_effort).toBe("high");
    expect(sent.user).toBe(claudeCodeBody.metadata.user_id);
    expect((sent.tools as { function: { name: string } }[]).map((tool) => tool.function.name)).toEqual(["Write", "NotebookEdit"]);
    expect(sent).not.toHaveProperty("context_management");
    const warnings = answer.headers.get("x-switchyard-warnings") ?? "";
    expect(warnings).toContain("tools.1.defer_loading");
    expect(warnings).toContain("tools.2 (server tool web_search_20250305 runs only on Anthropic");
    expect(warnings).toContain("context_management");
    expect(warnings).not.toContain("metadata");
  });

  it("an effort other protocols lack is sent as high, with a warning", async () => {
    const { url } = await start("openai-compatible", { "claude-*": { targets: [{ provider: "target", model: "gemma" }] } });
    const answer = await fetch(`${url}/v1/messages`, { method: "POST", headers: claudeCodeHeaders, body: JSON.stringify({ ...claudeCodeBody, tools: undefined, output_config: { effort: "max" } }) });
    expect(upstream!.requests[0]!.body.reasoning_effort).toBe("high");
    expect(answer.headers.get("x-switchyard-warnings")).toContain('output_config.effort ("max" has no equivalent');
  });
});

describe("model discovery and alias patterns", () => {
  it("GET /v1/models answers in Anthropic's shape when called with anthropic-version, and lists names, not patterns", async () => {
    const { url } = await start("openai-compatible", { "claude-*": { targets: [{ provider: "target", model: "a" }] }, fast: { targets: [{ provider: "target", model: "b" }] } });
    const anthropic = new Anthropic({ apiKey: "k", baseURL: url, maxRetries: 0 });
    const listed = [];
    for await (const model of anthropic.models.list()) listed.push(model);
    expect(listed).toEqual([{ type: "model", id: "fast", display_name: "fast", created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    const openAIShape = (await (await fetch(`${url}/v1/models`)).json()) as { object: string; data: { id: string }[] };
    expect(openAIShape.object).toBe("list");
    expect(openAIShape.data.map((model) => model.id)).toEqual(["fast"]);
  });

  it("hard-coded model names route by pattern; exact names and PROVIDER/MODEL win over patterns", async () => {
    const { url } = await start("openai-compatible", {
      "claude-opus-4-1": { targets: [{ provider: "target", model: "exact" }] },
      "claude-*": { targets: [{ provider: "target", model: "claude-pattern" }] },
      "gpt-5*": { targets: [{ provider: "target", model: "gpt-pattern" }] },
      "*": { targets: [{ provider: "target", model: "catch-all" }] },
    });
    const route = async (model: string): Promise<[string | null, string | null]> => {
      const answer = await fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] }) });
      return [answer.headers.get("x-switchyard-route"), answer.headers.get("x-switchyard-target")];
    };
    expect(await route("claude-sonnet-4-5")).toEqual(["claude-*", "target/claude-pattern"]);
    expect(await route("claude-opus-4-1")).toEqual(["claude-opus-4-1", "target/exact"]);
    expect(await route("gpt-5.1-codex")).toEqual(["gpt-5*", "target/gpt-pattern"]);
    expect(await route("target/direct")).toEqual(["target/direct", "target/direct"]);
    expect(await route("llama")).toEqual(["*", "target/catch-all"]);
  });
});

describe("session affinity", () => {
  const targets = ["a", "b", "c"].map((model) => ({ provider: "target", model }));

  it("keeps a session on one target of a weighted route, and spreads sessions over targets", async () => {
    const { url } = await start("openai-compatible", { m: { strategy: "weighted", targets }, f: { targets } }, { session_affinity: true });
    const send = async (model: string, session: string | undefined): Promise<string> => {
      const answer = await fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(session && { "session-id": session }) },
        body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }] }),
      });
      return answer.headers.get("x-switchyard-target")!;
    };
    const first = await send("m", "conversation-1");
    for (let index = 0; index < 8; index++) expect(await send("m", "conversation-1")).toBe(first);
    const spread = new Set<string>();
    for (let index = 0; index < 30; index++) spread.add(await send("m", `conversation-${index}`));
    expect(spread.size).toBe(3);
    // Without a session header the weighted strategy rotates as before.
    const unpinned = new Set<string>();
    for (let index = 0; index < 6; index++) unpinned.add(await send("m", undefined));
    expect(unpinned.size).toBe(3);
    // Fallback routes keep their configured order whatever the session.
    for (let index = 0; index < 5; index++) expect(await send("f", `conversation-${index}`)).toBe("target/a");
  });

  it("is off unless configured", async () => {
    const { url } = await start("openai-compatible", { m: { strategy: "weighted", targets } });
    const seen = new Set<string>();
    for (let index = 0; index < 6; index++) {
      const answer = await fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json", "session-id": "same" }, body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }) });
      seen.add(answer.headers.get("x-switchyard-target")!);
    }
    expect(seen.size).toBe(3);
  });

  it("pins sessions in proportion to target weights", () => {
    const route = { alias: "m", strategy: "weighted", targets: [{ provider: "p", model: "heavy", weight: 3, key: "p/heavy" }, { provider: "p", model: "light", weight: 1, key: "p/light" }] } as unknown as RouteConfig;
    let heavy = 0;
    for (let index = 0; index < 4000; index++) if (applySessionAffinity({ route, targets: route.targets }, `s${index}`).targets[0]!.model === "heavy") heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.7);
    expect(heavy / 4000).toBeLessThan(0.8);
  });
});
