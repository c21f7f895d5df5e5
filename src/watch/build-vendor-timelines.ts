import type { Catalog } from "../catalog/index.js";
import type { IdentifiedModel } from "./identify-model.js";
import type { TimelineRelease, VendorTimeline } from "./watch-summary.js";
import type { WatchedModel } from "./watched-model.js";

const dayMs = 86_400_000;

/**
 * Each vendor's open-versus-proprietary timeline. Releases come from every source's
 * latest snapshot, merged per model (the earliest date any source gives; openness
 * from the catalog, else true if any source says open), plus the catalog's own
 * models of the vendor, so a feed that lists only current models still has history.
 * Only vendors some source reported are shown.
 */
export function buildVendorTimelines(options: {
  readonly snapshots: readonly (readonly WatchedModel[])[];
  readonly identify: (model: WatchedModel) => IdentifiedModel;
  readonly catalog: Catalog;
  readonly now: Date;
  readonly recent: number;
}): { timelines: VendorTimeline[]; releases: ReadonlyMap<string, readonly TimelineRelease[]> } {
  const byVendor = new Map<string, Map<string, MutableRelease>>();
  const releaseMap = (vendor: string): Map<string, MutableRelease> => {
    let map = byVendor.get(vendor);
    if (map === undefined) {
      map = new Map();
      byVendor.set(vendor, map);
    }
    return map;
  };
  for (const models of options.snapshots) {
    for (const watched of models) {
      const identified = options.identify(watched);
      if (!identified.followed) continue;
      const released = identified.catalogModel?.released === undefined ? watched.released : dayOf(identified.catalogModel.released);
      const entry = releaseMap(identified.vendor).get(identified.model);
      if (entry === undefined) {
        releaseMap(identified.vendor).set(identified.model, { model: identified.model, name: identified.name, released, openWeights: identified.openWeights, frontier: identified.frontier, fromCatalog: identified.catalogModel !== undefined });
        continue;
      }
      if (!entry.fromCatalog) {
        if (released !== null && (entry.released === null || released < entry.released)) entry.released = released;
        if (identified.openWeights === true || entry.openWeights === null) entry.openWeights = identified.openWeights;
        entry.frontier ||= identified.frontier;
      }
    }
  }
  for (const vendor of byVendor.keys()) {
    for (const model of options.catalog.models()) {
      if (model.vendor !== vendor || releaseMap(vendor).has(model.id)) continue;
      const identified = options.identify({ id: model.id, name: model.name, organisation: vendor, released: null, openWeights: model.openWeight, licence: null, gated: null, price: null, contextLength: null, deprecated: false, expires: null, huggingFaceId: null, baseModels: [] });
      releaseMap(vendor).set(model.id, { model: model.id, name: model.name, released: dayOf(model.released), openWeights: model.openWeight, frontier: identified.frontier, fromCatalog: true });
    }
  }
  const releases = new Map<string, TimelineRelease[]>();
  const timelines = [...byVendor.entries()]
    .map(([vendor, models]) => {
      const dated = [...models.values()]
        .filter((entry): entry is MutableRelease & { released: string; openWeights: boolean } => entry.released !== null && entry.openWeights !== null)
        .map((entry): TimelineRelease => ({ model: entry.model, name: entry.name, released: entry.released, open_weights: entry.openWeights, frontier: entry.frontier }))
        .sort((a, b) => b.released.localeCompare(a.released) || a.model.localeCompare(b.model));
      releases.set(vendor, dated);
      return timelineOf({ vendor, releases: dated, now: options.now, recent: options.recent });
    })
    .sort((a, b) => a.vendor.localeCompare(b.vendor));
  return { timelines, releases };
}

interface MutableRelease {
  model: string;
  name: string;
  released: string | null;
  openWeights: boolean | null;
  frontier: boolean;
  fromCatalog: boolean;
}

function timelineOf(options: { vendor: string; releases: readonly TimelineRelease[]; now: Date; recent: number }): VendorTimeline {
  const latestOpen = options.releases.find((release) => release.open_weights) ?? null;
  const latestProprietary = options.releases.find((release) => !release.open_weights) ?? null;
  const recent = options.releases.slice(0, options.recent);
  return {
    vendor: options.vendor,
    latest_open: latestOpen,
    latest_proprietary: latestProprietary,
    recent,
    recent_open_share: recent.length === 0 ? null : Math.round((recent.filter((release) => release.open_weights).length / recent.length) * 100) / 100,
    days_since_open: latestOpen === null ? null : daysBetween(latestOpen.released, options.now.toISOString().slice(0, 10)),
    open_lag_days: latestOpen === null || latestProprietary === null ? null : Math.max(0, daysBetween(latestOpen.released, latestProprietary.released)),
  };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Catalog dates may be `YYYY` or `YYYY-MM`; the timeline needs a day to order by. */
function dayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
