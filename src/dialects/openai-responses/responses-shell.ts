import type { FinishReason } from "../../core/finish-reason.js";
import type { Usage } from "../../core/usage.js";
import type { ResponsesErrorObject, ResponsesObject, ResponsesOutputItem, ResponseStatus } from "../../protocols/openai-responses/responses-object.js";
import type { ResponsesRequest } from "../../protocols/openai-responses/responses-request.js";
import { renderResponsesUsage } from "./render-responses-usage.js";

/** What every rendering of one response shares: its id, its time, and the request it echoes. */
export interface ResponseIdentity {
  readonly id: string;
  readonly createdAt: number;
  /** The model the client asked for (an alias), echoed as OpenAI echoes its own. */
  readonly model: string;
  readonly wire: ResponsesRequest;
  readonly store: boolean;
}

export interface ResponseState {
  readonly status: ResponseStatus;
  readonly output: readonly ResponsesOutputItem[];
  readonly usage?: Usage;
  readonly finishReason?: FinishReason;
  readonly error?: ResponsesErrorObject;
}

/** The status a finished answer gets: a cut-off answer is `incomplete`, saying why. */
export function statusOf(finishReason: FinishReason): Pick<ResponsesObject, "status" | "incomplete_details"> {
  switch (finishReason.unified) {
    case "length":
      return { status: "incomplete", incomplete_details: { reason: "max_output_tokens" } };
    case "content-filter":
      return { status: "incomplete", incomplete_details: { reason: "content_filter" } };
    default:
      return { status: "completed", incomplete_details: null };
  }
}

/** The Response object at any point of its life: created, in progress, or finished. */
export function renderResponsesObject(identity: ResponseIdentity, state: ResponseState): ResponsesObject {
  const { wire } = identity;
  const finished = state.finishReason ? statusOf(state.finishReason) : { status: state.status, incomplete_details: null };
  const usage = state.usage ? renderResponsesUsage(state.usage) : null;
  return {
    id: identity.id,
    object: "response",
    created_at: identity.createdAt,
    completed_at: finished.status === "completed" ? Math.floor(Date.now() / 1000) : null,
    status: state.error ? "failed" : finished.status,
    error: state.error ?? null,
    incomplete_details: finished.incomplete_details,
    instructions: wire.instructions ?? null,
    max_output_tokens: wire.max_output_tokens ?? null,
    model: identity.model,
    output: [...state.output],
    parallel_tool_calls: wire.parallel_tool_calls ?? true,
    previous_response_id: wire.previous_response_id ?? null,
    reasoning: { effort: wire.reasoning?.effort ?? null, summary: wire.reasoning?.summary ?? null },
    store: identity.store,
    // Sampling fields are numbers, never null (Open Responses' ResponseResource requires them):
    // the caller's value, else the Responses API's documented default, as OpenAI reports it.
    temperature: wire.temperature ?? 1,
    text: { format: (wire.text?.format as Record<string, unknown> | undefined) ?? { type: "text" } },
    tool_choice: wire.tool_choice ?? "auto",
    tools: echoTools(wire.tools),
    top_p: wire.top_p ?? 1,
    presence_penalty: numberOr(wire.presence_penalty, 0),
    frequency_penalty: numberOr(wire.frequency_penalty, 0),
    top_logprobs: numberOr(wire.top_logprobs, 0),
    max_tool_calls: numberOr(wire.max_tool_calls, null),
    truncation: "disabled",
    usage,
    metadata: wire.metadata ?? {},
    prompt_cache_key: wire.prompt_cache_key ?? null,
    safety_identifier: typeof wire.safety_identifier === "string" ? wire.safety_identifier : null,
    service_tier: typeof wire.service_tier === "string" ? wire.service_tier : "default",
    background: false,
  };
}

/**
 * The tools as the Response object lists them: a function tool always carries
 * `description`, `parameters` and `strict` (null when the caller set none), as
 * Open Responses' FunctionTool requires; other tool types are echoed as sent.
 */
function echoTools(tools: ResponsesRequest["tools"]): unknown[] {
  if (!tools) return [];
  return tools.map((tool) => {
    const candidate = tool as { type?: unknown; description?: unknown; parameters?: unknown; strict?: unknown };
    if (candidate.type !== "function") return tool;
    return { ...candidate, description: candidate.description ?? null, parameters: candidate.parameters ?? null, strict: candidate.strict ?? null };
  });
}

function numberOr<T extends number | null>(value: unknown, fallback: T): number | T {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
