/**
 * One name per price provider. LiteLLM and users spell hosts differently
 * (`together_ai`, `fireworks_ai`, `bedrock_converse`, `vertex_ai-anthropic_models`);
 * prices are stored and looked up under the canonical name.
 */
const providerSynonyms: ReadonlyMap<string, string> = new Map([
  ["together_ai", "together"],
  ["togetherai", "together"],
  ["fireworks_ai", "fireworks"],
  ["bedrock_converse", "bedrock"],
  ["aws", "bedrock"],
  ["azure_ai", "azure"],
  ["gemini", "google"],
  ["google_ai_studio", "google"],
  ["text-completion-openai", "openai"],
  ["cohere_chat", "cohere"],
  ["x-ai", "xai"],
  ["nvidia_nim", "nvidia"],
  ["dashscope", "alibaba"],
  ["mistralai", "mistral"],
  ["cloudflare-workers-ai", "cloudflare"],
]);

export function canonicalProviderId(provider: string): string {
  const lower = provider.trim().toLowerCase();
  if (lower.startsWith("vertex_ai")) return "vertex";
  return providerSynonyms.get(lower) ?? lower;
}
