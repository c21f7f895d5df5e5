import { setTimeout as sleep } from "node:timers/promises";
import { maxHonouredRetryAfterMs } from "../../routing/retry-delay.js";
import { CallFailure, type ModelClient } from "./model-client.js";

/**
 * Retries failed calls that may succeed later (429, 5xx, timeouts, connection
 * errors): the upstream's Retry-After when it gave one, else exponential
 * backoff with jitter. A Retry-After beyond a minute is not waited for — with
 * thousands of tests queued, hammering or stalling are both worse than one failure.
 */
export function withRetries(client: ModelClient, options: { retries: number; backoffMs?: number; random?: () => number }): ModelClient {
  const backoffMs = options.backoffMs ?? 500;
  const random = options.random ?? Math.random;
  async function attempt<T>(call: () => Promise<T>, signal: AbortSignal): Promise<T> {
    for (let retry = 0; ; retry++) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof CallFailure) || !error.retryable || retry >= options.retries || signal.aborted) throw error;
        const delay = error.retryAfterMs ?? Math.round(Math.min(8000, backoffMs * 2 ** retry) * (1 - 0.25 * random()));
        if (delay > maxHonouredRetryAfterMs) throw error;
        await sleep(delay, undefined, { signal }).catch(() => {
          throw error;
        });
      }
    }
  }
  return {
    identity: (model) => client.identity(model),
    chat: (model, request, signal) => attempt(() => client.chat(model, request, signal), signal),
    responses: (model, body, signal) => attempt(() => client.responses(model, body, signal), signal),
    embed: (model, inputs, signal) => attempt(() => client.embed(model, inputs, signal), signal),
    close: () => client.close(),
  };
}
