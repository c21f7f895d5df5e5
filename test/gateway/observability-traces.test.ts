import { createServer, type Server } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRequestTracer, type OpenedTracer } from "../../src/server/tracing/open-request-tracer.js";
import { tracingSettings } from "../../src/server/tracing/tracing-settings.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";

const sourceRoot = fileURLToPath(new URL("../../src", import.meta.url));

/** One span as OTLP/JSON carries it, with its attributes decoded. */
interface ReceivedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | undefined;
  readonly name: string;
  readonly kind: number;
  readonly status: { code?: number };
  readonly attributes: Record<string, string | number | boolean>;
  readonly serviceName: string | undefined;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}

function decodeAttributes(attributes: OtlpAttribute[] | undefined): Record<string, string | number | boolean> {
  const decoded: Record<string, string | number | boolean> = {};
  for (const { key, value } of attributes ?? []) {
    decoded[key] = value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : undefined) ?? value.doubleValue ?? value.boolValue ?? "";
  }
  return decoded;
}

/** A loopback OTLP/HTTP receiver: decodes the JSON export requests that reach `/v1/traces`. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; contentTypes: string[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/v1/traces") {
        response.writeHead(404).end();
        return;
      }
      contentTypes.push(request.headers["content-type"] ?? "");
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { spans: (Omit<ReceivedSpan, "attributes" | "serviceName"> & { attributes: OtlpAttribute[] })[] }[] }[];
      };
      for (const resourceSpans of body.resourceSpans) {
        const serviceName = decodeAttributes(resourceSpans.resource.attributes)["service.name"] as string | undefined;
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, parentSpanId: span.parentSpanId || undefined, attributes: decodeAttributes(span.attributes), serviceName });
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, contentTypes, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("tracing off", () => {
  it("costs no import: only the lazily loaded tracer module imports the OpenTelemetry SDK", () => {
    const importers = readdirSync(sourceRoot, { recursive: true, encoding: "utf8" })
      .filter((path) => path.endsWith(".ts"))
      .filter((path) => /from "@opentelemetry\//.test(readFileSync(join(sourceRoot, path), "utf8")));
    expect(importers).toEqual([join("server", "tracing", "open-request-tracer.ts")]);
    expect(readFileSync(join(sourceRoot, "cli", "serve.ts"), "utf8")).toContain('await import("../server/tracing/open-request-tracer.js")');
  });

  it("sends no traceparent upstream", async () => {
    const upstream = await startFakeUpstream();
    const gateway = await startGateway({ providers: { local: { type: "openai-compatible", base_url: upstream.url } }, models: { chat: { targets: [{ provider: "local", model: "m" }] } } });
    try {
      await new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0, defaultHeaders: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" } }).chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });
      expect(upstream.requests).toHaveLength(1);
      expect(upstream.requests[0]!.headers.traceparent).toBeUndefined();
    } finally {
      await gateway.close();
      await upstream.close();
    }
  });
});

describe("tracing settings from the OTEL_* variables", () => {
  it("is off unless an exporter or endpoint is configured", () => {
    expect(tracingSettings({})).toBeUndefined();
    expect(tracingSettings({ OTEL_SERVICE_NAME: "x" })).toBeUndefined();
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" })).toBeUndefined();
    expect(tracingSettings({ OTEL_SDK_DISABLED: "true", OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" })).toBeUndefined();
  });

  it("appends /v1/traces to the general endpoint and uses the traces endpoint as given", () => {
    expect(tracingSettings({ OTEL_TRACES_EXPORTER: "otlp" })).toEqual({ url: "http://localhost:4318/v1/traces" });
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" })).toEqual({ url: "http://collector:4318/v1/traces" });
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://b:9999/custom" })).toEqual({ url: "http://b:9999/custom" });
  });

  it("refuses what it cannot honour, naming the variable", () => {
    expect(() => tracingSettings({ OTEL_TRACES_EXPORTER: "zipkin" })).toThrow('OTEL_TRACES_EXPORTER: "zipkin" is not supported (only otlp, or none)');
    expect(() => tracingSettings({ OTEL_TRACES_EXPORTER: "otlp", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toThrow('OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" is not supported');
    expect(() => tracingSettings({ OTEL_TRACES_EXPORTER: "otlp", OTEL_TRACES_SAMPLER: "sometimes" })).toThrow('OTEL_TRACES_SAMPLER: "sometimes" is not a sampler');
    expect(() => tracingSettings({ OTEL_TRACES_EXPORTER: "otlp", OTEL_TRACES_SAMPLER: "traceidratio", OTEL_TRACES_SAMPLER_ARG: "2" })).toThrow("OTEL_TRACES_SAMPLER_ARG");
    expect(() => tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "not a url" })).toThrow('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "not a url" is not a URL');
  });
});

describe("spans exported to a loopback OTLP receiver", () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let upstream: FakeUpstream;
  let gateway: TestGateway;
  let tracing: OpenedTracer;
  const callerTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
  const callerSpanId = "00f067aa0ba902b7";

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    upstream = await startFakeUpstream();
    const previous = process.env.OTEL_SERVICE_NAME;
    process.env.OTEL_SERVICE_NAME = "gateway-under-test";
    tracing = openRequestTracer(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })!, { version: "0.1.0" });
    if (previous === undefined) delete process.env.OTEL_SERVICE_NAME;
    else process.env.OTEL_SERVICE_NAME = previous;
    gateway = await startGateway(
      {
        providers: { first: { type: "openai-compatible", base_url: upstream.url }, second: { type: "openai-compatible", base_url: upstream.url } },
        models: {
          fallback: { targets: [{ provider: "first", model: "flaky" }, { provider: "second", model: "steady" }], retry: { attempts: 1 } },
          embed: { targets: [{ provider: "first", model: "embedder" }] },
        },
      },
      { tracer: tracing.tracer },
    );
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
    await receiver.close();
  });

  it("sends one server span per request and one client span per attempt, with GenAI attributes and the caller's trace", async () => {
    // The fake upstream records every request; answers come from the queue (a 500, then a success).
    upstream.enqueue(fromFixture.json("openai-chat/error-500.json", 500), fromFixture.json("openai-chat/text.json"));
    const client = new OpenAI({ baseURL: gateway.baseURL, apiKey: "k", maxRetries: 0, defaultHeaders: { traceparent: `00-${callerTraceId}-${callerSpanId}-01` } });
    await client.chat.completions.create({ model: "fallback", messages: [{ role: "user", content: "hi" }] });
    upstream.enqueue(fromFixture.json("openai-chat/embeddings.json"));
    await client.embeddings.create({ model: "embed", input: ["a", "b"] });
    await tracing.shutdown();

    expect(receiver.contentTypes.every((type) => type.startsWith("application/json"))).toBe(true);
    const chatSpans = receiver.spans.filter((span) => span.attributes["gen_ai.operation.name"] === "chat");
    expect(chatSpans).toHaveLength(3);
    const server = chatSpans.find((span) => span.kind === 2)!;
    const [failed, answered] = chatSpans.filter((span) => span.kind === 3).sort((a, b) => String(a.attributes["gen_ai.provider.name"]).localeCompare(String(b.attributes["gen_ai.provider.name"])));
    expect(server).toMatchObject({
      traceId: callerTraceId,
      parentSpanId: callerSpanId,
      name: "chat fallback",
      serviceName: "gateway-under-test",
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "second",
        "gen_ai.request.model": "fallback",
        "gen_ai.response.model": "steady",
        "gen_ai.usage.input_tokens": 14,
        "http.response.status_code": 200,
        "switchyard.attempts": 2,
      },
    });
    expect(typeof server.attributes["gen_ai.usage.output_tokens"]).toBe("number");
    expect(server.attributes).not.toHaveProperty("error.type");
    expect(failed).toMatchObject({ traceId: callerTraceId, parentSpanId: server.spanId, name: "chat flaky", status: { code: 2 }, attributes: { "gen_ai.provider.name": "first", "gen_ai.request.model": "flaky", "error.type": "500" } });
    expect(answered).toMatchObject({
      traceId: callerTraceId,
      parentSpanId: server.spanId,
      name: "chat steady",
      attributes: { "gen_ai.provider.name": "second", "gen_ai.request.model": "steady", "gen_ai.response.model": "steady", "gen_ai.usage.input_tokens": 14 },
    });
    expect(answered!.attributes).not.toHaveProperty("error.type");

    // W3C trace context reached each upstream call, naming that attempt's span.
    const chatCalls = upstream.requests.filter((request) => request.path.endsWith("/chat/completions"));
    expect(chatCalls.map((request) => request.headers.traceparent)).toEqual([`00-${callerTraceId}-${failed!.spanId}-01`, `00-${callerTraceId}-${answered!.spanId}-01`]);

    const embeddingSpans = receiver.spans.filter((span) => span.attributes["gen_ai.operation.name"] === "embeddings");
    expect(embeddingSpans.map((span) => span.kind).sort()).toEqual([2, 3]);
    expect(embeddingSpans.find((span) => span.kind === 2)).toMatchObject({ name: "embeddings embed", attributes: { "gen_ai.request.model": "embed", "gen_ai.response.model": "embedder" } });
  });
});
