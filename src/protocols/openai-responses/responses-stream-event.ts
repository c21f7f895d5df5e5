import type { ResponsesObject, ResponsesOutputItem, ResponsesOutputText, ResponsesReasoningText, ResponsesUrlCitation } from "./responses-object.js";

/**
 * Server-sent events of a streamed response. Each is sent as
 * `event: <type>` + `data: <json>`, numbered by `sequence_number` from 0.
 */
export type ResponsesStreamEvent =
  | { type: "response.created" | "response.in_progress" | "response.completed" | "response.incomplete" | "response.failed"; response: ResponsesObject }
  | { type: "response.output_item.added" | "response.output_item.done"; output_index: number; item: ResponsesOutputItem }
  | {
      type: "response.content_part.added" | "response.content_part.done";
      item_id: string;
      output_index: number;
      content_index: number;
      part: ResponsesOutputText | ResponsesReasoningText;
    }
  | { type: "response.output_text.delta"; item_id: string; output_index: number; content_index: number; delta: string; logprobs: unknown[] }
  | { type: "response.output_text.done"; item_id: string; output_index: number; content_index: number; text: string; logprobs: unknown[] }
  | { type: "response.output_text.annotation.added"; item_id: string; output_index: number; content_index: number; annotation_index: number; annotation: ResponsesUrlCitation }
  | { type: "response.reasoning_text.delta"; item_id: string; output_index: number; content_index: number; delta: string }
  | { type: "response.reasoning_text.done"; item_id: string; output_index: number; content_index: number; text: string }
  | { type: "response.function_call_arguments.delta"; item_id: string; output_index: number; delta: string }
  | { type: "response.function_call_arguments.done"; item_id: string; output_index: number; name: string; arguments: string };

export type ResponsesStreamEventType = ResponsesStreamEvent["type"];
