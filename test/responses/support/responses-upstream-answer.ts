/**
 * Answers of a Responses upstream (OpenAI with hosted tools on) written item by item, for tests
 * of what translation carries to other APIs: the Response object, and its stream as numbered
 * SSE events. Shared by the hosted-items and annotation tests.
 */

export function responseObject(status: "in_progress" | "completed", items: readonly unknown[]): Record<string, unknown> {
  return {
    id: "resp_hosted",
    object: "response",
    created_at: 1_765_000_000,
    status,
    error: null,
    incomplete_details: null,
    model: "upstream-model",
    output: items,
    usage: status === "completed" ? { input_tokens: 20, input_tokens_details: { cached_tokens: 0 }, output_tokens: 10, output_tokens_details: { reasoning_tokens: 4 }, total_tokens: 30 } : null,
  };
}

/** Events as an SSE body, `sequence_number` from 0, each named by its type as OpenAI sends them. */
export function responsesSseBody(events: readonly Record<string, unknown>[]): string {
  return events.map((event, index) => `event: ${String(event.type)}\ndata: ${JSON.stringify({ ...event, sequence_number: index })}\n\n`).join("");
}
