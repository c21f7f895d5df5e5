import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/serve.js";
import type { ResponsesObject } from "../../src/protocols/openai-responses/responses-object.js";
import { createSqliteResponseStore } from "../../src/responses-store/sqlite-response-store.js";
import { createSqliteWorkerResponseStore } from "../../src/responses-store/sqlite-worker-response-store.js";
import { createPostgresResponseStore } from "../../src/responses-store/postgres-response-store.js";
import { storedSize, type ResponseStore } from "../../src/responses-store/response-store.js";
import { createLogger } from "../../src/shared/logger.js";
import type { FakeUpstream } from "../support/fake-upstream.js";
import { createTestSchema } from "../support/postgres-schema.js";
import { serviceAvailable } from "../support/services.js";
import { spawnSwitchyard, type SpawnedSwitchyard } from "../support/spawn-switchyard.js";
import { startScriptedUpstream } from "./support/scripted-upstream.js";

const postgresUp = await serviceAvailable("postgres");

const weatherTool = { type: "function" as const, name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } }, strict: false };

/** Turn one calls the tool; turn two, by previous_response_id only, must reach the upstream with the whole conversation. */
async function twoTurns(first: OpenAI, second: OpenAI, upstream: FakeUpstream): Promise<void> {
  const opening = await first.responses.create({ model: "chat", input: "Weather in Paris?", tools: [weatherTool] });
  const call = opening.output[0] as { type: string; call_id: string };
  expect(call.type).toBe("function_call");
  const answer = await second.responses.create({ model: "chat", previous_response_id: opening.id, input: [{ type: "function_call_output", call_id: call.call_id, output: "18°C" }] });
  expect(answer.output_text).toBe("The weather: 18°C");
  const sent = upstream.requests.at(-1)!.body.messages as { role: string }[];
  expect(sent.map((message) => message.role)).toEqual(["user", "assistant", "tool"]);
}

function config(upstream: FakeUpstream, ledger: string, extra: string[] = []): string {
  return ["server: { port: 0 }", `providers: { local: { type: openai-compatible, base_url: "${upstream.url}" } }`, "models: { chat: { targets: [{ provider: local, model: m }] } }", ledger, ...extra, ""].join("\n");
}

