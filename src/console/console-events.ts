/** One finished request as the console's live view shows it (no prompt, no key secret). */
export interface LiveRequestEvent {
  readonly time: number;
  readonly alias: string | null;
  readonly target: string | null;
  readonly status: number;
  readonly latencyMs: number;
  /** Null when the request could not be priced: shown as unknown, never as $0. */
  readonly costUsd: number | null;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
}

/**
 * Fan-out of finished requests to the console's open SSE streams. Publishing
 * costs one loop over the (usually empty) listener set, so the gateway's hot path
 * pays nothing when nobody is watching.
 */
export class ConsoleEvents {
  private readonly listeners = new Set<(event: LiveRequestEvent) => void>();

  get watching(): boolean {
    return this.listeners.size > 0;
  }

  publish(event: LiveRequestEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: (event: LiveRequestEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
