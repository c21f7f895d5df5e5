/** How an upstream call failed; decides retryability and what the caller is told. */
export type UpstreamFailureKind =
  /** The upstream answered with an HTTP error status. */
  | "http"
  /** No HTTP answer: refused, reset, DNS, TLS. */
  | "connection"
  /** No first token within `first_token_ms`, or the whole answer exceeded `total_ms`. */
  | "timeout"
  /** The upstream answered 2xx but the body or stream could not be understood. */
  | "malformed"
  /** The stream ended before the upstream said it was finished. */
  | "truncated";

const retryableStatuses = new Set([408, 409, 429]);

/**
 * The one error type for anything that went wrong talking to an upstream.
 * `isRetryable` is decided here, once, so routing never re-derives it.
 */
export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
  readonly kind: UpstreamFailureKind;
  readonly status: number | undefined;
  /** The upstream's own error code or type, when its body named one. */
  readonly code: string | undefined;
  /** How long the upstream asked us to wait (`retry-after-ms` / `retry-after`). */
  readonly retryAfterMs: number | undefined;
  /** The upstream's error body, verbatim, for logs and same-dialect rendering. */
  readonly body: string | undefined;
  readonly isRetryable: boolean;

  constructor(options: {
    kind: UpstreamFailureKind;
    message: string;
    status?: number;
    code?: string;
    retryAfterMs?: number;
    body?: string;
    /** Overrides the default decision (e.g. `x-should-retry`, or a quota 429). */
    isRetryable?: boolean;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.kind = options.kind;
    this.status = options.status;
    this.code = options.code;
    this.retryAfterMs = options.retryAfterMs;
    this.body = options.body;
    this.isRetryable = options.isRetryable ?? defaultRetryable(options.kind, options.status);
  }
}

function defaultRetryable(kind: UpstreamFailureKind, status: number | undefined): boolean {
  if (kind !== "http") return kind !== "malformed";
  if (status === undefined) return false;
  return retryableStatuses.has(status) || status >= 500;
}
