import type { GatewayConfig, RouteConfig } from "../config/gateway-config.js";

interface AliasPattern {
  readonly matcher: RegExp;
  readonly route: RouteConfig;
}

const patternsByConfig = new WeakMap<GatewayConfig, readonly AliasPattern[]>();

/**
 * The first route (in config order) whose alias is a `*` pattern matching the
 * requested name, so clients with hard-coded model names (`claude-sonnet-4-5`,
 * `gpt-5.1-codex`) route without per-client settings. Patterns are compiled once per config.
 */
export function matchAliasPattern(config: GatewayConfig, requested: string): RouteConfig | undefined {
  let patterns = patternsByConfig.get(config);
  if (!patterns) {
    patterns = [...config.routes.values()]
      .filter((route) => route.alias.includes("*"))
      .map((route) => ({ route, matcher: new RegExp(`^${route.alias.split("*").map(escapeRegExp).join(".*")}$`, "s") }));
    patternsByConfig.set(config, patterns);
  }
  return patterns.find((pattern) => pattern.matcher.test(requested))?.route;
}

/** True for aliases that are patterns rather than names a client can list. */
export function isAliasPattern(alias: string): boolean {
  return alias.includes("*");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
