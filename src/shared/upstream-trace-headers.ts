import { AsyncLocalStorage } from "node:async_hooks";

/**
 * W3C trace-context headers (`traceparent`, `tracestate`) for the upstream call
 * being made in this async context. Set by the gateway's tracer around one
 * attempt and read where the request is sent, so no provider has to carry them;
 * when tracing is off nothing is ever set and the read is one lookup.
 */
export const upstreamTraceHeaders = new AsyncLocalStorage<Readonly<Record<string, string>>>();
