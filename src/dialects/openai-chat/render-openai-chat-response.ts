import type { ChatResponse } from "../../core/chat-response.js";
import { codePointLength, shiftAnnotation } from "../../core/text-annotation.js";
import type { OpenAIAnnotationWire, OpenAIChatCompletion, OpenAIToolCallWire } from "../../protocols/openai-chat/openai-chat-wire.js";
import { renderOpenAIAnnotation } from "./render-openai-annotation.js";
import { toOpenAIFinishReason } from "./map-unified-finish-reason.js";
import { renderOpenAIUsage } from "./render-openai-usage.js";

export function renderOpenAIChatResponse(response: ChatResponse): OpenAIChatCompletion {
  let text: string | null = null;
  let reasoning: string | undefined;
  const toolCalls: OpenAIToolCallWire[] = [];
  const annotations: OpenAIAnnotationWire[] = [];
  for (const part of response.content) {
    if (part.type === "text") {
      // Text parts join into one content string: a part's citations move by the code points before it.
      const offset = text === null || !part.annotations?.length ? 0 : codePointLength(text);
      for (const annotation of part.annotations ?? []) annotations.push(renderOpenAIAnnotation(shiftAnnotation(annotation, offset)));
      text = (text ?? "") + part.text;
    }    else if (part.type === "reasoning") reasoning = (reasoning ?? "") + part.text;
    else toolCalls.push({ id: part.id, type: "function", function: { name: part.name, arguments: part.arguments } });
  }
  const usage = renderOpenAIUsage(response.usage);
  return {
    id: response.id,
    object: "chat.completion",
    created: response.created,
    model: response.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: text,
          refusal: null,
          ...(toolCalls.length > 0 && { tool_calls: toolCalls }),
          ...(reasoning !== undefined && { reasoning_content: reasoning }),
          ...(annotations.length > 0 && { annotations }),
        },
        logprobs: null,
        finish_reason: toOpenAIFinishReason(response.finishReason),
      },
    ],
    ...(usage && { usage }),
  };
}
