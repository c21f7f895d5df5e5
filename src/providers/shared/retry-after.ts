import type { IncomingHttpHeaders } from "node:http";

/**
 * How long an upstream asked us to wait, from `retry-after-ms` (OpenAI) or
 * `retry-after` (seconds or an HTTP date). Undefined when absent or unparseable.
 */
export function parseRetryAfter(headers: IncomingHttpHeaders, now: number = Date.now()): number | undefined {
  const milliseconds = headerValue(headers["retry-after-ms"]);
  if (milliseconds !== undefined) {
    const value = Number(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headerValue(headers["retry-after"]);
  if (retryAfter === undefined) return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
