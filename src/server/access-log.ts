import type { RequestObserver } from "../ledger/request-summary.js";
import type { Logger } from "../shared/logger.js";

/**
 * The endpoint each inbound protocol is served on. A summary knows its dialect,
 * not its URL; every API request is a POST to one of these (Responses' GET and
 * DELETE calls read or remove stored state and produce no summary).
 */
const endpointOf: Readonly<Record<string, string>> = {
  "openai-chat": "/v1/chat/completions",
  "anthropic-messages": "/v1/messages",
  "openai-responses": "/v1/responses",
  embeddings: "/v1/embeddings",
};

/**
 * One info line per API request, from the same summary the ledger and metrics
 * read: who asked for what, which target answered, after how many attempts,
 * how long it took and the tokens it used. Shadow copies are not requests to the
 * gateway and are left out; `server.access_log: false` turns it off (read per
 * request, so a config reload applies at once).
 */
export function createAccessLog(options: { readonly logger: Logger; readonly enabled: () => boolean }): RequestObserver {
  return (summary) => {
    if (summary.shadow || !options.enabled()) return;
    options.logger.info(
      {
        requestId: summary.requestId,
        method: "POST",
        path: endpointOf[summary.dialect] ?? summary.dialect,
        route: summary.alias,
        target: summary.target,
        status: summary.status,
        attempts: summary.attempts.length,
        durationMs: Math.round(summary.durationMs * 10) / 10,
        inputTokens: summary.usage?.inputTokens,
        outputTokens: summary.usage?.outputTokens,
        stream: summary.stream,
        cacheHit: summary.cacheHit || undefined,
        keyId: summary.keyId,
        error: summary.errorCode,
      },
      "request",
    );
  };
}
