/**
 * A CI cache's key (`key: ollama-llama3.2-3b-${{ runner.os }}-ollama0.31.2-v2`, `restore-keys: hf-qwen2-`) names the cache
 * entry, whatever model its files hold: the step that pulls or loads the model carries the dependency (label guide, round
 * twenty: "the cache key naming the model" is a name). Only a key built from a workflow expression counts as a cache key.
 */
const cacheKeyLine = /^\s*(?:-\s+)?(?:key|restore-keys|cache-key)\s*:\s*[|>]?\s*[\w.-]*\$\{\{/;

export function isCacheKeyLine(text: string): boolean {
  return text.includes("${{") && cacheKeyLine.test(text);
}
