import { licenceObligations } from "../../audit/detect/licence-obligations.js";
import type { Catalog, CatalogModel, LockInAssessment, ModelPrice } from "../../catalog/index.js";

/** Licence, lock-in, self-hosting and price of one option, from the catalog. */
export interface OptionTerms {
  readonly option: string;
  /** Undefined when the option resolves to no catalog model (an alias to an unknown model). */
  readonly model: CatalogModel | undefined;
  readonly vendor: string | undefined;
  readonly licence: { readonly id: string; readonly shortName: string; readonly kind: string; readonly url: string } | undefined;
  readonly obligations: readonly string[];
  readonly lockIn: LockInAssessment | undefined;
  /** Open weights under a licence that allows production use. */
  readonly selfHostable: boolean | undefined;
  /** The cheapest list price the catalog has for it (by output price), with its provider, basis and as-of. */
  readonly cheapestPrice: ModelPrice | undefined;
}

export function optionTerms(options: { option: string; model: CatalogModel | undefined; catalog: Catalog; prices: readonly ModelPrice[] }): OptionTerms {
  const { model, catalog } = options;
  if (model === undefined) return { option: options.option, model, vendor: undefined, licence: undefined, obligations: [], lockIn: undefined, selfHostable: undefined, cheapestPrice: undefined };
  const licence = catalog.licence(model.licence);
  const prices = options.prices.filter((price) => price.model === model.id || catalog.resolve(price.model)?.model?.id === model.id);
  const cheapestPrice = [...prices].sort((a, b) => a.output - b.output || a.input - b.input)[0];
  return {
    option: options.option,
    model,
    vendor: model.vendor,
    licence: licence === undefined ? undefined : { id: licence.id, shortName: licence.shortName, kind: licence.kind, url: licence.url },
    obligations: licence === undefined ? [] : licenceObligations(licence, model),
    lockIn: catalog.lockInRisk(model.id),
    selfHostable: licence === undefined ? undefined : model.openWeight && licence.clauses.commercialUse.allowed !== "no",
    cheapestPrice,
  };
}
