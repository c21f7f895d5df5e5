import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatRequest } from "../core/chat-request.js";
import { GatewayError } from "../core/gateway-error.js";
import type { Protocol } from "../core/protocol.js";
import type { CallerIdentity } from "../dialects/dialect.js";
import type { Caller } from "../core/request-guard.js";
import { UpstreamError } from "../core/upstream-error.js";
import { checkClientKey } from "../governance/check-client-key.js";
import { planRoute } from "../routing/plan-route.js";
import { resolveRoute } from "../routing/resolve-route.js";
import { Cancellation } from "../shared/cancellation.js";
import { estimateInputTokens } from "./estimate-input-tokens.js";
import { sessionKey, type ChatHandlerContext } from "./handle-chat.js";
import { applySessionAffinity } from "../routing/apply-session-affinity.js";
import { readJsonBody } from "./read-json-body.js";
import { ResponseHead } from "./response-head.js";
import { configSecrets, scrubUpstreamError } from "./scrub-secrets.js";
import { clientKey } from "../governance/check-client-key.js";

/** How one counting endpoint reads its body and shapes its answer. */
export interface TokenCountEndpoint {
  /** The protocol of the caller's body: a provider of the same protocol is given that body as-is. */
  readonly protocol: Protocol;
  /** The body → the canonical request whose input is counted (throws GatewayError naming the bad field). */
  /** `caller`: the key already authenticated, which scopes stored state (`previous_response_id`). */
  parse(body: unknown, caller?: CallerIdentity): ChatRequest | Promise<ChatRequest>;
  /** The caller's body as that protocol's own counting endpoint takes it. */
  readonly rawBody?: (body: Record<string, unknown>) => Record<string, unknown>;
  render(tokens: number): unknown;
}

/**
 * `POST /v1/messages/count_tokens`, `POST /v1/responses/input_tokens` and
 * Gemini's `:countTokens`. The route's first target counts exactly when its
 * upstream has a counting endpoint (Anthropic, Gemini); otherwise — or when
 * that call fails — the gateway estimates. `x-switchyard-token-count` says
 * which (`exact` | `estimate`); the answer is never a 404.
 */
export async function handleCountTokens(endpoint: TokenCountEndpoint, request: IncomingMessage, response: ServerResponse, context: ChatHandlerContext): Promise<void> {
  const snapshot = context.runtime.snapshot();
  let caller: Caller | undefined;
  if (context.guard) caller = await context.guard.authenticate(request.headers);
  else checkClientKey(request.headers, snapshot.config.server);
  const body = await readJsonBody(request, snapshot.config.server.maxBodyBytes);
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new GatewayError("invalid-request", "Invalid request: the body must be a JSON object");
  const parsed = endpoint.parse(body, caller);
  const chatRequest = parsed instanceof Promise ? await parsed : parsed;
  const route = resolveRoute(snapshot.config, chatRequest.model);
  if (caller && !caller.mayUse(route.alias)) throw new GatewayError("forbidden", `This key may not use the model "${route.alias}"`, { param: "model" });
  // The target the conversation's next request would go to: its count is the one that matters.
  const target = applySessionAffinity(planRoute({ route, health: context.runtime.health, strategyState: context.runtime.strategyState }), sessionKey(request.headers, snapshot.config)).targets[0]!;
  const provider = snapshot.providers.get(target.provider)?.provider;

  const head = new ResponseHead();
  head.set("x-switchyard-route", route.alias);
  head.set("x-switchyard-target", target.key);
  let tokens: number | undefined;
  if (provider?.countTokens) {
    const signal = new Cancellation();
    const timer = setTimeout(() => signal.abort(new UpstreamError({ kind: "timeout", message: `token count timed out after ${route.timeout.totalMs} ms` })), route.timeout.totalMs);
    try {
      const same = provider.protocol === endpoint.protocol;
      tokens = await provider.countTokens(
        chatRequest,
        { upstreamModel: target.model, signal, forwardHeaders: same ? protocolHeaders(request.headers) : undefined },
        same ? (endpoint.rawBody?.(body as Record<string, unknown>) ?? (body as Record<string, unknown>)) : undefined,
      );
      head.set("x-switchyard-token-count", "exact");
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      const scrubbed = scrubUpstreamError(error, configSecrets(snapshot.config), clientKey(request.headers));
      // A count is advisory (clients size their context with it): an estimate with the reason beats a failure.
      head.set("x-switchyard-warnings", headerSafe(`exact count failed at ${target.key} (${scrubbed.message}); estimated instead`));
      context.logger.warn({ target: target.key, error: scrubbed.message }, "upstream token count failed; answered with an estimate");
    } finally {
      clearTimeout(timer);
    }
  }
  if (tokens === undefined) {
    tokens = await estimateInputTokens(chatRequest);
    head.set("x-switchyard-token-count", "estimate");
  }
  head.set("x-switchyard-attempts", "1");
  head.endJson(response, 200, JSON.stringify(endpoint.render(tokens)));
}

function protocolHeaders(headers: IncomingMessage["headers"]): Record<string, string> | undefined {
  let found: Record<string, string> | undefined;
  for (const name of ["anthropic-beta", "anthropic-version"]) {
    const value = headers[name];
    if (typeof value === "string") (found ??= {})[name] = value;
  }
  return found;
}

function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?").slice(0, 500);
}
