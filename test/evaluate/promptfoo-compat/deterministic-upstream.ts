import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One chat request as the upstream saw it. */
export interface SeenRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

export interface DeterministicUpstream {
  readonly url: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible upstream whose every answer is a pure function of the
 * request, so promptfoo and switchyard get the same answers to the same
 * requests (and different answers to different ones):
 * - with `tools`, a call to the first tool, its required arguments filled in
 *   from their schema (strings "Boston, MA", enums their first value, …);
 * - with `functions`, the same as a legacy `function_call`;
 * - otherwise `Echo: ` and the last user message, with JSON requested
 *   (`response_format`) a JSON object holding it;
 * - embeddings: a vector from the text's SHA-256, so equal texts are similar;
 * - the Responses endpoint: the same echo as one `output_text` message, JSON
 *   when `text.format` asks for it.
 * Usage is reported so `cost` can be computed.
 */
export async function startDeterministicUpstream(): Promise<DeterministicUpstream> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      const path = request.url ?? "/";
      response.setHeader("content-type", "application/json");
      if (path.endsWith("/embeddings")) {
        const inputs = Array.isArray(body.input) ? (body.input as unknown[]) : [body.input];
        response.end(JSON.stringify({ object: "list", data: inputs.map((input, index) => ({ object: "embedding", index, embedding: vector(String(input)) })), model: body.model, usage: { prompt_tokens: 8, total_tokens: 8 } }));
        return;
      }
      requests.push({ path, body });
      response.end(JSON.stringify(path.endsWith("/responses") ? responsesAnswer(body) : answer(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function answer(body: Record<string, unknown>): Record<string, unknown> {
  const messages = (Array.isArray(body.messages) ? body.messages : []) as { role?: string; content?: unknown }[];
  const last = [...messages].reverse().find((message) => message.role === "user");
  const lastText = typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
  let message: Record<string, unknown>;
  let finish = "stop";
  const tools = Array.isArray(body.tools) ? (body.tools as { function?: { name?: string; parameters?: unknown } }[]) : [];
  const functions = Array.isArray(body.functions) ? (body.functions as { name?: string; parameters?: unknown }[]) : [];
  if (tools.length > 0 && tools[0]?.function?.name) {
    const fn = tools[0].function;
    message = { role: "assistant", content: null, tool_calls: [{ id: "call_0", type: "function", function: { name: fn.name, arguments: JSON.stringify(argumentsFor(fn.parameters)) } }] };
    finish = "tool_calls";
  } else if (functions.length > 0 && functions[0]?.name) {
    message = { role: "assistant", content: null, function_call: { name: functions[0].name, arguments: JSON.stringify(argumentsFor(functions[0].parameters)) } };
    finish = "function_call";
  } else if (typeof body.response_format === "object" && body.response_format !== null) {
    message = { role: "assistant", content: JSON.stringify({ echo: lastText }) };
  } else message = { role: "assistant", content: `Echo: ${lastText}` };
  const promptTokens = Math.ceil(JSON.stringify(messages).length / 4);
  const content = typeof message.content === "string" ? message.content : JSON.stringify(message);
  const completionTokens = Math.ceil(content.length / 4);
  return {
    id: "chatcmpl-deterministic",
    object: "chat.completion",
    created: 1767225600,
    model: body.model,
    choices: [{ index: 0, message, finish_reason: finish }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

/** A Responses API answer: `input` is a string or a list of messages. */
function responsesAnswer(body: Record<string, unknown>): Record<string, unknown> {
  const input = body.input;
  const messages = (Array.isArray(input) ? input : [{ role: "user", content: input }]) as { role?: string; content?: unknown }[];
  const last = [...messages].reverse().find((message) => message.role === "user");
  const lastText = typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
  const format = (body.text as { format?: { type?: string } } | undefined)?.format?.type;
  const text = format === "json_object" || format === "json_schema" ? JSON.stringify({ echo: lastText }) : `Echo: ${lastText}`;
  const inputTokens = Math.ceil(JSON.stringify(input ?? "").length / 4);
  const outputTokens = Math.ceil(text.length / 4);
  return {
    id: "resp-deterministic",
    object: "response",
    created_at: 1767225600,
    status: "completed",
    model: body.model,
    output: [{ id: "msg-deterministic", type: "message", status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [] }] }],
    usage: { input_tokens: inputTokens, output_tokens: outputTokens, total_tokens: inputTokens + outputTokens },
  };
}

function argumentsFor(schema: unknown): Record<string, unknown> {
  const { properties = {}, required = [] } = (schema ?? {}) as { properties?: Record<string, { type?: string; enum?: unknown[] }>; required?: string[] };
  const args: Record<string, unknown> = {};
  for (const name of required) {
    const property = properties[name] ?? {};
    if (Array.isArray(property.enum) && property.enum.length > 0) args[name] = property.enum[0];
    else if (property.type === "number" || property.type === "integer") args[name] = 1;
    else if (property.type === "boolean") args[name] = true;
    else if (property.type === "array") args[name] = [];
    else if (property.type === "object") args[name] = {};
    else args[name] = "Boston, MA";
  }
  return args;
}

function vector(text: string): number[] {
  const digest = createHash("sha256").update(text.trim().toLowerCase()).digest();
  return [...digest.subarray(0, 16)].map((byte) => byte / 255 - 0.5);
}
