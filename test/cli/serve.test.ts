import { mkdtemp, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { startServe, type RunningGateway } from "../../src/cli/serve.js";
import { createLogger } from "../../src/shared/logger.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { waitFor } from "../support/wait-for.js";

const silent = createLogger({ level: "silent" });

describe("switchyard serve", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function upstream(): Promise<FakeUpstream> {
    const fake = await startFakeUpstream();
    cleanups.push(() => fake.close());
    return fake;
  }

  async function serve(options: Parameters<typeof startServe>[0]): Promise<RunningGateway & { lines: string[] }> {
    const lines: string[] = [];
    const running = await startServe({ port: 0, logger: silent, print: (line) => lines.push(line), ...options });
    cleanups.push(() => running.close());
    return Object.assign(running, { lines });
  }

  it("with no config file, discovers local servers and provider keys, builds a default route and says what to configure", async () => {
    const ollama = await upstream();
    (ollama as { fallback: unknown }).fallback = { json: JSON.stringify({ object: "list", data: [{ id: "gemma4:31b" }, { id: "llama3.2:3b" }] }) };
    const directory = await mkdtemp(join(tmpdir(), "switchyard-"));
    const running = await serve({
      cwd: directory,
      env: { GROQ_API_KEY: "gsk-test" },
      probes: [
        { preset: "ollama", baseUrl: ollama.url },
        { preset: "vllm", baseUrl: "http://127.0.0.1:9/v1" },
      ],
    });
    const output = running.lines.join("\n");
    expect(output).toContain(`found ollama at ${ollama.url} serving 2 model(s): gemma4:31b, llama3.2:3b`);
    expect(output).toContain('found GROQ_API_KEY: provider "groq" is ready; call it as groq/MODEL');
    expect(output).toContain('alias "default" → ollama/gemma4:31b');
    expect(output).toContain("next: write switchyard.yaml");
    const { config } = running.server.runtime.snapshot();
    expect(config.providers.get("groq")?.apiKey).toBe("gsk-test");
    expect([...config.routes.keys()]).toEqual(["default"]);
  });

  it("starts with nothing found and says what to do next", async () => {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-"));
    const running = await serve({ cwd: directory, env: {}, probes: [{ preset: "ollama", baseUrl: "http://127.0.0.1:9/v1" }] });
    expect(running.lines.join("\n")).toMatch(/found no local model server .* and no provider key/);
    const response = await fetch(`${running.url}/v1/models`);
    expect(await response.json()).toEqual({ object: "list", data: [] });
  });

  it("reloads when the file changes, keeps the old config when the new one is invalid, and finishes in-flight requests", async () => {
    const fake = await upstream();
    const directory = await mkdtemp(join(tmpdir(), "switchyard-"));
    const file = join(directory, "switchyard.yaml");
    const config = (alias: string) => `providers:\n  local: { type: openai-compatible, base_url: "${fake.url}" }\nmodels:\n  ${alias}: { targets: [{ provider: local, model: m }] }\n`;
    await writeFile(file, config("first"));
    const running = await serve({ cwd: directory, env: {} });
    const client = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "k", maxRetries: 0 });

    // A slow stream is in flight while the config changes underneath it.
    fake.enqueue(fromFixture.sse("openai-chat/text-stream.sse", { eventDelayMs: 80 }));
    const inFlight = (async () => {
      let text = "";
      for await (const chunk of await client.chat.completions.create({ model: "first", messages: [{ role: "user", content: "hi" }], stream: true })) {
        text += chunk.choices[0]?.delta.content ?? "";
      }
      return text;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Replace the file the way editors do (write elsewhere, rename over).
    await writeFile(`${file}.tmp`, config("second"));
    await rename(`${file}.tmp`, file);
    await waitFor(async () => (await client.models.list()).data.some((model) => model.id === "second"));
    expect(await inFlight).toBe("Paris is the capital.");

    await writeFile(file, "models:\n  broken: { targets: [{ provider: nowhere, model: m }] }\n");
    expect(await running.reload()).toBe(false);
    expect((await client.models.list()).data.map((model) => model.id)).toEqual(["second"]);
  });

  it("refuses an invalid config at startup with a one-line reason", async () => {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-"));
    await writeFile(join(directory, "switchyard.yaml"), "models:\n  chat: { targets: [] }\n");
    await expect(startServe({ cwd: directory, port: 0, logger: silent })).rejects.toThrow(/switchyard\.yaml:2: models\.chat\.targets: Too small/);
  });
});
