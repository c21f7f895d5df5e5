import { PriceTable } from "./prices/price-table.js";
import type { ImportedPrice } from "./prices/import-litellm-prices.js";
import { buildFamilyMatchers, type FamilyMatcher } from "./resolve/family-matchers.js";
import { ModelIdResolver } from "./resolve/model-id-resolver.js";
import type { ModelResolution } from "./resolve/model-resolution.js";
import type { CatalogData } from "./schema/catalog-file.js";
import type { CatalogFamily } from "./schema/catalog-family.js";
import type { CatalogLicence } from "./schema/catalog-licence.js";
import type { CatalogLine } from "./schema/catalog-line.js";
import type { CatalogModel } from "./schema/catalog-model.js";
import type { CatalogVendor } from "./schema/catalog-vendor.js";
import type { ModelPrice } from "./schema/model-price.js";
import { assessModelLockIn, summariseVendor, type LockInAssessment, type VendorSummary } from "./views/lock-in-risk.js";
import { openWeightAlternatives, type ModelAlternative } from "./views/open-weight-alternatives.js";
import { modelsOfLine } from "./views/models-of-line.js";
import { searchModels } from "./views/search-models.js";

export interface Catalog {
  /** Any provider's id → catalog model (or only its family), with a confidence; see ModelResolution. */
  resolve(id: string): ModelResolution | undefined;
  /** By catalog id. */
  model(id: string): CatalogModel | undefined;
  family(id: string): CatalogFamily | undefined;
  vendor(id: string): CatalogVendor | undefined;
  licence(id: string): CatalogLicence | undefined;
  /**
   * USD per million tokens for `modelId` at `provider` (`openai`, `together`, `bedrock`…;
   * LiteLLM spellings accepted). `modelId` may be the provider's own id or a catalog id.
   */
  price(provider: string, modelId: string): ModelPrice | undefined;
  families(): readonly CatalogFamily[];
  models(): readonly CatalogModel[];
  vendors(): readonly CatalogVendor[];
  licences(): readonly CatalogLicence[];
  /** Literal strings and patterns per family, for audits that prefilter text before resolving. */
  familyMatchers(): readonly FamilyMatcher[];
  /** Models matching a free-text query (the `switchyard catalog QUERY` view). */
  search(query?: string): readonly CatalogModel[];
  lockInRisk(modelId: string): LockInAssessment | undefined;
  vendorSummaries(): readonly VendorSummary[];
  /** Model lines (the playbook's vendor table, per line), in data order. */
  lines(): readonly CatalogLine[];
  /** The catalog models a line holds. */
  modelsOfLine(lineId: string): readonly CatalogModel[];
  /** Every known price of a model, one per provider, cheapest input first. */
  pricesOf(modelId: string): readonly ModelPrice[];
  /** Open-weight, open-source-licensed models of other vendors, closest first. */
  alternatives(modelId: string, limit?: number): readonly ModelAlternative[];
}

/** Resolutions below this do not attach an imported price to a catalog model. */
const priceAttachConfidence = 0.9;

export function createCatalog(options: { data: CatalogData; importedPrices?: readonly ImportedPrice[] }): Catalog {
  const { data } = options;
  const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> => new Map(items.map((item) => [item.id, item]));
  const models = byId(data.models);
  const families = byId(data.families);
  const vendors = byId(data.vendors);
  const licences = byId(data.licences);
  const resolver = new ModelIdResolver({ models: data.models, families: data.families });
  const matchers = buildFamilyMatchers(data.families);
  const prices = new PriceTable();
  for (const price of data.prices) prices.add({ price, keys: [price.model] });
  for (const imported of options.importedPrices ?? []) {
    const keys = [imported.price.model, imported.providerModelId];
    const resolution = resolver.resolve(imported.providerModelId);
    if (resolution?.kind === "model" && resolution.confidence >= priceAttachConfidence) keys.push(resolution.model.id);
    prices.add({ price: imported.price, keys });
  }

  const catalog: Catalog = {
    resolve: (id) => resolver.resolve(id),
    model: (id) => models.get(id),
    family: (id) => families.get(id),
    vendor: (id) => vendors.get(id),
    licence: (id) => licences.get(id),
    price(provider, modelId) {
      const direct = prices.get({ provider, key: modelId });
      if (direct !== undefined) return direct;
      const resolution = resolver.resolve(modelId);
      return resolution?.kind === "model" ? prices.get({ provider, key: resolution.model.id }) : undefined;
    },
    families: () => data.families,
    models: () => data.models,
    vendors: () => data.vendors,
    licences: () => data.licences,
    familyMatchers: () => matchers,
    search: (query) => searchModels({ data, resolver, query }),
    lockInRisk(modelId) {
      const model = models.get(modelId) ?? resolver.resolve(modelId)?.model;
      const licence = model === undefined ? undefined : licences.get(model.licence);
      const vendor = model === undefined ? undefined : vendors.get(model.vendor);
      return model === undefined || licence === undefined || vendor === undefined ? undefined : assessModelLockIn({ model, licence, vendor });
    },
    vendorSummaries: () => data.vendors.map((vendor) => summariseVendor({ vendor, data })),
    lines: () => data.lines,
    modelsOfLine(lineId) {
      const line = data.lines.find((candidate) => candidate.id === lineId);
      return line === undefined ? [] : modelsOfLine(line, data);
    },
    pricesOf: (modelId) => prices.forModel(modelId),
    alternatives(modelId, limit) {
      const target = models.get(modelId) ?? resolver.resolve(modelId)?.model;
      return target === undefined ? [] : openWeightAlternatives({ target, data, limit });
    },
  };
  return catalog;
}

/** The resolver's alias collisions, for the data-quality test. */
export function aliasCollisions(data: CatalogData): ModelIdResolver["collisions"] {
  return new ModelIdResolver({ models: data.models, families: data.families }).collisions;
}
