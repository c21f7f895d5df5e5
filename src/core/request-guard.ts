import type { IncomingHttpHeaders } from "node:http";
import type { ChatRequest } from "./chat-request.js";
import type { Usage } from "./usage.js";

/**
 * Governance at the edge: who is calling, may they use this alias, are they
 * within their limits and budget. Implemented in `governance/`; the handler only
 * knows this interface. Refusals are thrown as GatewayError (401 unauthenticated,
 * 403 forbidden, 429 rate-limited with `retryAfterSeconds`) and rendered in the
 * caller's dialect like any other error.
 */
export interface RequestGuard {
  /** Who is calling, for endpoints that serve no alias (`/v1/models`). Throws 401 like `admit`. */
  authenticate(headers: IncomingHttpHeaders): Promise<Caller>;
  /** `request` is absent for embeddings, which are limited and charged like chat but have no chat request. */
  admit(input: { readonly headers: IncomingHttpHeaders; readonly alias: string; readonly request?: ChatRequest }): Promise<Admission>;
}

export interface Caller {
  readonly keyId: string | undefined;
  readonly keyName: string | undefined;
  /** False for aliases outside a scoped key's `models`. */
  mayUse(alias: string): boolean;
}

export interface Admission {
  /** The virtual key's id, for the ledger; undefined for anonymous or static-key callers. */
  readonly keyId: string | undefined;
  readonly keyName: string | undefined;
  /** Called exactly once when the request ends, so budgets and token limits are charged what was used. */
  settle(outcome: { readonly usage: Usage | undefined; readonly costUsd: number | undefined }): void;
}

/** Exact-match response cache (non-streaming answers), memory or Redis. */
export interface ResponseCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void>;
}

export interface CachedAnswer {
  /** The response body exactly as first sent to a client of the same dialect. */
  readonly body: string;
  readonly target: string;
  readonly usage: Usage | undefined;
}
