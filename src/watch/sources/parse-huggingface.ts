import type { Gating } from "../watch-summary.js";
import type { WatchedModel } from "../watched-model.js";
import { FeedFormatError } from "./feed-format-error.js";
import { dayOrNull, isRecord, stringOrNull } from "./feed-values.js";

/**
 * The Hub's `/api/models?author=ORG` listing: an array of models. Every listed repository
 * has downloadable weights (gated ones after accepting terms), so openness is true; the
 * licence is `cardData.license`, else a `license:` tag; `other` is refined by `license_name`.
 * Repositories whose `pipeline_tag` is not a language-model task are left out.
 */
const languageModelTasks: ReadonlySet<string> = new Set(["text-generation", "image-text-to-text", "any-to-any", "text2text-generation", "audio-text-to-text", "video-text-to-text"]);

export function parseHuggingFace(body: unknown): WatchedModel[] {
  if (!Array.isArray(body)) throw new FeedFormatError("expected an array of models");
  return body.flatMap((entry): WatchedModel[] => {
    if (!isRecord(entry)) return [];
    const id = stringOrNull(entry.id) ?? stringOrNull(entry.modelId);
    if (id === null || entry.disabled === true || entry.private === true) return [];
    // Organisations also publish encoders, vision and speech models; watch follows language models.
    if (typeof entry.pipeline_tag === "string" && !languageModelTasks.has(entry.pipeline_tag)) return [];
    const card = isRecord(entry.cardData) ? entry.cardData : {};
    const tags = Array.isArray(entry.tags) ? entry.tags.filter((tag): tag is string => typeof tag === "string") : [];
    return [
      {
        id,
        name: id.slice(id.indexOf("/") + 1),
        organisation: stringOrNull(entry.author) ?? (id.includes("/") ? id.slice(0, id.indexOf("/")) : null),
        released: dayOrNull(entry.createdAt),
        openWeights: true,
        licence: licenceOf(card, tags),
        gated: gatingOf(entry.gated),
        price: null,
        contextLength: null,
        deprecated: false,
        expires: null,
        huggingFaceId: id,
        baseModels: baseModelsOf(entry, card),
      },
    ];
  });
}

function licenceOf(card: Record<string, unknown>, tags: readonly string[]): string | null {
  const fromCard = stringOrNull(card.license);
  const licence = fromCard ?? tags.find((tag) => tag.startsWith("license:"))?.slice("license:".length) ?? null;
  if (licence === "other") return stringOrNull(card.license_name) ?? "other";
  return licence;
}

function gatingOf(value: unknown): Gating | null {
  if (value === false) return "none";
  if (value === "auto" || value === "manual") return value;
  if (value === true) return "auto";
  return null;
}

function baseModelsOf(entry: Record<string, unknown>, card: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === "string" && value !== "") found.add(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (isRecord(value)) add(value.id ?? value.models);
  };
  add(card.base_model);
  add(entry.baseModels);
  return [...found].sort();
}
