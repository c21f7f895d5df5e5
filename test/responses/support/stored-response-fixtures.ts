import type { ResponsesObject } from "../../../src/protocols/openai-responses/responses-object.js";

/** A completed Response whose output is one assistant message per id: what the store tests put and read back. */
export function responseWithItems(id: string, itemIds: readonly string[]): ResponsesObject {
  return {
    id,
    object: "response",
    created_at: 1,
    status: "completed",
    model: "chat",
    output: itemIds.map((itemId) => ({ type: "message", id: itemId, role: "assistant", status: "completed", content: [{ type: "output_text", text: `text of ${itemId}`, annotations: [], logprobs: [] }] })),
  } as unknown as ResponsesObject;
}

/** The input items stored beside each response in those tests. */
export const storedInputItems = [{ type: "message" as const, role: "user" as const, content: "hi", id: "msg_in" }];
