import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import OpenAI from "openai";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/load-config.js";
import { createGatewayServer, type GatewayServer } from "../../src/server/create-gateway-server.js";
import { GatewayRuntime } from "../../src/server/gateway-runtime.js";
import { createLogger, parseLogLevel } from "../../src/shared/logger.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { spawnSwitchyard, type SpawnedSwitchyard } from "../support/spawn-switchyard.js";
import { waitFor } from "../support/wait-for.js";

/** A pino destination that keeps each JSON line, parsed. */
function captureLines(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe("log lines", () => {
  it("name their level in JSON instead of pino's number", () => {
    const { lines, stream } = captureLines();
    const logger = createLogger({ level: "debug", destination: stream });
    logger.warn({ detail: 1 }, "careful");
    logger.debug("fine print");
    expect(lines).toMatchObject([
      { level: "warn", msg: "careful", detail: 1 },
      { level: "debug", msg: "fine print" },
    ]);
  });

  it("accept level names in any case and nothing else", () => {
    expect(parseLogLevel("WARN")).toBe("warn");
    expect(parseLogLevel(" silent ")).toBe("silent");
    expect(parseLogLevel("verbose")).toBeUndefined();
    expect(parseLogLevel("30")).toBeUndefined();
  });
});

describe("access log", () => {
  let upstream: FakeUpstream;
  let gateway: GatewayServer;
  let runtime: GatewayRuntime;
  let url: string;
  const captured = captureLines();
  const config = (accessLog: boolean | undefined): ReturnType<typeof parseConfigText> =>
    parseConfigText(
      stringify({
        server: accessLog === undefined ? {} : { access_log: accessLog },
        providers: { local: { type: "openai-compatible", base_url: upstream.url } },
        models: { chat: { targets: [{ provider: "local", model: "gemma" }] }, embed: { targets: [{ provider: "local", model: "embedder" }] } },
      }),
      { path: "test.yaml", env: process.env },
    );
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    runtime = new GatewayRuntime(config(undefined));
    gateway = createGatewayServer({ runtime, logger: createLogger({ level: "info", destination: captured.stream }) });
    url = `http://127.0.0.1:${(await gateway.listen(0, "127.0.0.1")).port}`;
  });
  afterAll(async () => {
    await gateway.close(1000);
    await upstream.close();
  });
  const requestLines = (): Record<string, unknown>[] => captured.lines.filter((line) => line.msg === "request");

  it("writes one line per API request with method, path, route, target, status, attempts, duration and tokens", async () => {
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: "k", maxRetries: 0 });
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    await client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });
    upstream.enqueue(fromFixture.json("openai-chat/embeddings.json"));
    await client.embeddings.create({ model: "embed", input: ["a", "b"] });
    await client.chat.completions.create({ model: "no-such-route", messages: [{ role: "user", content: "hi" }] }).catch(() => undefined);
    await waitFor(() => requestLines().length === 3);
    const [chat, embeddings, unknown] = requestLines();
    expect(chat).toMatchObject({ level: "info", method: "POST", path: "/v1/chat/completions", route: "chat", target: "local/gemma", status: 200, attempts: 1, inputTokens: 14, stream: false });
    expect(typeof chat!.outputTokens).toBe("number");
    expect(chat!.durationMs).toBeGreaterThan(0);
    expect(embeddings).toMatchObject({ path: "/v1/embeddings", route: "embed", target: "local/embedder", status: 200, attempts: 1 });
    expect(unknown).toMatchObject({ path: "/v1/chat/completions", status: 404, attempts: 0, error: "model-not-found" });
    expect(unknown).not.toHaveProperty("target");
  });

  it("is turned off by server.access_log: false, on reload", async () => {
    runtime.apply(config(false));
    const before = requestLines().length;
    upstream.enqueue(fromFixture.json("openai-chat/text.json"));
    const response = await fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: "hi" }] }) });
    await response.text();
    expect(response.status).toBe(200);
    // The request's summary has been handed to every observer before the response ended.
    expect(requestLines().length).toBe(before);
  });
});

describe("switchyard serve logs", () => {
  let directory: string;
  let upstream: FakeUpstream;
  const children: SpawnedSwitchyard[] = [];
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    directory = await mkdtemp(join(tmpdir(), "switchyard-logs-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      [
        "server: { port: 0 }",
        `providers: { local: { type: openai-compatible, base_url: "${upstream.url}" } }`,
        "models: { chat: { targets: [{ provider: local, model: m }] } }",
        "ledger: { enabled: false }",
        "",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    for (const spawned of children) if (spawned.child.exitCode === null) spawned.child.kill("SIGKILL");
    await upstream.close();
    await rm(directory, { recursive: true, force: true });
  });
  function serve(args: string[], logLevel: string): SpawnedSwitchyard {
    const spawned = spawnSwitchyard(["serve", ...args], { cwd: directory, logLevel });
    children.push(spawned);
    return spawned;
  }

  it("refuses a SWITCHYARD_LOG_LEVEL that is not a level: exit 2, one line", async () => {
    const spawned = serve([], "verbose");
    expect(await spawned.exit).toBe(2);
    expect(spawned.stderr().trim().split("\n")).toEqual([expect.stringContaining('SWITCHYARD_LOG_LEVEL: "verbose" is not a log level (one of fatal, error, warn, info, debug, trace, silent)')]);
  });

  it("refuses an unknown --log-format", async () => {
    const spawned = serve(["--log-format", "xml"], "info");
    expect(await spawned.exit).toBe(2);
    expect(spawned.stderr()).toContain("xml");
  });

  it("writes JSON lines with level names, an access line per request and a line at shutdown", async () => {
    const spawned = serve([], "info");
    await waitFor(() => /listening on (http:\/\/\S+)/.test(spawned.stdout()), 10_000);
    const url = /listening on (http:\/\/\S+)/.exec(spawned.stdout())![1]!;
    await (await fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: "hi" }] }) })).text();
    spawned.child.kill("SIGTERM");
    expect(await spawned.exit).toBe(0);
    const lines = spawned
      .stderr()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    // The access line is written once the request's summary is complete, which may be just
    // after SIGTERM arrives (shutdown waits for it): its place relative to "shutting down" is not fixed.
    const messages = lines.map((line) => line.msg);
    expect(messages[0]).toBe("listening");
    expect(messages.at(-1)).toBe("shut down");
    expect([...messages].sort()).toEqual(["listening", "request", "shut down", "shutting down: finishing in-flight requests"]);
    expect(lines.every((line) => typeof line.level === "string")).toBe(true);
    expect(lines.find((line) => line.msg === "request")).toMatchObject({ level: "info", method: "POST", path: "/v1/chat/completions", route: "chat", target: "local/m", status: 200 });
  });

  it("writes readable lines with --log-format pretty", async () => {
    const spawned = serve(["--log-format", "pretty"], "info");
    await waitFor(() => /listening on (http:\/\/\S+)/.test(spawned.stdout()), 10_000);
    spawned.child.kill("SIGTERM");
    expect(await spawned.exit).toBe(0);
    const stderr = spawned.stderr();
    expect(stderr).toMatch(/INFO.*: listening/);
    expect(stderr).toMatch(/INFO.*: shut down/);
    expect(stderr).not.toContain('"level"');
  });
});
