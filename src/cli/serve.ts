import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { ConfigError } from "../config/config-error.js";
import { discoverConfig, type LocalProbe } from "../config/discover-config.js";
import type { GatewayConfig } from "../config/gateway-config.js";
import { loadConfigFile } from "../config/load-config.js";
import { watchConfigFile } from "../config/watch-config.js";
import { createGatewayServer, type GatewayServer } from "../server/create-gateway-server.js";
import { GatewayRuntime } from "../server/gateway-runtime.js";
import { logLevels, openLogger, parseLogLevel, type LogFormat, type LogLevel, type Logger } from "../shared/logger.js";
import { CatalogError, loadCatalog, type Catalog } from "../catalog/index.js";
import { createCostCalculator } from "../ledger/create-cost-calculator.js";
import { createLedger } from "../ledger/create-ledger.js";
import { createGovernance, type GovernanceStoreHealth, type KeySpendSource } from "../governance/index.js";
import type { LedgerWriterStats } from "../ledger/ledger-writer.js";
import type { StoreReadiness } from "../server/readiness.js";

import { openResponseStore } from "../responses-store/open-response-store.js";
import { responsesFilePath } from "../responses-store/responses-file-path.js";
import { defaultResponses } from "../config/gateway-config.js";
import { UsageError, type CommandResult } from "./command-result.js";
import { createConsoleSources } from "./console-sources.js";
import { tracingSettings, type TracingSettings } from "../server/tracing/tracing-settings.js";
import type { OpenedTracer } from "../server/tracing/open-request-tracer.js";
import { workerIndexVariable } from "./worker-index.js";

export interface ServeOptions {
  readonly config?: string;
  readonly host?: string;
  readonly port?: number;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  /** `--log-format`: JSON lines (the default) or human-readable lines; ignored when `logger` is given. */
  readonly logFormat?: LogFormat;
  /** Local servers discovery probes when there is no config file (tests pass their own). */
  readonly probes?: readonly LocalProbe[];
  /** Where the startup summary goes (stdout for the CLI). */
  readonly print?: (line: string) => void;
  /** `--workers N`: N processes share the port (see serve-workers.ts); 1 or absent, this process serves. */
  readonly workers?: number;
}

