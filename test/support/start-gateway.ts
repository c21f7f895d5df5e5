import { stringify } from "yaml";
import { parseConfigText } from "../../src/config/load-config.js";
import { createGatewayServer, type GatewayServer, type GatewayServerOptions } from "../../src/server/create-gateway-server.js";
import { GatewayRuntime } from "../../src/server/gateway-runtime.js";
import { createLogger } from "../../src/shared/logger.js";
import type { RequestSummary } from "../../src/ledger/request-summary.js";

export interface TestGateway {
  readonly url: string;
  readonly baseURL: string;
  readonly gateway: GatewayServer;
  readonly summaries: RequestSummary[];
  close(): Promise<void>;
}

/** Starts a gateway on a free loopback port from a config object (as it would be written in YAML). */
export async function startGateway(config: Record<string, unknown>, options: Partial<Omit<GatewayServerOptions, "runtime" | "logger">> = {}): Promise<TestGateway> {
  const runtime = new GatewayRuntime(parseConfigText(stringify(config), { path: "test.yaml", env: process.env }));
  const summaries: RequestSummary[] = [];
  const gateway = createGatewayServer({
    ...options,
    runtime,
    logger: createLogger({ level: "silent" }),
    observers: [(summary) => summaries.push(summary), ...(options.observers ?? [])],
  });
  const address = await gateway.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${address.port}`;
  return { url, baseURL: `${url}/v1`, gateway, summaries, close: () => gateway.close(1000) };
}
