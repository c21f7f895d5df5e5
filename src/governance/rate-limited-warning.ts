import type { Logger } from "../shared/logger.js";

/**
 * One warning line per interval however many times a thing goes wrong, with the
 * count since the last line: an outage under load must not turn into a log
 * flood (it used to be a stack trace per request). The first occurrence is
 * logged at once, so an outage is visible immediately.
 */
export class RateLimitedWarning {
  private count = 0;
  private lastLoggedAt: number | undefined;
  private lastCause = "";

  constructor(
    private readonly options: {
      readonly logger: Logger;
      readonly message: string;
      readonly intervalMs: number;
      /** Extra fields for every line (the policy in force, say). */
      readonly fields?: Record<string, unknown>;
      readonly now?: () => number;
    },
  ) {}

  /** Counts one occurrence; logs a line if the interval has passed since the last one. */
  note(cause: unknown): void {
    this.count++;
    this.lastCause = (cause as Error)?.message ?? String(cause);
    const now = (this.options.now ?? Date.now)();
    if (this.lastLoggedAt !== undefined && now - this.lastLoggedAt < this.options.intervalMs) return;
    const sinceMs = this.lastLoggedAt === undefined ? 0 : now - this.lastLoggedAt;
    this.lastLoggedAt = now;
    this.options.logger.warn({ ...this.options.fields, occurrences: this.count, sinceMs, cause: this.lastCause }, this.options.message);
    this.count = 0;
  }
}
