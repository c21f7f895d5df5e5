import type { TargetConfig } from "../config/gateway-config.js";
import { Cancellation, onAbort, sleep, type CancelSignal } from "../shared/cancellation.js";
import { GatewayError } from "../core/gateway-error.js";
import { UpstreamError } from "../core/upstream-error.js";
import type { RoutePlan } from "./plan-route.js";
import { retryDelay } from "./retry-delay.js";
import type { TargetHealth } from "./target-health.js";

/** One upstream call and how it ended; the ledger records these, the headers count them. */
export interface AttemptRecord {
  readonly target: string;
  readonly outcome: "success" | "error" | "timeout";
  readonly status: number | undefined;
  readonly error: string | undefined;
  readonly durationMs: number;
}

/** Raised when the client went away; nothing more is sent or recorded as a target failure. */
export class ClientDisconnectedError extends Error {
  override readonly name = "ClientDisconnectedError";
  constructor() {
    super("client disconnected");
  }
}

export interface ExecutionSuccess<T> {
  readonly value: T;
  readonly target: TargetConfig;
  readonly attempts: readonly AttemptRecord[];
  /** Aborts if the client leaves or the total timeout passes while the answer is still streaming. */
  readonly signal: Cancellation;
  /** Milliseconds from the start of the request to the first token. */
  readonly firstTokenMs: number;
  /** Stops the total-timeout timer; call when the answer is fully sent. */
  readonly finish: () => void;
  /** Counts a failure after the first token (a broken stream) against the target's breaker. */
  readonly reportStreamFailure: (message: string) => void;
}

/**
 * Runs a plan: for each target in order, up to `retry.attempts` tries, waiting
 * per Retry-After or backoff between them. An attempt succeeds when `start`
 * resolves, which must happen only once the first token (or the whole answer) is
 * in hand: that is what makes fallback safe, since nothing has reached the client.
 * Request errors (400, 413, 422) end the plan at once; other failures move on.
 */
export async function executePlan<T>(options: {
  readonly plan: RoutePlan;
  readonly health: TargetHealth;
  readonly clientSignal: CancelSignal;
  readonly start: (target: TargetConfig, signal: Cancellation) => Promise<T>;
  readonly now?: () => number;
}): Promise<ExecutionSuccess<T>> {
  const { plan, health, clientSignal } = options;
  const now = options.now ?? performance.now.bind(performance);
  const { route } = plan;
  const startedAt = now();
  const attempts: AttemptRecord[] = [];
  // One cancellation for the whole request: the client leaving or the total
  // deadline. Each attempt chains its own to it. (EventEmitter-based, not
  // AbortSignal: see shared/cancellation.ts for what that saves.)
  const deadline = new Cancellation();
  const stopWatchingClient = onAbort(clientSignal, () => deadline.abort(clientSignal.reason));
  const totalTimer = setTimeout(
    () => deadline.abort(new UpstreamError({ kind: "timeout", message: `no complete answer within total_ms=${route.timeout.totalMs}` })),
    route.timeout.totalMs,
  );
  totalTimer.unref();
  const finish = (): void => {
    clearTimeout(totalTimer);
    stopWatchingClient();
  };
  let lastError: UpstreamError | undefined;

  try {
    for (const target of plan.targets) {
      for (let tryNumber = 1; tryNumber <= route.retry.attempts; tryNumber++) {
        if (clientSignal.aborted) throw new ClientDisconnectedError();
        if (deadline.aborted) throw deadline.reason;
        if (!health.tryAcquire(target.key, route.breaker)) break;

        const attemptStart = now();
        const attempt = new Cancellation();
        const stopWatchingRequest = onAbort(deadline, () => attempt.abort(deadline.reason));
        const firstTokenTimer = setTimeout(
          () => attempt.abort(new UpstreamError({ kind: "timeout", message: `no first token from ${target.key} within first_token_ms=${route.timeout.firstTokenMs}` })),
          route.timeout.firstTokenMs,
        );
        try {
          const value = await options.start(target, attempt);
          clearTimeout(firstTokenTimer);
          const elapsed = now() - attemptStart;
          health.recordSuccess(target.key, elapsed);
          attempts.push({ target: target.key, outcome: "success", status: undefined, error: undefined, durationMs: elapsed });
          // Past the first token only the client and the total deadline may cut the answer short.
          return {
            value,
            target,
            attempts,
            // Still chained to the request: the client leaving or the deadline ends the stream.
            signal: attempt,
            firstTokenMs: now() - startedAt,
            finish,
            reportStreamFailure: (message) => health.recordFailure(target.key, route.breaker, message),
          };
        } catch (thrown) {
          clearTimeout(firstTokenTimer);
          stopWatchingRequest();
          if (clientSignal.aborted) {
            health.release(target.key);
            throw new ClientDisconnectedError();
          }
          if (!(thrown instanceof UpstreamError)) throw thrown;
          const error = thrown;
          lastError = error;
          attempts.push({ target: target.key, outcome: error.kind === "timeout" ? "timeout" : "error", status: error.status, error: error.message, durationMs: now() - attemptStart });
          if (isRequestError(error)) {
            // The request itself is at fault: no target will do better, and this one is healthy.
            health.release(target.key);
            throw error;
          }
          health.recordFailure(target.key, route.breaker, error.message);
          if (deadline.aborted) throw deadline.reason;
          if (!error.isRetryable || tryNumber === route.retry.attempts) break;
          const delay = retryDelay({ retry: tryNumber, config: route.retry, error });
          if (delay === undefined) break;
          try {
            await sleep(delay, deadline);
          } catch {
            if (clientSignal.aborted) throw new ClientDisconnectedError();
            throw deadline.reason;
          }
        }
      }
    }
  } catch (error) {
    finish();
    throw new PlanFailedError(error, attempts);
  }
  finish();
  throw new PlanFailedError(exhausted(route.alias, lastError), attempts);
}

/** 400, 413, 422: the request is wrong, not the target. Relayed to the caller as-is. */
function isRequestError(error: UpstreamError): boolean {
  return error.kind === "http" && (error.status === 400 || error.status === 413 || error.status === 422);
}

function exhausted(alias: string, lastError: UpstreamError | undefined): GatewayError {
  if (!lastError) return new GatewayError("no-target-available", `No target available for "${alias}": every target's circuit is open or probing`);
  const message = `All targets for "${alias}" failed; last error: ${lastError.message}`;
  if (lastError.kind === "timeout") return new GatewayError("upstream-timeout", message, { cause: lastError });
  if (lastError.status === 429) {
    return new GatewayError("rate-limited", message, { cause: lastError, retryAfterSeconds: lastError.retryAfterMs === undefined ? undefined : Math.ceil(lastError.retryAfterMs / 1000) });
  }
  return new GatewayError("upstream-error", message, { cause: lastError });
}

/**
 * A plan that produced no answer. Carries the attempts made, so the headers and
 * the ledger report them even on failure. `reason` is a GatewayError, an
 * UpstreamError (a request error relayed to the caller), a ClientDisconnectedError,
 * or an unexpected bug.
 */
export class PlanFailedError extends Error {
  override readonly name = "PlanFailedError";
  constructor(
    readonly reason: unknown,
    readonly attempts: readonly AttemptRecord[],
  ) {
    super(reason instanceof Error ? reason.message : String(reason), { cause: reason });
  }
}
