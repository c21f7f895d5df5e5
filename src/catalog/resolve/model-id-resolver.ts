import type { CatalogFamily } from "../schema/catalog-family.js";
import type { CatalogModel } from "../schema/catalog-model.js";
import { FamilyKeywordMatcher, type KeywordHit } from "./family-keyword-matcher.js";
import { matchConfidence, type ModelMatch, type ModelResolution } from "./model-resolution.js";
import { isSizeToken, normaliseModelId, tokenKey, type NormalisedModelId } from "./normalise-model-id.js";

export interface AliasCollision {
  readonly alias: string;
  readonly models: readonly [string, string];
}

const defaultCacheSize = 10_000;

/**
 * Serving tiers that hosts append (`-Turbo` on Together and DeepInfra). Dropped unless
 * the family lists the token as significant (`gpt-4-turbo` is its own model).
 */
const servingTokens: ReadonlySet<string> = new Set(["turbo"]);

/**
 * Resolves provider ids to catalog models. Every alias is normalised once at build time
 * into three maps (exact, prefix-stripped, token key); a lookup normalises the incoming
 * id once and probes those maps, then caches the answer in a bounded Map because a
 * gateway sees the same few ids over and over.
 */
export class ModelIdResolver {
  private readonly exact = new Map<string, CatalogModel>();
  private readonly stripped = new Map<string, CatalogModel>();
  private readonly keys = new Map<string, CatalogModel>();
  private readonly cache = new Map<string, ModelResolution | null>();
  private readonly matcher: FamilyKeywordMatcher;
  private readonly familiesById: ReadonlyMap<string, CatalogFamily>;
  private readonly cacheSize: number;
  /** Aliases (exact or normalised) claimed by two models; the first model keeps it. */
  readonly collisions: AliasCollision[] = [];

  constructor(options: { models: readonly CatalogModel[]; families: readonly CatalogFamily[]; cacheSize?: number }) {
    this.matcher = new FamilyKeywordMatcher(options.families);
    this.familiesById = new Map(options.families.map((family) => [family.id, family]));
    this.cacheSize = options.cacheSize ?? defaultCacheSize;
    for (const model of options.models) this.index(model);
  }

  private index(model: CatalogModel): void {
    const names = [model.id, model.name, ...Object.values(model.aliases).flat()];
    for (const name of names) {
      const normalised = normaliseModelId(name);
      this.claim({ map: this.exact, alias: normalised.exact, model });
      if (normalised.stripped !== normalised.exact) this.claim({ map: this.stripped, alias: normalised.stripped, model });
      const tokens = this.modelTokens(normalised)?.tokens;
      // A bare family id (`deepseek`, `mistral`) names a family, not a model: the exact
      // alias still works, but it must not swallow every loosened id of the family.
      if (tokens === undefined || (tokens.length === 1 && this.familiesById.has(tokens[0] ?? ""))) continue;
      this.claim({ map: this.keys, alias: tokenKey(tokens), model });
    }
  }

  private claim(options: { map: Map<string, CatalogModel>; alias: string; model: CatalogModel }): void {
    const current = options.map.get(options.alias);
    if (current === undefined) options.map.set(options.alias, options.model);
    else if (current.id !== options.model.id) this.collisions.push({ alias: options.alias, models: [current.id, options.model.id] });
  }

  resolve(id: string): ModelResolution | undefined {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.compute(id);
    if (this.cache.size >= this.cacheSize) {
      // Evict the oldest entry; insertion order makes the Map a cheap FIFO.
      const oldest = this.cache.keys().next();
      if (oldest.done !== true) this.cache.delete(oldest.value);
    }
    this.cache.set(id, result ?? null);
    return result;
  }

  private compute(id: string): ModelResolution | undefined {
    const normalised = normaliseModelId(id);
    const exact = this.exact.get(normalised.exact);
    if (exact !== undefined) return this.match({ model: exact, matchedBy: "alias", confidence: matchConfidence.alias });
    const stripped = this.exact.get(normalised.stripped) ?? this.stripped.get(normalised.stripped);
    if (stripped !== undefined) {
      return this.match({ model: stripped, matchedBy: "provider-prefix", confidence: matchConfidence["provider-prefix"] });
    }
    const named = this.modelTokens(normalised);
    if (named === undefined) return undefined;
    const { tokens, hits } = named;

    const direct = this.lookupLoosened(tokens);
    if (direct !== undefined) return this.match(direct);
    for (const hit of hits) {
      if (hit.position === 0) continue;
      const embedded = this.lookupLoosened(tokens.slice(hit.position));
      if (embedded !== undefined) return this.match({ model: embedded.model, matchedBy: "embedded", confidence: matchConfidence.embedded });
    }
    const first = hits[0];
    return first === undefined ? undefined : { kind: "family", family: first.family, confidence: matchConfidence.family, matchedBy: "family" };
  }

  /** Token key first, then the same with trailing tokens dropped (never a size token). */
  private lookupLoosened(tokens: readonly string[]): Omit<ModelMatch, "kind" | "family"> | undefined {
    const model = this.keys.get(tokenKey(tokens));
    if (model !== undefined) return { model, matchedBy: "normalised", confidence: matchConfidence.normalised };
    for (let end = tokens.length - 1; end >= 1; end -= 1) {
      if (isSizeToken(tokens[end] ?? "")) break;
      const shorter = this.keys.get(tokenKey(tokens.slice(0, end)));
      if (shorter !== undefined) {
        const extraDropped = tokens.length - end - 1;
        const confidence = Math.max(0.6, matchConfidence["normalised-prefix"] - 0.05 * extraDropped);
        return { model: shorter, matchedBy: "normalised-prefix", confidence };
      }
    }
    return undefined;
  }

  /**
   * The tokens that name the model: the last path segment when it names a family
   * (`meta-llama/Llama-3.1-8B`), else the whole path (`deepseek.r1` → `deepseek r1`).
   */
  private modelTokens(normalised: NormalisedModelId): { tokens: readonly string[]; hits: KeywordHit[] } | undefined {
    const last = normalised.segments.at(-1);
    if (last === undefined) return undefined;
    const lastHits = this.matcher.hits(last);
    if (lastHits.length > 0) return this.withoutServingTokens(last, lastHits);
    if (normalised.segments.length === 1) return undefined;
    const all = normalised.segments.flat();
    const allHits = this.matcher.hits(all);
    return allHits.length > 0 ? this.withoutServingTokens(all, allHits) : undefined;
  }

  private withoutServingTokens(tokens: readonly string[], hits: KeywordHit[]): { tokens: readonly string[]; hits: KeywordHit[] } {
    const significant = hits[0]?.family.significantTokens ?? [];
    const kept = tokens.filter((token) => !servingTokens.has(token) || significant.includes(token));
    return kept.length === tokens.length ? { tokens, hits } : { tokens: kept, hits: this.matcher.hits(kept) };
  }

  private match(options: Omit<ModelMatch, "kind" | "family">): ModelMatch {
    const family = this.familiesById.get(options.model.family);
    // The loader checks every model's family exists, so this only guards hand-built inputs.
    if (family === undefined) throw new Error(`model ${options.model.id} has unknown family ${options.model.family}`);
    return { kind: "model", family, ...options };
  }
}
