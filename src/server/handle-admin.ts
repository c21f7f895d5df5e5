import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import { clientKey, isKnownKey, keyDigest } from "../governance/check-client-key.js";
import type { GatewayRuntime } from "./gateway-runtime.js";
import { configSecrets, scrubSecrets } from "./scrub-secrets.js";
import { sendJson } from "./send-json.js";

/**
 * `GET /admin/targets`: every route's targets with breaker state, failures,
 * latency and when an open circuit will be probed. Guarded by `server.admin_token`;
 * without one it answers only to loopback callers.
 */
export function handleAdminTargets(request: IncomingMessage, response: ServerResponse, runtime: GatewayRuntime): void {
  const { config } = runtime.snapshot();
  authorizeAdmin(request, config.server.adminToken);
  const routes = [...config.routes.values()].map((route) => ({
    alias: route.alias,
    strategy: route.strategy,
    targets: route.targets.map((target) => {
      const snapshot = runtime.health.snapshot(target.key, route.breaker);
      return {
        target: target.key,
        state: snapshot.state,
        consecutive_failures: snapshot.consecutiveFailures,
        successes: snapshot.successes,
        failures: snapshot.failures,
        // Scrubbed again here: a breaker may hold a message recorded before the current config named the key.
        last_error: snapshot.lastError === undefined ? null : scrubSecrets(snapshot.lastError, configSecrets(config)),
        retry_at: snapshot.retryAt === undefined ? null : new Date(snapshot.retryAt).toISOString(),
        latency_ewma_ms: snapshot.latencyEwmaMs === undefined ? null : Math.round(snapshot.latencyEwmaMs * 100) / 100,
      };
    }),
  }));
  sendJson(response, 200, { config_source: config.source, routes });
}

/** The digest of the configured admin token, recomputed only when the token changes (config reload). */
let tokenDigest: { readonly token: string; readonly digest: Buffer } | undefined;

/**
 * Loopback-only without a token; with one, the caller must present it. Compared as
 * SHA-256 digests with `timingSafeEqual`, so response timing reveals nothing about
 * how much of a guess was right (a plain `!==` stops at the first differing byte).
 */
export function authorizeAdmin(request: IncomingMessage, adminToken: string | undefined): void {
  if (adminToken === undefined) {
    const address = request.socket.remoteAddress ?? "";
    if (address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1") return;
    throw new GatewayError("forbidden", "The admin API answers only on loopback unless server.admin_token is set");
  }
  const presented = clientKey(request.headers);
  if (presented === undefined || !clientKeyDigestMatches(presented, adminToken)) throw new GatewayError("unauthenticated", "Admin API: missing or wrong admin token");
}

/** Whether `presented` is the admin token, compared in constant time (see {@link authorizeAdmin}). */
export function clientKeyDigestMatches(presented: string, adminToken: string): boolean {
  if (tokenDigest?.token !== adminToken) tokenDigest = { token: adminToken, digest: keyDigest(adminToken) };
  return isKnownKey(presented, [tokenDigest.digest]);
}
