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
  /**
   * Who is calling, from the headers alone: handlers call it before reading the
   * body, so a caller without a valid key costs the gateway no body read or parse.
   * Throws 401 for a missing (when keys are required), unknown or revoked key.
   */
  authenticate(headers: IncomingHttpHeaders): Promise<Caller>;
}

export interface Caller {
  readonly keyId: string | undefined;
  readonly keyName: string | undefined;
  /** False for aliases outside a scoped key's `models`. */
  mayUse(alias: string): boolean;
  /**
   * Scope, limits and budget for one request to `alias` (403, 429). `request` is
   * absent for embeddings, which are limited and charged like chat but have no chat request.
   */
  admit(input: { readonly alias: string; readonly request?: ChatRequest }): Promise<Admission>;
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
