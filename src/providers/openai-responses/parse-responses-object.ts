import type { ChatResponse } from "../../core/chat-response.js";
import type { ReasoningPart, TextPart, ToolCallPart } from "../../core/content-part.js";
import { UpstreamError } from "../../core/upstream-error.js";
import { mapResponsesStatus } from "./map-responses-status.js";
import { parseResponsesUsage, type ResponsesWireUsage } from "./parse-responses-usage.js";
import { readResponsesAnnotation } from "./read-responses-annotation.js";

/** An output item as upstreams send it: only what translation reads is typed, everything optional. */
export interface ResponsesWireItem {
  readonly type?: string;
  readonly id?: string;
  readonly role?: string;
  readonly content?: readonly { readonly type?: string; readonly text?: unknown; readonly refusal?: unknown; readonly annotations?: readonly unknown[] | null }[] | null;
  readonly summary?: readonly { readonly text?: unknown }[] | null;
  readonly encrypted_content?: string | null;
  readonly call_id?: string;
  readonly name?: string;
  readonly arguments?: unknown;
}

export interface ResponsesWireObject {
  readonly id?: string;
  readonly object?: string;
  readonly created_at?: number;
  readonly model?: string;
  readonly status?: string;
  readonly output?: readonly ResponsesWireItem[];
  readonly usage?: ResponsesWireUsage | null;
  readonly incomplete_details?: { readonly reason?: unknown } | null;
  readonly error?: { readonly code?: unknown; readonly message?: unknown } | null;
}

/** A non-streaming Response → canonical. Throws `malformed` when it is not one, and the upstream's error when it failed. */
export function parseResponsesObject(body: unknown): ChatResponse {
  const response = body as ResponsesWireObject | null;
  if (typeof response !== "object" || response === null || !Array.isArray(response.output)) {
    throw new UpstreamError({ kind: "malformed", message: "upstream answer is not a Response (no output array)" });
  }
  const content = response.output.flatMap(toParts);
  return {
    id: response.id ?? "resp-upstream",
    model: response.model ?? "",
    created: response.created_at ?? Math.floor(Date.now() / 1000),
    content,
    finishReason: mapResponsesStatus({ ...response, hasFunctionCall: content.some((part) => part.type === "tool-call") }),
    usage: parseResponsesUsage(response.usage),
  };
}

/** One output item → canonical parts. Hosted-tool items (web_search_call, …) have no canonical form: skipped here, named in warnings (dropped-output-warnings.ts). */
export function toParts(item: ResponsesWireItem): (TextPart | ToolCallPart | ReasoningPart)[] {
  switch (item.type) {
    case "message":
      return (item.content ?? []).flatMap((part) => {
        const text = part.type === "refusal" ? part.refusal : part.text;
        if (typeof text !== "string" || text === "") return [];
        // Citations with a canonical form ride along; the rest are named in warnings (dropped-output-warnings.ts).
        const annotations = (part.annotations ?? []).flatMap((raw) => {
          const read = readResponsesAnnotation(raw);
          return read.kind === "carried" ? [read.annotation] : [];
        });
        return [{ type: "text" as const, text, ...(annotations.length > 0 && { annotations }) }];
      });
    case "function_call":
      return [{ type: "tool-call", id: item.call_id ?? item.id ?? "call_0", name: item.name ?? "", arguments: typeof item.arguments === "string" ? item.arguments : JSON.stringify(item.arguments ?? {}) }];
    case "reasoning": {
      const text = reasoningText(item);
      if (text === "" && !item.encrypted_content) return [];
      return [{ type: "reasoning", text, ...(item.encrypted_content && { providerMetadata: { "openai-responses": { id: item.id, encrypted_content: item.encrypted_content } } }) }];
    }
    default:
      return [];
  }
}

/** Full reasoning text when the upstream gives it (vLLM, gpt-oss), else its summary (OpenAI). */
function reasoningText(item: ResponsesWireItem): string {
  const full = (item.content ?? []).map((part) => (typeof part.text === "string" ? part.text : "")).join("");
  if (full !== "") return full;
  return (item.summary ?? []).map((part) => (typeof part.text === "string" ? part.text : "")).join("\n\n");
}
