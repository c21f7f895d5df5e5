import type { WatchedModel } from "../watched-model.js";
import { FeedFormatError } from "./feed-format-error.js";
import { booleanOrNull, dayOrNull, isRecord, numberOrNull, roundPrice, stringOrNull } from "./feed-values.js";

/**
 * models.dev `api.json`: `{ [providerId]: { id, name, models: { [modelId]: {...} } } }`.
 * One record per provider × model (`provider/model`), because prices and limits are
 * per provider; the organisation is the provider id.
 */
export function parseModelsDev(body: unknown): WatchedModel[] {
  if (!isRecord(body)) throw new FeedFormatError("expected an object keyed by provider id");
  const models: WatchedModel[] = [];
  let providers = 0;
  for (const [providerId, provider] of Object.entries(body)) {
    if (!isRecord(provider) || !isRecord(provider.models)) continue;
    providers++;
    for (const [modelId, model] of Object.entries(provider.models)) {
      if (!isRecord(model)) continue;
      const cost = isRecord(model.cost) ? model.cost : {};
      const input = numberOrNull(cost.input);
      const output = numberOrNull(cost.output);
      const limit = isRecord(model.limit) ? model.limit : {};
      models.push({
        id: `${providerId}/${stringOrNull(model.id) ?? modelId}`,
        name: stringOrNull(model.name),
        organisation: providerId,
        released: dayOrNull(model.release_date),
        openWeights: booleanOrNull(model.open_weights),
        licence: stringOrNull(model.license),
        gated: null,
        price: input !== null && output !== null ? { input: roundPrice(input), output: roundPrice(output) } : null,
        contextLength: numberOrNull(limit.context),
        deprecated: model.status === "deprecated",
        expires: null,
        huggingFaceId: null,
        baseModels: [],
      });
    }
  }
  if (providers === 0 && Object.keys(body).length > 0) throw new FeedFormatError("no provider with a `models` object");
  return models;
}
