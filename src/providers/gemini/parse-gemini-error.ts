import type { IncomingHttpHeaders } from "node:http";
import { UpstreamError } from "../../core/upstream-error.js";
import { parseRetryAfter } from "../shared/retry-after.js";

interface GoogleRpcError {
  code?: number;
  message?: string;
  status?: string;
  details?: { "@type"?: string; retryDelay?: string }[];
}

/**
 * A Google RPC error body → UpstreamError. Gemini says how long to wait in
 * `details[RetryInfo].retryDelay` ("34.4s") rather than a Retry-After header.
 */
export function parseGeminiError(status: number, headers: IncomingHttpHeaders, bodyText: string): UpstreamError {
  const error = readError(bodyText);
  return new UpstreamError({
    kind: "http",
    status,
    code: error?.status,
    message: error?.message ?? (bodyText.trim().slice(0, 500) || `HTTP ${status}`),
    body: bodyText,
    retryAfterMs: parseRetryAfter(headers) ?? retryDelayMs(error),
  });
}

/** An `{"error":{…}}` payload inside a 200 stream. */
export function geminiStreamError(error: unknown): UpstreamError {
  const record = (typeof error === "object" && error !== null ? error : {}) as GoogleRpcError;
  return new UpstreamError({
    kind: "http",
    status: typeof record.code === "number" ? record.code : 500,
    code: record.status,
    message: record.message ?? "upstream reported an error mid-stream",
    body: JSON.stringify({ error }),
  });
}

function readError(text: string): GoogleRpcError | undefined {
  try {
    const body = JSON.parse(text) as { error?: GoogleRpcError } | GoogleRpcError[] | null;
    // Some Google front ends wrap the error in a one-element array.
    const first = Array.isArray(body) ? body[0] : body;
    return first && typeof first === "object" && "error" in first ? first.error : undefined;
  } catch {
    return undefined;
  }
}

function retryDelayMs(error: GoogleRpcError | undefined): number | undefined {
  const delay = error?.details?.find((detail) => detail["@type"]?.endsWith("google.rpc.RetryInfo"))?.retryDelay;
  const seconds = delay === undefined ? Number.NaN : Number.parseFloat(delay);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}
