import type { Catalog } from "../catalog/index.js";
import { buildVendorTimelines } from "./build-vendor-timelines.js";
import { dedupeReleases, diffSnapshots } from "./diff-snapshots.js";
import { evaluateTriggers } from "./evaluate-triggers.js";
import { createModelIdentifier } from "./identify-model.js";
import { readSource, type SourceStatus } from "./read-source.js";
import type { WatchStore } from "./store/watch-store.js";
import type { WatchSettings } from "./watch-settings.js";
import type { WatchEvent, WatchSummary, WatchTrigger } from "./watch-summary.js";

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
  const outcomes = await Promise.all(options.settings.sources.map((source) => readSource({ source, store: options.store, timeoutMs: options.settings.timeoutMs, ranAt, record: true })));
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

function byVendorThenModel(a: WatchEvent, b: WatchEvent): number {
  return a.vendor.localeCompare(b.vendor) || a.model.localeCompare(b.model) || a.type.localeCompare(b.type) || a.source.localeCompare(b.source);
}
