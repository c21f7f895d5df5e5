import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { ConfigError } from "../config/config-error.js";
import type { GatewayConfig } from "../config/gateway-config.js";
import { loadConfigFile, parseConfigText } from "../config/load-config.js";
import { openLedgerStore } from "../ledger/create-ledger.js";
import type { ShadowPair } from "../ledger/shadow-pair.js";
import { resolveRoute } from "../routing/resolve-route.js";
import { buildEvalReport } from "../evaluate/report/build-eval-report.js";
import type { EvalReport } from "../evaluate/report/eval-report.js";
import { readRows } from "../evaluate/report/read-rows.js";
import type { ReporterOptions } from "../evaluate/report/report-format.js";
import { renderHtml } from "../evaluate/report/render-html.js";
import { renderJson } from "../evaluate/report/render-json.js";
import { renderJunit } from "../evaluate/report/render-junit.js";
import { renderTable } from "../evaluate/report/render-table.js";
import { withCache } from "../evaluate/run/cached-client.js";
import { createGatewayClient } from "../evaluate/run/gateway-client.js";
import { createInProcessClient } from "../evaluate/run/in-process-client.js";
import type { ModelClient } from "../evaluate/run/model-client.js";
import { ResultCache } from "../evaluate/run/result-cache.js";
import { runSuite, type RunProgress } from "../evaluate/run/run-suite.js";
import { withRetries } from "../evaluate/run/with-retries.js";
import { runShadowComparison } from "../evaluate/shadow/run-shadow-comparison.js";
import { suiteFromPairs } from "../evaluate/shadow/suite-from-pairs.js";
import type { EvalSuite } from "../evaluate/suite/eval-suite.js";
import { checkGraders, codeAssertionIn } from "../evaluate/suite/check-graders.js";
import { loadSuite } from "../evaluate/suite/load-suite.js";
import { suiteDefaults } from "../evaluate/suite/normalise-suite.js";
import { SuiteError } from "../evaluate/suite/suite-error.js";
import { UsageError, type CommandResult } from "./command-result.js";

export type EvalFormat = "table" | "json" | "junit" | "html";

export interface EvalCommandOptions {
  /** Suite file (native or promptfoo); not used with --from-shadow / --from-ledger. */
  readonly suite?: string;
  readonly format: EvalFormat;
  readonly output?: string;
  /** Gateway config whose providers and routes are called in-process (default: switchyard.yaml when present). */
  readonly config?: string;
  /** Call a running gateway over HTTP instead. */
  readonly gateway?: string;
  readonly concurrency?: number;
  /** False with --no-cache. */
  readonly cache?: boolean;
  readonly judge?: string;
  /** Embeddings model for `similar`: overrides the suite's; for a promptfoo config, stands in for promptfoo's default embeddings provider. */
  readonly embedding?: string;
  readonly fromShadow?: string;
  readonly fromLedger?: string;
  /** False with --no-code-assertions: a suite with javascript or python assertions is refused. */
  readonly codeAssertions?: boolean;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C: finished rows are kept and reported. */
  readonly signal?: AbortSignal;
  readonly progress?: (line: string) => void;
}

