import type { IncomingHttpHeaders } from "node:http";
import type { TargetConfig } from "../../config/gateway-config.js";
import type { RequestSummary } from "../../ledger/request-summary.js";
import type { OperationName } from "../metrics/operation-name.js";

/**
 * What the request handlers see of tracing. Types only: the OpenTelemetry SDK
 * is imported (by ./open-request-tracer.ts) only when tracing is on, and with it
 * off a handler's whole cost is one `undefined` check per request and attempt.
 */
export interface RequestTracer {
  /** A server span for one request, child of the caller's `traceparent` when it sent one. */
  startRequest(headers: IncomingHttpHeaders, operation: OperationName): TracedRequest;
}

export interface TracedRequest {
  /** Runs one upstream attempt in a client span whose context the upstream receives as `traceparent`. */
  attempt<T>(target: TargetConfig, run: () => Promise<T>): Promise<T>;
  /** Ends the request span (and the attempt that answered) with what the request did. */
  end(summary: RequestSummary): void;
}
