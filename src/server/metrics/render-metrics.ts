import { Registry, type Metric, type OpenMetricsContentType } from "prom-client";

interface MetricSnapshot {
  readonly name: string;
  readonly type: string;
}

/** What a registry really holds (prom-client's typings declare `type` as a numeric enum and omit `get`). */
interface RegisteredMetric {
  readonly name: string;
  readonly help: string;
  get(): Promise<MetricSnapshot> | MetricSnapshot;
}

export interface RenderedMetrics {
  readonly contentType: string;
  readonly text: string;
}

/**
 * The registry as Prometheus text, or as OpenMetrics when the scraper's `Accept`
 * asks for it (Prometheus itself sends `application/openmetrics-text` first).
 *
 * prom-client renders OpenMetrics only from a registry created for it, and while
 * doing so renames counters in place (it strips `_total` from the metric object):
 * registering the live metrics there too would change the names the Prometheus
 * text shows afterwards. So each OpenMetrics scrape renders through throwaway
 * views of the live metrics, with the counter names OpenMetrics expects.
 */
export async function renderMetrics(registry: Registry, accept: string | undefined): Promise<RenderedMetrics> {
  if (!wantsOpenMetrics(accept)) return { contentType: registry.contentType, text: await registry.metrics() };
  const openMetrics = new Registry<OpenMetricsContentType>();
  openMetrics.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
  for (const metric of registry.getMetricsAsArray() as unknown as RegisteredMetric[]) {
    // The type is known for certain only from the snapshot (our labelled metrics carry it there, not on the object).
    const snapshot = await metric.get();
    const name = snapshot.type === "counter" ? stripTotal(snapshot.name) : snapshot.name;
    const view = { name, help: metric.help, get: () => ({ ...snapshot, name }) };
    openMetrics.registerMetric(view as unknown as Metric);
  }
  return { contentType: openMetrics.contentType, text: await openMetrics.metrics() };
}

function stripTotal(name: string): string {
  return name.endsWith("_total") ? name.slice(0, -"_total".length) : name;
}

/** True when `Accept` lists `application/openmetrics-text` with a non-zero quality. */
export function wantsOpenMetrics(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  for (const range of accept.split(",")) {
    const [type, ...parameters] = range.split(";");
    if (type?.trim().toLowerCase() !== "application/openmetrics-text") continue;
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    if (quality === undefined || Number(quality.slice(2)) > 0) return true;
  }
  return false;
}
