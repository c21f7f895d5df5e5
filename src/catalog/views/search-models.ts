import type { CatalogData } from "../schema/catalog-file.js";
import type { CatalogModel } from "../schema/catalog-model.js";
import type { ModelIdResolver } from "../resolve/model-id-resolver.js";

/**
 * Models matching a free-text query: a substring of id, name, family, vendor, licence or
 * any alias (so `llama` also lists Llama-derived models from other vendors); failing
 * that, whatever the resolver makes of it (`Llama-3.1-70B-Instruct-AWQ`). Sorted by
 * family, then release date.
 */
export function searchModels(options: { data: CatalogData; resolver: ModelIdResolver; query?: string }): CatalogModel[] {
  const { data, resolver } = options;
  const query = options.query?.trim().toLowerCase() ?? "";
  let matches = query === "" ? [...data.models] : data.models.filter((model) => modelMentions(model, query));
  if (matches.length === 0) {
    const resolution = resolver.resolve(query);
    if (resolution?.kind === "model") matches = [resolution.model];
    else if (resolution?.kind === "family") matches = data.models.filter((model) => model.family === resolution.family.id);
  }
  return matches.sort((a, b) => a.family.localeCompare(b.family) || a.released.localeCompare(b.released) || a.id.localeCompare(b.id));
}

function modelMentions(model: CatalogModel, query: string): boolean {
  if ([model.id, model.name, model.family, model.vendor, model.licence].some((text) => text.toLowerCase().includes(query))) return true;
  return Object.values(model.aliases).some((aliases) => aliases.some((alias) => alias.toLowerCase().includes(query)));
}
