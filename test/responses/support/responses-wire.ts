import type { Turn } from "./scripted-upstream.js";

/**
 * A scripted turn in the Responses API's exact wire format, as OpenAI's
 * `POST /v1/responses` sends it: the Response object whole, or its stream of
 * named, numbered events. The response echoes the request as OpenAI does.
 */
let counter = 0;

function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}_fake${String(counter).padStart(6, "0")}`;
}

function outputItem(turn: Turn, status: "in_progress" | "completed", id: string): Record<string, unknown> {
  return turn.kind === "text"
    ? { id, type: "message", status, role: "assistant", content: status === "completed" ? [{ type: "output_text", annotations: [], logprobs: [], text: turn.text }] : [] }
    : { id, type: "function_call", status, arguments: status === "completed" ? turn.arguments : "", call_id: "call_fake1", name: turn.name };
}

function responseObject(body: Record<string, unknown>, id: string, status: "in_progress" | "completed", output: unknown[]): Record<string, unknown> {
  return {
    id,
    object: "response",
    created_at: 1_765_000_000,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: body.model,
    output,
    parallel_tool_calls: true,
    previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: null, summary: null },
    store: body.store ?? true,
    temperature: 1.0,
    text: { format: { type: "text" }, verbosity: "medium" },
    tool_choice: body.tool_choice ?? "auto",
    tools: body.tools ?? [],
    top_p: 1.0,
    truncation: "disabled",
    usage:
      status === "completed"
        ? { input_tokens: 20, input_tokens_details: { cached_tokens: 5 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 30 }
        : null,
    user: null,
    metadata: body.metadata ?? {},
  };
}

export function responsesComplete(body: Record<string, unknown>, turn: Turn): Record<string, unknown> {
  return responseObject(body, nextId("resp"), "completed", [outputItem(turn, "completed", nextId(turn.kind === "text" ? "msg" : "fc"))]);
}

export function responsesStream(body: Record<string, unknown>, turn: Turn): string {
  const id = nextId("resp");
  const itemId = nextId(turn.kind === "text" ? "msg" : "fc");
  const events: Record<string, unknown>[] = [
    { type: "response.created", response: responseObject(body, id, "in_progress", []) },
    { type: "response.in_progress", response: responseObject(body, id, "in_progress", []) },
    { type: "response.output_item.added", output_index: 0, item: outputItem(turn, "in_progress", itemId) },
  ];
  if (turn.kind === "text") {
    const half = Math.floor(turn.text.length / 2);
    const base = { item_id: itemId, output_index: 0, content_index: 0 };
    events.push(
      { type: "response.content_part.added", ...base, part: { type: "output_text", annotations: [], logprobs: [], text: "" } },
      { type: "response.output_text.delta", ...base, delta: turn.text.slice(0, half), logprobs: [] },
      { type: "response.output_text.delta", ...base, delta: turn.text.slice(half), logprobs: [] },
      { type: "response.output_text.done", ...base, text: turn.text, logprobs: [] },
      { type: "response.content_part.done", ...base, part: { type: "output_text", annotations: [], logprobs: [], text: turn.text } },
    );
  } else {
    events.push(
      { type: "response.function_call_arguments.delta", item_id: itemId, output_index: 0, delta: turn.arguments.slice(0, 5) },
      { type: "response.function_call_arguments.delta", item_id: itemId, output_index: 0, delta: turn.arguments.slice(5) },
      { type: "response.function_call_arguments.done", item_id: itemId, output_index: 0, arguments: turn.arguments },
    );
  }
  const done = outputItem(turn, "completed", itemId);
  events.push({ type: "response.output_item.done", output_index: 0, item: done }, { type: "response.completed", response: responseObject(body, id, "completed", [done]) });
  return events.map((event, index) => `event: ${String(event.type)}\ndata: ${JSON.stringify({ ...event, sequence_number: index })}\n\n`).join("");
}
