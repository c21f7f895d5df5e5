import type { CatalogFamily } from "../schema/catalog-family.js";
import type { CatalogModel } from "../schema/catalog-model.js";

/**
 * How an id was matched, from most to least certain:
 * - `alias`: the id is exactly a catalog id, name or host alias (confidence 1.0)
 * - `provider-prefix`: exactly an alias once host prefixes/suffixes are removed (0.95)
 * - `normalised`: same tokens as an alias, ignoring case, separators, version punctuation,
 *   token order, quantisation and serving suffixes (0.9)
 * - `normalised-prefix`: same after dropping trailing unknown tokens such as dates or
 *   fine-tune names; size tokens are never dropped (0.8, less per extra token, at least 0.6)
 * - `embedded`: a known model's tokens appear after a prefix, e.g. `Hermes-3-Llama-3.1-8B` (0.55)
 * - `family`: the id names a family but no catalog model (0.3)
 */
export type MatchedBy = "alias" | "provider-prefix" | "normalised" | "normalised-prefix" | "embedded" | "family";

export interface ModelMatch {
  readonly kind: "model";
  readonly model: CatalogModel;
  readonly family: CatalogFamily;
  readonly confidence: number;
  readonly matchedBy: Exclude<MatchedBy, "family">;
}

/**
 * The id clearly names a family (`llama-9-mega`, `gemma-custom`) but no model we know.
 * `model` is present as `undefined` so callers can read `resolution.model?.id` on either kind.
 */
export interface FamilyMatch {
  readonly kind: "family";
  readonly model?: undefined;
  readonly family: CatalogFamily;
  readonly confidence: number;
  readonly matchedBy: "family";
}

export type ModelResolution = ModelMatch | FamilyMatch;

export const matchConfidence = {
  alias: 1,
  "provider-prefix": 0.95,
  normalised: 0.9,
  "normalised-prefix": 0.8,
  embedded: 0.55,
  family: 0.3,
} as const satisfies Record<MatchedBy, number>;
