import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { GatewayError } from "../core/gateway-error.js";

/** The key a client sent: `Authorization: Bearer KEY` or Anthropic's `x-api-key`. */
export function clientKey(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization?.startsWith("Bearer ")) return authorization.slice(7).trim();
  const apiKey = headers["x-api-key"];
  return typeof apiKey === "string" ? apiKey : undefined;
}

/**
 * When keys are configured, the request must carry one of them. Compared by
 * SHA-256 digest in constant time, so timing does not leak key prefixes.
 */
export function checkClientKey(headers: IncomingHttpHeaders, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const presented = clientKey(headers);
  if (presented === undefined) throw new GatewayError("unauthenticated", "Missing API key: send Authorization: Bearer KEY (or x-api-key)");
  const digest = sha256(presented);
  if (!keys.some((key) => timingSafeEqual(sha256(key), digest))) throw new GatewayError("unauthenticated", "Invalid API key");
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
