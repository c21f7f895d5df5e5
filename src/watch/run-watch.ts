import { createHash } from "node:crypto";
import type { Catalog } from "../catalog/index.js";
import { buildVendorTimelines } from "./build-vendor-timelines.js";
import { dedupeReleases, diffSnapshots } from "./diff-snapshots.js";
import { evaluateTriggers } from "./evaluate-triggers.js";
import { createModelIdentifier } from "./identify-model.js";
import { parseFeed } from "./parse-feed.js";
import { FeedFormatError } from "./sources/feed-format-error.js";
import { FeedFetchError, fetchFeed } from "./sources/fetch-feed.js";
import type { WatchSource } from "./sources/watch-source.js";
import type { WatchSnapshot, WatchStore } from "./store/watch-store.js";
import type { WatchSettings } from "./watch-settings.js";
import type { WatchEvent, WatchSummary, WatchTrigger } from "./watch-summary.js";
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

export interface WatchRun {
  readonly ranAt: string;
  readonly summary: WatchSummary;
  readonly sources: readonly SourceStatus[];
}

/** Every configured source failed and none has a snapshot: there is nothing to report on. */
export class WatchUnavailableError extends Error {
  override readonly name = "WatchUnavailableError";
}

/**
 * One `switchyard watch` run: fetch each source (conditional GET), store a snapshot
 * when its content changed, diff against the previous snapshot of the same source,
 * build vendor timelines from every source's current snapshot, evaluate rules, and
 * record the summary so `decide` and `report` can read it.
 */
export async function runWatch(options: { store: WatchStore; catalog: Catalog; settings: WatchSettings; now?: Date }): Promise<WatchRun> {
  const now = options.now ?? new Date();
  const ranAt = now.toISOString();
  const identify = createModelIdentifier(options.catalog);
  const outcomes = await Promise.all(options.settings.sources.map((source) => readSource({ source, store: options.store, timeoutMs: options.settings.timeoutMs, ranAt })));
  const usable = outcomes.filter((outcome) => outcome.current !== undefined);
  if (usable.length === 0) {
    throw new WatchUnavailableError(`no source could be read and none has an earlier snapshot: ${outcomes.map((outcome) => outcome.status.problem).join("; ")}`);
  }
  const events = dedupeReleases(
    outcomes.flatMap((outcome) =>
      outcome.previous === undefined || outcome.current === undefined || outcome.status.status !== "fetched"
        ? []
        : diffSnapshots({ source: outcome.status.name, previous: outcome.previous.models, current: outcome.current, identify, detectedAt: ranAt }),
    ),
  ).sort(byVendorThenModel);
  const { timelines, releases } = buildVendorTimelines({ snapshots: usable.map((outcome) => outcome.current!), identify, catalog: options.catalog, now, recent: options.settings.recent });
  const fired = evaluateTriggers({ timelines, releases, events, playbookRule: options.settings.playbookRule, rules: options.settings.rules });
  const previousRun = await options.store.latestRun();
  const triggers: WatchTrigger[] = fired.map((rule) => ({
    ...rule,
    fired_at: ranAt,
    since: previousRun?.summary.triggers.find((trigger) => trigger.vendor === rule.vendor && trigger.rule === rule.rule)?.since ?? ranAt,
  }));
  const summary: WatchSummary = { events, vendors: timelines, triggers };
  await options.store.saveRun({ ranAt, summary });
  return { ranAt, summary, sources: outcomes.map((outcome) => outcome.status) };
}

interface SourceOutcome {
  readonly status: SourceStatus;
  readonly previous: WatchSnapshot | undefined;
  readonly current: readonly WatchedModel[] | undefined;
}

async function readSource(options: { source: WatchSource; store: WatchStore; timeoutMs: number; ranAt: string }): Promise<SourceOutcome> {
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
    await store.saveSnapshot({ source: source.name, url: source.url, fetchedAt: options.ranAt, etag: response.etag, lastModified: response.lastModified, contentHash, models });
    return { previous, current: models, status: { ...base, status: previous === undefined ? "first" : "fetched", models: models.length, snapshotAt: options.ranAt, problem: null } };
  } catch (error) {
    if (!(error instanceof FeedFetchError)) throw error;
    if (previous === undefined) return { previous, current: undefined, status: { ...base, status: "failed", models: 0, snapshotAt: null, problem: error.message } };
    return { previous, current: previous.models, status: { ...base, status: "offline", models: previous.models.length, snapshotAt: previous.fetchedAt, problem: error.message } };
  }
}

function byVendorThenModel(a: WatchEvent, b: WatchEvent): number {
  return a.vendor.localeCompare(b.vendor) || a.model.localeCompare(b.model) || a.type.localeCompare(b.type) || a.source.localeCompare(b.source);
}
