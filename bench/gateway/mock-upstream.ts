/**
 * A mock LLM upstream for benchmarks, run as its own process so its CPU is not
 * the load generator's. Speaks OpenAI Chat Completions, OpenAI Responses and
 * Anthropic Messages, streaming and not, with pre-serialised bodies so the mock
 * itself costs little.
 * Usage: tsx bench/gateway/mock-upstream.ts PORT [EVENT_DELAY_MS]
 */
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 9100);
const eventDelayMs = Number(process.argv[3] ?? 0);
const words = ["Paris", " is", " the", " capital", " of", " France", ".", " It", " is", " large."];

/**
 * The Chat answer as OpenAI sends it (shared/reference/wire-openai-chat.md): every field a
 * real completion carries, usage details included, as the Responses answer below is the
 * whole Response. Until 2026-12-07 this answer had only the fields the gateway reads
 * (265 bytes against a real one's ~600), which made every Chat row parse and relay less
 * than a real upstream's answer costs, and the Responses rows look slower beside them.
 */
const chatUsage = {
  prompt_tokens: 12,
  completion_tokens: 10,
  total_tokens: 22,
  prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
};
const chatHead = { id: "chatcmpl-bench", object: "chat.completion", created: 1, model: "mock", service_tier: "default", system_fingerprint: "fp_bench" };
const openAIJson = JSON.stringify({
  ...chatHead,
  choices: [{ index: 0, message: { role: "assistant", content: words.join(""), refusal: null, annotations: [] }, logprobs: null, finish_reason: "stop" }],
  usage: chatUsage,
});
// Streamed as with `stream_options.include_usage` (the gateway asks for usage): `usage: null` on each chunk, then the usage chunk.
const chunk = (choices: unknown[], usage: unknown): string => `data: ${JSON.stringify({ ...chatHead, object: "chat.completion.chunk", choices, usage })}\n\n`;
const openAIEvents = [
  ...words.map((word, index) => chunk([{ index: 0, delta: index === 0 ? { role: "assistant", content: word, refusal: null } : { content: word }, logprobs: null, finish_reason: null }], null)),
  chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }], null),
  chunk([], chatUsage),
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

/** The Responses answer as OpenAI sends it: the Response object, and its stream event by event. */
const text = words.join("");
const responsesUsage = { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 22 };
const message = (status: string, content: unknown[]): unknown => ({ id: "msg_bench", type: "message", status, role: "assistant", content });
const outputText = { type: "output_text", text, annotations: [], logprobs: [] };
const responseObject = (status: string, output: unknown[], usage: unknown): Record<string, unknown> => ({
  id: "resp_bench",
  object: "response",
  created_at: 1,
  status,
  background: false,
  completed_at: status === "completed" ? 1 : null,
  error: null,
  incomplete_details: null,
  instructions: null,
  max_output_tokens: 64,
  max_tool_calls: null,
  model: "mock",
  output,
  parallel_tool_calls: true,
  previous_response_id: null,
  prompt_cache_key: null,
  reasoning: { effort: null, summary: null },
  safety_identifier: null,
  service_tier: "default",
  store: true,
  temperature: 1,
  text: { format: { type: "text" }, verbosity: "medium" },
  tool_choice: "auto",
  tools: [],
  top_logprobs: 0,
  top_p: 1,
  truncation: "disabled",
  usage,
  metadata: {},
});
const responsesJson = JSON.stringify(responseObject("completed", [message("completed", [outputText])], responsesUsage));
const responsesEvents = (() => {
  let sequence = 0;
  const event = (type: string, data: Record<string, unknown>): string => sse(type, { type, sequence_number: sequence++, ...data });
  const at = { item_id: "msg_bench", output_index: 0, content_index: 0 };
  return [
    event("response.created", { response: responseObject("in_progress", [], null) }),
    event("response.in_progress", { response: responseObject("in_progress", [], null) }),
    event("response.output_item.added", { output_index: 0, item: message("in_progress", []) }),
    event("response.content_part.added", { ...at, part: { type: "output_text", text: "", annotations: [], logprobs: [] } }),
    ...words.map((word) => event("response.output_text.delta", { ...at, delta: word, logprobs: [] })),
    event("response.output_text.done", { ...at, text, logprobs: [] }),
    event("response.content_part.done", { ...at, part: outputText }),
    event("response.output_item.done", { output_index: 0, item: message("completed", [outputText]) }),
    event("response.completed", { response: responseObject("completed", [message("completed", [outputText])], responsesUsage) }),
  ];
})();

/**
 * A real upstream names each answer and its items afresh (`chatcmpl-…`, `resp_…`, `msg_…`), so
 * each answer here gets its own ids: the gateway's store inserts one row per Response id (a
 * constant id would replace one row and flatter the Responses rows), and every row's mock
 * then does the same per-answer work, Chat's included (until 2026-12-07 night only the
 * Responses answers were numbered, which cost the mock 1-2 µs an answer in those rows alone).
 * A body is cut at its ids once and joined around each answer's: replacing the ids in a
 * whole stream's 5.6 KB on every request cost the mock 10-15 µs a stream.
 */
let answered = 0;
const idToken = /(resp_bench|msg_bench|chatcmpl-bench)/;
const numbered = (body: string): ((answer: number) => string) => {
  // Split with a capturing group: the ids are the odd pieces.
  const pieces = body.split(idToken);
  return (answer) => {
    let text = pieces[0]!;
    for (let index = 1; index < pieces.length; index += 2) text += `${pieces[index]}${answer}${pieces[index + 1]}`;
    return text;
  };
};
const withIds = (body: string, answer: number): string => numbered(body)(answer);
const answers = {
  openai: { json: numbered(openAIJson), stream: numbered(openAIEvents.join("")), events: openAIEvents },
  anthropic: { json: numbered(anthropicJson), stream: numbered(anthropicEvents.join("")), events: anthropicEvents },
  responses: { json: numbered(responsesJson), stream: numbered(responsesEvents.join("")), events: responsesEvents },
};

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const stream = Buffer.concat(chunks).includes('"stream":true');
    const wire = request.url?.includes("/messages") === true ? "anthropic" : request.url?.endsWith("/responses") === true ? "responses" : "openai";
    const answer = answers[wire];
    const n = ++answered;
    if (!stream) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(answer.json(n));
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    if (eventDelayMs === 0) {
      response.end(answer.stream(n));
      return;
    }
    const events = answer.events.map((event) => withIds(event, n));
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
