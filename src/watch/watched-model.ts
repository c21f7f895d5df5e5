import type { Gating, WatchPrice } from "./watch-summary.js";

/**
 * One model as one source reports it, normalised across source formats. A snapshot
 * is the list of these for one source at one time; runs compare snapshots of the
 * same source field by field. `null` always means "the source does not say",
 * never false or zero.
 */
export interface WatchedModel {
  /** The id as the source spells it (`meta-llama/llama-4-maverick`, `meta/llama-4-scout`). */
  readonly id: string;
  readonly name: string | null;
  /** The organisation the source attributes it to (OpenRouter's id prefix, models.dev's provider, the Hub author). */
  readonly organisation: string | null;
  /** `YYYY-MM-DD`. */
  readonly released: string | null;
  readonly openWeights: boolean | null;
  /** Licence id as the source spells it (`apache-2.0`, `llama3.1`, `other`). */
  readonly licence: string | null;
  readonly gated: Gating | null;
  readonly price: WatchPrice | null;
  readonly contextLength: number | null;
  readonly deprecated: boolean;
  /** Announced end of service, `YYYY-MM-DD`. */
  readonly expires: string | null;
  /** Hugging Face repository of the weights (OpenRouter's `hugging_face_id`, the Hub id itself). */
  readonly huggingFaceId: string | null;
  /** Models this one derives from (Hub `baseModels` / `cardData.base_model`). */
  readonly baseModels: readonly string[];
}
