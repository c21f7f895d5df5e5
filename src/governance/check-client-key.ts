import { hash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { GatewayError } from "../core/gateway-error.js";

/** The key a client sent: `Authorization: Bearer KEY`, Anthropic's `x-api-key` or Google's `x-goog-api-key`. */
export function clientKey(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization?.startsWith("Bearer ")) return authorization.slice(7).trim();
  const apiKey = headers["x-api-key"] ?? headers["x-goog-api-key"];
  return typeof apiKey === "string" ? apiKey : undefined;
}

/** Keys are compared by SHA-256 digest in constant time, so timing does not leak key prefixes. */
export function keyDigest(key: string): Buffer {
  return hash("sha256", key, "buffer");
}

export function isKnownKey(presented: string, digests: readonly Buffer[]): boolean {
  const digest = keyDigest(presented);
  return digests.some((known) => timingSafeEqual(known, digest));
}

/** Digests of a config's key list, computed once per list rather than per request. */
const digestsByList = new WeakMap<readonly string[], Buffer[]>();

/**
 * Without a governance guard: when keys are required (`server.require_keys`, true
 * whenever `server.api_keys` is set) the request must carry one of `keys`.
 */
export function checkClientKey(headers: IncomingHttpHeaders, server: { readonly apiKeys: readonly string[]; readonly requireKeys: boolean }): void {
  if (!server.requireKeys) return;
  const keys = server.apiKeys;
  const presented = clientKey(headers);
  if (presented === undefined) throw new GatewayError("unauthenticated", "Missing API key: send Authorization: Bearer KEY (or x-api-key, or x-goog-api-key)");
  let digests = digestsByList.get(keys);
  if (!digests) {
    digests = keys.map(keyDigest);
    digestsByList.set(keys, digests);
  }
  if (!isKnownKey(presented, digests)) throw new GatewayError("unauthenticated", "Invalid API key");
}
