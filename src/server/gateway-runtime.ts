import type { GatewayConfig, ProviderConfig } from "../config/gateway-config.js";
import type { ChatProvider } from "../providers/provider.js";
import { providerType } from "../providers/registry.js";
import { TargetHealth } from "../routing/target-health.js";

/**
 * The live state behind the server: the current config, a provider instance per
 * configured provider, target health and strategy memory. A reload swaps the
 * config in one assignment; requests already running keep the snapshot they took,
 * so nothing in flight is dropped. Health survives reloads (keyed by provider/model).
 */
export class GatewayRuntime {
  readonly health = new TargetHealth();
  readonly strategyState = new Map<string, unknown>();
  private current: Snapshot;

  constructor(config: GatewayConfig) {
    this.current = { config, providers: buildProviders(config, new Map()) };
  }

  /** The config and providers a request should use from start to finish. */
  snapshot(): Snapshot {
    return this.current;
  }

  /** Installs a new config. Unchanged providers (same settings) keep their connection pools. */
  apply(config: GatewayConfig): void {
    const previous = this.current;
    const reusable = new Map<string, Built>();
    for (const [name, built] of previous.providers) {
      const next = config.providers.get(name);
      if (next && sameProvider(next, built.config)) reusable.set(name, built);
    }
    this.current = { config, providers: buildProviders(config, reusable) };
    // Old pools close once their in-flight requests complete (undici's close waits for them).
    for (const [name, built] of previous.providers) {
      if (this.current.providers.get(name) !== built) void built.provider.close().catch(() => undefined);
    }
    this.strategyState.clear();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.current.providers.values()].map((built) => built.provider.close()));
  }
}

export interface Snapshot {
  readonly config: GatewayConfig;
  readonly providers: ReadonlyMap<string, Built>;
}

export interface Built {
  readonly config: ProviderConfig;
  readonly provider: ChatProvider;
}

function buildProviders(config: GatewayConfig, reusable: ReadonlyMap<string, Built>): Map<string, Built> {
  const built = new Map<string, Built>();
  for (const [name, providerConfig] of config.providers) {
    const existing = reusable.get(name);
    if (existing) {
      built.set(name, existing);
      continue;
    }
    const type = providerType(providerConfig.type);
    // normalise-config rejected unknown types already; this guards programmatic configs.
    if (!type) throw new Error(`unknown provider type "${providerConfig.type}" for provider "${name}"`);
    built.set(name, { config: providerConfig, provider: type.create(providerConfig) });
  }
  return built;
}

function sameProvider(a: ProviderConfig, b: ProviderConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
