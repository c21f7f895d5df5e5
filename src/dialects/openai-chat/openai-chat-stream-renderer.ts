import { renderSseWarningComment } from "../render-sse-warning-comment.js";
import type { StreamEvent } from "../../core/stream-event.js";
import type { UpstreamError } from "../../core/upstream-error.js";
import type { OpenAIAnnotationWire, OpenAIChatChunk } from "../../protocols/openai-chat/openai-chat-wire.js";
import { renderOpenAIAnnotation } from "./render-openai-annotation.js";
import { toOpenAIFinishReason } from "./map-unified-finish-reason.js";
import { renderOpenAIUsage } from "./render-openai-usage.js";
import { openAIErrorBody } from "./render-openai-error.js";

/**
 * Canonical stream events → OpenAI `chat.completion.chunk` SSE frames. Stateful:
 * it remembers the response id and model so every chunk carries them, as OpenAI's do.
 */
export class OpenAIChatStreamRenderer {
  private id = "chatcmpl-switchyard";
  private model = "";
  private created = Math.floor(Date.now() / 1000);
  private roleSent = false;
  /**
   * Citations are held to the end and sent on one delta of their own before the finish chunk, as OpenAI
   * does: the `openai` SDK's stream helper assigns a delta's `annotations` to the message, so a second
   * delta carrying some would replace the first's.
   */
  private readonly annotations: OpenAIAnnotationWire[] = [];

  constructor(private readonly includeUsage: boolean) {}

  render(event: StreamEvent): string {
    switch (event.type) {
      case "response-start":
        this.id = event.id;
        this.model = event.model;
        this.created = event.created;
        return this.delta({});
      case "text-delta":
        return this.delta({ content: event.text });
      case "text-annotation":
        this.annotations.push(renderOpenAIAnnotation(event.annotation));
        return "";
      case "reasoning-delta":
        return this.delta({ reasoning_content: event.text });
      case "reasoning-end":
      case "usage":
        return "";
      case "warning":
        return renderSseWarningComment(event.warning);
      case "tool-call-start":
        return this.delta({ tool_calls: [{ index: event.index, id: event.id, type: "function", function: { name: event.name, arguments: "" } }] });
      case "tool-call-delta":
        return this.delta({ tool_calls: [{ index: event.index, function: { arguments: event.argumentsDelta } }] });
      case "finish": {
        let frames = this.annotations.length > 0 ? this.delta({ annotations: this.annotations }) : "";
        frames += this.frame({ ...this.base(), choices: [{ index: 0, delta: {}, finish_reason: toOpenAIFinishReason(event.finishReason) }] });
        const usage = renderOpenAIUsage(event.usage);
        if (this.includeUsage && usage) frames += this.frame({ ...this.base(), choices: [], usage });
        return frames + "data: [DONE]\n\n";
      }
      case "error":
        return this.error(event.error);
    }
  }

  /** The terminal frame for a stream the upstream broke: the SDK raises it as an APIError. */
  error(error: UpstreamError): string {
    return `data: ${JSON.stringify(openAIErrorBody({ message: error.message, type: "upstream_error", code: error.code ?? error.kind }))}\n\n`;
  }

  private delta(delta: OpenAIChatChunk["choices"][number]["delta"]): string {
    if (!this.roleSent) {
      this.roleSent = true;
      delta = { role: "assistant", ...(Object.keys(delta).length === 0 ? { content: "" } : delta) };
    }
    return this.frame({ ...this.base(), choices: [{ index: 0, delta, finish_reason: null }] });
  }

  private base(): Omit<OpenAIChatChunk, "choices"> {
    return { id: this.id, object: "chat.completion.chunk", created: this.created, model: this.model };
  }

  private frame(chunk: OpenAIChatChunk): string {
    return `data: ${JSON.stringify(chunk)}\n\n`;
  }
}
