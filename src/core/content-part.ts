import type { TextAnnotation } from "./text-annotation.js";

/** A piece of message content. Unknown provider-specific fields ride along in `providerMetadata`. */
export type ContentPart = TextPart | ImagePart | FilePart | ToolCallPart | ToolResultPart | ReasoningPart;

export interface TextPart {
  readonly type: "text";
  readonly text: string;
  /** On an answer: citations of spans of `text` (indices relative to it). */
  readonly annotations?: readonly TextAnnotation[];
  /** Provider-specific annotations kept verbatim (e.g. Anthropic `cache_control`). */
  readonly providerMetadata?: ProviderMetadata;
}

/** An image either by URL or inline; `data:` URLs are split into `mediaType` + base64 `data`. */
export interface ImagePart {
  readonly type: "image";
  readonly source: { readonly kind: "url"; readonly url: string } | { readonly kind: "base64"; readonly mediaType: string; readonly data: string };
  readonly detail?: "auto" | "low" | "high";
  readonly providerMetadata?: ProviderMetadata;
}

/**
 * A document sent inline (e.g. a PDF), kept apart from images because each
 * upstream takes documents in its own block: OpenAI Chat `file`, Anthropic
 * `document`, Gemini `inlineData`.
 */
export interface FilePart {
  readonly type: "file";
  readonly mediaType: string;
  /** The file's bytes, base64. */
  readonly data: string;
  readonly filename?: string;
  readonly providerMetadata?: ProviderMetadata;
}

export interface ToolCallPart {
  readonly type: "tool-call";
  readonly id: string;
  readonly name: string;
  /** The arguments exactly as the model produced them: a JSON text, never re-serialised. */
  readonly arguments: string;
  readonly providerMetadata?: ProviderMetadata;
}

export interface ToolResultPart {
  readonly type: "tool-result";
  readonly toolCallId: string;
  /** Tool name when the caller's dialect carries it (Gemini needs it; OpenAI does not send it). */
  readonly toolName?: string;
  readonly content: readonly (TextPart | ImagePart)[];
  readonly isError?: boolean;
  readonly providerMetadata?: ProviderMetadata;
}

/** Model reasoning ("thinking"). `signature` must be carried back to the provider unchanged. */
export interface ReasoningPart {
  readonly type: "reasoning";
  readonly text: string;
  readonly signature?: string;
  /** Reasoning the provider returned encrypted (Anthropic `redacted_thinking`). */
  readonly redactedData?: string;
  readonly providerMetadata?: ProviderMetadata;
}

/** Opaque per-provider data, keyed by provider protocol name (`anthropic`, `gemini`, …). */
export type ProviderMetadata = Readonly<Record<string, Readonly<Record<string, unknown>>>>;
