import type { IncomingHttpHeaders } from "node:http";
import { UpstreamError } from "../../core/upstream-error.js";
import { headerValue, parseRetryAfter } from "./retry-after.js";

/**
 * Any OpenAI error body (Chat Completions, Responses, embeddings, compatible servers)
 * → UpstreamError. Lenient on purpose: bodies come as `{error:{message,type,code}}` (OpenAI, llama.cpp), top-level
 * `{object:"error",message,code}` (older vLLM), `{error:"text"}` (Ollama) or not JSON.
 */
export function parseOpenAIError(status: number, headers: IncomingHttpHeaders, bodyText: string): UpstreamError {
  let message = bodyText.trim().slice(0, 500) || `HTTP ${status}`;
  let code: string | undefined;
  try {
    const body = JSON.parse(bodyText) as unknown;
    const described = describeBody(body);
    if (described.message) message = described.message;
    code = described.code;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status and the text are all we have.
  }
  const shouldRetry = headerValue(headers["x-should-retry"]);
  // A 429 for an exhausted quota will not clear by waiting.
  const quotaExhausted = status === 429 && code === "insufficient_quota";
  return new UpstreamError({
    kind: "http",
    status,
    code,
    message,
    body: bodyText,
    retryAfterMs: parseRetryAfter(headers),
    isRetryable: shouldRetry === "true" ? true : shouldRetry === "false" || quotaExhausted ? false : undefined,
  });
}

function describeBody(body: unknown): { message?: string; code?: string } {
  if (typeof body !== "object" || body === null) return {};
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === "string") return { message: error };
  const source = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : record;
  const message = typeof source.message === "string" ? source.message : undefined;
  const rawCode = source.code ?? source.type;
  const code = typeof rawCode === "string" ? rawCode : typeof rawCode === "number" ? String(rawCode) : undefined;
  return { message, code };
}
