import type { Usage } from "../../core/usage.js";
import { mapResponsesStatus } from "../../providers/openai-responses/map-responses-status.js";
import { parseResponsesUsage, type ResponsesWireUsage } from "../../providers/openai-responses/parse-responses-usage.js";
import { CallFailure, type ModelAnswer } from "./model-client.js";

/** The parts of a Responses object an evaluation reads. */
interface ResponsesDocument {
  readonly status?: unknown;
  readonly incomplete_details?: { readonly reason?: unknown } | null;
  readonly error?: { readonly code?: unknown; readonly message?: unknown } | null;
  readonly output?: unknown;
  readonly usage?: ResponsesWireUsage | null;
}

/**
 * A Responses object → what the model answered: the assistant's `output_text`
 * as the text, `function_call` items as tool calls, and the `output` items kept
 * whole (promptfoo builds its output from them, promptfoo-output.ts).
 */
export function responsesAnswer(document: unknown, extra: { latencyMs: number; costUsd: (usage: Usage) => number | undefined; target: string | undefined }): ModelAnswer {
  const object = (typeof document === "object" && document !== null ? document : {}) as ResponsesDocument;
  if (object.error) {
    const { message, code } = object.error;
    throw new CallFailure(`the Responses answer is an error: ${typeof message === "string" ? message : typeof code === "string" ? code : "unknown"}`, false, undefined);
  }
  if (!Array.isArray(object.output)) throw new CallFailure("the Responses answer has no output array", false, undefined);
  const output = object.output as readonly { type?: unknown; role?: unknown; content?: unknown; name?: unknown; arguments?: unknown; call_id?: unknown }[];
  let text = "";
  const toolCalls: { id?: string; name: string; arguments: string }[] = [];
  for (const item of output) {
    if (item?.type === "message" && item.role === "assistant" && Array.isArray(item.content)) {
      for (const part of item.content as { type?: unknown; text?: unknown }[]) if (part?.type === "output_text" && typeof part.text === "string") text += part.text;
    } else if (item?.type === "function_call" && typeof item.name === "string") {
      toolCalls.push({ ...(typeof item.call_id === "string" && { id: item.call_id }), name: item.name, arguments: typeof item.arguments === "string" ? item.arguments : JSON.stringify(item.arguments ?? {}) });
    }
  }
  const usage = parseResponsesUsage(object.usage);
  const reported = usage.inputTokens !== undefined || usage.outputTokens !== undefined;
  return {
    text,
    toolCalls,
    // Only a finished status names a finish reason (promptfoo reads the output whatever the status says).
    finishReason: object.status === "completed" || object.status === "incomplete" ? mapResponsesStatus({ status: object.status, incomplete_details: object.incomplete_details, hasFunctionCall: toolCalls.length > 0 }).unified : null,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    latencyMs: Math.round(extra.latencyMs),
    costUsd: reported ? extra.costUsd(usage) : undefined,
    target: extra.target,
    cached: false,
    responsesOutput: output,
  };
}
