import { ROOT_CONTEXT, SpanKind, SpanStatusCode, defaultTextMapGetter, defaultTextMapSetter, trace, type Attributes, type Span } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { UpstreamError } from "../../core/upstream-error.js";
import { upstreamTraceHeaders } from "../../shared/upstream-trace-headers.js";
import type { RequestTracer, TracedRequest } from "./request-tracer.js";
import type { TracingSettings } from "./tracing-settings.js";

export interface OpenedTracer {
  readonly tracer: RequestTracer;
  /** Exports what is still buffered, then stops; call at shutdown. */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK behind `RequestTracer`: spans batched and exported as
 * OTLP/HTTP JSON to `settings.url`. The SDK itself honours the other standard
 * variables (`OTEL_TRACES_SAMPLER[_ARG]`, `OTEL_EXPORTER_OTLP_HEADERS`,
 * `OTEL_EXPORTER_OTLP_TIMEOUT`, `OTEL_BSP_*`); the resource comes from
 * `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES`, with `service.name`
 * defaulting to `switchyard`. No global provider or context manager is
 * installed: spans are parented explicitly, so nothing else in the process changes.
 */
export function openRequestTracer(settings: TracingSettings, options: { readonly version: string }): OpenedTracer {
  const resource = resourceFromAttributes({ "service.name": "switchyard", "service.version": options.version }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new BasicTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.url }))] });
  const tracer = provider.getTracer("switchyard", options.version);
  const propagator = new W3CTraceContextPropagator();

  const startRequest = (headers: Readonly<Record<string, string | string[] | undefined>>, operation: string): TracedRequest => {
    const parent = propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
    const requestSpan = tracer.startSpan(operation, { kind: SpanKind.SERVER, attributes: { "gen_ai.operation.name": operation } }, parent);
    const requestContext = trace.setSpan(parent, requestSpan);
    let answering: Span | undefined;
    return {
      attempt: async (target, run) => {
        const span = tracer.startSpan(
          `${operation} ${target.model}`,
          { kind: SpanKind.CLIENT, attributes: { "gen_ai.operation.name": operation, "gen_ai.provider.name": target.provider, "gen_ai.request.model": target.model } },
          requestContext,
        );
        const carrier: Record<string, string> = {};
        propagator.inject(trace.setSpan(requestContext, span), carrier, defaultTextMapSetter);
        try {
          const value = await upstreamTraceHeaders.run(carrier, run);
          // Ended with the request: the answer is still streaming, and its usage is known only then.
          answering = span;
          return value;
        } catch (error) {
          endWithError(span, attemptErrorType(error), error);
          throw error;
        }
      },
      end: (summary) => {
        const usage: Attributes = {};
        if (summary.usage?.inputTokens !== undefined) usage["gen_ai.usage.input_tokens"] = summary.usage.inputTokens;
        if (summary.usage?.outputTokens !== undefined) usage["gen_ai.usage.output_tokens"] = summary.usage.outputTokens;
        if (answering) {
          answering.setAttributes({ ...usage, ...(summary.upstreamModel !== undefined && { "gen_ai.response.model": summary.upstreamModel }) });
          if (summary.errorCode !== undefined) endWithError(answering, summary.errorCode, undefined);
          else answering.end();
        }
        if (summary.alias !== undefined) requestSpan.updateName(`${operation} ${summary.alias}`);
        requestSpan.setAttributes({
          ...usage,
          ...(summary.alias !== undefined && { "gen_ai.request.model": summary.alias }),
          ...(summary.provider !== undefined && { "gen_ai.provider.name": summary.provider }),
          ...(summary.upstreamModel !== undefined && { "gen_ai.response.model": summary.upstreamModel }),
          "http.response.status_code": summary.status,
          "switchyard.request_id": summary.requestId,
          "switchyard.attempts": summary.attempts.length,
          ...(summary.target !== undefined && { "switchyard.target": summary.target }),
        });
        if (summary.errorCode !== undefined) endWithError(requestSpan, summary.errorCode, undefined);
        else requestSpan.end();
      },
    };
  };

  return {
    tracer: { startRequest: (headers, operation) => startRequest(headers, operation) },
    shutdown: () => provider.shutdown(),
  };
}

/** `error.type` for a failed attempt: the upstream's HTTP status, `timeout`, or the failure's kind. */
function attemptErrorType(error: unknown): string {
  if (error instanceof UpstreamError) return error.kind === "timeout" ? "timeout" : error.status !== undefined ? String(error.status) : error.kind;
  return (error as Error)?.name ?? "_OTHER";
}

function endWithError(span: Span, errorType: string, error: unknown): void {
  span.setAttribute("error.type", errorType);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : errorType });
  span.end();
}

