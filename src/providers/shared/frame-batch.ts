import type { FinishReason } from "../../core/finish-reason.js";
import type { Usage } from "../../core/usage.js";
import type { PassthroughFrame } from "../provider.js";

/**
 * Pass-through frames of one upstream read joined into one: their text in order,
 * the last usage and finish reason seen. One item per read means one socket write
 * and one trip through the async iterator instead of one per SSE frame.
 */
export class FrameBatch {
  private text = "";
  private usage: Usage | undefined;
  private finishReason: FinishReason | undefined;
  empty = true;

  add(frame: PassthroughFrame): void {
    this.empty = false;
    this.text += typeof frame.text === "string" ? frame.text : frame.text.toString("utf8");
    if (frame.usage) this.usage = frame.usage;
    if (frame.finishReason) this.finishReason = frame.finishReason;
  }

  frame(): PassthroughFrame {
    return { text: this.text, usage: this.usage, finishReason: this.finishReason };
  }
}
