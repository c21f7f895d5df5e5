import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import type { ProviderConfig } from "../../config/gateway-config.js";
import { openAICompatiblePresets } from "../../providers/openai-compatible/openai-compatible-presets.js";
import type { ModelRef } from "./eval-suite.js";
import { resolveFile } from "./normalise-suite.js";
import { SuiteError } from "./suite-error.js";

/** Provider `config` keys that only say where and how to connect. */
const connectionKeys = new Set(["apiKey", "apiKeyEnvar", "apiBaseUrl", "apiHost", "organization", "cost", "inputCost", "outputCost"]);
/** Provider `config` keys that shape the request, mapped as promptfoo's OpenAI provider maps them. */
const requestKeys = new Set([
  "temperature", "max_tokens", "max_completion_tokens", "top_p", "presence_penalty", "frequency_penalty", "seed", "stop",
  "tools", "tool_choice", "functions", "function_call", "response_format", "reasoning_effort", "verbosity", "passthrough",
  "service_tier", "user", "metadata", "store", "omitDefaults",
]);

export interface MappedProvider {
  readonly model: ModelRef;
  /** An OpenAI-compatible endpoint the config names (or OPENAI_BASE_URL), added to the gateway config in-process. */
  readonly endpoint: ProviderConfig | undefined;
}

/**
 * One promptfoo provider → the model switchyard calls and the request fields
 * promptfoo's OpenAI provider would send. Ids: `PRESET:chat:MODEL` or
 * `PRESET:MODEL` for an OpenAI-compatible preset (`openai`, `ollama`, `vllm`,
 * `groq`, …); with `config.apiBaseUrl` (or, for `openai`, `OPENAI_BASE_URL` /
 * `OPENAI_API_BASE_URL` as promptfoo reads them) that endpoint is called;
 * `openai:…` with no endpoint names the gateway alias MODEL, so nothing calls a
 * vendor the user did not configure; `switchyard:ALIAS` names an alias.
 */
export function mapPromptfooProvider(value: unknown, options: { where: string; path: string; base: string; env: NodeJS.ProcessEnv; index: number }): MappedProvider {
  const at = `${options.where}: ${options.path}`;
  const entry = typeof value === "string" ? { id: value } : record(value, at);
  for (const key of Object.keys(entry)) if (!["id", "label", "config"].includes(key)) throw new SuiteError(`${at}.${key}: not in the supported promptfoo subset`);
  const id = entry.id;
  if (typeof id !== "string" || id === "") throw new SuiteError(`${at}.id: a provider id is required`);
  const parts = id.split(":");
  // The endpoint kind first: a Responses or completion provider's config keys are not the reason it is refused.
  if (parts[0] !== "switchyard" && parts.length > 1 && ["completion", "embedding", "embeddings", "responses", "assistant"].includes(parts[1]!)) throw new SuiteError(`${at}.id: "${id}": only chat providers are in the supported promptfoo subset`);
  const config = entry.config === undefined ? {} : record(entry.config, `${at}.config`);
  for (const key of Object.keys(config)) {
    if (!connectionKeys.has(key) && !requestKeys.has(key)) throw new SuiteError(`${at}.config.${key}: not in the supported promptfoo subset`);
  }
  const label = typeof entry.label === "string" ? entry.label : undefined;
  const prefix = parts[0]!;
  if (prefix === "switchyard" && parts.length > 1) {
    const alias = parts.slice(1).join(":");
    return { model: { id: alias, label: label ?? alias, request: requestFields(alias, config, { base: options.base, at }) }, endpoint: undefined };
  }
  if (parts.length === 1) return { model: { id, label: label ?? id, request: requestFields(id, config, { base: options.base, at }) }, endpoint: undefined };
  if (!Object.hasOwn(openAICompatiblePresets, prefix)) {
    throw new SuiteError(`${at}.id: "${id}" is not in the supported promptfoo subset; use PRESET:chat:MODEL (openai, ollama, vllm, …) with config.apiBaseUrl, or switchyard:ALIAS for a gateway alias`);
  }
  const model = parts[1] === "chat" && parts.length > 2 ? parts.slice(2).join(":") : parts.slice(1).join(":");
  const request = requestFields(model, config, { base: options.base, at });
  const envBase = prefix === "openai" ? (options.env.OPENAI_BASE_URL ?? options.env.OPENAI_API_BASE_URL) : undefined;
  const apiHost = text(config.apiHost);
  const baseUrl = text(config.apiBaseUrl) ?? (apiHost ? `https://${apiHost}/v1` : undefined) ?? text(envBase);
  if (prefix === "openai" && baseUrl === undefined) return { model: { id: model, label: label ?? id, request }, endpoint: undefined };
  const preset = openAICompatiblePresets[prefix as keyof typeof openAICompatiblePresets];
  const keyEnv = text(config.apiKeyEnvar) ?? ("apiKeyEnv" in preset ? preset.apiKeyEnv : undefined);
  const name = `promptfoo-${options.index + 1}`;
  const endpoint: ProviderConfig = {
    name,
    // The preset's type, so `cost` finds the catalog's prices for this vendor's model ids.
    type: prefix,
    baseUrl: baseUrl ?? preset.baseUrl,
    apiKey: text(config.apiKey) ?? (keyEnv ? options.env[keyEnv] : undefined),
    headers: {},
    unsupportedParameters: [...preset.unsupportedParameters],
  };
  return { model: { id: `${name}/${model}`, label: label ?? id, request }, endpoint };
}

