import { familySignatures } from "./family-signatures.js";

/**
 * `anthropicApiKey` from `ANTHROPIC_API_KEY`: each family's vendor key variable in camelCase, the name a settings object gives
 * the key (round twenty-one's `ApiKeyService.anthropicApiKey`, round twenty-four's `xaiApiKey: ""` defaults). Vendor prefixes
 * of one or two letters (`CO_API_KEY`, `Z_API_KEY`) are left out: `coApiKey` is too short a name to be the vendor's.
 * Its own file so that `audit-matchers.ts` can take the prefilter's literals without importing a detector.
 */
export const vendorKeyProperties: readonly (readonly [property: string, family: string])[] = familySignatures.flatMap((signature) =>
  signature.environmentKeys.flatMap((key) => {
    const vendor = /^([A-Z]{3,})_API_KEY$/.exec(key)?.[1];
    return vendor === undefined ? [] : [[`${vendor.toLowerCase()}ApiKey`, signature.family] as const];
  }),
);

