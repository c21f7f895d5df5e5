import { parseHuggingFace } from "./sources/parse-huggingface.js";
import { parseModelsDev } from "./sources/parse-models-dev.js";
import { parseOpenRouter } from "./sources/parse-openrouter.js";
import type { SourceType } from "./sources/watch-source.js";
import type { WatchedModel } from "./watched-model.js";

const parsers: Record<SourceType, (body: unknown) => WatchedModel[]> = {
  "models-dev": parseModelsDev,
  openrouter: parseOpenRouter,
  huggingface: parseHuggingFace,
};

/** A feed body in its source type's format → normalised models, sorted by id so equal content hashes equally. */
export function parseFeed(type: SourceType, body: unknown): WatchedModel[] {
  return parsers[type](body).sort((a, b) => a.id.localeCompare(b.id));
}
