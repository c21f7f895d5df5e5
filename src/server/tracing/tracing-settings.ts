/** Where spans go, read from the standard OpenTelemetry environment variables. */
export interface TracingSettings {
  /** The OTLP/HTTP traces URL (`…/v1/traces`). */
  readonly url: string;
}

const samplers = ["always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio"];

/**
 * Tracing is on when the environment asks for it: `OTEL_TRACES_EXPORTER=otlp`, or
 * an OTLP endpoint (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, `OTEL_EXPORTER_OTLP_ENDPOINT`)
 * without an exporter named. `OTEL_SDK_DISABLED=true` and `OTEL_TRACES_EXPORTER=none`
 * turn it off. What we cannot honour (another exporter, the gRPC or protobuf
 * protocols, an unknown sampler) is refused with a message naming the variable,
 * rather than silently exporting something else or nothing.
 */
export function tracingSettings(env: NodeJS.ProcessEnv): TracingSettings | undefined {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };
  if (value("OTEL_SDK_DISABLED")?.toLowerCase() === "true") return undefined;
  const exporters = value("OTEL_TRACES_EXPORTER")
    ?.split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  if (exporters?.includes("none")) return undefined;
  const unsupported = exporters?.filter((name) => name !== "otlp") ?? [];
  if (unsupported.length > 0) throw new Error(`OTEL_TRACES_EXPORTER: "${unsupported.join(",")}" is not supported (only otlp, or none)`);
  const tracesEndpoint = value("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
  const endpoint = value("OTEL_EXPORTER_OTLP_ENDPOINT");
  if (exporters === undefined && tracesEndpoint === undefined && endpoint === undefined) return undefined;
  for (const name of ["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"]) {
    const protocol = value(name);
    if (protocol !== undefined && protocol !== "http/json") throw new Error(`${name}: "${protocol}" is not supported (Switchyard exports OTLP over HTTP as JSON: use http/json or leave it unset)`);
  }
  const sampler = value("OTEL_TRACES_SAMPLER");
  if (sampler !== undefined && !samplers.includes(sampler)) throw new Error(`OTEL_TRACES_SAMPLER: "${sampler}" is not a sampler (one of ${samplers.join(", ")})`);
  const ratio = value("OTEL_TRACES_SAMPLER_ARG");
  if (ratio !== undefined && sampler?.endsWith("traceidratio") && !(Number(ratio) >= 0 && Number(ratio) <= 1)) throw new Error(`OTEL_TRACES_SAMPLER_ARG: "${ratio}" is not a ratio between 0 and 1`);
  // The signal-specific endpoint is used as given; the general one gets the traces path appended (OTLP exporter spec).
  const url = tracesEndpoint ?? `${(endpoint ?? "http://localhost:4318").replace(/\/+$/, "")}/v1/traces`;
  try {
    new URL(url);
  } catch {
    throw new Error(`${tracesEndpoint !== undefined ? "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" : "OTEL_EXPORTER_OTLP_ENDPOINT"}: "${url}" is not a URL`);
  }
  return { url };
}
