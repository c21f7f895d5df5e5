import type { FinishReason } from "../../core/finish-reason.js";
import { UpstreamError } from "../../core/upstream-error.js";

/**
 * A finished Response's status → canonical finish reason. The Responses API has
 * no "tool_calls" status: a completed answer whose output holds a function call
 * stopped to call it. A `failed` (or `cancelled`) response is an upstream error.
 */
export function mapResponsesStatus(response: {
  readonly status?: unknown;
  readonly incomplete_details?: { readonly reason?: unknown } | null;
  readonly error?: { readonly code?: unknown; readonly message?: unknown } | null;
  readonly hasFunctionCall: boolean;
}): FinishReason {
  const status = typeof response.status === "string" ? response.status : undefined;
  switch (status) {
    case "completed":
      return { unified: response.hasFunctionCall ? "tool-calls" : "stop", raw: status };
    case "incomplete": {
      const reason = typeof response.incomplete_details?.reason === "string" ? response.incomplete_details.reason : undefined;
      if (reason === "max_output_tokens") return { unified: "length", raw: reason };
      if (reason === "content_filter") return { unified: "content-filter", raw: reason };
      return { unified: "other", raw: reason ?? status };
    }
    case "failed":
    case "cancelled":
      throw responsesFailure(response.error, status);
    default:
      throw new UpstreamError({ kind: "malformed", message: `upstream response has status ${String(response.status)}, not a finished one` });
  }
}

/** `response.failed` (or an `error` stream event) as the one upstream error type; a server error is retryable, a refused request is not. */
export function responsesFailure(error: { readonly code?: unknown; readonly message?: unknown } | null | undefined, status: string): UpstreamError {
  const code = typeof error?.code === "string" ? error.code : undefined;
  const message = typeof error?.message === "string" ? error.message : `upstream response ${status}`;
  const clientFault = code !== undefined && /invalid|not_found|unsupported|too_large|content_policy|refus/i.test(code);
  const rateLimited = code === "rate_limit_exceeded";
  return new UpstreamError({
    kind: "http",
    status: rateLimited ? 429 : clientFault ? 400 : 500,
    code,
    message,
    body: JSON.stringify({ error: { message, type: code ?? "server_error", code: code ?? null } }),
  });
}
