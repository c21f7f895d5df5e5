import type { RouteConfig, ShadowTargetConfig, ShadowTrafficConfig } from "../config/gateway-config.js";
import type { ChatRequest } from "../core/chat-request.js";
import type { Usage } from "../core/usage.js";
import type { CapturedOutput, ShadowPair, ShadowSide } from "../ledger/shadow-pair.js";
import type { GatewayRuntime } from "./gateway-runtime.js";
import type { Logger } from "../shared/logger.js";
import { OutputRecorder } from "./output-recorder.js";
import { configSecrets, scrubSecrets } from "./scrub-secrets.js";
import { redact } from "./redact.js";
import type { CostCalculator, RequestObserver, RequestSummary } from "../ledger/request-summary.js";

/** What the primary path hands over once its answer has been fully sent. */
export interface ShadowJob {
  readonly route: RouteConfig;
  readonly requestId: string;
  readonly request: ChatRequest;
  readonly targets: readonly ShadowTargetConfig[];
  readonly primary: {
    readonly target: string;
    readonly output: CapturedOutput | null;
    readonly latencyMs: number;
    readonly usage: Usage | undefined;
    readonly costUsd: number | undefined;
  };
}

export interface ShadowStats {
  /** Shadow calls running now. */
  readonly inFlight: number;
  readonly started: number;
  readonly failed: number;
  readonly skippedConcurrency: number;
  readonly skippedBudget: number;
  readonly spentTodayUsd: number;
}

/**
 * Sends sampled copies of live requests to shadow targets after the primary
 * answer is complete, so the client is never delayed or affected. Bounded: at
 * most `concurrency` calls in flight (extra samples are skipped, not queued, so a
 * slow shadow cannot build a backlog) and no more than `daily_spend_usd` a UTC day.
 * Failures are recorded in the pair and the ledger, never raised.
 */
export class ShadowRunner {
  private active = 0;
  private started = 0;
  private failed = 0;
  private skippedConcurrency = 0;
  private skippedBudget = 0;
  private spend = { day: "", usd: 0 };
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly options: {
      readonly runtime: GatewayRuntime;
      readonly logger: Logger;
      readonly observers: readonly RequestObserver[];
      readonly cost: CostCalculator | undefined;
      readonly pairSink: ((pair: ShadowPair) => void) | undefined;
    },
  ) {}

  submit(job: ShadowJob): void {
    const config = this.options.runtime.snapshot().config.shadowTraffic;
    for (const target of job.targets) {
      if (this.active >= config.concurrency) {
        this.skippedConcurrency++;
        continue;
      }
      if (config.dailySpendUsd !== undefined && this.spentToday() >= config.dailySpendUsd) {
        this.skippedBudget++;
        continue;
      }
      this.active++;
      this.started++;
      const run = this.run(job, target, config).finally(() => {
        this.active--;
        this.inFlight.delete(run);
      });
      this.inFlight.add(run);
    }
  }

  stats(): ShadowStats {
    return { inFlight: this.active, started: this.started, failed: this.failed, skippedConcurrency: this.skippedConcurrency, skippedBudget: this.skippedBudget, spentTodayUsd: this.spentToday() };
  }

  /** Waits for shadow calls in flight (shutdown and tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async run(job: ShadowJob, target: ShadowTargetConfig, config: ShadowTrafficConfig): Promise<void> {
    const started = performance.now();
    const key = `${target.provider}/${target.model}`;
    const recorder = new OutputRecorder("openai-chat");
    let usage: Usage | undefined;
    let error: string | undefined;
    let status = 200;
    try {
      const provider = this.options.runtime.snapshot().providers.get(target.provider)?.provider;
      if (!provider) throw new Error(`provider "${target.provider}" is no longer configured`);
      const outcome = await provider.chat({ ...job.request, stream: false }, { upstreamModel: target.model, signal: AbortSignal.timeout(job.route.timeout.totalMs) });
      if (outcome.kind === "complete") {
        recorder.response(outcome.response);
        usage = outcome.response.usage;
      } else {
        for (let next = await outcome.events.next(); !next.done; next = await outcome.events.next()) {
          recorder.event(next.value);
          if (next.value.type === "finish") usage = next.value.usage;
        }
      }
    } catch (thrown) {
      this.failed++;
      // Shadow errors go to the ledger and its pairs: scrubbed like the live path's.
      error = scrubSecrets((thrown as Error)?.message ?? String(thrown), configSecrets(this.options.runtime.snapshot().config));
      status = (thrown as { status?: number }).status ?? 502;
    }
    const latencyMs = performance.now() - started;
    const costUsd = usage && this.options.cost ? this.options.cost({ provider: target.provider, upstreamModel: target.model, usage }) : undefined;
    if (costUsd !== undefined) this.addSpend(costUsd);
    this.report({ job, target, key, usage, costUsd, latencyMs, status, error });

    const shadowSide: ShadowSide = {
      target: key,
      output: config.capture && !error ? redact(recorder.result(), config.redact) : null,
      error: error ?? null,
      latencyMs,
      inputTokens: usage?.inputTokens ?? null,
      outputTokens: usage?.outputTokens ?? null,
      costUsd: costUsd ?? null,
    };
    this.options.pairSink?.({
      id: `${job.requestId}:${key}`,
      time: Date.now(),
      route: job.route.alias,
      requestId: job.requestId,
      request: config.capture ? redact(job.request, config.redact) : null,
      primary: {
        target: job.primary.target,
        output: config.capture ? redact(job.primary.output, config.redact) : null,
        error: null,
        latencyMs: job.primary.latencyMs,
        inputTokens: job.primary.usage?.inputTokens ?? null,
        outputTokens: job.primary.usage?.outputTokens ?? null,
        costUsd: job.primary.costUsd ?? null,
      },
      shadow: shadowSide,
    });
  }

  /** The shadow call's own usage record (flagged `shadow`), so its spend is visible in the ledger. */
  private report(options: { job: ShadowJob; target: ShadowTargetConfig; key: string; usage: Usage | undefined; costUsd: number | undefined; latencyMs: number; status: number; error: string | undefined }): void {
    const summary: RequestSummary = {
      requestId: `${options.job.requestId}:shadow:${options.key}`,
      dialect: "shadow",
      alias: options.job.route.alias,
      target: options.key,
      provider: options.target.provider,
      upstreamModel: options.target.model,
      keyId: undefined,
      keyName: undefined,
      costUsd: options.costUsd,
      cacheHit: false,
      shadow: true,
      attempts: [{ target: options.key, outcome: options.error ? "error" : "success", status: options.status, error: options.error, durationMs: options.latencyMs }],
      status: options.status,
      errorCode: options.error ? "shadow-error" : undefined,
      stream: false,
      usage: options.usage,
      finishReason: undefined,
      warnings: [],
      firstTokenMs: undefined,
      durationMs: options.latencyMs,
      clientDisconnected: false,
    };
    for (const observe of this.options.observers) {
      try {
        observe(summary);
      } catch (error) {
        this.options.logger.error({ err: error }, "request observer failed on a shadow record");
      }
    }
  }

  private spentToday(): number {
    return this.spend.day === today() ? this.spend.usd : 0;
  }

  private addSpend(usd: number): void {
    const day = today();
    if (this.spend.day !== day) this.spend = { day, usd: 0 };
    this.spend.usd += usd;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