/** A running gateway: what `serve` started, with reload and shutdown for signals and tests. */
export interface RunningGateway {
  readonly address: AddressInfo;
  readonly url: string;
  readonly server: GatewayServer;
  /** Re-reads the config file; keeps the running config when the new one is invalid. Returns whether it applied. */
  reload(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startServe(options: ServeOptions): Promise<RunningGateway> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? (await openLogger({ level: logLevelFrom(env), format: options.logFormat ?? "json" }));
  const print = options.print ?? (() => undefined);
  const cwd = options.cwd ?? process.cwd();
  const configPath = resolve(cwd, options.config ?? "switchyard.yaml");
  const hasFile = existsSync(configPath);
  if (options.config !== undefined && !hasFile) throw new UsageError(`config file not found: ${options.config}`);

  let config: GatewayConfig;
  if (hasFile) {
    try {
      config = await loadConfigFile(configPath, env);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
  } else {
    print(`no config file (${options.config ?? "switchyard.yaml"}); discovering what is available…`);
    const discovery = await discoverConfig({ env, probes: options.probes });
    const ledger = discovery.config.ledger;
    // Without a file, relative ledger paths are relative to the working directory.
    config = {
      ...discovery.config,
      ledger: {
        ...ledger,
        spillPath: resolve(cwd, ledger.spillPath),
        store: ledger.store.kind === "sqlite" ? { kind: "sqlite", path: resolve(cwd, ledger.store.path) } : ledger.store,
      },
    };
    for (const line of discovery.report) print(`  ${line}`);
  }

  const tracing = await openTracing(env);
  const runtime = new GatewayRuntime(config);
  // Spend per key comes from the ledger, which opens after the keys do.
  let keyUsage: KeySpendSource | undefined;
  const governance = await createGovernance({ config, logger, cwd, spendSource: () => keyUsage }).catch(async (error: unknown) => {
    await runtime.close();
    throw new UsageError(`cannot read virtual keys from the ledger database: ${(error as Error)?.message ?? String(error)}`);
  });
  const catalog = openCatalog(config.catalogFiles, logger);
  const ledger = config.ledger.enabled ? await createLedger({ config: config.ledger, catalog, logger }) : undefined;
  if (ledger) keyUsage = (query) => ledger.keyUsage(query);
  const cost = createCostCalculator({ catalog, config: () => runtime.snapshot().config });
  const responsesConfig = config.responses ?? defaultResponses;
  const responses = responsesConfig.store
    ? await openResponseStore({
        ledger: config.ledger,
        responses: responsesConfig,
        sharedByProcesses: cluster.isWorker,
        onPruneError: (error) => logger.error({ err: error }, "pruning stored responses failed"),
        // The client has its answer; only a later previous_response_id to it will fail.
        onWriteError: (error, id) => logger.error({ err: error, responseId: id }, "storing the response failed"),
      }).catch((error: unknown) => {
        // As with the ledger, a database that is down at startup does not stop the gateway; Responses then run unstored.
        logger.error({ error: (error as Error)?.message ?? String(error) }, "Responses store unavailable at startup; responses will not be stored until restart");
        return undefined;
      })
    : undefined;
  const server = createGatewayServer({ runtime, logger, observers: ledger ? [ledger.observer] : [], cost, shadowPairSink: ledger ? (pair) => ledger.writer.recordShadowPair(pair) : undefined, guard: governance.guard, cache: governance.cache, keys: governance.keys, responseStore: responses?.store, tracer: tracing?.tracer, clusterMetrics: cluster.isWorker, console: { ledger: ledger?.console, sources: createConsoleSources({ cwd, configPath: hasFile ? configPath : undefined, config: () => runtime.snapshot().config, ledger }) }, readiness: () => storeReadiness(ledger?.writer.stats(), governance.storeHealth()) });
  const host = options.host ?? config.server.host;
  const port = options.port ?? config.server.port;
  let address: AddressInfo;
  try {
    address = await server.listen(port, host);
  } catch (error) {
    await runtime.close();
    await ledger?.close();
    await governance.close();
    await responses?.close();
    await tracing?.shutdown();
    throw new UsageError(`cannot listen on ${host}:${port}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  print(`switchyard gateway listening on ${url} (config: ${config.source})`);
  logger.info({ url, config: config.source }, "listening");
  for (const route of config.routes.values()) print(`  ${route.alias} [${route.strategy}] → ${route.targets.map((target) => target.key).join(", ")}`);
  print(`  OpenAI clients: base URL ${url}/v1`);
  print(
    config.server.requireKeys
      ? "  client keys: required (server.require_keys: true); create them with `switchyard keys create`"
      : "  client keys: not required; anyone who can reach this address may use it (set server.require_keys: true to require keys)",
  );
  if (config.server.corsOrigins) print(`  browsers: cross-origin calls to /v1 allowed from ${config.server.corsOrigins.join(", ")} (server.cors)`);
  if (config.server.ui.enabled) print(`  console: ${url}/ui/${config.server.adminToken === undefined ? " (loopback only; set server.admin_token to log in from elsewhere)" : " (log in with server.admin_token)"}`);
  if (tracing) print(`  traces: OTLP/HTTP to ${tracingUrl(env)} (OTEL_* variables)`);
  if (ledger) print(`  usage ledger: ${config.ledger.store.kind === "sqlite" ? config.ledger.store.path : "PostgreSQL"} (switchyard usage)`);
  if (responses) print(`  stored Responses: ${config.ledger.store.kind === "sqlite" ? responsesFilePath(config.ledger.store.path) : "PostgreSQL"} (responses.store)`);

  const reload = async (): Promise<boolean> => {
    if (!hasFile) return false;
    try {
      const next = await loadConfigFile(configPath, env);
      if (next.server.host !== runtime.snapshot().config.server.host || next.server.port !== runtime.snapshot().config.server.port) {
        logger.warn("server.host / server.port changed: restart to listen on the new address");
      }
      if (JSON.stringify(next.ledger) !== JSON.stringify(runtime.snapshot().config.ledger)) logger.warn("ledger settings changed: restart to apply them");
      runtime.apply(next);
      governance.applyConfig(next);
      logger.info({ routes: [...next.routes.keys()] }, "config reloaded");
      return true;
    } catch (error) {
      logger.error({ error: (error as Error).message }, "config reload failed; keeping the running config");
      return false;
    }
  };
  const stopWatching = hasFile ? watchConfigFile(configPath, () => void reload()) : () => undefined;

  return {
    address,
    url,
    server,
    reload,
    close: async () => {
      const stoppingAt = performance.now();
      logger.info("shutting down: finishing in-flight requests");
      stopWatching();
      await server.close();
      // After the server: every finished request has handed its record over by now.
      await ledger?.close();
      await governance.close();
      await responses?.close();
      // Last: spans of the requests that just finished are exported before the process exits.
      await tracing?.shutdown().catch((error: unknown) => logger.warn({ error: (error as Error)?.message ?? String(error) }, "could not export the last trace spans"));
      logger.info({ durationMs: Math.round(performance.now() - stoppingAt) }, "shut down");
      // The logger writes asynchronously: the last lines must be out before the process exits.
      await new Promise<void>((resolve) => logger.flush(() => resolve()));
    },
  };
}

/**
 * OpenTelemetry tracing when the standard variables ask for it. The SDK is
 * imported only then, so a gateway without tracing never loads it.
 */
async function openTracing(env: NodeJS.ProcessEnv): Promise<OpenedTracer | undefined> {
  let settings: TracingSettings | undefined;
  try {
    settings = tracingSettings(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!settings) return undefined;
  const { openRequestTracer } = await import("../server/tracing/open-request-tracer.js");
  return openRequestTracer(settings, { version: "0.1.0" });
}

function tracingUrl(env: NodeJS.ProcessEnv): string {
  return tracingSettings(env)?.url ?? "";
}

/** `SWITCHYARD_LOG_LEVEL`, refused when it is not a level (unset or empty means info). */
function logLevelFrom(env: NodeJS.ProcessEnv): LogLevel {
  const value = env.SWITCHYARD_LOG_LEVEL;
  if (value === undefined || value.trim() === "") return "info";
  const level = parseLogLevel(value);
  if (level === undefined) throw new UsageError(`SWITCHYARD_LOG_LEVEL: "${value}" is not a log level (one of ${logLevels.join(", ")})`);
  return level;
}

/** The catalog labels and prices the ledger; a bad user catalog file is a startup error, like a bad config. */
function openCatalog(files: readonly string[], logger: Logger): Catalog | undefined {
  try {
    return loadCatalog({ extraFiles: files });
  } catch (error) {
    if (error instanceof CatalogError) throw new UsageError(error.message);
    logger.error({ err: error }, "model catalog unavailable; usage records will not be labelled or priced");
    return undefined;
  }
}

/** `switchyard serve`: runs until SIGINT/SIGTERM; SIGHUP reloads the config. */
export async function serveCommand(options: ServeOptions): Promise<CommandResult> {
  const stdout = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (options.workers !== undefined && options.workers > 1 && cluster.isPrimary) {
    const { serveWithWorkers } = await import("./serve-workers.js");
    const logger = options.logger ?? (await openLogger({ level: logLevelFrom(options.env ?? process.env), format: options.logFormat ?? "json" }));
    return serveWithWorkers({ ...options, workers: options.workers, print: stdout, logger });
  }
  // Listening for the stop signals before starting: a SIGTERM that arrives while starting up shuts down cleanly once started.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // A worker gets the terminal's signal and the primary's: it ignores the second while it drains (the primary bounds the wait).
      if (cluster.isWorker) {
        process.on("SIGINT", ignore);
        process.on("SIGTERM", ignore);
      }
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  // In a cluster, worker 0 prints the startup summary for all of them.
  const quiet = cluster.isWorker && process.env[workerIndexVariable] !== "0";
  const running = await startServe({ ...options, print: quiet ? () => undefined : stdout });
  const onHangup = (): void => void running.reload();
  process.on("SIGHUP", onHangup);
  await stopped;
  process.off("SIGHUP", onHangup);
  await running.close();
  return { exitCode: 0 };
}

const ignore = (): void => undefined;

/** The ledger (writing, or buffering while its store fails) and Redis (connected, breaker closed) for `/readyz`. */
function storeReadiness(ledger: LedgerWriterStats | undefined, governance: GovernanceStoreHealth): StoreReadiness[] {
  const stores: StoreReadiness[] = [];
  if (ledger) stores.push({ name: "ledger", ready: ledger.storeHealthy, detail: ledger.storeHealthy ? "writing" : `store failing; ${ledger.buffered} records buffered, ${ledger.spilled} spilled` });
  if (governance.redis) {
    const { connection, breaker } = governance.redis;
    const ready = connection === "ready" && breaker !== "open";
    stores.push({ name: "redis", ready, detail: ready ? "answering" : `connection ${connection}, breaker ${breaker}` });
  }
  return stores;
}
