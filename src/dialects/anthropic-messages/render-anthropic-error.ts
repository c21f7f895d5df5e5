import type { GatewayError, GatewayErrorCode } from "../../core/gateway-error.js";
import type { UpstreamError } from "../../core/upstream-error.js";
import type { AnthropicErrorBody } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";

/** Anthropic's `error.type` per gateway code, so SDK error classes behave as with Anthropic itself. */
const typeByCode = {
  "invalid-request": "invalid_request_error",
  unauthenticated: "authentication_error",
  forbidden: "permission_error",
  "model-not-found": "not_found_error",
  "not-found": "not_found_error",
  "method-not-allowed": "invalid_request_error",
  "payload-too-large": "request_too_large",
  "unsupported-media-type": "invalid_request_error",
  "host-not-allowed": "invalid_request_error",
  "rate-limited": "rate_limit_error",
  "insufficient-quota": "billing_error",
  "upstream-error": "api_error",
  "upstream-timeout": "timeout_error",
  "no-target-available": "overloaded_error",
  internal: "api_error",
} as const satisfies Record<GatewayErrorCode, string>;

const knownTypes = new Set<string>([...Object.values(typeByCode), "billing_error"]);

/** Anthropic's type for an HTTP status, for errors relayed with the upstream's status. */
function typeForStatus(status: number): string | undefined {
  switch (status) {
    case 400:
      return "invalid_request_error";
    case 401:
      return "authentication_error";
    case 402:
      return "billing_error";
    case 403:
      return "permission_error";
    case 404:
      return "not_found_error";
    case 413:
      return "request_too_large";
    case 429:
      return "rate_limit_error";
    case 504:
      return "timeout_error";
    case 529:
      return "overloaded_error";
    default:
      return status >= 500 ? "api_error" : status >= 400 ? "invalid_request_error" : undefined;
  }
}

export function anthropicErrorBody(type: string, message: string): AnthropicErrorBody {
  return { type: "error", error: { type, message } };
}

/**
 * The HTTP status Anthropic's API would answer with. Differs from the gateway's
 * table only for an exhausted budget: Anthropic answers 402 `billing_error` where
 * OpenAI answers 429 `insufficient_quota`.
 */
export function anthropicErrorStatus(error: GatewayError): number {
  if (error.code === "insufficient-quota" && error.statusOverride === undefined) return 402;
  return error.status;
}

export function renderAnthropicError(error: GatewayError): AnthropicErrorBody {
  const type = (error.statusOverride !== undefined ? typeForStatus(error.statusOverride) : undefined) ?? typeByCode[error.code];
  return anthropicErrorBody(type, error.message);
}

/** The `event: error` frame that ends a stream whose upstream failed after the first byte. */
export function renderAnthropicStreamError(error: UpstreamError): string {
  const type =
    error.code !== undefined && knownTypes.has(error.code)
      ? error.code
      : error.kind === "timeout"
        ? "timeout_error"
        : ((error.status !== undefined ? typeForStatus(error.status) : undefined) ?? "api_error");
  return `event: error\ndata: ${JSON.stringify(anthropicErrorBody(type, error.message))}\n\n`;
}
