import type { ModelAnswer } from "../run/model-client.js";

/**
 * The value promptfoo's OpenAI provider hands to assertions: the text; or,
 * when the model only called tools, the `tool_calls` array (a legacy
 * `function_call` answer: that `{ name, arguments }` object); or, with both,
 * the whole assistant message. With a `json_schema` response format the text is
 * parsed as JSON when it can be.
 */
export function promptfooOutput(answer: ModelAnswer, responseFormatType: string | undefined): unknown {
  if (answer.responsesOutput) return responsesOutput(answer.responsesOutput, responseFormatType);
  const legacy = answer.toolCalls.find((call) => call.legacyFunctionCall === true);
  if (legacy) {
    const functionCall = { name: legacy.name, arguments: legacy.arguments };
    return answer.text === "" ? functionCall : { role: "assistant", content: answer.text, function_call: functionCall };
  }
  const toolCalls = answer.toolCalls.map((call, index) => ({ id: call.id ?? `call_${index}`, type: "function", function: { name: call.name, arguments: call.arguments } }));
  if (toolCalls.length > 0 && answer.text === "") return toolCalls;
  if (toolCalls.length > 0) return { role: "assistant", content: answer.text, tool_calls: toolCalls };
  if (responseFormatType === "json_schema") {
    try {
      return JSON.parse(answer.text) as unknown;
    } catch {
      return answer.text;
    }
  }
  return answer.text;
}

/** promptfoo's `outputString`: strings as they are, anything else as JSON. */
export function outputString(output: unknown): string {
  return typeof output === "string" ? output : (JSON.stringify(output) ?? "");
}

/**
 * What promptfoo's Responses provider hands to assertions, built from the
 * answer's `output` items as it builds it: each item's text joined by newlines
 * — an assistant message's `output_text`, a function call as its item's JSON
 * (a call whose arguments are `{}` as a "no arguments" note), a reasoning
 * summary as `Reasoning: …`; a refusal replaces the text. With a
 * `json_schema` format the text is parsed as JSON when it can be.
 */
function responsesOutput(items: readonly unknown[], responseFormatType: string | undefined): unknown {
  let result = "";
  let refusal: string | undefined;
  for (const raw of items) {
    if (typeof raw !== "object" || raw === null) continue;
    const item = raw as { type?: unknown; role?: unknown; content?: unknown; refusal?: unknown; name?: unknown; arguments?: unknown; status?: unknown; summary?: unknown };
    let content = "";
    if (item.type === "function_call") {
      content = item.arguments === "{}" && item.status === "completed" ? JSON.stringify({ type: "function_call", name: item.name, status: "no_arguments_provided", note: "Function called but no arguments were extracted. Consider using the correct Responses API tool format." }) : JSON.stringify(item);
    } else if (item.type === "message" && item.role === "assistant") {
      if (Array.isArray(item.content)) {
        for (const part of item.content as { type?: unknown; text?: unknown; refusal?: unknown }[]) {
          if (part?.type === "output_text") content += String(part.text);
          else if (part?.type === "function_call" || part?.type === "tool_use") content = JSON.stringify(part);
          else if (part?.type === "refusal") refusal = String(part.refusal);
        }
      } else if (typeof item.refusal === "string" && item.refusal !== "") refusal = item.refusal;
    } else if (item.type === "tool_result") content = JSON.stringify(item);
    else if (item.type === "reasoning" && Array.isArray(item.summary) && item.summary.length > 0) content = `Reasoning: ${(item.summary as { text?: unknown }[]).map((part) => String(part.text)).join("\n")}`;
    if (content) result = result ? `${result}\n${content}` : content;
  }
  if (refusal !== undefined) return refusal;
  if (responseFormatType === "json_schema") {
    try {
      return JSON.parse(result) as unknown;
    } catch {
      return result;
    }
  }
  return result;
}
