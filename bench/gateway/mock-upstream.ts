/**
 * A mock LLM upstream for benchmarks, run as its own process so its CPU is not
 * the load generator's. Speaks OpenAI Chat Completions and Anthropic Messages,
 * streaming and not, with pre-serialised bodies so the mock itself costs little.
 * Usage: tsx bench/gateway/mock-upstream.ts PORT [EVENT_DELAY_MS]
 */
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 9100);
const eventDelayMs = Number(process.argv[3] ?? 0);
const words = ["Paris", " is", " the", " capital", " of", " France", ".", " It", " is", " large."];

const openAIJson = JSON.stringify({
  id: "chatcmpl-bench",
  object: "chat.completion",
  created: 1,
  model: "mock",
  choices: [{ index: 0, message: { role: "assistant", content: words.join("") }, logprobs: null, finish_reason: "stop" }],
  usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 },
});
const openAIEvents = [
  ...words.map((word, index) => `data: ${JSON.stringify({ id: "chatcmpl-bench", object: "chat.completion.chunk", created: 1, model: "mock", choices: [{ index: 0, delta: index === 0 ? { role: "assistant", content: word } : { content: word }, finish_reason: null }] })}\n\n`),
  `data: ${JSON.stringify({ id: "chatcmpl-bench", object: "chat.completion.chunk", created: 1, model: "mock", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
  `data: ${JSON.stringify({ id: "chatcmpl-bench", object: "chat.completion.chunk", created: 1, model: "mock", choices: [], usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 } })}\n\n`,
  "data: [DONE]\n\n",
];
const anthropicJson = JSON.stringify({
  id: "msg_bench",
  type: "message",
  role: "assistant",
  model: "mock",
  content: [{ type: "text", text: words.join("") }],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 12, output_tokens: 10 },
});
const sse = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const anthropicEvents = [
  sse("message_start", { type: "message_start", message: { id: "msg_bench", type: "message", role: "assistant", model: "mock", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 1 } } }),
  sse("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
  ...words.map((word) => sse("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: word } })),
  sse("content_block_stop", { type: "content_block_stop", index: 0 }),
  sse("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 10 } }),
  sse("message_stop", { type: "message_stop" }),
];

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const stream = Buffer.concat(chunks).includes('"stream":true');
    const anthropic = request.url?.includes("/messages") === true;
    if (!stream) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(anthropic ? anthropicJson : openAIJson);
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const events = anthropic ? anthropicEvents : openAIEvents;
    if (eventDelayMs === 0) {
      response.end(events.join(""));
      return;
    }
    let index = 0;
    const next = (): void => {
      if (response.destroyed) return;
      response.write(events[index++]);
      if (index < events.length) setTimeout(next, eventDelayMs);
      else response.end();
    };
    next();
  });
}).listen(port, "127.0.0.1", () => process.send?.("ready"));