describe("stored responses", () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  let upstream: FakeUpstream;
  let directory: string;
  beforeAll(async () => {
    if (!existsSync(fileURLToPath(new URL("../../dist/responses-store/open-response-store.js", import.meta.url)))) throw new Error("dist/ has no responses store: run `npm run build` first");
    upstream = await startScriptedUpstream("openai-compatible");
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => stop(child)));
    if (directory) await rm(directory, { recursive: true, force: true });
  });
  afterAll(async () => {
    await upstream.close();
  });

  function serve(cwd: string): SpawnedSwitchyard {
    const spawned = spawnSwitchyard(["serve"], { cwd, logLevel: "warn" });
    children.push(spawned.child);
    return spawned;
  }

  it("continue after a gateway restart (SQLite, the default store)", async () => {
    directory = await mkdtemp(join(tmpdir(), "switchyard-responses-restart-"));
    await writeFile(join(directory, "switchyard.yaml"), config(upstream, "ledger: { path: ledger.db }"));
    const before = serve(directory);
    const client = (url: string): OpenAI => new OpenAI({ baseURL: `${url}/v1`, apiKey: "k", maxRetries: 0 });
    const firstUrl = await waitForMatch(before.stdout, /listening on (http:\/\/\S+)/);
    // Beside the ledger's file, in one of their own, named after it.
    expect(await waitForMatch(before.stdout, /stored Responses: (\S+)/)).toBe(join(directory, "ledger-responses.db"));
    const opening = await client(firstUrl).responses.create({ model: "chat", input: "Weather in Paris?", tools: [weatherTool] });
    await stop(before.child);

    const after = serve(directory);
    const secondUrl = await waitForMatch(after.stdout, /listening on (http:\/\/\S+)/);
    const call = opening.output[0] as { call_id: string };
    const answer = await client(secondUrl).responses.create({ model: "chat", previous_response_id: opening.id, input: [{ type: "function_call_output", call_id: call.call_id, output: "18°C" }] });
    expect(answer.output_text).toBe("The weather: 18°C");
    expect((await client(secondUrl).responses.retrieve(opening.id)).output).toEqual(opening.output);
  });

  it.skipIf(!postgresUp)("continue across two gateway processes on one PostgreSQL", async () => {
    const schema = await createTestSchema();
    try {
      directory = await mkdtemp(join(tmpdir(), "switchyard-responses-pg-"));
      await writeFile(join(directory, "switchyard.yaml"), config(upstream, `ledger: { url: "${schema.url()}" }`));
      const replicas = [serve(directory), serve(directory)];
      const [one, two] = await Promise.all(replicas.map((replica) => waitForMatch(replica.stdout, /listening on (http:\/\/\S+)/)));
      await twoTurns(new OpenAI({ baseURL: `${one}/v1`, apiKey: "k", maxRetries: 0 }), new OpenAI({ baseURL: `${two}/v1`, apiKey: "k", maxRetries: 0 }), upstream);
    } finally {
      await Promise.all(children.splice(0).map((child) => stop(child)));
      await schema.drop();
    }
  });

  it("list input items under the same ids on every read and after a restart, the client's own ids kept", async () => {
    directory = await mkdtemp(join(tmpdir(), "switchyard-responses-items-"));
    await writeFile(join(directory, "switchyard.yaml"), config(upstream, "ledger: { path: ledger.db }"));
    const input = [
      { type: "message" as const, role: "user" as const, content: "first" },
      { type: "message" as const, role: "user" as const, content: "second", id: "msg_client" },
      { type: "message" as const, role: "user" as const, content: "third" },
    ];
    const listAll = async (client: OpenAI, id: string) => (await client.responses.inputItems.list(id, { order: "asc" })).data;
    let running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    let client = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "k", maxRetries: 0 });
    const created = await client.responses.create({ model: "chat", input });
    const listed = await listAll(client, created.id);
    try {
      expect(listed.map((item) => JSON.stringify(item))).toEqual([expect.stringContaining('"first"'), expect.stringContaining('"second"'), expect.stringContaining('"third"')]);
      expect(listed[1]!.id).toBe("msg_client");
      for (const item of [listed[0]!, listed[2]!]) expect(item.id).toMatch(/^msg_[0-9a-f]{48}$/);
      expect(listed[0]!.id).not.toBe(listed[2]!.id);
      expect(await listAll(client, created.id)).toEqual(listed);
      // The cursor of a later page names a listed id.
      const page = await client.responses.inputItems.list(created.id, { order: "asc", after: listed[0]!.id, limit: 1 });
      expect(page.data.map((item) => item.id)).toEqual([listed[1]!.id]);
    } finally {
      await running.close();
    }
    running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    try {
      client = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "k", maxRetries: 0 });
      expect(await listAll(client, created.id)).toEqual(listed);
    } finally {
      await running.close();
    }
  });

  it("are read only by the virtual key that created them, and not kept with store: false", async () => {
    directory = await mkdtemp(join(tmpdir(), "switchyard-responses-keys-"));
    await writeFile(join(directory, "switchyard.yaml"), config(upstream, "ledger: { path: ledger.db }", ["server: { port: 0, admin_token: admin-secret }"]).replace("server: { port: 0 }\n", ""));
    const running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: "silent" }) });
    try {
      const createKey = async (name: string): Promise<string> => {
        const response = await fetch(`${running.url}/admin/keys`, { method: "POST", headers: { authorization: "Bearer admin-secret", "content-type": "application/json" }, body: JSON.stringify({ name }) });
        expect(response.status).toBe(201);
        return ((await response.json()) as { secret: string }).secret;
      };
      const alice = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: await createKey("alice"), maxRetries: 0 });
      const bob = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: await createKey("bob"), maxRetries: 0 });
      const created = await alice.responses.create({ model: "chat", input: "hi" });
      expect((await alice.responses.retrieve(created.id)).id).toBe(created.id);
      await expect(bob.responses.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
      await expect(bob.responses.inputItems.list(created.id)).rejects.toMatchObject({ status: 404 });
      await expect(bob.responses.delete(created.id)).rejects.toMatchObject({ status: 404 });
      await expect(bob.responses.create({ model: "chat", previous_response_id: created.id, input: "more" })).rejects.toMatchObject({ status: 404, param: "previous_response_id" });
      // The key the handler authenticated scopes continuations and token counts too.
      expect((await alice.responses.create({ model: "chat", previous_response_id: created.id, input: "more" })).previous_response_id).toBe(created.id);
      expect((await alice.responses.inputTokens.count({ model: "chat", previous_response_id: created.id, input: "more" })).input_tokens).toBeGreaterThan(0);
      await expect(bob.responses.inputTokens.count({ model: "chat", previous_response_id: created.id, input: "more" })).rejects.toMatchObject({ status: 404 });
      // This gateway does not require keys (server.require_keys defaults to false), so an unknown key is a keyless caller: it too gets 404.
      await expect(new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "wrong", maxRetries: 0 }).responses.retrieve(created.id)).rejects.toMatchObject({ status: 404 });

      const unstored = await alice.responses.create({ model: "chat", input: "hi", store: false });
      expect((unstored as unknown as { store: boolean }).store).toBe(false);
      await expect(alice.responses.retrieve(unstored.id)).rejects.toMatchObject({ status: 404 });
    } finally {
      await running.close();
    }
  });
});

