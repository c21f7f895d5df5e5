import { z } from "zod";

/**
 * The config file's shape (DESIGN.md contract). Objects are strict: an unknown
 * key is an error naming its dot-path, because a typo'd `stratgy:` silently
 * ignored is a routing bug in production. Names are snake_case as users write
 * them; normalise-config.ts turns this into the runtime GatewayConfig.
 */
const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().min(0);

export const retrySchema = z.strictObject({
  /** Tries per target, including the first. */
  attempts: positiveInt.max(10).optional(),
  backoff_ms: nonNegativeInt.optional(),
  max_backoff_ms: nonNegativeInt.optional(),
});

export const timeoutSchema = z.strictObject({
  first_token_ms: positiveInt.optional(),
  total_ms: positiveInt.optional(),
});

export const breakerSchema = z.strictObject({
  /** Consecutive failures that open the breaker. */
  failures: positiveInt.optional(),
  cooldown_ms: positiveInt.optional(),
});

const targetSchema = z.strictObject({
  provider: z.string().min(1),
  model: z.string().min(1),
  weight: z.number().positive().optional(),
});

const shadowTargetSchema = z.strictObject({
  provider: z.string().min(1),
  model: z.string().min(1),
  sample: z.number().min(0).max(1).optional(),
});

export const routeSchema = z.strictObject({
  strategy: z.enum(["fallback", "weighted", "latency"]).optional(),
  targets: z.array(targetSchema).min(1),
  retry: retrySchema.optional(),
  timeout: timeoutSchema.optional(),
  breaker: breakerSchema.optional(),
  shadow: z.array(shadowTargetSchema).optional(),
});

export const providerSchema = z.strictObject({
  /** `openai-compatible`, a preset name (`ollama`, `groq`, …) or another protocol (`anthropic`, `gemini`). */
  type: z.string().min(1),
  base_url: z.url({ protocol: /^https?$/ }).optional(),
  api_key: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  /** Extra parameters this upstream rejects, beyond its preset's list. */
  unsupported_parameters: z.array(z.string()).optional(),
});

export const serverSchema = z.strictObject({
  host: z.string().min(1).optional(),
  port: z.number().int().min(0).max(65535).optional(),
  /** Client keys; when set, every request needs one. */
  api_keys: z.array(z.string().min(1)).optional(),
  /** Guards /admin/*; without it the admin API answers only on loopback. */
  admin_token: z.string().min(1).optional(),
  max_body_bytes: positiveInt.optional(),
});

export const routerDefaultsSchema = z.strictObject({
  retry: retrySchema.optional(),
  timeout: timeoutSchema.optional(),
  breaker: breakerSchema.optional(),
});

export const configFileSchema = z.strictObject({
  server: serverSchema.optional(),
  providers: z.record(z.string().regex(/^[A-Za-z0-9._-]+$/, "provider names may use letters, digits, '.', '_' and '-'"), providerSchema).optional(),
  models: z.record(z.string().min(1), routeSchema).optional(),
  /** Defaults for every route's retry, timeout and breaker. */
  router: routerDefaultsSchema.optional(),
  /** Extra catalog files that extend or override the built-in model catalog. */
  catalog: z.union([z.string(), z.array(z.string())]).optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;
