import type { Catalog } from "../../catalog/index.js";

/**
 * Whether a family's vendor is named by the family's word and "AI" (`Mistral AI`): only then is "Mistral AI …" or a
 * `MistralAI(` class the vendor. "a Granite AI account", `NovaAI()` name a product or a class of the code's own (IBM and
 * Amazon are the vendors). Hardened after the second review.
 */
export function vendorIsWordAi(catalog: Catalog, family: string, word: string): boolean {
  const vendor = catalog.family(family)?.vendor;
  const name = vendor === undefined ? undefined : catalog.vendor(vendor)?.name;
  return name !== undefined && name.toLowerCase().startsWith(`${word.toLowerCase()} ai`);
}
