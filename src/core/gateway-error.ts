/**
 * Errors the gateway itself answers with. The code list is closed and each code's
 * HTTP status comes from one table the compiler checks for completeness; dialects
 * render them in the caller's shape, at the edge.
 */
export type GatewayErrorCode =
  | "invalid-request"
  | "unauthenticated"
  | "forbidden"
  | "model-not-found"
  | "not-found"
  | "method-not-allowed"
  | "payload-too-large"
  | "unsupported-media-type"
  | "host-not-allowed"
  | "rate-limited"
  | "insufficient-quota"
  | "upstream-error"
  | "upstream-timeout"
  | "no-target-available"
  | "internal";

const statusByCode = {
  "invalid-request": 400,
  unauthenticated: 401,
  forbidden: 403,
  "model-not-found": 404,
  "not-found": 404,
  "method-not-allowed": 405,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  // 421 Misdirected Request: this server does not answer for that Host (DNS rebinding, a wrong name).
  "host-not-allowed": 421,
  "rate-limited": 429,
  // As OpenAI answers an exhausted quota; the Anthropic dialect answers 402 billing_error instead.
  "insufficient-quota": 429,
  "upstream-error": 502,
  "upstream-timeout": 504,
  "no-target-available": 503,
  internal: 500,
} as const satisfies Record<GatewayErrorCode, number>;

export class GatewayError extends Error {
  override readonly name = "GatewayError";
  readonly code: GatewayErrorCode;
  /** The request field at fault, as a dot-path (`messages.0.content`), for 400s. */
  readonly param: string | undefined;
  /** Overrides the table's status, e.g. to relay an upstream 4xx unchanged. */
  readonly statusOverride: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** Tells SDKs (`x-should-retry: false`) that retrying cannot succeed, even on a status they would retry. */
  readonly final: boolean;

  constructor(code: GatewayErrorCode, message: string, options: { param?: string; status?: number; retryAfterSeconds?: number; final?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.param = options.param;
    this.statusOverride = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.final = options.final ?? code === "insufficient-quota";
  }

  get status(): number {
    return this.statusOverride ?? statusByCode[this.code];
  }
}