/** promptfoo's OpenAI chat body fields for this model and config (its defaults included: temperature 0, max_tokens 1024). */
function requestFields(model: string, config: Readonly<Record<string, unknown>>, options: { base: string; at: string }): Record<string, unknown> {
  const reasoning = /(^|\/)(o1|o3|o4|gpt-5)/.test(model);
  const gpt5 = /(^|\/)gpt-5/.test(model);
  const omitDefaults = config.omitDefaults === true;
  const body: Record<string, unknown> = {};
  if (config.seed !== undefined) body.seed = config.seed;
  if (!reasoning) {
    const maxTokens = config.max_tokens ?? (omitDefaults ? undefined : 1024);
    if (maxTokens !== undefined) body.max_tokens = maxTokens;
  } else if (config.max_completion_tokens !== undefined) body.max_completion_tokens = config.max_completion_tokens;
  if (reasoning && config.reasoning_effort !== undefined) body.reasoning_effort = config.reasoning_effort;
  // promptfoo sends no temperature to reasoning models (supportsTemperature is false for them).
  if (!reasoning) {
    const temperature = config.temperature ?? (omitDefaults ? undefined : 0);
    if (temperature !== undefined) body.temperature = temperature;
  }
  for (const key of ["top_p", "presence_penalty", "frequency_penalty"]) if (config[key] !== undefined) body[key] = config[key];
  if (config.functions !== undefined) body.functions = loadFile(config.functions, options, "functions");
  if (config.function_call !== undefined) body.function_call = config.function_call;
  const tools = config.tools === undefined ? undefined : loadFile(config.tools, options, "tools");
  if (Array.isArray(tools) && tools.length > 0) body.tools = tools;
  if (config.tool_choice !== undefined) body.tool_choice = config.tool_choice;
  if (config.response_format !== undefined) body.response_format = loadFile(config.response_format, options, "response_format");
  if (config.stop !== undefined) body.stop = config.stop;
  if (config.passthrough !== undefined) Object.assign(body, record(config.passthrough, `${options.at}.config.passthrough`));
  if (gpt5 && config.verbosity !== undefined) body.verbosity = config.verbosity;
  for (const key of ["service_tier", "user", "metadata", "store"]) if (config[key] !== undefined) body[key] = config[key];
  return body;
}

/** `file://tools.json` / `.yaml` values, read when the suite loads. */
function loadFile(value: unknown, options: { base: string; at: string }, key: string): unknown {
  if (typeof value !== "string" || !value.startsWith("file://")) return value;
  const path = resolveFile(options.base, value);
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch {
    throw new SuiteError(`${options.at}.config.${key}: cannot read ${path}`);
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".json") return JSON.parse(content) as unknown;
  if (extension === ".yaml" || extension === ".yml") return parseYaml(content) as unknown;
  throw new SuiteError(`${options.at}.config.${key}: ${extension} files are not in the supported promptfoo subset (use .json or .yaml)`);
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SuiteError(`${at}: expected a mapping`);
  return value as Record<string, unknown>;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
