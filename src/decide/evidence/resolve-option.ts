import type { Catalog, CatalogModel } from "../../catalog/index.js";

/** A gateway alias's targets, as `decide` needs them (the config's routes, reduced). */
export type AliasTargets = ReadonlyMap<string, readonly string[]>;

/**
 * The catalog model an option stands for: a catalog id, any provider's id the
 * catalog resolves, or a gateway alias whose first target resolves. Undefined
 * when none of these knows it.
 */
export function resolveOption(option: string, catalog: Catalog, aliases: AliasTargets): CatalogModel | undefined {
  const direct = catalog.model(option);
  if (direct !== undefined) return direct;
  const targets = aliases.get(option);
  if (targets !== undefined) {
    for (const target of targets) {
      const model = resolvedModel(target, catalog);
      if (model !== undefined) return model;
    }
    return undefined;
  }
  return resolvedModel(option, catalog);
}

function resolvedModel(id: string, catalog: Catalog): CatalogModel | undefined {
  const resolution = catalog.resolve(id);
  return resolution?.kind === "model" ? resolution.model : undefined;
}

/** Whether an option names something real: a catalog model or a configured alias. */
export function isKnownOption(option: string, catalog: Catalog, aliases: AliasTargets): boolean {
  return aliases.has(option) || resolveOption(option, catalog, aliases) !== undefined;
}
