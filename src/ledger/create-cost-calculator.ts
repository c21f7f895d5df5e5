import type { Catalog } from "../catalog/index.js";
import type { GatewayConfig } from "../config/gateway-config.js";
import type { CostCalculator } from "../server/request-summary.js";
import { computeCost } from "./compute-cost.js";

/**
 * Prices requests: a `prices:` override for `provider/model` wins; otherwise the
 * catalog's price for the provider's type (`groq`, `openai`, `together`, …) and
 * the upstream model id. Self-hosted providers (`openai-compatible`, `vllm`, …)
 * have no catalog price, so their cost stays unknown unless overridden.
 */
export function createCostCalculator(options: { catalog: Catalog | undefined; config: () => GatewayConfig }): CostCalculator {
  return ({ provider, upstreamModel, usage }) => {
    const config = options.config();
    const override = config.prices.get(`${provider}/${upstreamModel}`);
    if (override) return computeCost(usage, override);
    const type = config.providers.get(provider)?.type;
    if (!type || !options.catalog) return undefined;
    const price = options.catalog.price(type, upstreamModel);
    return price ? computeCost(usage, price) : undefined;
  };
}
