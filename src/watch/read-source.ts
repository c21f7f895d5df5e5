import { createHash } from "node:crypto";
import { parseFeed } from "./parse-feed.js";
import { FeedFormatError } from "./sources/feed-format-error.js";
import { FeedFetchError, fetchFeed } from "./sources/fetch-feed.js";
import type { WatchSource } from "./sources/watch-source.js";
import type { WatchSnapshot, WatchStore } from "./store/watch-store.js";
import type { WatchedModel } from "./watched-model.js";

/** What happened to one source in a run; shown by the table and Markdown outputs (and on stderr for JSON). */
export interface SourceStatus {
  readonly name: string;
  readonly url: string;
  /**
   * `fetched`: new content; `unchanged`: same content as the last snapshot (304 or equal hash);
   * `first`: the first snapshot of this source, recorded as the baseline (no events);
   * `offline`: unreadable, the last snapshot was used; `failed`: unreadable and no snapshot to fall back on.
   */
  readonly status: "fetched" | "unchanged" | "first" | "offline" | "failed";
  readonly models: number;
  /** ISO datetime of the snapshot the run used. */
  readonly snapshotAt: string | null;
  readonly problem: string | null;
}

export interface SourceOutcome {
  readonly status: SourceStatus;
  readonly previous: WatchSnapshot | undefined;
  readonly current: readonly WatchedModel[] | undefined;
}

/**
 * Reads one source: a conditional GET with the last snapshot's validators, falling
 * back to that snapshot when the feed cannot be read. With `record`, new content is
 * saved as the source's next snapshot (what `watch` diffs against next time); without
 * it (`catalog update`) the store is only read, so refreshing the catalog never
 * swallows the events a later `watch` run should report.
 */
export async function readSource(options: { source: WatchSource; store: WatchStore; timeoutMs: number; ranAt: string; record: boolean }): Promise<SourceOutcome> {
  const { source, store } = options;
  const previous = await store.latestSnapshot(source.name);
  // Validators only make sense for the URL that produced them.
  const validators = previous?.url === source.url ? previous : undefined;
  const base = { name: source.name, url: source.url };
  try {
    const response = await fetchFeed({ url: source.url, etag: validators?.etag ?? null, lastModified: validators?.lastModified ?? null, timeoutMs: options.timeoutMs });
    if (response.kind === "not-modified") {
      if (previous === undefined) throw new FeedFetchError(`${source.url}: answered 304 Not Modified to a request without validators`);
      return { previous, current: previous.models, status: { ...base, status: "unchanged", models: previous.models.length, snapshotAt: previous.fetchedAt, problem: null } };
    }
    let models: WatchedModel[];
    try {
      models = parseFeed(source.type, response.body);
    } catch (error) {
      if (error instanceof FeedFormatError) throw new FeedFetchError(`${source.url}: not a ${source.type} feed (${error.message})`);
      throw error;
    }
    const contentHash = createHash("sha256").update(JSON.stringify(models)).digest("hex");
    if (previous !== undefined && previous.contentHash === contentHash) {
      return { previous, current: previous.models, status: { ...base, status: "unchanged", models: models.length, snapshotAt: previous.fetchedAt, problem: null } };
    }
    if (options.record) await store.saveSnapshot({ source: source.name, url: source.url, fetchedAt: options.ranAt, etag: response.etag, lastModified: response.lastModified, contentHash, models });
    return { previous, current: models, status: { ...base, status: previous === undefined && options.record ? "first" : "fetched", models: models.length, snapshotAt: options.ranAt, problem: null } };
  } catch (error) {
    if (!(error instanceof FeedFetchError)) throw error;
    if (previous === undefined) return { previous, current: undefined, status: { ...base, status: "failed", models: 0, snapshotAt: null, problem: error.message } };
    return { previous, current: previous.models, status: { ...base, status: "offline", models: previous.models.length, snapshotAt: previous.fetchedAt, problem: error.message } };
  }
}
