/**
 * The catalog's public surface: what the gateway, ledger, audit and CLI import.
 * Keep it small; everything else in src/catalog is internal.
 */
export { loadCatalog, loadCatalogData, type LoadCatalogOptions } from "./load-catalog.js";
export type { Catalog } from "./catalog.js";
export { CatalogError } from "./load/catalog-error.js";
export type { ModelResolution, ModelMatch, FamilyMatch, MatchedBy } from "./resolve/model-resolution.js";
export type { FamilyMatcher } from "./resolve/family-matchers.js";
export type { CatalogFamily } from "./schema/catalog-family.js";
export type { CatalogVendor, DistributionStrategy } from "./schema/catalog-vendor.js";
export type { CatalogLicence, LicenceClauses, LicenceKind } from "./schema/catalog-licence.js";
export type { CatalogLine } from "./schema/catalog-line.js";
export type { CatalogModel, FieldProvenance, Modality, ModelHost, ModelTier, RefreshedModelField } from "./schema/catalog-model.js";
export type { ModelPrice, PriceBasis } from "./schema/model-price.js";
export type { LockInAssessment, LockInLevel, VendorSummary } from "./views/lock-in-risk.js";
export type { ModelAlternative } from "./views/open-weight-alternatives.js";
export { canonicalProviderId } from "./prices/canonical-provider-id.js";
export { modelTier } from "./views/model-tier.js";
export { modelLineRow, type ModelLineRow } from "./views/model-line-row.js";

import type { FamilyMatcher } from "./resolve/family-matchers.js";
import { loadCatalog } from "./load-catalog.js";

/** Family keywords and patterns from the built-in catalog, for cheap text prefiltering. */
export function familyMatchers(): readonly FamilyMatcher[] {
  return loadCatalog().familyMatchers();
}
