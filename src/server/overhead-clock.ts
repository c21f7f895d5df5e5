import type { AttemptRecord } from "../routing/execute-plan.js";
import type { ResponseHead } from "./response-head.js";

/**
 * The time the gateway adds to one request: from the request's arrival to the
 * moment its answer's head is written, minus the time spent inside upstream
 * attempts. Taken once, when the head is committed, because that is the last
 * moment a header can carry it; for a stream that is its first byte, after which
 * the pace is the upstream's. Retry back-off waits count as overhead (the gateway
 * chose to wait). Costs one clock read and a sum over the attempts.
 */
export class OverheadClock {
  private stampedMs: number | undefined;

  constructor(
    private readonly startedAt: number,
    /** `server.overhead_header`: whether answers carry `x-switchyard-overhead-ms`. */
    private readonly header: boolean,
  ) {}

  /** Records the overhead now (first call only) and sets the header when enabled. */
  stamp(head: ResponseHead, attempts: readonly AttemptRecord[]): void {
    if (this.stampedMs !== undefined) return;
    let upstreamMs = 0;
    for (const attempt of attempts) upstreamMs += attempt.durationMs;
    this.stampedMs = Math.max(0, performance.now() - this.startedAt - upstreamMs);
    if (this.header) head.set("x-switchyard-overhead-ms", this.stampedMs.toFixed(3));
  }

  /** The overhead in ms, or undefined when no answer head was written (the client left first). */
  get overheadMs(): number | undefined {
    return this.stampedMs;
  }
}
