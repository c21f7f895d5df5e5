/**
 * Wrong console logins per client address, so the admin token cannot be guessed
 * at network speed: after `limit` wrong tokens within `windowMs` from one address,
 * logins from it are refused until that window ends. Counted per process (under
 * `serve --workers N` each worker counts its own share). A right token clears the
 * address's count. The table is bounded: an address space cannot grow it forever.
 */
export class LoginAttempts {
  private readonly failures = new Map<string, { count: number; windowEnd: number }>();

  constructor(
    private readonly options: { readonly limit: number; readonly windowMs: number; readonly maxAddresses: number } = { limit: 5, windowMs: 60_000, maxAddresses: 10_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `address` may try again, or undefined when it may try now. */
  retryAfterSeconds(address: string): number | undefined {
    const entry = this.failures.get(address);
    if (!entry) return undefined;
    const left = entry.windowEnd - this.now();
    if (left <= 0) {
      this.failures.delete(address);
      return undefined;
    }
    return entry.count >= this.options.limit ? Math.ceil(left / 1000) : undefined;
  }

  failed(address: string): void {
    const now = this.now();
    const entry = this.failures.get(address);
    if (entry && entry.windowEnd > now) {
      entry.count++;
      return;
    }
    if (this.failures.size >= this.options.maxAddresses) {
      for (const [known, { windowEnd }] of this.failures) if (windowEnd <= now) this.failures.delete(known);
      // Still full: forget the oldest address (Map keeps insertion order).
      if (this.failures.size >= this.options.maxAddresses) this.failures.delete(this.failures.keys().next().value!);
    }
    this.failures.set(address, { count: 1, windowEnd: now + this.options.windowMs });
  }

  succeeded(address: string): void {
    this.failures.delete(address);
  }
}
