/** Why a store call was not answered: it failed, took too long, or was not tried because the breaker is open. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

export type BreakerState = "closed" | "open" | "half-open";

/**
 * Bounds what a shared store (Redis) can cost a request. Every call has a
 * deadline; after `failures` consecutive failures the breaker opens and calls
 * fail at once, without touching the store, for `cooldownMs`; then one call at
 * a time tries again (half-open) and a success closes it. So a stalled store
 * adds at most one deadline to the few requests that find out, and nothing to
 * the rest.
 */
export class StoreBreaker {
  private consecutiveFailures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly options: {
      readonly timeoutMs: number;
      readonly failures: number;
      readonly cooldownMs: number;
      readonly now?: () => number;
      /** Told when the breaker opens or closes, for a log line per change rather than per request. */
      readonly onChange?: (state: "open" | "closed", cause: string | undefined) => void;
    },
  ) {}

  get state(): BreakerState {
    if (this.openedAt === undefined) return "closed";
    return this.now() - this.openedAt >= this.options.cooldownMs ? "half-open" : "open";
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === "open" || (state === "half-open" && this.trialInFlight)) throw new StoreUnavailableError("not tried: the store failed repeatedly and its breaker is open");
    const trial = state === "half-open";
    if (trial) this.trialInFlight = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        // The rejection waits one turn of the event loop (setImmediate runs after I/O): when our own
        // process was busy past the deadline, an answer already waiting on the socket still wins.
        const expire = (): void => void setImmediate(() => reject(new StoreUnavailableError(`no answer within ${this.options.timeoutMs} ms`)));
        timer = setTimeout(expire, this.options.timeoutMs);
      });
      const result = await Promise.race([call(), deadline]);
      this.succeeded();
      return result;
    } catch (error) {
      this.failed(error, trial);
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError((error as Error)?.message ?? String(error), { cause: error });
    } finally {
      clearTimeout(timer);
      if (trial) this.trialInFlight = false;
    }
  }

  private succeeded(): void {
    this.consecutiveFailures = 0;
    if (this.openedAt !== undefined) {
      this.openedAt = undefined;
      this.options.onChange?.("closed", undefined);
    }
  }

  private failed(error: unknown, trial: boolean): void {
    this.consecutiveFailures++;
    const cause = (error as Error)?.message ?? String(error);
    if (trial) {
      this.openedAt = this.now(); // still down: another cooldown before the next try
    } else if (this.openedAt === undefined && this.consecutiveFailures >= this.options.failures) {
      this.openedAt = this.now();
      this.options.onChange?.("open", cause);
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
