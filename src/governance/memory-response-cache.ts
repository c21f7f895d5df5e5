import type { CachedAnswer, ResponseCache } from "../core/request-guard.js";

/**
 * Cached answers in process memory: least recently used first out, bounded by
 * entry count and by total body size (a few large answers must not grow the
 * heap without limit); each entry expires after its route's TTL.
 */
export class MemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; expiresAtMs: number; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly limits: { readonly maxEntries: number; readonly maxBytes: number } = { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 },
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<CachedAnswer | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAtMs <= this.now()) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    // Re-inserting moves it to the end: Map keeps insertion order, so the first entry is the least recently used.
    this.entries.set(key, entry);
    return entry.answer;
  }

  async set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void> {
    const bytes = Buffer.byteLength(answer.body) + Buffer.byteLength(answer.target);
    if (bytes > this.limits.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, { answer, expiresAtMs: this.now() + ttlSeconds * 1000, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
