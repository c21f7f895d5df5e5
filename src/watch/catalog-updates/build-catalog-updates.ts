import { canonicalProviderId, type Catalog, type CatalogModel, type FieldProvenance, type RefreshedModelField } from "../../catalog/index.js";
import { createModelIdentifier } from "../identify-model.js";
import type { SourceType } from "../sources/watch-source.js";
import type { WatchedModel } from "../watched-model.js";

/** One source's current models, as `catalog update` read them (fresh, or the last snapshot when offline). */
export interface SourceModels {
  readonly name: string;
  readonly type: SourceType;
  readonly url: string;
  /** `YYYY-MM-DD` the models were read: the as-of date of every value taken from them. */
  readonly asOf: string;
  readonly models: readonly WatchedModel[];
}

/** A price row in the catalog file's shape, with its provenance. */
export interface FetchedPrice {
  readonly provider: string;
  readonly model: string;
  readonly input: number;
  readonly output: number;
  readonly basis: "fetched";
  readonly source: string;
  readonly asOf: string;
}

/** An override of a built-in model: only the refreshed fields, each with where it came from. */
export interface ModelRefresh {
  readonly id: string;
  readonly released?: string;
  readonly openWeight?: boolean;
  readonly contextLength?: number;
  readonly provenance: Partial<Record<RefreshedModelField, FieldProvenance>>;
}

/** One value that differs from what the catalog holds today. */
export interface CatalogChange {
  readonly model: string;
  /** A model field, or `price` (then `provider` says whose). */
  readonly field: RefreshedModelField | "price";
  readonly provider: string | null;
  readonly from: string | number | boolean | null;
  readonly to: string | number | boolean;
  readonly source: string;
  readonly asOf: string;
}

export interface CatalogUpdates {
  readonly models: readonly ModelRefresh[];
  readonly prices: readonly FetchedPrice[];
  /** The values that differ from the catalog as loaded (refreshes and prices also hold confirmed ones). */
  readonly changes: readonly CatalogChange[];
}

/** One field's value as the best-ranked feed states it. */
interface StatedFact {
  readonly value: string | number | boolean;
  readonly from: SourceModels;
  /** Index in `factSources[field]`: lower wins. */
  readonly rank: number;
}

/**
 * Facts about a model come only from entries its own vendor publishes (models.dev's
 * provider or the Hub organisation is one of the vendor's organisations): a host's
 * limits are the host's, not the model's. OpenRouter's `created` is the day it was
 * listed and its `context_length` what it serves, so it contributes prices only; the
 * Hub's `createdAt` is when a repository was made, often before the release, so release
 * dates come from models.dev alone. The first source in this order that says wins.
 */
const factSources: Record<RefreshedModelField, readonly SourceType[]> = {
  released: ["models-dev"],
  openWeight: ["models-dev", "huggingface"],
  contextLength: ["models-dev"],
};

/**
 * Compares the feeds with the catalog and returns what to write: each model field a
 * vendor's own feed entry states (changed or confirmed, with its source), every price a feed
 * lists for a catalog model (per host: OpenRouter under `openrouter`, models.dev under
 * its provider id). A price of zero in and out is a free tier, not a list price, and is
 * left out; so are models the catalog does not know with confidence.
 */
