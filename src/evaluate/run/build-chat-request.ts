import type { ChatRequest } from "../../core/chat-request.js";
import type { Message } from "../../core/message.js";
import type { SamplingParameters } from "../../core/sampling-parameters.js";
import type { ToolDefinition } from "../../core/tool.js";
import type { TemplateMessage } from "../suite/eval-suite.js";
import { renderTemplate } from "../template/render-template.js";

/** Template messages + variables → a canonical, non-streaming request. `model` is filled in per call. */
export function buildChatRequest(options: {
  messages: readonly TemplateMessage[];
  vars: Readonly<Record<string, unknown>>;
  sampling: SamplingParameters;
  tools?: readonly ToolDefinition[] | undefined;
}): ChatRequest {
  const messages: Message[] = options.messages.map((message) => ({ role: message.role, content: [{ type: "text", text: renderTemplate(message.content, options.vars) }] }));
  return {
    model: "",
    messages,
    sampling: dropUndefined(options.sampling),
    stream: false,
    ...(options.tools && options.tools.length > 0 && { tools: options.tools }),
  };
}

/** The conversation as plain text, for judges and reports. A lone user message is shown bare. */
export function conversationText(request: ChatRequest): string {
  const texts = request.messages.map((message) => ({
    role: message.role,
    text: message.content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join(""),
  }));
  if (texts.length === 1 && texts[0]!.role === "user") return texts[0]!.text;
  return texts.map((message) => `${message.role}: ${message.text}`).join("\n\n");
}

function dropUndefined(sampling: SamplingParameters): SamplingParameters {
  return Object.fromEntries(Object.entries(sampling).filter(([, value]) => value !== undefined));
}
