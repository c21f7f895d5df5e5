import { readFileSync } from "node:fs";
import { z } from "zod";
import { CatalogError } from "../load/catalog-error.js";
import type { ModelPrice } from "../schema/model-price.js";
import { canonicalProviderId } from "./canonical-provider-id.js";

/**
 * The fields we read from one entry of LiteLLM's `model_prices_and_context_window.json`.
 * Everything else in an entry is ignored; costs there are USD per token.
 */
const litellmEntrySchema = z.looseObject({
  litellm_provider: z.string().optional(),
  mode: z.string().optional(),
  input_cost_per_token: z.number().nonnegative().optional(),
  output_cost_per_token: z.number().nonnegative().optional(),
  cache_read_input_token_cost: z.number().nonnegative().optional(),
  cache_creation_input_token_cost: z.number().nonnegative().optional(),
  output_cost_per_reasoning_token: z.number().nonnegative().optional(),
});

export interface ImportedPrice {
  readonly price: ModelPrice;
  /** The provider's model id, with LiteLLM's own `provider/` routing prefix removed. */
  readonly providerModelId: string;
}

/** Modes that are not priced per text token in and out. */
const unpricedModes: ReadonlySet<string> = new Set(["image_generation", "audio_transcription", "audio_speech", "moderation", "rerank", "search"]);

export function importLitellmPrices(options: { path: string; asOf?: string }): ImportedPrice[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(options.path, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? "invalid JSON" : "cannot read file";
    throw new CatalogError({ file: options.path, path: "", problem: reason });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CatalogError({ file: options.path, path: "", problem: "expected an object keyed by model name" });
  }
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const imported: ImportedPrice[] = [];
  for (const [name, value] of Object.entries(parsed)) {
    // `sample_spec` documents the format; it is not a model.
    if (name === "sample_spec") continue;
    const entry = litellmEntrySchema.safeParse(value);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      const field = issue?.path.map(String).join(".") ?? "";
      throw new CatalogError({ file: options.path, path: field === "" ? name : `${name}.${field}`, problem: issue?.message ?? "invalid entry" });
    }
    const data = entry.data;
    if (data.input_cost_per_token === undefined || data.output_cost_per_token === undefined) continue;
    if (data.mode !== undefined && unpricedModes.has(data.mode)) continue;
    const provider = canonicalProviderId(data.litellm_provider ?? "openai");
    imported.push({
      providerModelId: stripRoutingPrefix({ name, litellmProvider: data.litellm_provider }),
      price: {
        provider,
        model: name,
        input: perMillion(data.input_cost_per_token),
        output: perMillion(data.output_cost_per_token),
        cachedInput: optionalPerMillion(data.cache_read_input_token_cost),
        cacheWrite: optionalPerMillion(data.cache_creation_input_token_cost),
        reasoning: optionalPerMillion(data.output_cost_per_reasoning_token),
        basis: "litellm-import",
        source: options.path,
        asOf,
      },
    });
  }
  return imported;
}

/** LiteLLM keys many models as `<litellm provider>/<provider's id>`; the gateway sends the latter. */
function stripRoutingPrefix(options: { name: string; litellmProvider: string | undefined }): string {
  const slash = options.name.indexOf("/");
  if (slash < 0) return options.name;
  const head = options.name.slice(0, slash);
  const isRoutingPrefix =
    head === options.litellmProvider || canonicalProviderId(head) === canonicalProviderId(options.litellmProvider ?? "");
  return isRoutingPrefix ? options.name.slice(slash + 1) : options.name;
}

/** Per-token floats (2.5e-6) times a million carry binary noise; twelve significant digits is far beyond any price. */
function perMillion(perToken: number): number {
  return Number((perToken * 1_000_000).toPrecision(12));
}

function optionalPerMillion(perToken: number | undefined): number | undefined {
  return perToken === undefined ? undefined : perMillion(perToken);
}
