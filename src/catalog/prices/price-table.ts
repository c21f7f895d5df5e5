import type { ModelPrice } from "../schema/model-price.js";
import { canonicalProviderId } from "./canonical-provider-id.js";

/**
 * Prices by provider, then by model key. A row is reachable by its catalog id and, for
 * imported rows, by the provider's own id (lower-cased), so a lookup with the exact
 * string a gateway sends upstream needs no resolution.
 */
export class PriceTable {
  private readonly byProvider = new Map<string, Map<string, ModelPrice>>();

  /** Later rows replace earlier ones for the same key: user files and imports override built-ins. */
  add(options: { price: ModelPrice; keys: readonly string[] }): void {
    const provider = canonicalProviderId(options.price.provider);
    let rows = this.byProvider.get(provider);
    if (rows === undefined) {
      rows = new Map();
      this.byProvider.set(provider, rows);
    }
    for (const key of options.keys) rows.set(key.toLowerCase(), options.price);
  }

  get(options: { provider: string; key: string }): ModelPrice | undefined {
    return this.byProvider.get(canonicalProviderId(options.provider))?.get(options.key.toLowerCase());
  }

  /** One price per provider for a catalog id, cheapest input first. */
  forModel(modelId: string): ModelPrice[] {
    const key = modelId.toLowerCase();
    return [...this.byProvider.values()].flatMap((rows) => {
      const price = rows.get(key);
      return price === undefined ? [] : [price];
    }).sort((a, b) => a.input - b.input || a.output - b.output);
  }
}
