import type { GatewayError} from "../../core/gateway-error.js";
import { type GatewayErrorCode } from "../../core/gateway-error.js";

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** OpenAI's `type` for each gateway code, so SDK error classes and client logic behave as with OpenAI itself. */
const openAITypeByCode = {
  "invalid-request": "invalid_request_error",
  unauthenticated: "authentication_error",
  forbidden: "permission_error",
  "model-not-found": "invalid_request_error",
  "not-found": "invalid_request_error",
  "method-not-allowed": "invalid_request_error",
  "payload-too-large": "invalid_request_error",
  "unsupported-media-type": "invalid_request_error",
  "host-not-allowed": "invalid_request_error",
  "rate-limited": "rate_limit_error",
  // OpenAI's own answer to an exhausted quota: type and code both `insufficient_quota`.
  "insufficient-quota": "insufficient_quota",
  "upstream-error": "upstream_error",
  "upstream-timeout": "timeout_error",
  "no-target-available": "service_unavailable",
  internal: "server_error",
} as const satisfies Record<GatewayErrorCode, string>;

export function openAIErrorBody(options: { message: string; type: string; param?: string | null; code?: string | null }): OpenAIErrorBody {
  return { error: { message: options.message, type: options.type, param: options.param ?? null, code: options.code ?? null } };
}

export function renderOpenAIError(error: GatewayError): OpenAIErrorBody {
  return openAIErrorBody({
    message: error.message,
    type: openAITypeByCode[error.code],
    param: error.param ?? null,
    code: error.code === "model-not-found" ? "model_not_found" : error.code.replaceAll("-", "_"),
  });
}
