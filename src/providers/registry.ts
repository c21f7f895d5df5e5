import { createAnthropicProvider } from "./anthropic/anthropic-provider.js";
import { createGeminiProvider } from "./gemini/gemini-provider.js";
import { createOpenAIResponsesProvider } from "./openai-responses/openai-responses-provider.js";
import { createOpenAICompatibleProvider } from "./openai-compatible/openai-compatible-provider.js";
import { openAICompatiblePresets, type OpenAICompatiblePreset } from "./openai-compatible/openai-compatible-presets.js";
import type { Protocol } from "../core/protocol.js";
import type { ChatProvider } from "./provider.js";
import type { ProviderSettings } from "./provider-settings.js";

/**
 * The one list of provider types a config may name. A new protocol adds its
 * folder and one entry here; a new OpenAI-compatible service adds a preset.
 */
export interface ProviderType {
  readonly protocol: Protocol;
  /** Used when the config gives no `base_url`; types without one require it. */
  readonly defaultBaseUrl?: string;
  /** Environment variable read when the config gives no `api_key`. */
  readonly apiKeyEnv?: string;
  /** A local server discovery probes (`GET {base_url}/models`). */
  readonly local?: boolean;
  readonly create: (settings: ProviderSettings) => ChatProvider;
}

function openAICompatible(preset?: OpenAICompatiblePreset): ProviderType {
  return {
    protocol: "openai-chat",
    defaultBaseUrl: preset?.baseUrl,
    apiKeyEnv: preset?.apiKeyEnv,
    local: preset?.local,
    create: (config) =>
      createOpenAICompatibleProvider({
        name: config.name,
        baseUrl: config.baseUrl ?? preset?.baseUrl ?? "",
        apiKey: config.apiKey,
        headers: config.headers,
        unsupportedParameters: [...(preset?.unsupportedParameters ?? []), ...config.unsupportedParameters],
        streamUsage: preset?.streamUsage ?? true,
      }),
  };
}

export const providerTypes: Readonly<Record<string, ProviderType>> = {
  "openai-compatible": openAICompatible(),
  ...Object.fromEntries(Object.entries(openAICompatiblePresets).map(([name, preset]) => [name, openAICompatible(preset)])),
  "openai-responses": {
    protocol: "openai-responses",
    defaultBaseUrl: "https://api.openai.com/v1",
    apiKeyEnv: "OPENAI_API_KEY",
    create: (config) => createOpenAIResponsesProvider({ name: config.name, baseUrl: config.baseUrl ?? "https://api.openai.com/v1", apiKey: config.apiKey, headers: config.headers }),
  },
  anthropic: {
    protocol: "anthropic-messages",
    defaultBaseUrl: "https://api.anthropic.com",
    apiKeyEnv: "ANTHROPIC_API_KEY",
    create: (config) => createAnthropicProvider({ name: config.name, baseUrl: config.baseUrl ?? "https://api.anthropic.com", apiKey: config.apiKey, headers: config.headers }),
  },
  gemini: {
    protocol: "gemini",
    defaultBaseUrl: "https://generativelanguage.googleapis.com",
    apiKeyEnv: "GEMINI_API_KEY",
    create: (config) => createGeminiProvider({ name: config.name, baseUrl: config.baseUrl ?? "https://generativelanguage.googleapis.com", apiKey: config.apiKey, headers: config.headers }),
  },
};

export function providerType(name: string): ProviderType | undefined {
  return Object.hasOwn(providerTypes, name) ? providerTypes[name] : undefined;
}
