import { modelTier, type Catalog, type CatalogModel } from "../catalog/index.js";
import type { WatchedModel } from "./watched-model.js";

/** A source's model placed on a vendor's timeline. */
export interface IdentifiedModel {
  /** Catalog id when known, else a spelling-neutral key of the source's id. */
  readonly model: string;
  readonly name: string;
  /** Catalog vendor id, else the source's organisation (lower-case). */
  readonly vendor: string;
  readonly openWeights: boolean | null;
  readonly frontier: boolean;
  /** The catalog entry, when the source's id resolved to one with confidence. */
  readonly catalogModel: CatalogModel | undefined;
  /** Whether the catalog knows the model's family or its vendor: what vendor timelines are built from. */
  readonly followed: boolean;
}

/** Below this a resolution names the family only: a new release must not be mistaken for an old one. */
const modelConfidence = 0.9;
const smallMarkers = /(?:^|[-_.\s])(?:mini|nano|lite|small|tiny|micro|haiku|edge|flash-lite|guard|embed(?:ding)?|\d+(?:\.\d+)?m)(?:$|[-_.\s])/;
const sizeToken = /(?:^|[-_.\s])(\d+(?:\.\d+)?)b(?:$|[-_.\s])/;
const checkpointSuffix = /(?:[-_](?:instruct|it|chat|hf|base|fp8|bf16|awq|gguf|original))+$/;

/**
 * Maps a source's model to a catalog model (vendor, openness, tier from the catalog),
 * else to a family (vendor from the catalog), else to the source's own fields.
 * Frontier for models the catalog does not know: a stated size ≥ 150B, or a
 * proprietary model with no small-model marker in its name (vendors do not publish
 * flagship sizes); open models of unknown size are not counted as frontier.
 */
export function createModelIdentifier(catalog: Catalog): (watched: WatchedModel) => IdentifiedModel {
  const vendorByOrganisation = new Map<string, string>();
  for (const vendor of catalog.vendors()) {
    vendorByOrganisation.set(vendor.id.toLowerCase(), vendor.id);
    for (const organisation of vendor.organisations) vendorByOrganisation.set(organisation.toLowerCase(), vendor.id);
  }
  const cache = new Map<string, IdentifiedModel>();
  return (watched) => {
    const cacheKey = `${watched.id}\u0000${watched.huggingFaceId ?? ""}\u0000${String(watched.openWeights)}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const resolutions = [watched.id, watched.huggingFaceId, lastSegment(watched.id)].flatMap((id) => (id === null ? [] : [catalog.resolve(id)])).filter((resolution) => resolution !== undefined);
    const modelMatch = resolutions.find((resolution) => resolution.kind === "model" && resolution.confidence >= modelConfidence)?.model;
    const family = resolutions[0]?.family;
    const organisation = watched.organisation?.toLowerCase() ?? null;
    const knownVendor = organisation === null ? undefined : vendorByOrganisation.get(organisation);
    const vendor = modelMatch?.vendor ?? family?.vendor ?? knownVendor ?? organisation ?? "unknown";
    const openWeights = modelMatch?.openWeight ?? watched.openWeights;
    const key = modelMatch?.id ?? modelKey(watched.id);
    const identified: IdentifiedModel = {
      model: key,
      name: modelMatch?.name ?? watched.name ?? key,
      vendor,
      openWeights,
      frontier: modelMatch !== undefined ? modelTier(modelMatch) === "frontier" : guessFrontier(key, openWeights),
      catalogModel: modelMatch,
      followed: family !== undefined || knownVendor !== undefined,
    };
    cache.set(cacheKey, identified);
    return identified;
  };
}

/** `meta-llama/Llama-4.1-8B-Instruct` → `llama-4.1-8b`: one key for a release's checkpoints on every host. */
export function modelKey(id: string): string {
  return (lastSegment(id) ?? id).toLowerCase().replace(/:.*$/, "").replace(checkpointSuffix, "");
}

function lastSegment(id: string): string | null {
  const segment = id.split("/").pop();
  return segment === undefined || segment === "" || segment === id ? null : segment;
}

function guessFrontier(key: string, openWeights: boolean | null): boolean {
  const size = sizeToken.exec(key)?.[1];
  if (size !== undefined) return Number(size) >= 150;
  if (smallMarkers.test(key)) return false;
  return openWeights === false;
}
