import type { ModelAnswer } from "../run/model-client.js";

/**
 * The value promptfoo's OpenAI provider hands to assertions: the text; or,
 * when the model only called tools, the `tool_calls` array (a legacy
 * `function_call` answer: that `{ name, arguments }` object); or, with both,
 * the whole assistant message. With a `json_schema` response format the text is
 * parsed as JSON when it can be.
 */
export function promptfooOutput(answer: ModelAnswer, responseFormatType: string | undefined): unknown {
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
