import cluster, { type Worker } from "node:cluster";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "../config/config-error.js";
import { loadConfigFile } from "../config/load-config.js";
import { serveClusterMetrics } from "../server/metrics/cluster-metrics.js";
import { createLogger } from "../shared/logger.js";
import { UsageError, type CommandResult } from "./command-result.js";
import type { Logger } from "../shared/logger.js";
import { workerIndexVariable } from "./worker-index.js";

const shutdownGraceMs = 30_000;
const restartWindowMs = 60_000;
const restartsPerWindow = 5;

/**
 * `serve --workers N`: the primary forks N workers that share the listening socket
 * (node:cluster) and does no request work itself. It answers the workers' metrics
 * scrapes with every worker's metrics summed, forwards SIGHUP (reload) and
 * SIGINT/SIGTERM (graceful shutdown: each worker stops accepting, finishes its
 * requests and flushes its ledger), and replaces a worker that dies.
 *
 * Each worker opens the stores itself: SQLite files (ledger, keys, responses) are
 * in WAL mode with a busy timeout, so their writers take turns on the file lock;
 * PostgreSQL takes many writers anyway. Limits, budgets and the response cache
 * need Redis: in memory they would be per worker, each allowing the full limit.
 */
export interface WorkersOptions {
  readonly workers: number;
  readonly config?: string;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  readonly print?: (line: string) => void;
}

export async function serveWithWorkers(options: WorkersOptions): Promise<CommandResult> {
  const cwd = options.cwd ?? process.cwd();
  const configPath = resolve(cwd, options.config ?? "switchyard.yaml");
  if (!existsSync(configPath)) throw new UsageError(`--workers ${options.workers} needs a config file with governance.redis_url (${options.config ?? "switchyard.yaml"} not found)`);
  let redisUrl: string | undefined;
  try {
    redisUrl = (await loadConfigFile(configPath, options.env ?? process.env)).governance.redisUrl;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (redisUrl === undefined) {
    throw new UsageError(`--workers ${options.workers} needs governance.redis_url: in memory, rate limits and budgets would be kept per worker, each allowing the full limit`);
  }

  const logger = options.logger ?? createLogger();
  const print = options.print ?? (() => undefined);
  serveClusterMetrics();
  const args = process.argv.slice(2);
  const fork = (index: number): Worker => {
    cluster.setupPrimary({ args });
    const worker = cluster.fork({ [workerIndexVariable]: String(index) });
    indexOf.set(worker, index);
    return worker;
  };
  const indexOf = new Map<Worker, number>();
  let stopping = false;
  const restarts: number[] = [];

  // Start all, and fail as a whole if one cannot listen (it has said why on stderr).
  const started = await new Promise<{ ok: true } | { ok: false; exitCode: 1 | 2 }>((resolveStart) => {
    let listening = 0;
    const onListening = (): void => {
      if (++listening === options.workers) {
        cluster.off("exit", onEarlyExit);
        cluster.off("listening", onListening);
        resolveStart({ ok: true });
      }
    };
    const onEarlyExit = (_worker: Worker, code: number | null): void => {
      cluster.off("exit", onEarlyExit);
      cluster.off("listening", onListening);
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGKILL");
      resolveStart({ ok: false, exitCode: code === 2 ? 2 : 1 });
    };
    cluster.on("listening", onListening);
    cluster.on("exit", onEarlyExit);
    for (let index = 0; index < options.workers; index++) fork(index);
  });
  if (!started.ok) return { exitCode: started.exitCode };
  const pids = Object.values(cluster.workers ?? {}).map((worker) => worker?.process.pid);
  print(`  ${options.workers} workers (pids ${pids.join(", ")}) share the port; metrics at /metrics cover all of them`);

  return new Promise<CommandResult>((resolveRun) => {
    const finish = (exitCode: 0 | 1): void => {
      process.off("SIGHUP", onHangup);
      process.off("SIGINT", onStop);
      process.off("SIGTERM", onStop);
      resolveRun({ exitCode });
    };
    const living = (): Worker[] => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    const stopAll = (exitCode: 0 | 1): void => {
      stopping = true;
      const workers = living();
      if (workers.length === 0) return finish(exitCode);
      // Workers may also have the signal from the terminal; they ignore repeats while they drain.
      for (const worker of workers) worker.process.kill("SIGTERM");
      const timer = setTimeout(() => {
        logger.warn({ graceMs: shutdownGraceMs }, "workers still draining after the grace period; killing them");
        for (const worker of living()) worker.process.kill("SIGKILL");
      }, shutdownGraceMs);
      cluster.on("exit", () => {
        if (living().length > 0) return;
        clearTimeout(timer);
        finish(exitCode);
      });
    };
    const onHangup = (): void => {
      for (const worker of living()) worker.process.kill("SIGHUP");
    };
    const onStop = (): void => {
      if (!stopping) stopAll(0);
    };
    process.on("SIGHUP", onHangup);
    process.on("SIGINT", onStop);
    process.on("SIGTERM", onStop);
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return;
      const index = indexOf.get(worker) ?? 0;
      indexOf.delete(worker);
      const now = Date.now();
      while (restarts.length > 0 && restarts[0]! < now - restartWindowMs) restarts.shift();
      if (restarts.length >= restartsPerWindow) {
        logger.error({ restarts: restarts.length, windowMs: restartWindowMs }, "workers keep dying; stopping the gateway");
        stopAll(1);
        return;
      }
      restarts.push(now);
      logger.error({ pid: worker.process.pid, code, signal }, "worker died; starting a replacement");
      fork(index);
    });
  });
}
