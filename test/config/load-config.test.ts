import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { parseConfigText } from "../../src/config/load-config.js";

const parse = (text: string, env: NodeJS.ProcessEnv = {}) => parseConfigText(text, { path: "switchyard.yaml", env });
const errorOf = (text: string, env: NodeJS.ProcessEnv = {}): string => {
  try {
    parse(text, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
};

const designExample = `
server: { host: 127.0.0.1, port: 4000 }
providers:
  local-vllm:   { type: openai-compatible, base_url: "http://127.0.0.1:8000/v1" }
  openrouter:   { type: openai-compatible, base_url: "https://openrouter.ai/api/v1", api_key: "\${OPENROUTER_API_KEY}" }
models:
  chat-default:
    strategy: fallback
    targets:
      - { provider: local-vllm, model: google/gemma-4-31b-it }
      - { provider: openrouter, model: meta-llama/llama-4-maverick }
    retry:   { attempts: 2, backoff_ms: 200 }
    timeout: { first_token_ms: 10000, total_ms: 120000 }
`;

describe("config file", () => {
  it("accepts DESIGN.md's example and applies defaults", () => {
    const config = parse(designExample, { OPENROUTER_API_KEY: "sk-or-1" });
    expect(config.providers.get("openrouter")?.apiKey).toBe("sk-or-1");
    const route = config.routes.get("chat-default")!;
    expect(route.targets.map((target) => target.key)).toEqual(["local-vllm/google/gemma-4-31b-it", "openrouter/meta-llama/llama-4-maverick"]);
    expect(route.retry).toEqual({ attempts: 2, backoffMs: 200, maxBackoffMs: 8000 });
    expect(route.timeout).toEqual({ firstTokenMs: 10000, totalMs: 120000 });
    expect(route.breaker).toEqual({ failures: 5, cooldownMs: 30000 });
    expect(config.server.port).toBe(4000);
  });

  it("names a missing environment variable with its dot-path and line", () => {
    expect(errorOf(designExample)).toBe(
      "switchyard.yaml:5: providers.openrouter.api_key: environment variable OPENROUTER_API_KEY is not set (use ${OPENROUTER_API_KEY:-default} for a fallback)",
    );
  });

  it("supports ${VAR:-default} and $${VAR} escapes", () => {
    const config = parse(`providers:\n  p: { type: openai-compatible, base_url: "\${BASE:-http://127.0.0.1:9/v1}", api_key: "$\${LITERAL}" }\n`);
    expect(config.providers.get("p")).toMatchObject({ baseUrl: "http://127.0.0.1:9/v1", apiKey: "${LITERAL}" });
  });

  it("rejects an unknown key, naming the key and its line", () => {
    const text = `providers:\n  p: { type: vllm }\nmodels:\n  chat:\n    stratgy: weighted\n    targets: [{ provider: p, model: m }]\n`;
    expect(errorOf(text)).toBe("switchyard.yaml:5: models.chat.stratgy: unknown key");
  });

  it("rejects a target naming a provider that is not configured", () => {
    const text = `providers:\n  p: { type: vllm }\nmodels:\n  chat:\n    targets:\n      - { provider: p, model: m }\n      - { provider: q, model: m }\n`;
    expect(errorOf(text)).toBe('switchyard.yaml:7: models.chat.targets.1.provider: unknown provider "q" (configured: p)');
  });

  it("rejects an unknown provider type and a missing base_url", () => {
    expect(errorOf(`providers:\n  p: { type: nosuch }\n`)).toBe('switchyard.yaml:2: providers.p.type: unknown provider type "nosuch"');
    expect(errorOf(`providers:\n  p: { type: openai-compatible }\n`)).toBe('switchyard.yaml:2: providers.p.base_url: required for type "openai-compatible"');
  });

  it("rejects wrong value types with the dot-path", () => {
    expect(errorOf(`providers:\n  p: { type: vllm }\nmodels:\n  chat:\n    strategy: random\n    targets: [{ provider: p, model: m }]\n`)).toMatch(
      /^switchyard\.yaml:5: models\.chat\.strategy: Invalid option/,
    );
    expect(errorOf(`server: { port: "eighty" }\n`)).toMatch(/^switchyard\.yaml:1: server\.port: Invalid input: expected number/);
  });

  it("reports YAML syntax errors with line and column", () => {
    expect(errorOf(`providers:\n  p: { type: vllm\n`)).toMatch(/^switchyard\.yaml:\d+:\d+: invalid YAML: /);
  });

  it("fills preset base URLs and API keys from the environment", () => {
    const config = parse(`providers:\n  groq: { type: groq }\n  ollama: { type: ollama }\n`, { GROQ_API_KEY: "gsk-1" });
    expect(config.providers.get("groq")).toMatchObject({ baseUrl: "https://api.groq.com/openai/v1", apiKey: "gsk-1" });
    expect(config.providers.get("ollama")).toMatchObject({ baseUrl: "http://127.0.0.1:11434/v1", apiKey: undefined });
  });

  it("only allows weights on weighted routes", () => {
    expect(errorOf(`providers:\n  p: { type: vllm }\nmodels:\n  chat:\n    targets: [{ provider: p, model: m, weight: 3 }]\n`)).toBe(
      'switchyard.yaml:5: models.chat.targets.0.weight: only used with strategy "weighted" (this route uses "fallback")',
    );
  });

  it("applies router-wide defaults under route overrides", () => {
    const config = parse(
      `router: { retry: { attempts: 3 }, timeout: { first_token_ms: 5000 } }\nproviders:\n  p: { type: vllm }\nmodels:\n  a: { targets: [{ provider: p, model: m }] }\n  b: { targets: [{ provider: p, model: m }], retry: { attempts: 1 } }\n`,
    );
    expect(config.routes.get("a")!.retry.attempts).toBe(3);
    expect(config.routes.get("a")!.timeout.firstTokenMs).toBe(5000);
    expect(config.routes.get("b")!.retry.attempts).toBe(1);
    expect(config.routerDefaults.retry.attempts).toBe(3);
  });

  describe("${VAR} in non-string fields", () => {
    const portConfig = `server:\n  host: 127.0.0.1\n  port: "\${PORT}"\nledger: { enabled: "\${LEDGER:-false}", flush_interval_ms: "\${FLUSH_MS:-250}" }\n`;

    it("fills a number or boolean field, read as the schema's type", () => {
      const config = parse(portConfig, { PORT: "4100" });
      expect(config.server.port).toBe(4100);
      expect(config.ledger.enabled).toBe(false);
      expect(config.ledger.flushIntervalMs).toBe(250);
    });

    it("names the variable and the dot-path when the value is not a number", () => {
      expect(errorOf(portConfig, { PORT: "http" })).toBe('switchyard.yaml:3: server.port: "http" (from environment variable PORT) is not a number');
      expect(errorOf(portConfig, { PORT: "0x10" })).toContain("is not a number");
      expect(errorOf(portConfig, { PORT: "4100", LEDGER: "maybe" })).toBe('switchyard.yaml:4: ledger.enabled: "maybe" (from environment variable LEDGER) is not true or false');
    });

    it("still checks the coerced value against the schema", () => {
      expect(errorOf(portConfig, { PORT: "70000" })).toMatch(/^switchyard\.yaml:3: server\.port: /);
      expect(errorOf(portConfig, { PORT: "4000.5" })).toMatch(/^switchyard\.yaml:3: server\.port: /);
    });

    it("leaves a string field filled with digits a string, and a literal string in a number field an error", () => {
      const config = parse(`providers:\n  p: { type: openai-compatible, base_url: "http://127.0.0.1:9/v1", api_key: "\${KEY}" }\n`, { KEY: "12345" });
      expect(config.providers.get("p")?.apiKey).toBe("12345");
      expect(errorOf(`server: { port: "4000" }\n`)).toMatch(/^switchyard\.yaml:1: server\.port: .*number/);
    });
  });
});