/** `switchyard eval SUITE | --from-shadow ROUTE --judge MODEL | --from-ledger ROUTE`. */
export async function evalCommand(options: EvalCommandOptions): Promise<CommandResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const sources = [options.suite, options.fromShadow, options.fromLedger].filter((value) => value !== undefined);
  if (sources.length !== 1) throw new UsageError("give exactly one of SUITE, --from-shadow ROUTE or --from-ledger ROUTE");
  if (options.fromShadow !== undefined && options.judge === undefined) throw new UsageError("--from-shadow needs --judge MODEL (any routed alias or PROVIDER/MODEL; no judge is chosen for you)");
  if (options.concurrency !== undefined && !(Number.isInteger(options.concurrency) && options.concurrency > 0)) throw new UsageError("--concurrency must be a positive integer");
  if (options.output !== undefined) checkOutputFolder(resolve(cwd, options.output), options.output);
  const config = await gatewayConfig(options, cwd, env);

  if (options.fromLedger !== undefined) {
    const known = config.routes.has(options.fromLedger);
    const ledgerMissing = config.ledger.store.kind === "sqlite" && !existsSync(config.ledger.store.path);
    const pairs = known || !ledgerMissing ? await readPairs(config, options.fromLedger) : [];
    if (pairs.length === 0 && !known) throw new UsageError(`--from-ledger: unknown route "${options.fromLedger}": no route of that name in ${config.source} and nothing stored for it (routes: ${[...config.routes.keys()].join(", ") || "none"})`);
    const built = suiteFromPairs({ route: options.fromLedger, pairs, judge: options.judge });
    if (built.tests === 0) throw new UsageError(`--from-ledger: route "${options.fromLedger}" has no captured text requests to build tests from (turn on prompt capture and shadow targets, and serve some traffic first)`);
    if (options.output === undefined) return { exitCode: 0, stdout: built.yaml };
    await writeText(resolve(cwd, options.output), built.yaml);
    return { exitCode: 0, stderr: `wrote a suite of ${built.tests} tests to ${options.output}${built.skipped > 0 ? ` (${built.skipped} requests skipped: tools, tool results or images)` : ""}` };
  }

  let suite: EvalSuite | undefined;
  if (options.suite !== undefined) {
    try {
      suite = await loadSuite(resolve(cwd, options.suite), env, { ...(options.judge !== undefined && { judge: options.judge }), ...(options.embedding !== undefined && { embedding: options.embedding }) });
      suite = { ...suite, source: options.suite, concurrency: options.concurrency ?? suite.concurrency };
      checkGraders(suite);
    } catch (error) {
      if (error instanceof SuiteError) throw new UsageError(error.message);
      throw error;
    }
    const code = options.codeAssertions === false ? codeAssertionIn(suite) : undefined;
    if (code !== undefined) throw new UsageError(`${options.suite}: has a ${code}, which runs the suite author's code with this process's rights; refused by --no-code-assertions`);
  }

  const runtimeConfig = suite ? withAdHocProviders(config, suite) : config;
  if (options.gateway === undefined) checkModelsResolve(runtimeConfig, suite ? [suite.baseline.id, ...suite.candidates.map((model) => model.id), suite.judge, suite.embedding] : [options.judge]);
  if (options.gateway !== undefined) await checkGateway(options.gateway, env.SWITCHYARD_API_KEY);
  let client: ModelClient = options.gateway !== undefined ? createGatewayClient({ url: options.gateway, apiKey: env.SWITCHYARD_API_KEY }) : createInProcessClient(runtimeConfig, { loadPricesFirst: suite?.tests.some((test) => test.assertions.some((assertion) => assertion.kind === "latency" || assertion.kind === "cost")) === true });
  client = withRetries(client, { retries: suite?.retries ?? suiteDefaults.retries });
  if (options.cache !== false) client = withCache(client, new ResultCache(join(cwd, ".switchyard", "eval-cache")));

  const resultsFile = join(cwd, ".switchyard", "eval-runs", `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.jsonl`);
  const signal = options.signal ?? new AbortController().signal;
  const progress = options.progress ? (step: RunProgress) => options.progress!(`eval ${step.done}/${step.total} rows${step.failed > 0 ? `, ${step.failed} with failures` : ""}`) : undefined;
  let report: EvalReport;
  try {
    if (suite) {
      const outcome = await runSuite({ suite, client, resultsFile, signal, progress });
      report = buildEvalReport({ ...outcome, aggregator: outcome.aggregator, suite, mode: "suite", resultsFile });
    } else {
      const route = options.fromShadow!;
      const pairs = await readPairs(config, route);
      if (pairs.length === 0) throw new UsageError(`no shadow pairs stored for route "${route}"; add \`shadow:\` targets to the route and serve some traffic first`);
      const statistics = { margin: suiteDefaults.margin, confidence: suiteDefaults.confidence, resamples: suiteDefaults.resamples, seed: suiteDefaults.seed };
      const outcome = await runShadowComparison({ pairs, route, judge: options.judge!, client, concurrency: options.concurrency ?? suiteDefaults.concurrency, statistics, resultsFile, signal, progress });
      const warnings = outcome.unjudged > 0 ? [`${outcome.unjudged} of ${pairs.length} pairs were not judged (prompt capture off, or a side failed): they count for latency, cost and errors only`] : [];
      report = buildEvalReport({
        ...outcome,
        suite: { source: `shadow pairs of ${route}`, description: `Shadow traffic on ${route}: primary vs shadow, judged by ${options.judge!}`, statistics, thresholds: { passRate: undefined, nonInferior: false, winRate: undefined }, warnings },
        mode: "shadow",
        resultsFile,
      });
    }
  } finally {
    await client.close();
  }

  const relativeResults = resultsFile.startsWith(cwd) ? resultsFile.slice(cwd.length + 1) : resultsFile;
  report = { ...report, resultsFile: relativeResults };
  const rendered = await render(report, options.format, resultsFile, options.output === undefined ? undefined : resolve(cwd, options.output));
  const exitCode = report.failures.length > 0 ? 1 : 0;
  const notes = [...report.warnings.map((warning) => `warning: ${warning}`)];
  if (options.output !== undefined || options.format !== "table") {
    notes.push(...report.comparisons.map((comparison) => comparison.verdict.text));
    notes.push(report.failures.length === 0 ? "PASS" : `FAIL: ${report.failures.join("; ")}`);
    if (options.output !== undefined) notes.push(`wrote ${options.format} report to ${options.output}`);
  }
  if (report.interrupted) notes.push(`interrupted: kept ${report.rows} finished rows in ${relativeResults}`);
  return { exitCode, stdout: rendered, stderr: notes.length > 0 ? notes.join("\n") : undefined };
}

