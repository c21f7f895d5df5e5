/**
 * Runs the public Open Responses compliance suite (openresponses/openresponses,
 * `bin/compliance-test.ts`) against `switchyard serve` in front of a chat-only
 * upstream: a scripted fake that speaks OpenAI Chat Completions on loopback.
 *
 *   OPEN_RESPONSES_DIR=/path/to/openresponses npx tsx scripts/run-open-responses-compliance.ts [suite flags…]
 *
 * The suite is not part of this repository: OPEN_RESPONSES_DIR is a checkout of
 * it with its dependencies installed and its zod schemas generated
 * (`kubb generate`), as its readme says. The suite's own CLI is run with tsx
 * (it is written for bun; nothing in it needs bun). Extra arguments go to the
 * suite (e.g. `--filter basic-response -v`). Exit code: the suite's.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const switchyardBinary = join(repositoryRoot, "dist", "cli", "index.js");

interface ChatMessage {
  readonly role: string;
  readonly content: unknown;
}

/**
 * The scripted model: offered tools and no tool result yet → it calls the
 * first tool with `{"location":"San Francisco, CA"}`; after a tool result → it
 * answers quoting it; otherwise it answers in text naming the last user turn.
 */
function scriptedTurn(body: { messages: ChatMessage[]; tools?: { function: { name: string } }[] }): { text: string } | { tool: string; arguments: string } {
  const last = body.messages.at(-1);
  if (last?.role === "tool") return { text: `It is ${String(last.content)}.` };
  const tool = body.tools?.[0];
  if (tool) return { tool: tool.function.name, arguments: '{"location":"San Francisco, CA"}' };
  const lastUser = [...body.messages].reverse().find((message) => message.role === "user");
  const said = typeof lastUser?.content === "string" ? lastUser.content : "your message";
  return { text: `You said: ${said}` };
}

function chatReply(body: { stream?: boolean; messages: ChatMessage[]; tools?: { function: { name: string } }[] }): { contentType: string; payload: string } {
  const turn = scriptedTurn(body);
  const usage = { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 };
  const base = { id: "chatcmpl-compliance", created: Math.floor(Date.now() / 1000), model: "scripted-chat" };
  const toolCall = "tool" in turn ? { id: "call_compliance_1", type: "function", function: { name: turn.tool, arguments: turn.arguments } } : undefined;
  const finish = toolCall ? "tool_calls" : "stop";
  if (body.stream !== true) {
    const message = toolCall ? { role: "assistant", content: null, tool_calls: [toolCall] } : { role: "assistant", content: "text" in turn ? turn.text : "" };
    return { contentType: "application/json", payload: JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message, finish_reason: finish }], usage }) };
  }
  const chunk = (delta: unknown, finishReason: string | null = null): string =>
    `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  let stream = chunk({ role: "assistant", content: "" });
  if (toolCall) {
    stream += chunk({ tool_calls: [{ index: 0, id: toolCall.id, type: "function", function: { name: toolCall.function.name, arguments: "" } }] });
    stream += chunk({ tool_calls: [{ index: 0, function: { arguments: toolCall.function.arguments } }] });
  } else if ("text" in turn) {
    for (const word of turn.text.split(/(?<= )/)) stream += chunk({ content: word });
  }
  stream += chunk({}, finish);
  stream += `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [], usage })}\n\ndata: [DONE]\n\n`;
  return { contentType: "text/event-stream", payload: stream };
}

async function startChatUpstream(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/v1/chat/completions") {
        response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `No route for ${request.method} ${request.url}`, type: "invalid_request_error" } }));
        return;
      }
      const { contentType, payload } = chatReply(JSON.parse(raw) as Parameters<typeof chatReply>[0]);
      response.writeHead(200, { "content-type": contentType }).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`switchyard did not become ready at ${url}`);
}

async function main(): Promise<number> {
  const suiteDirectory = process.env.OPEN_RESPONSES_DIR;
  if (!suiteDirectory || !existsSync(join(suiteDirectory, "bin", "compliance-test.ts"))) {
    process.stderr.write("OPEN_RESPONSES_DIR must name a checkout of openresponses/openresponses (bin/compliance-test.ts not found); see README \"Open Responses compliance\"\n");
    return 2;
  }
  if (!existsSync(switchyardBinary)) {
    process.stderr.write("dist/cli/index.js not found: run `npm run build` first\n");
    return 2;
  }
  const upstream = await startChatUpstream();
  const directory = await mkdtemp(join(tmpdir(), "switchyard-open-responses-"));
  const port = await freePort();
  await writeFile(
    join(directory, "switchyard.yaml"),
    [
      "providers:",
      `  chat-only: { type: openai-compatible, base_url: "${upstream.url}", api_key: upstream-key }`,
      "models:",
      "  compliance-model:",
      "    targets: [{ provider: chat-only, model: scripted-chat }]",
      "",
    ].join("\n"),
  );
  const gateway = spawn(process.execPath, [switchyardBinary, "serve", "--host", "127.0.0.1", "--port", String(port)], { cwd: directory, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, SWITCHYARD_LOG_LEVEL: "warn" } });
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`);
    const suite = spawn("npx", ["tsx", "bin/compliance-test.ts", "--base-url", `http://127.0.0.1:${port}/v1`, "--api-key", "compliance-key", "--model", "compliance-model", ...process.argv.slice(2)], { cwd: suiteDirectory, stdio: "inherit" });
    return await new Promise<number>((resolve) => suite.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    gateway.kill("SIGTERM");
    await new Promise((resolve) => gateway.on("exit", resolve));
    await upstream.close();
    await rm(directory, { recursive: true, force: true });
  }
}

process.exitCode = await main();
