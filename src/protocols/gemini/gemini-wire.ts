/**
 * Gemini API (`v1beta`) shapes this provider writes and reads. Only what we touch
 * is typed; everything is optional on the read side because Gemini omits fields
 * freely (no `id` on function calls, no `content` on a blocked candidate).
 */
export interface GeminiPart {
  text?: string;
  thought?: boolean;
  /** Opaque; must go back exactly where it was received. */
  thoughtSignature?: string;
  inlineData?: { mimeType: string; data: string };
  fileData?: { mimeType: string; fileUri: string };
  functionCall?: { id?: string; name: string; args?: Record<string, unknown> };
  functionResponse?: { id?: string; name: string; response: Record<string, unknown> };
}

export interface GeminiContent {
  role?: "user" | "model";
  parts: GeminiPart[];
}

export interface GeminiUsageMetadata {
  promptTokenCount?: number;
  cachedContentTokenCount?: number;
  candidatesTokenCount?: number;
  thoughtsTokenCount?: number;
  toolUsePromptTokenCount?: number;
  totalTokenCount?: number;
}

export interface GeminiCandidate {
  content?: Partial<GeminiContent>;
  finishReason?: string;
  index?: number;
}

export interface GeminiGenerateContentResponse {
  candidates?: GeminiCandidate[];
  promptFeedback?: { blockReason?: string };
  usageMetadata?: GeminiUsageMetadata;
  modelVersion?: string;
  responseId?: string;
  error?: unknown;
}

export interface GeminiBatchEmbedResponse {
  embeddings?: { values?: number[] }[];
}

/** A Google RPC error body (`{"error":{code,message,status}}`), as the Gemini API answers and as the gateway renders for Gemini callers. */
export interface GoogleRpcErrorBody {
  error: { code: number; message: string; status: string; details?: unknown[] };
}

/** `:countTokens` answer. */
export interface GeminiCountTokensResponse {
  totalTokens: number;
  cachedContentTokenCount?: number;
}
