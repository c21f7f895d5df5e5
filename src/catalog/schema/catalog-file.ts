import { z } from "zod";
import { catalogFamilySchema } from "./catalog-family.js";
import { catalogLicenceSchema } from "./catalog-licence.js";
import { catalogLineSchema } from "./catalog-line.js";
import { catalogModelSchema } from "./catalog-model.js";
import { catalogVendorSchema } from "./catalog-vendor.js";
import { modelPriceSchema } from "./model-price.js";

/** The sections a catalog file may hold; built-in and user files share the shape. */
export const catalogSectionSchemas = {
  families: catalogFamilySchema,
  vendors: catalogVendorSchema,
  licences: catalogLicenceSchema,
  models: catalogModelSchema,
  prices: modelPriceSchema,
  lines: catalogLineSchema,
} as const;

export type CatalogSection = keyof typeof catalogSectionSchemas;
export const catalogSections = Object.keys(catalogSectionSchemas) as CatalogSection[];

/**
 * The file-level shape before entries are merged: every section is a list of objects.
 * Entries are validated one by one after merging, because an override entry may be
 * partial and only the merged result has to be complete.
 */
export const catalogFileSchema = z.strictObject({
  families: z.array(z.record(z.string(), z.unknown())).optional(),
  vendors: z.array(z.record(z.string(), z.unknown())).optional(),
  licences: z.array(z.record(z.string(), z.unknown())).optional(),
  models: z.array(z.record(z.string(), z.unknown())).optional(),
  prices: z.array(z.record(z.string(), z.unknown())).optional(),
  lines: z.array(z.record(z.string(), z.unknown())).optional(),
});

export type CatalogFile = z.infer<typeof catalogFileSchema>;

export interface CatalogData {
  readonly families: readonly z.infer<typeof catalogFamilySchema>[];
  readonly vendors: readonly z.infer<typeof catalogVendorSchema>[];
  readonly licences: readonly z.infer<typeof catalogLicenceSchema>[];
  readonly models: readonly z.infer<typeof catalogModelSchema>[];
  readonly prices: readonly z.infer<typeof modelPriceSchema>[];
  readonly lines: readonly z.infer<typeof catalogLineSchema>[];
}
