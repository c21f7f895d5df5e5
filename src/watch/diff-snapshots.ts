import type { IdentifiedModel } from "./identify-model.js";
import type { WatchEvent, WatchPrice } from "./watch-summary.js";
import type { WatchedModel } from "./watched-model.js";

/**
 * Events between two snapshots of one source, compared by the source's own id.
 * A field only changes when the source said something on at least one side: a
 * source that never reports licences produces no licence events. Models that
 * vanish from a feed are not reported (listings drop and re-add entries); a
 * deprecation is the source saying so (`status: deprecated`, an `expiration_date`).
 */
export function diffSnapshots(options: {
  readonly source: string;
  readonly previous: readonly WatchedModel[];
  readonly current: readonly WatchedModel[];
  readonly identify: (model: WatchedModel) => IdentifiedModel;
  readonly detectedAt: string;
}): WatchEvent[] {
  const before = new Map(options.previous.map((model) => [model.id, model]));
  const events: WatchEvent[] = [];
  for (const model of options.current) {
    const identified = options.identify(model);
    const base = { vendor: identified.vendor, model: identified.model, source: options.source, source_model: model.id, detected_at: options.detectedAt };
    const old = before.get(model.id);
    if (old === undefined) {
      events.push({ ...base, type: "release", released: model.released, open_weights: identified.openWeights, licence: model.licence ?? identified.catalogModel?.licence ?? null, frontier: identified.frontier });
      if (model.deprecated) events.push({ ...base, type: "deprecation", expires: model.expires });
      continue;
    }
    if ((old.licence !== model.licence && (old.licence !== null || model.licence !== null)) || (old.openWeights !== null && model.openWeights !== null && old.openWeights !== model.openWeights)) {
      events.push({ ...base, type: "licence-change", from: old.licence, to: model.licence, open_weights_from: old.openWeights, open_weights_to: model.openWeights });
    }
    if (old.gated !== null && model.gated !== null && old.gated !== model.gated) events.push({ ...base, type: "gating-change", from: old.gated, to: model.gated });
    if (!samePrice(old.price, model.price)) events.push({ ...base, type: "price-change", from: old.price, to: model.price });
    if ((model.deprecated && !old.deprecated) || (model.expires !== null && model.expires !== old.expires)) events.push({ ...base, type: "deprecation", expires: model.expires });
  }
  return events;
}

function samePrice(a: WatchPrice | null, b: WatchPrice | null): boolean {
  if (a === null || b === null) return a === b;
  return a.input === b.input && a.output === b.output;
}

/**
 * One release event per vendor and model across sources (a new model appears on many
 * hosts at once); other events stay per source, because prices and gates are per host.
 */
export function dedupeReleases(events: readonly WatchEvent[]): WatchEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    if (event.type !== "release") return true;
    const key = `${event.vendor}\u0000${event.model}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
