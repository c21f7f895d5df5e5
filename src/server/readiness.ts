import type { ServerResponse } from "node:http";
import { sendJson } from "./send-json.js";

/** One store the gateway depends on, as a readiness probe sees it. */
export interface StoreReadiness {
  readonly name: string;
  readonly ready: boolean;
  /** What is wrong, or how it stands (`buffering 12 records`), for whoever reads the probe. */
  readonly detail: string;
}

/** Reports every store (ledger, Redis); wired by `serve`. */
export type ReadinessProbe = () => readonly StoreReadiness[];

/**
 * `/readyz`: 200 when every store answers, else 503 naming what is down. Apart
 * from `/healthz` (the process serves): a gateway whose stores are down still
 * serves requests (the ledger buffers, limits follow on_store_error), but a load
 * balancer may prefer a replica that is whole.
 */
export function sendReadiness(response: ServerResponse, probe: ReadinessProbe | undefined): void {
  const stores = probe?.() ?? [];
  const down = stores.filter((store) => !store.ready);
  sendJson(response, down.length === 0 ? 200 : 503, { status: down.length === 0 ? "ready" : "unready", down: down.map((store) => store.name), stores });
}
