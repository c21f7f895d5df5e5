import { GatewayError } from "../core/gateway-error.js";
import { UpstreamError } from "../core/upstream-error.js";
import type { Logger } from "../shared/logger.js";

/** Anything thrown becomes a GatewayError; upstream request errors keep their status and message. */
export function toGatewayError(error: unknown, logger: Logger): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof UpstreamError) {
    return new GatewayError("invalid-request", `Upstream rejected the request: ${error.message}`, { status: error.status, cause: error });
  }
  logger.error({ err: error }, "unexpected error handling a request");
  return new GatewayError("internal", "Internal gateway error");
}
