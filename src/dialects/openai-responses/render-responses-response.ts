import type { ChatResponse } from "../../core/chat-response.js";
import type { ResponsesObject, ResponsesOutputItem } from "../../protocols/openai-responses/responses-object.js";
import { codePointLength, shiftAnnotation } from "../../core/text-annotation.js";
import { encodeReasoningCarrier } from "./reasoning-carrier.js";
import { renderResponsesAnnotation } from "./render-responses-annotation.js";
import { newResponsesId } from "./responses-ids.js";
import { renderResponsesObject, type ResponseIdentity } from "./responses-shell.js";

/** A complete canonical answer as a finished Response: adjacent text parts form one message item. */
export function renderResponsesResponse(identity: ResponseIdentity, response: ChatResponse): ResponsesObject {
  const output: ResponsesOutputItem[] = [];
  for (const part of response.content) {
    const last = output.at(-1);
    if (part.type === "text") {
      let content = last?.type === "message" ? last.content[0]! : undefined;
      if (!content) {
        content = { type: "output_text", text: "", annotations: [], logprobs: [] };
        output.push({ type: "message", id: newResponsesId("msg"), role: "assistant", status: "completed", content: [content] });
      }
      // Adjacent parts join into one output_text: a part's citations move by the code points before it.
      const offset = part.annotations?.length ? codePointLength(content.text) : 0;
      for (const annotation of part.annotations ?? []) content.annotations.push(renderResponsesAnnotation(shiftAnnotation(annotation, offset)));
      content.text += part.text;
    } else if (part.type === "reasoning") {
      // Always carried when the upstream signed its reasoning: without it a client that
      // sends items back (store: false) could not continue a tool loop on Anthropic.
      const carried = encodeReasoningCarrier(part);
      output.push({
        type: "reasoning",
        id: newResponsesId("rs"),
        summary: [],
        content: [{ type: "reasoning_text", text: part.text }],
        ...(carried && { encrypted_content: carried }),
        status: "completed",
      });
    } else {
      output.push({ type: "function_call", id: newResponsesId("fc"), call_id: part.id, name: part.name, arguments: part.arguments, status: "completed" });
    }
  }
  return renderResponsesObject(identity, { status: "completed", output, usage: response.usage, finishReason: response.finishReason });
}
