import { GatewayError } from "../core/gateway-error.js";
import type { GatewayConfig, RouteConfig } from "../config/gateway-config.js";
import { matchAliasPattern } from "./match-alias-pattern.js";

/**
 * The route for what a client asked for: an alias from `models:`, or
 * `PROVIDER/MODEL` addressing one configured provider directly (the model part
 * may itself contain `/`, as in `local-vllm/google/gemma-4-31b-it`), or else
 * the first alias pattern (`claude-*`) that matches. Exact names and direct
 * addressing win over patterns, so a catch-all `*` never hides them.
 */
export function resolveRoute(config: GatewayConfig, requested: string): RouteConfig {
  const route = config.routes.get(requested);
  if (route) return route;
  const slash = requested.indexOf("/");
  if (slash > 0) {
    const provider = requested.slice(0, slash);
    const model = requested.slice(slash + 1);
    if (model !== "" && config.providers.has(provider)) {
      return {
        alias: requested,
        strategy: "fallback",
        targets: [{ provider, model, weight: 1, key: `${provider}/${model}` }],
        ...config.routerDefaults,
        shadow: [],
      };
    }
  }
  const pattern = matchAliasPattern(config, requested);
  if (pattern) return pattern;
  const aliases = [...config.routes.keys()];
  const providers = [...config.providers.keys()];
  const known = aliases.length > 0 ? `known models: ${aliases.join(", ")}` : "no model aliases are configured";
  const direct = providers.length > 0 ? `; or address a provider directly as PROVIDER/MODEL (providers: ${providers.join(", ")})` : "";
  throw new GatewayError("model-not-found", `The model "${requested}" does not exist: ${known}${direct}`, { param: "model" });
}
