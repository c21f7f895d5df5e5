import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayError } from "../core/gateway-error.js";
import type { InboundDialect } from "../dialects/dialect.js";
import { openAIChatDialect } from "../dialects/openai-chat/openai-chat-dialect.js";
import { renderOpenAIError } from "../dialects/openai-chat/render-openai-error.js";
import { handleAdminTargets } from "./handle-admin.js";
import { handleChat, sendJson, type ChatHandlerContext } from "./handle-chat.js";
import { checkClientKey } from "./check-client-key.js";
import type { GatewayRuntime } from "./gateway-runtime.js";
import type { Logger } from "./logger.js";
import type { RequestGuard, ResponseCache } from "./request-guard.js";
import type { CostCalculator, RequestObserver } from "./request-summary.js";

/** Chat endpoints and the dialect each speaks. A new inbound API adds one line. */
const chatEndpoints: ReadonlyMap<string, InboundDialect> = new Map([["/v1/chat/completions", openAIChatDialect]]);

export interface GatewayServer {
  readonly server: Server;
  readonly runtime: GatewayRuntime;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes upstream pools. */
  close(graceMs?: number): Promise<void>;
}

export interface GatewayServerOptions {
  readonly runtime: GatewayRuntime;
  readonly logger: Logger;
  /** Told about every finished request (ledger, metrics). */
  readonly observers?: readonly RequestObserver[];
  readonly guard?: RequestGuard;
  readonly cache?: ResponseCache;
  readonly cost?: CostCalculator;
}

export function createGatewayServer(options: GatewayServerOptions): GatewayServer {
  const { runtime, logger } = options;
  const context: ChatHandlerContext = { runtime, logger, observers: options.observers ?? [], guard: options.guard, cache: options.cache, cost: options.cost };

  const server = createServer({ keepAliveTimeout: 65_000 }, (request, response) => {
    route(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "unhandled error in request handler");
      if (!response.headersSent) sendJson(response, 500, renderOpenAIError(new GatewayError("internal", "Internal gateway error")));
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?", 1)[0]!;
    const dialect = chatEndpoints.get(path);
    try {
      if (dialect) {
        if (request.method !== "POST") throw new GatewayError("method-not-allowed", `${path} accepts POST`);
        await handleChat(dialect, request, response, context);
        return;
      }
      if (request.method === "GET" && path === "/healthz") return sendJson(response, 200, { status: "ok" });
      if (request.method === "GET" && path === "/v1/models") {
        checkClientKey(request.headers, runtime.snapshot().config.server.apiKeys);
        return sendJson(response, 200, listModels(runtime));
      }
      if (request.method === "GET" && path === "/admin/targets") return handleAdminTargets(request, response, runtime);
      throw new GatewayError("not-found", `No route for ${request.method ?? "?"} ${path}`);
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      // Drain what the client sent so the connection can be reused.
      request.resume();
      sendJson(response, error.status, (dialect ?? openAIChatDialect).renderError(error));
    }
  }

  return {
    server,
    runtime,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: async (graceMs = 10_000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await runtime.close();
    },
  };
}

function listModels(runtime: GatewayRuntime): unknown {
  const { config } = runtime.snapshot();
  const created = Math.floor(Date.now() / 1000);
  return {
    object: "list",
    data: [...config.routes.values()].map((route) => ({ id: route.alias, object: "model", created, owned_by: "switchyard" })),
  };
}
