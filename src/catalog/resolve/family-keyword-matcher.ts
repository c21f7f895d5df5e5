import type { CatalogFamily } from "../schema/catalog-family.js";

export interface KeywordHit {
  readonly family: CatalogFamily;
  /** Index of the keyword's first token. */
  readonly position: number;
}

interface Phrase {
  readonly tokens: readonly string[];
  readonly family: CatalogFamily;
  readonly exclude: boolean;
}

/**
 * Finds family keywords in a token list. Phrases are indexed by their first token so a
 * scan costs one Map lookup per token. An exclude phrase (`llama index`) hides the
 * keywords it covers, so `llama_index` names no family.
 */
export class FamilyKeywordMatcher {
  private readonly byFirstToken = new Map<string, Phrase[]>();

  constructor(families: readonly CatalogFamily[]) {
    for (const family of families) {
      for (const keyword of family.keywords) this.add({ tokens: keyword.split(" "), family, exclude: false });
      for (const excluded of family.excludes) this.add({ tokens: excluded.split(" "), family, exclude: true });
    }
    // Longest phrase first, so `command r7b` wins over `command r` and excludes win over keywords of equal length.
    for (const phrases of this.byFirstToken.values()) {
      phrases.sort((a, b) => b.tokens.length - a.tokens.length || Number(b.exclude) - Number(a.exclude));
    }
  }

  private add(phrase: Phrase): void {
    const first = phrase.tokens[0] ?? "";
    const list = this.byFirstToken.get(first);
    if (list === undefined) this.byFirstToken.set(first, [phrase]);
    else list.push(phrase);
  }

  /** Every keyword hit, left to right. */
  hits(tokens: readonly string[]): KeywordHit[] {
    const hits: KeywordHit[] = [];
    let index = 0;
    while (index < tokens.length) {
      const phrase = this.phraseAt(tokens, index);
      if (phrase === undefined) {
        index += 1;
        continue;
      }
      if (!phrase.exclude) hits.push({ family: phrase.family, position: index });
      index += phrase.tokens.length;
    }
    return hits;
  }

  /** Whether the tokens are exactly one keyword of the given family (a name, not a model). */
  isBareKeyword(tokens: readonly string[]): boolean {
    const phrase = tokens.length === 0 ? undefined : this.phraseAt(tokens, 0);
    return phrase !== undefined && !phrase.exclude && phrase.tokens.length === tokens.length;
  }

  private phraseAt(tokens: readonly string[], index: number): Phrase | undefined {
    const candidates = this.byFirstToken.get(tokens[index] ?? "");
    if (candidates === undefined) return undefined;
    return candidates.find((phrase) => phrase.tokens.every((token, offset) => tokens[index + offset] === token));
  }
}