/**
 * A gateway that refuses the key (or cannot be reached) is a usage error said
 * once before the run, not a table of failed rows and exit 1.
 */
async function checkGateway(url: string, apiKey: string | undefined): Promise<void> {
  const base = /\/v1\/?$/.test(url) ? url.replace(/\/+$/, "") : `${url.replace(/\/+$/, "")}/v1`;
  let status: number;
  try {
    const response = await fetch(`${base}/models`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {}, signal: AbortSignal.timeout(10_000) });
    status = response.status;
    await response.body?.cancel();
  } catch (error) {
    throw new UsageError(`--gateway ${url}: cannot reach the gateway (${(error as Error).message})`);
  }
  if (status === 401 || status === 403) throw new UsageError(`--gateway ${url}: the gateway refused ${apiKey ? "the key in SWITCHYARD_API_KEY" : "a request without a key; set SWITCHYARD_API_KEY"} (HTTP ${status})`);
}

/** `--output` into a folder that does not exist is a usage error before anything runs, not a failure after the run was paid for. */
function checkOutputFolder(path: string, given: string): void {
  if (!existsSync(dirname(path))) throw new UsageError(`--output ${given}: folder ${dirname(path)} does not exist`);
}

async function gatewayConfig(options: EvalCommandOptions, cwd: string, env: NodeJS.ProcessEnv): Promise<GatewayConfig> {
  const explicit = options.config === undefined ? undefined : resolve(cwd, options.config);
  const discovered = join(cwd, "switchyard.yaml");
  const path = explicit ?? (existsSync(discovered) ? discovered : undefined);
  try {
    if (path !== undefined) return await loadConfigFile(path, env);
    // No config: promptfoo endpoints (apiBaseUrl) and --gateway still work.
    return parseConfigText("{}", { path: join(cwd, "(no config)"), env });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function withAdHocProviders(config: GatewayConfig, suite: EvalSuite): GatewayConfig {
  if (suite.adHocProviders.length === 0) return config;
  const providers = new Map(config.providers);
  for (const provider of suite.adHocProviders) providers.set(provider.name, provider);
  return { ...config, providers };
}

/** Every model the run will call must resolve before anything is spent; the error lists what does exist. */
function checkModelsResolve(config: GatewayConfig, models: readonly (string | undefined)[]): void {
  for (const model of models) {
    if (model === undefined) continue;
    try {
      resolveRoute(config, model);
    } catch (error) {
      const hint = config.source.endsWith("(no config)") ? " (no gateway config found: pass --config FILE or --gateway URL)" : "";
      throw new UsageError(`${(error as Error).message}${hint}`);
    }
  }
}

async function readPairs(config: GatewayConfig, route: string): Promise<ShadowPair[]> {
  const ledger = config.ledger;
  if (ledger.store.kind === "sqlite" && !existsSync(ledger.store.path)) throw new UsageError(`no ledger at ${ledger.store.path}; pass --config with the gateway's config`);
  const store = await openLedgerStore(ledger);
  try {
    await store.migrate();
    return await store.shadowPairs({ route });
  } catch (error) {
    throw new UsageError(`cannot read shadow pairs: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
}

const reporters: Readonly<Record<EvalFormat, (options: ReporterOptions) => Promise<void>>> = {
  table: renderTable,
  json: renderJson,
  junit: renderJunit,
  html: renderHtml,
};

/** Streams the report to `outputPath`, or returns it for stdout when there is none. */
async function render(report: EvalReport, format: EvalFormat, resultsFile: string, outputPath: string | undefined): Promise<string | undefined> {
  const rows = () => readRows(resultsFile);
  if (outputPath === undefined) {
    const chunks: string[] = [];
    await reporters[format]({ report, rows, write: async (text) => void chunks.push(text) });
    return chunks.join("");
  }
  const stream = createWriteStream(outputPath, { encoding: "utf8" });
  const failed = once(stream, "error").then(([error]) => {
    throw new UsageError(`cannot write ${outputPath}: ${(error as Error).message}`);
  });
  await Promise.race([
    reporters[format]({
      report,
      rows,
      write: async (text) => {
        if (!stream.write(text)) await once(stream, "drain");
      },
    }),
    failed,
  ]);
  stream.end();
  await Promise.race([once(stream, "close"), failed]);
  return undefined;
}

async function writeText(path: string, text: string): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  try {
    await writeFile(isAbsolute(path) ? path : resolve(path), text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