export function buildCatalogUpdates(options: { catalog: Catalog; sources: readonly SourceModels[] }): CatalogUpdates {
  const { catalog } = options;
  const identify = createModelIdentifier(catalog);
  const vendorOf = organisationVendors(catalog);
  const facts = new Map<string, Map<RefreshedModelField, StatedFact>>();
  const prices = new Map<string, FetchedPrice>();
  const modelsById = new Map<string, CatalogModel>();

  for (const source of options.sources) {
    for (const watched of source.models) {
      const model = identify(watched).catalogModel;
      if (model === undefined) continue;
      modelsById.set(model.id, model);
      const provider = canonicalProviderId(source.type === "openrouter" ? "openrouter" : (watched.organisation ?? source.name));
      if (watched.price !== null && source.type !== "huggingface" && (watched.price.input > 0 || watched.price.output > 0)) {
        const key = `${provider}\u0000${model.id}`;
        // Several entries of one host can name one catalog model (instruct and base ids): keep the cheapest, as a buyer would.
        const existing = prices.get(key);
        if (existing === undefined || watched.price.input < existing.input) {
          prices.set(key, { provider, model: model.id, input: watched.price.input, output: watched.price.output, basis: "fetched", source: source.url, asOf: source.asOf });
        }
      }
      const organisation = watched.organisation?.toLowerCase();
      if (organisation === undefined || vendorOf.get(organisation) !== model.vendor) continue;
      const stated: Partial<Record<RefreshedModelField, string | number | boolean>> = {
        released: watched.released ?? undefined,
        // A vendor's public Hub repository is open weights even where the listing has no flag for it.
        openWeight: source.type === "huggingface" ? true : (watched.openWeights ?? undefined),
        contextLength: watched.contextLength ?? undefined,
      };
      for (const field of Object.keys(factSources) as RefreshedModelField[]) {
        const value = stated[field];
        const rank = factSources[field].indexOf(source.type);
        if (value === undefined || rank < 0) continue;
        let fields = facts.get(model.id);
        if (fields === undefined) facts.set(model.id, (fields = new Map<RefreshedModelField, StatedFact>()));
        const held = fields.get(field);
        if (held === undefined || rank < held.rank) fields.set(field, { value, from: source, rank });
      }
    }
  }

  const refreshes: ModelRefresh[] = [];
  const changes: CatalogChange[] = [];
  for (const [id, fields] of [...facts].sort(([a], [b]) => a.localeCompare(b))) {
    const model = modelsById.get(id)!;
    const refresh: { id: string; provenance: Partial<Record<RefreshedModelField, FieldProvenance>> } & Partial<Record<RefreshedModelField, string | number | boolean>> = { id, provenance: {} };
    for (const [field, fact] of fields) {
      // A confirmed value is written too: its provenance says it was checked, and when.
      refresh[field] = fact.value;
      refresh.provenance[field] = { source: fact.from.url, asOf: fact.from.asOf };
      const current = model[field];
      if (current !== fact.value) changes.push({ model: id, field, provider: null, from: current ?? null, to: fact.value, source: fact.from.url, asOf: fact.from.asOf });
    }
    // Values first, provenance last: the file reads as an override with its footnotes.
    const { provenance, ...values } = refresh;
    refreshes.push({ ...values, provenance } as ModelRefresh);
  }
  const priceList = [...prices.values()].sort((a, b) => a.model.localeCompare(b.model) || a.provider.localeCompare(b.provider));
  for (const price of priceList) {
    const current = catalog.price(price.provider, price.model);
    if (current !== undefined && current.input === price.input && current.output === price.output) continue;
    changes.push({
      model: price.model,
      field: "price",
      provider: price.provider,
      from: current === undefined ? null : `${current.input}/${current.output}`,
      to: `${price.input}/${price.output}`,
      source: price.source,
      asOf: price.asOf,
    });
  }
  return { models: refreshes, prices: priceList, changes: changes.sort((a, b) => a.model.localeCompare(b.model) || a.field.localeCompare(b.field) || (a.provider ?? "").localeCompare(b.provider ?? "")) };
}

/** Lower-cased organisation → catalog vendor id (the vendor's own id counts as one of its organisations). */
function organisationVendors(catalog: Catalog): Map<string, string> {
  const vendors = new Map<string, string>();
  for (const vendor of catalog.vendors()) {
    vendors.set(vendor.id.toLowerCase(), vendor.id);
    for (const organisation of vendor.organisations) vendors.set(organisation.toLowerCase(), vendor.id);
  }
  return vendors;
}