describe("response store retention and size cap", () => {
  const stores: { name: string; open: () => Promise<{ store: ResponseStore; cleanup: () => Promise<void> }> }[] = [
    {
      name: "sqlite",
      open: async () => {
        const folder = await mkdtemp(join(tmpdir(), "switchyard-responses-prune-"));
        const store = createSqliteResponseStore(join(folder, "responses.db"));
        return { store, cleanup: () => rm(folder, { recursive: true, force: true }) };
      },
    },
    {
      name: "sqlite on its writer thread",
      open: async () => {
        const folder = await mkdtemp(join(tmpdir(), "switchyard-responses-prune-"));
        const store = createSqliteWorkerResponseStore({ path: join(folder, "responses.db"), awaitCommit: false, onWriteError: (error) => { throw error; } });
        return { store, cleanup: () => rm(folder, { recursive: true, force: true }) };
      },
    },
    ...(postgresUp
      ? [
          {
            name: "postgres",
            open: async () => {
              const schema = await createTestSchema();
              return { store: createPostgresResponseStore({ url: schema.url(), poolSize: 2 }), cleanup: schema.drop };
            },
          },
        ]
      : []),
  ];

  it.each(stores)("$name: deletes responses past retention, then the oldest beyond the size cap, with their items", async ({ open }) => {
    const { store, cleanup } = await open();
    try {
      await store.migrate();
      await store.migrate(); // idempotent
      const inputItems = [{ type: "message" as const, role: "user" as const, content: "x".repeat(1000) }];
      const put = (id: string, createdAtMs: number): Promise<void> => store.put({ id, owner: undefined, createdAtMs, previousResponseId: undefined, response: stubResponse(id), inputItems });
      const oneSize = storedSize(JSON.stringify(stubResponse("resp_a")), JSON.stringify(inputItems));
      await put("resp_old", 1_000);
      await put("resp_a", 10_000);
      await put("resp_b", 20_000);
      await put("resp_c", 30_000);
      expect(await store.findOutputItem("msg_resp_old")).toMatchObject({ responseId: "resp_old" });

      expect(await store.prune({ createdBeforeMs: 5_000, maxTotalBytes: 1e9 })).toBe(1);
      expect(await store.get("resp_old")).toBeUndefined();
      expect(await store.findOutputItem("msg_resp_old")).toBeUndefined();

      // Room for two of the three remaining: the oldest goes.
      expect(await store.prune({ createdBeforeMs: 5_000, maxTotalBytes: 2 * oneSize + 10 })).toBe(1);
      expect(await store.get("resp_a")).toBeUndefined();
      expect((await store.get("resp_c"))?.response.id).toBe("resp_c");
      expect(await store.delete("resp_b")).toBe(true);
      expect(await store.delete("resp_b")).toBe(false);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});

function stubResponse(id: string): ResponsesObject {
  return {
    id,
    object: "response",
    created_at: 1,
    status: "completed",
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    model: "chat",
    output: [{ type: "message", id: `msg_${id}`, role: "assistant", status: "completed", content: [{ type: "output_text", text: "ok", annotations: [], logprobs: [] }] }],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: true,
    temperature: 1,
    text: { format: { type: "text" } },
    tool_choice: "auto",
    tools: [],
    top_p: 1,
    presence_penalty: 0,
    frequency_penalty: 0,
    top_logprobs: 0,
    max_tool_calls: null,
    truncation: "disabled",
    usage: null,
    metadata: {},
    prompt_cache_key: null,
    safety_identifier: null,
    service_tier: "default",
    background: false,
  };
}

async function waitForMatch(text: () => string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const match = pattern.exec(text());
    if (match?.[1]) return match[1];
    if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} in time; got: ${text()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
