import type { GatewayError, GatewayErrorCode } from "../../core/gateway-error.js";
import type { UpstreamError } from "../../core/upstream-error.js";
import type { GoogleRpcErrorBody } from "../../protocols/gemini/gemini-wire.js";

/** Google RPC status per gateway code, so `@google/genai` and REST callers see what Google would send. */
const statusByCode = {
  "invalid-request": "INVALID_ARGUMENT",
  unauthenticated: "UNAUTHENTICATED",
  forbidden: "PERMISSION_DENIED",
  "model-not-found": "NOT_FOUND",
  "not-found": "NOT_FOUND",
  "method-not-allowed": "UNIMPLEMENTED",
  "payload-too-large": "INVALID_ARGUMENT",
  "unsupported-media-type": "INVALID_ARGUMENT",
  "host-not-allowed": "PERMISSION_DENIED",
  "rate-limited": "RESOURCE_EXHAUSTED",
  "insufficient-quota": "RESOURCE_EXHAUSTED",
  "upstream-error": "UNAVAILABLE",
  "upstream-timeout": "DEADLINE_EXCEEDED",
  "no-target-available": "UNAVAILABLE",
  internal: "INTERNAL",
} as const satisfies Record<GatewayErrorCode, string>;

/** Google's status for an HTTP status, for errors relayed with the upstream's status. */
function statusForHttp(status: number): string {
  if (status === 400) return "INVALID_ARGUMENT";
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "PERMISSION_DENIED";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "ABORTED";
  if (status === 429) return "RESOURCE_EXHAUSTED";
  if (status === 501) return "UNIMPLEMENTED";
  if (status === 503) return "UNAVAILABLE";
  if (status === 504) return "DEADLINE_EXCEEDED";
  return status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
}

function body(code: number, message: string, status: string, retryAfterSeconds: number | undefined): GoogleRpcErrorBody {
  // Google says how long to wait in RetryInfo, not (only) in Retry-After.
  const details = retryAfterSeconds !== undefined ? [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${retryAfterSeconds}s` }] : undefined;
  return { error: { code, message, status, ...(details && { details }) } };
}

export function renderGoogleError(error: GatewayError): GoogleRpcErrorBody {
  const status = error.statusOverride !== undefined ? statusForHttp(error.statusOverride) : statusByCode[error.code];
  return body(error.status, error.message, status, error.retryAfterSeconds);
}

/** The `data: {"error":…}` frame that ends a stream whose upstream failed after the first byte, as Gemini ends its own. */
export function renderGoogleStreamError(error: UpstreamError): string {
  const code = error.status ?? (error.kind === "timeout" ? 504 : 502);
  const status = error.code !== undefined && /^[A-Z_]+$/.test(error.code) ? error.code : error.kind === "timeout" ? "DEADLINE_EXCEEDED" : statusForHttp(code);
  return `data: ${JSON.stringify(body(code, error.message, status, undefined))}\n\n`;
}
