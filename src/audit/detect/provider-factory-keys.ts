import type { AuditMatchers } from "./audit-matchers.js";

/**
 * A key of a table of client factories that is a family's word (`mistral: () => createMistral({ apiKey })(model)`,
 * `deepseek: () =>` then `createOpenAI({ baseURL: 'https://api.deepseek.com/v1' })`): code that routes a provider id
 * to that family's API, as `case "gemini":` does (label guide, round eighteen). Only a key whose value is a function;
 * a key holding a value (`mistral: 4_096`, `llama: "Llama"`) is left to the other rules. Group 1 is the key.
 */
const factoryKey = /^\s*["']?([a-z][a-z0-9]*)["']?\s*:\s*(?:async\s+)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>|^\s*["']?([a-z][a-z0-9]*)["']?\s*:\s*(?:async\s+)?function\b/;

export interface ProviderFactoryKey {
  readonly column: number;
  readonly family: string;
  readonly key: string;
}

export function providerFactoryKeyOf(text: string, matchers: AuditMatchers): ProviderFactoryKey | undefined {
  if (!text.includes("=>") && !text.includes("function")) return undefined;
  const match = factoryKey.exec(text);
  const key = match?.[1] ?? match?.[2];
  if (match === null || key === undefined || matchers.signatures.isVendorWord(key)) return undefined;
  const family = matchers.signatures.familyOfIdentifierWord(key);
  return family === undefined ? undefined : { column: text.indexOf(key) + 1, family, key };
}
