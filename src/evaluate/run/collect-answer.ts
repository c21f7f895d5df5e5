import type { ChatResponse } from "../../core/chat-response.js";
import type { Usage } from "../../core/usage.js";
import type { ChatOutcome } from "../../providers/provider.js";

export interface CollectedAnswer {
  readonly text: string;
  /** `legacyFunctionCall`: the model answered a `functions` request with the legacy `function_call`. */
  readonly toolCalls: { id?: string; name: string; arguments: string; legacyFunctionCall?: true }[];
  readonly finishReason: string | null;
  readonly usage: Usage | undefined;
}

/** A provider outcome, whole or streamed, reduced to text, tool calls, finish reason and usage. */
export async function collectAnswer(outcome: ChatOutcome): Promise<CollectedAnswer> {
  if (outcome.kind === "complete") return fromResponse(outcome.response);
  let text = "";
  const toolCalls = new Map<number, { id?: string; name: string; arguments: string }>();
  let finishReason: string | null = null;
  let usage: Usage | undefined;
  for (let next = await outcome.events.next(); !next.done; next = await outcome.events.next()) {
    const event = next.value;
    switch (event.type) {
      case "text-delta":
        text += event.text;
        break;
      case "tool-call-start":
        toolCalls.set(event.index, { id: event.id, name: event.name, arguments: "" });
        break;
      case "tool-call-delta": {
        const call = toolCalls.get(event.index);
        if (call) call.arguments += event.argumentsDelta;
        break;
      }
      case "usage":
        usage = event.usage;
        break;
      case "finish":
        finishReason = event.finishReason.unified;
        usage = event.usage;
        break;
      case "error":
        throw event.error;
      default:
        break;
    }
  }
  return { text, toolCalls: [...toolCalls.values()], finishReason, usage };
}

function fromResponse(response: ChatResponse): CollectedAnswer {
  let text = "";
  const toolCalls: CollectedAnswer["toolCalls"] = [];
  for (const part of response.content) {
    if (part.type === "text") text += part.text;
    else if (part.type === "tool-call") toolCalls.push({ id: part.id, name: part.name, arguments: part.arguments, ...(part.providerMetadata?.openai?.functionCall === true && { legacyFunctionCall: true as const }) });
  }
  return { text, toolCalls, finishReason: response.finishReason.unified, usage: response.usage };
}
