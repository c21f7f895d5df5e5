import type { ShadowTrafficConfig } from "../config/gateway-config.js";

const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/**
 * Secrets by shape: provider API keys (`sk-…`, `sk-ant-…`, `gsk_…`, `AIza…`), AWS
 * access key ids, GitHub tokens, bearer tokens and PEM private keys. Shapes, not
 * entropy guesses: false positives in a shadow copy cost little, leaks cost much.
 */
const secretShapes: readonly RegExp[] = [
  /\b(?:sk|pk|rk)-(?:ant-|proj-|or-v1-)?[A-Za-z0-9_-]{16,}/g,
  /\bgsk_[A-Za-z0-9]{20,}/g,
  /\bAIza[0-9A-Za-z_-]{35}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/** Replaces e-mail addresses, secrets and user patterns in every string of a JSON-like value. */
export function redact<T>(value: T, config: ShadowTrafficConfig["redact"]): T {
  const patterns = [...(config.emails ? [email] : []), ...(config.secrets ? secretShapes : []), ...config.patterns];
  if (patterns.length === 0) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === "string") return patterns.reduce((text, pattern) => text.replace(pattern, "[REDACTED]"), item);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === "object") return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, walk(entry)]));
    return item;
  };
  return walk(value) as T;
}
