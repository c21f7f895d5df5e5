import type { Message } from "./message.js";
import type { ResponseFormat } from "./response-format.js";
import type { SamplingParameters } from "./sampling-parameters.js";
import type { ToolChoice, ToolDefinition } from "./tool.js";
import type { Warning } from "./warning.js";

/** A chat request after the inbound dialect has parsed it; independent of any wire format. */
export interface ChatRequest {
  /** What the client asked for: an alias or `PROVIDER/MODEL`. */
  readonly model: string;
  readonly messages: readonly Message[];
  readonly tools?: readonly ToolDefinition[];
  readonly toolChoice?: ToolChoice;
  readonly parallelToolCalls?: boolean;
  readonly responseFormat?: ResponseFormat;
  readonly sampling: SamplingParameters;
  readonly stream: boolean;
  /** Whether the caller wants usage in the stream (OpenAI `stream_options.include_usage`). */
  readonly includeUsage?: boolean;
  /** Reasoning budget as the caller expressed it; providers map what they can. */
  readonly reasoning?: { readonly effort?: string; readonly budgetTokens?: number };
  /**
   * Fields the dialect recognised as valid but that have no canonical meaning
   * (`logit_bias`, `n`, `metadata`, …). Providers of the same protocol forward them;
   * others turn each into a warning.
   */
  readonly passthrough?: Readonly<Record<string, unknown>>;
  /** The wire format `passthrough` fields belong to: only a provider of that protocol may forward them. */
  readonly passthroughProtocol?: "openai-chat" | "anthropic-messages" | "gemini";
  /**
   * What the caller used that only an upstream of its own protocol honours
   * (Anthropic server tools, deferred tool loading): reported whenever the
   * request is translated for a target, never when it is relayed as-is.
   */
  readonly nativeOnlyWarnings?: readonly Warning[];
}
