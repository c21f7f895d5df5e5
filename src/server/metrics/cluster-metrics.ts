import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

/**
 * Metrics across `serve --workers N`: a scrape reaches one worker, which asks the
 * primary; the primary asks every worker for its registry (prom-client's
 * AggregatorRegistry, over the cluster's IPC channel) and sums them, so one scrape
 * sees the whole gateway. Counters and histograms add up; gauges say how they combine.
 */
const requestType = "switchyard:metrics-request";
const responseType = "switchyard:metrics-response";

interface MetricsRequest {
  readonly type: typeof requestType;
  readonly id: number;
}
interface MetricsResponse {
  readonly type: typeof responseType;
  readonly id: number;
  readonly text?: string;
  readonly error?: string;
}

/** In a worker: offers `registry` to the primary's aggregation and returns how to fetch the whole cluster's text. */
export function shareMetricsWithPrimary(registry: Registry): () => Promise<string> {
  new AggregatorRegistry(); // adds prom-client's worker-side listener
  AggregatorRegistry.setRegistries([registry]);
  let nextId = 0;
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  process.on("message", (message: Partial<MetricsResponse>) => {
    if (message?.type !== responseType || message.id === undefined) return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.text !== undefined) waiting.resolve(message.text);
    else waiting.reject(new Error(`cluster metrics: ${message.error ?? "no answer"}`));
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      // prom-client gives up on a silent worker after 5 s; the primary answers with that error before this fires.
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error("cluster metrics: the primary did not answer within 10 s"));
      }, 10_000);
      pending.set(id, { resolve, reject, timer });
      process.send!({ type: requestType, id } satisfies MetricsRequest);
    });
}

/** In the primary: answers workers' scrape requests with every worker's metrics, aggregated. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: Partial<MetricsRequest>) => {
    if (message?.type !== requestType || message.id === undefined) return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: responseType, id, text } satisfies MetricsResponse),
      (error: unknown) => worker.isConnected() && worker.send({ type: responseType, id, error: (error as Error)?.message ?? String(error) } satisfies MetricsResponse),
    );
  });
}
