import type { IncomingHttpHeaders } from "node:http";
import { UpstreamError } from "../../core/upstream-error.js";
import { headerValue, parseRetryAfter } from "../shared/retry-after.js";

/** Status for an error that arrives inside a 200 stream, so breakers and logs see what it was. */
const statusByErrorType: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

/**
 * An Anthropic error body (`{"type":"error","error":{"type","message"}}`) → UpstreamError.
 * Lenient: a proxy's HTML page or an empty body still yields the status. 529
 * `overloaded_error` is retryable by the ≥500 rule.
 */
export function parseAnthropicError(status: number, headers: IncomingHttpHeaders, bodyText: string): UpstreamError {
  const described = describe(bodyText);
  const shouldRetry = headerValue(headers["x-should-retry"]);
  return new UpstreamError({
    kind: "http",
    status,
    code: described.type,
    message: described.message ?? (bodyText.trim().slice(0, 500) || `HTTP ${status}`),
    body: bodyText,
    retryAfterMs: parseRetryAfter(headers),
    isRetryable: shouldRetry === "true" ? true : shouldRetry === "false" ? false : undefined,
  });
}

/** The `error` event of a stream that had already started. */
export function anthropicStreamError(data: string): UpstreamError {
  const described = describe(data);
  return new UpstreamError({
    kind: "http",
    status: (described.type && statusByErrorType[described.type]) || 500,
    code: described.type,
    message: described.message ?? "upstream reported an error mid-stream",
    body: data,
  });
}

function describe(text: string): { type?: string; message?: string } {
  try {
    const body = JSON.parse(text) as { error?: { type?: unknown; message?: unknown } } | null;
    const error = body?.error;
    return {
      type: typeof error?.type === "string" ? error.type : undefined,
      message: typeof error?.message === "string" ? error.message : undefined,
    };
  } catch {
    return {};
  }
}
