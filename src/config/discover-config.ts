import { catalogUpdatesFiles } from "./catalog-updates-file.js";
import { request } from "undici";
import { providerTypes } from "../providers/registry.js";
import { defaultGovernance, defaultLedger, defaultShadowTraffic, defaultBreaker, defaultRetry, defaultServer, defaultTimeout, type GatewayConfig, type ProviderConfig, type RouteConfig } from "./gateway-config.js";

/** A local server to look for: the preset it matches and where it listens by default. */
export interface LocalProbe {
  readonly preset: string;
  readonly baseUrl: string;
}

/** Default ports of the local servers we know (llama.cpp is moving from 8080 to 9931, so both). */
export const defaultLocalProbes: readonly LocalProbe[] = [
  ...Object.entries(providerTypes)
    .filter(([, type]) => type.local && type.defaultBaseUrl)
    .map(([preset, type]) => ({ preset, baseUrl: type.defaultBaseUrl! })),
  { preset: "llamacpp", baseUrl: "http://127.0.0.1:9931/v1" },
];

export interface Discovery {
  readonly config: GatewayConfig;
  /** Human-readable lines: what was found, how to call it, what to configure next. */
  readonly report: readonly string[];
}

/**
 * Builds a working config when there is no config file: probes local servers on
 * their default ports (`GET /v1/models`, short timeout) and reads provider keys
 * from the environment. Local models get a `default` alias (fallback in probe
 * order); every provider is addressable as PROVIDER/MODEL.
 */
export async function discoverConfig(options: { env: NodeJS.ProcessEnv; probes?: readonly LocalProbe[]; timeoutMs?: number }): Promise<Discovery> {
  const probes = options.probes ?? defaultLocalProbes;
  const found = await Promise.all(probes.map(async (probe) => ({ probe, models: await listModels(probe.baseUrl, options.timeoutMs ?? 400) })));
  const providers = new Map<string, ProviderConfig>();
  const report: string[] = [];
  const defaultTargets: RouteConfig["targets"][number][] = [];

  for (const { probe, models } of found) {
    if (models === undefined || providers.has(probe.preset)) continue;
    providers.set(probe.preset, providerConfig(probe.preset, probe.baseUrl, undefined));
    report.push(`found ${probe.preset} at ${probe.baseUrl} serving ${models.length} model(s)${models.length > 0 ? `: ${models.slice(0, 5).join(", ")}${models.length > 5 ? ", …" : ""}` : ""}`);
    const first = models[0];
    if (first !== undefined) defaultTargets.push({ provider: probe.preset, model: first, weight: 1, key: `${probe.preset}/${first}` });
  }

  for (const [name, type] of Object.entries(providerTypes)) {
    if (!type.apiKeyEnv || !type.defaultBaseUrl) continue;
    const key = options.env[type.apiKeyEnv];
    if (!key) continue;
    providers.set(name, providerConfig(name, type.defaultBaseUrl, key));
    report.push(`found ${type.apiKeyEnv}: provider "${name}" is ready; call it as ${name}/MODEL`);
  }

  const routes = new Map<string, RouteConfig>();
  if (defaultTargets.length > 0) {
    routes.set("default", {
      alias: "default",
      strategy: "fallback",
      targets: defaultTargets,
      retry: defaultRetry,
      timeout: defaultTimeout,
      breaker: defaultBreaker,
      shadow: [],
    });
    report.push(`alias "default" → ${defaultTargets.map((target) => target.key).join(" → ")}`);
  }
  if (providers.size === 0) {
    report.push(
      "found no local model server (Ollama :11434, vLLM :8000, llama.cpp :8080/:9931, LM Studio :1234) and no provider key in the environment",
      "next: start a local server, or export a key such as OPENAI_API_KEY / OPENROUTER_API_KEY / GROQ_API_KEY, or write switchyard.yaml (see README)",
    );
  } else {
    report.push("next: write switchyard.yaml to name your own aliases, fallbacks and timeouts (see README); this discovered setup is not saved");
  }

  return {
    config: {
      server: defaultServer,
      providers,
      routes,
      routerDefaults: { retry: defaultRetry, timeout: defaultTimeout, breaker: defaultBreaker },
      catalogFiles: catalogUpdatesFiles(process.cwd()),
      ledger: defaultLedger,
      shadowTraffic: defaultShadowTraffic,
      governance: defaultGovernance,
      prices: new Map(),
      source: "discovered",
    },
    report,
  };
}

function providerConfig(name: string, baseUrl: string, apiKey: string | undefined): ProviderConfig {
  return { name, type: name, baseUrl, apiKey, headers: {}, unsupportedParameters: [] };
}

/** Model ids a server lists at `{baseUrl}/models`, or undefined when nothing answers there. */
async function listModels(baseUrl: string, timeoutMs: number): Promise<string[] | undefined> {
  try {
    const response = await request(`${baseUrl}/models`, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.statusCode !== 200) {
      await response.body.dump();
      return undefined;
    }
    const body = (await response.body.json()) as { data?: { id?: unknown }[] };
    if (!Array.isArray(body.data)) return undefined;
    return body.data.flatMap((entry) => (typeof entry.id === "string" ? [entry.id] : []));
  } catch {
    return undefined;
  }
}
