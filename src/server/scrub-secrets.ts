import type { GatewayConfig } from "../config/gateway-config.js";
import { UpstreamError } from "../core/upstream-error.js";

/** What a secret is replaced with in error text. */
export const scrubbedMarker = "[REDACTED]";

/**
 * Values shorter than this are placeholders (`api_key: "EMPTY"` for a local vLLM),
 * not secrets; replacing every "x" in an error message would only garble it.
 */
const minimumSecretLength = 8;

/** Every secret a config holds, longest first (so a key that contains another is replaced whole). */
const secretsByConfig = new WeakMap<GatewayConfig, readonly string[]>();

export function configSecrets(config: GatewayConfig): readonly string[] {
  let secrets = secretsByConfig.get(config);
  if (!secrets) {
    const found = new Set<string>(config.server.apiKeys);
    if (config.server.adminToken !== undefined) found.add(config.server.adminToken);
    for (const provider of config.providers.values()) {
      if (provider.apiKey !== undefined) found.add(provider.apiKey);
      // Custom headers carry credentials too (`x-api-key`, `api-key`, gateway tokens).
      for (const value of Object.values(provider.headers)) found.add(value.replace(/^Bearer\s+/i, ""));
    }
    secrets = [...found].filter((secret) => secret.length >= minimumSecretLength).sort((a, b) => b.length - a.length);
    secretsByConfig.set(config, secrets);
  }
  return secrets;
}

/**
 * Removes the configured provider keys, client keys and admin token, and the key
 * this request's client presented, from text that came from an upstream. An
 * upstream (or a proxy in front of it) that reflects our `Authorization` header
 * in its error would otherwise hand the provider key to the client, the logs,
 * `/admin/targets` and the ledger.
 */
export function scrubSecrets(text: string, secrets: readonly string[], clientKey?: string): string {
  let scrubbed = text;
  if (clientKey !== undefined && clientKey.length >= minimumSecretLength) scrubbed = scrubbed.replaceAll(clientKey, scrubbedMarker);
  for (const secret of secrets) {
    if (scrubbed.includes(secret)) scrubbed = scrubbed.replaceAll(secret, scrubbedMarker);
  }
  return scrubbed;
}

/** The same error with secrets removed from its message and body (the original when there was nothing to remove). */
export function scrubUpstreamError(error: UpstreamError, secrets: readonly string[], clientKey?: string): UpstreamError {
  const message = scrubSecrets(error.message, secrets, clientKey);
  const body = error.body === undefined ? undefined : scrubSecrets(error.body, secrets, clientKey);
  if (message === error.message && body === error.body) return error;
  // The cause may hold the raw text (an undici error); it is dropped rather than carried along.
  return new UpstreamError({ kind: error.kind, message, status: error.status, code: error.code, retryAfterMs: error.retryAfterMs, body, isRetryable: error.isRetryable });
}

/** For `start` callbacks: rethrows upstream errors scrubbed, anything else as it was. */
export function rethrowScrubbed(secrets: readonly string[], clientKey: string | undefined): (thrown: unknown) => never {
  return (thrown) => {
    throw thrown instanceof UpstreamError ? scrubUpstreamError(thrown, secrets, clientKey) : thrown;
  };
}
