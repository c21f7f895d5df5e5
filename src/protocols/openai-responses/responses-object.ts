/**
 * The Response object and its output items as the gateway emits and stores them.
 * Only what the gateway produces is typed; field names follow the `openai`
 * package's `Response`, `ResponseOutputItem` and `ResponseUsage`.
 */
export type ResponseStatus = "completed" | "incomplete" | "failed" | "in_progress";
export type ItemStatus = "completed" | "incomplete" | "in_progress";

/** An `output_text` annotation the gateway writes (translated answers carry URL citations only). */
export interface ResponsesUrlCitation {
  type: "url_citation";
  url: string;
  title: string;
  start_index: number;
  end_index: number;
}

export interface ResponsesOutputText {
  type: "output_text";
  text: string;
  annotations: ResponsesUrlCitation[];
  logprobs: unknown[];
}

export interface ResponsesReasoningText {
  type: "reasoning_text";
  text: string;
}

export interface ResponsesMessageItem {
  type: "message";
  id: string;
  role: "assistant";
  status: ItemStatus;
  content: ResponsesOutputText[];
}

export interface ResponsesFunctionCallItem {
  type: "function_call";
  id: string;
  call_id: string;
  name: string;
  arguments: string;
  status: ItemStatus;
}

export interface ResponsesReasoningItem {
  type: "reasoning";
  id: string;
  summary: { type: "summary_text"; text: string }[];
  content?: ResponsesReasoningText[];
  /** Present when the caller asked for `reasoning.encrypted_content`; carries the upstream's signature back. */
  encrypted_content?: string;
  status?: ItemStatus;
}

export type ResponsesOutputItem = ResponsesMessageItem | ResponsesFunctionCallItem | ResponsesReasoningItem;

export interface ResponsesUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export interface ResponsesErrorObject {
  code: string;
  message: string;
}

export interface ResponsesObject {
  id: string;
  object: "response";
  created_at: number;
  completed_at?: number | null;
  status: ResponseStatus;
  error: ResponsesErrorObject | null;
  incomplete_details: { reason: "max_output_tokens" | "content_filter" } | null;
  instructions: string | null;
  max_output_tokens: number | null;
  model: string;
  output: ResponsesOutputItem[];
  parallel_tool_calls: boolean;
  previous_response_id: string | null;
  reasoning: { effort: string | null; summary: string | null };
  store: boolean;
  temperature: number;
  text: { format: Record<string, unknown> };
  tool_choice: unknown;
  tools: unknown[];
  top_p: number;
  presence_penalty: number;
  frequency_penalty: number;
  top_logprobs: number;
  max_tool_calls: number | null;
  truncation: "disabled";
  usage: ResponsesUsage | null;
  metadata: Record<string, string>;
  prompt_cache_key: string | null;
  safety_identifier: string | null;
  service_tier: string;
  background: boolean;
}

/** `GET /v1/responses/{id}/input_items` and other cursor lists. */
export interface ResponsesList<T> {
  object: "list";
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}
