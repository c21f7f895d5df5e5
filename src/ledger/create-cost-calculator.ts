import type { Catalog } from "../catalog/index.js";
import type { GatewayConfig } from "../config/gateway-config.js";
import type { CostCalculator } from "./request-summary.js";
import { computeCost, type TokenPrices } from "./compute-cost.js";

/**
 * Prices requests: a `prices:` override for `provider/model` wins; otherwise the
 * catalog's price for the provider's type (`groq`, `openai`, `together`, …) and
 * the upstream model id. Self-hosted providers (`openai-compatible`, `vllm`, …)
 * have no catalog price, so their cost stays unknown unless overridden.
 */
export function createCostCalculator(options: { catalog: Catalog | undefined; config: () => GatewayConfig }): CostCalculator {
  // Which price applies depends only on the config and the target, so it is looked up
  // once per target and config (a reload brings a new config object, hence a new cache).
  const pricesByConfig = new WeakMap<GatewayConfig, Map<string, TokenPrices | undefined>>();
  const priceFor = (config: GatewayConfig, provider: string, upstreamModel: string): TokenPrices | undefined => {
    let prices = pricesByConfig.get(config);
    if (!prices) pricesByConfig.set(config, (prices = new Map<string, TokenPrices | undefined>()));
    const key = `${provider}/${upstreamModel}`;
    if (prices.has(key)) return prices.get(key);
    const type = config.providers.get(provider)?.type;
    const price = config.prices.get(key) ?? (type && options.catalog ? options.catalog.price(type, upstreamModel) : undefined);
    if (prices.size < 10_000) prices.set(key, price);
    return price;
  };
  return ({ provider, upstreamModel, usage }) => {
    const price = priceFor(options.config(), provider, upstreamModel);
    return price ? computeCost(usage, price) : undefined;
  };
}
