import type { z } from "zod";
import { catalogSectionSchemas, type CatalogData, type CatalogSection } from "../schema/catalog-file.js";
import { CatalogError, formatDotPath } from "./catalog-error.js";
import type { MergedEntry, MergedSections } from "./merge-catalog-files.js";

/** Validates every merged entry against its schema, then checks references between entries. */
export function buildCatalogData(merged: MergedSections): CatalogData {
  const data = {
    families: validateSection({ merged, section: "families" }),
    vendors: validateSection({ merged, section: "vendors" }),
    licences: validateSection({ merged, section: "licences" }),
    models: validateSection({ merged, section: "models" }),
    prices: validateSection({ merged, section: "prices" }),
    lines: validateSection({ merged, section: "lines" }),
  };
  checkReferences({ data, merged });
  return data;
}

type SectionValue<S extends CatalogSection> = z.infer<(typeof catalogSectionSchemas)[S]>;

function validateSection<S extends CatalogSection>(options: { merged: MergedSections; section: S }): SectionValue<S>[] {
  const { merged, section } = options;
  const schema = catalogSectionSchemas[section];
  const values: SectionValue<S>[] = [];
  for (const entry of merged[section].values()) {
    const parsed = schema.safeParse(entry.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CatalogError({
        file: entry.file,
        path: formatDotPath([section, entry.index, ...(issue?.path ?? [])]),
        problem: issue?.message ?? "invalid entry",
      });
    }
    values.push(parsed.data as SectionValue<S>);
  }
  return values;
}

function checkReferences(options: { data: CatalogData; merged: MergedSections }): void {
  const { data, merged } = options;
  const ids = {
    families: new Set(data.families.map((family) => family.id)),
    vendors: new Set(data.vendors.map((vendor) => vendor.id)),
    licences: new Set(data.licences.map((licence) => licence.id)),
    models: new Set(data.models.map((model) => model.id)),
  };
  const fail = (options: { entry: MergedEntry | undefined; section: CatalogSection; field: string; problem: string }): never => {
    const path = options.entry === undefined ? options.field : `${options.section}[${options.entry.index}].${options.field}`;
    throw new CatalogError({ file: options.entry?.file ?? "catalog", path, problem: options.problem });
  };
  for (const family of data.families) {
    if (!ids.vendors.has(family.vendor)) {
      fail({ entry: merged.families.get(family.id), section: "families", field: "vendor", problem: `unknown vendor "${family.vendor}"` });
    }
  }
  for (const model of data.models) {
    const entry = merged.models.get(model.id);
    if (!ids.families.has(model.family)) fail({ entry, section: "models", field: "family", problem: `unknown family "${model.family}"` });
    if (!ids.vendors.has(model.vendor)) fail({ entry, section: "models", field: "vendor", problem: `unknown vendor "${model.vendor}"` });
    if (!ids.licences.has(model.licence)) fail({ entry, section: "models", field: "licence", problem: `unknown licence "${model.licence}"` });
    if (model.baseModel !== undefined && !ids.models.has(model.baseModel)) {
      fail({ entry, section: "models", field: "baseModel", problem: `unknown model "${model.baseModel}"` });
    }
  }
  for (const line of data.lines) {
    const entry = merged.lines.get(line.id);
    if (!ids.vendors.has(line.vendor)) fail({ entry, section: "lines", field: "vendor", problem: `unknown vendor "${line.vendor}"` });
    line.families.forEach((family, index) => {
      if (!ids.families.has(family)) fail({ entry, section: "lines", field: `families[${index}]`, problem: `unknown family "${family}"` });
    });
    line.licences.forEach((licence, index) => {
      if (!ids.licences.has(licence)) fail({ entry, section: "lines", field: `licences[${index}]`, problem: `unknown licence "${licence}"` });
    });
  }
  // Prices may name a provider's own id for models the catalog does not know, so
  // `model` is not checked here; lookups resolve it either way.
}
