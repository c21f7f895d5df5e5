import type { WatchedModel } from "../watched-model.js";
import { FeedFormatError } from "./feed-format-error.js";
import { dayFromUnixSeconds, dayOrNull, isRecord, numberOrNull, roundPrice, stringOrNull } from "./feed-values.js";

/**
 * OpenRouter `/api/v1/models`: `{ data: [...] }`. Prices are strings in USD per token;
 * a non-empty `hugging_face_id` means the weights are published, an empty one that
 * they are not (OpenRouter fills it for every open model it serves).
 */
export function parseOpenRouter(body: unknown): WatchedModel[] {
  if (!isRecord(body) || !Array.isArray(body.data)) throw new FeedFormatError("expected { data: [...] }");
  return body.data.flatMap((entry): WatchedModel[] => {
    if (!isRecord(entry)) return [];
    const id = stringOrNull(entry.id);
    if (id === null) return [];
    const pricing = isRecord(entry.pricing) ? entry.pricing : {};
    const prompt = numberOrNull(pricing.prompt);
    const completion = numberOrNull(pricing.completion);
    const huggingFaceId = stringOrNull(entry.hugging_face_id);
    const expires = dayOrNull(entry.expiration_date);
    // A negative price is OpenRouter's marker for a router whose price varies (openrouter/auto): not a price.
    const priced = prompt !== null && completion !== null && prompt >= 0 && completion >= 0;
    return [
      {
        id,
        // OpenRouter prefixes display names with the vendor ("Meta: Llama 4 Scout").
        name: stringOrNull(entry.name)?.replace(/^[^:]{1,40}:\s+/, "") ?? null,
        organisation: id.includes("/") ? id.slice(0, id.indexOf("/")) : null,
        released: dayFromUnixSeconds(entry.created),
        openWeights: "hugging_face_id" in entry ? huggingFaceId !== null : null,
        licence: null,
        gated: null,
        price: priced ? { input: roundPrice(prompt * 1e6), output: roundPrice(completion * 1e6) } : null,
        contextLength: numberOrNull(entry.context_length),
        deprecated: expires !== null,
        expires,
        huggingFaceId,
        baseModels: [],
      },
    ];
  });
}
