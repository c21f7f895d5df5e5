/**
 * Servers and services that speak OpenAI Chat Completions. A preset is data, not
 * code: it fills in defaults for `type: <preset>` in the config and tells discovery
 * where to look. Unsupported parameters come from each server's documentation
 * (see shared/reference/wire-ollama-and-local-servers.md) and become warnings.
 */
export interface OpenAICompatiblePreset {
  readonly baseUrl: string;
  /** Environment variable holding the API key, for hosted services. */
  readonly apiKeyEnv?: string;
  /** A local server that discovery probes on its default port. */
  readonly local: boolean;
  readonly unsupportedParameters: readonly string[];
  /** Whether the server honours `stream_options.include_usage`. */
  readonly streamUsage: boolean;
}

export const openAICompatiblePresets = {
  openai: { baseUrl: "https://api.openai.com/v1", apiKeyEnv: "OPENAI_API_KEY", local: false, unsupportedParameters: [], streamUsage: true },
  ollama: {
    baseUrl: "http://127.0.0.1:11434/v1",
    local: true,
    // Ollama's /v1 layer ignores these (its compatibility notes); say so rather than pretend.
    unsupportedParameters: ["tool_choice", "logit_bias", "user", "n", "logprobs", "top_logprobs"],
    streamUsage: true,
  },
  vllm: { baseUrl: "http://127.0.0.1:8000/v1", local: true, unsupportedParameters: ["parallel_tool_calls", "user"], streamUsage: true },
  llamacpp: { baseUrl: "http://127.0.0.1:8080/v1", local: true, unsupportedParameters: [], streamUsage: true },
  lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", local: true, unsupportedParameters: [], streamUsage: true },
  tgi: { baseUrl: "http://127.0.0.1:3000/v1", local: false, unsupportedParameters: ["parallel_tool_calls", "n"], streamUsage: true },
  openrouter: { baseUrl: "https://openrouter.ai/api/v1", apiKeyEnv: "OPENROUTER_API_KEY", local: false, unsupportedParameters: [], streamUsage: true },
  together: { baseUrl: "https://api.together.xyz/v1", apiKeyEnv: "TOGETHER_API_KEY", local: false, unsupportedParameters: [], streamUsage: true },
  groq: { baseUrl: "https://api.groq.com/openai/v1", apiKeyEnv: "GROQ_API_KEY", local: false, unsupportedParameters: ["logprobs", "top_logprobs", "logit_bias"], streamUsage: true },
  fireworks: { baseUrl: "https://api.fireworks.ai/inference/v1", apiKeyEnv: "FIREWORKS_API_KEY", local: false, unsupportedParameters: [], streamUsage: true },
  deepseek: { baseUrl: "https://api.deepseek.com/v1", apiKeyEnv: "DEEPSEEK_API_KEY", local: false, unsupportedParameters: ["logit_bias", "n"], streamUsage: true },
  mistral: { baseUrl: "https://api.mistral.ai/v1", apiKeyEnv: "MISTRAL_API_KEY", local: false, unsupportedParameters: ["logit_bias", "logprobs", "top_logprobs"], streamUsage: true },
} as const satisfies Record<string, OpenAICompatiblePreset>;

export type OpenAICompatiblePresetName = keyof typeof openAICompatiblePresets;

export function isOpenAICompatiblePreset(name: string): name is OpenAICompatiblePresetName {
  return Object.hasOwn(openAICompatiblePresets, name);
}
