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

/** Responses provider `config` keys that shape the request, mapped as promptfoo's Responses provider maps them. */
const responsesRequestKeys = new Set([
  "temperature", "max_output_tokens", "top_p", "instructions", "response_format", "tools", "tool_choice", "max_tool_calls", "include",
  "truncation", "metadata", "parallel_tool_calls", "store", "user", "reasoning_effort", "reasoning", "verbosity", "passthrough", "omitDefaults",
  "prompt_cache_key", "service_tier",
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
  const responses = parts[0] === "openai" && parts[1] === "responses" && parts.length > 2;
  // The endpoint kind first: a completion provider's config keys are not the reason it is refused.
  if (!responses && parts[0] !== "switchyard" && parts.length > 1 && ["completion", "embedding", "embeddings", "responses", "assistant"].includes(parts[1]!)) throw new SuiteError(`${at}.id: "${id}": only chat and openai:responses:MODEL providers are in the supported promptfoo subset`);
  const config = entry.config === undefined ? {} : record(entry.config, `${at}.config`);
  for (const key of Object.keys(config)) {
    if (!connectionKeys.has(key) && !(responses ? responsesRequestKeys : requestKeys).has(key)) throw new SuiteError(`${at}.config.${key}: not in the supported promptfoo subset`);
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
  const model = (parts[1] === "chat" || responses) && parts.length > 2 ? parts.slice(2).join(":") : parts.slice(1).join(":");
  const request = responses ? responsesRequestFields(model, config, { base: options.base, at }) : requestFields(model, config, { base: options.base, at });
  const api = responses ? { api: "responses" as const } : {};
  const envBase = prefix === "openai" ? (options.env.OPENAI_BASE_URL ?? options.env.OPENAI_API_BASE_URL) : undefined;
  const apiHost = text(config.apiHost);
  const baseUrl = text(config.apiBaseUrl) ?? (apiHost ? `https://${apiHost}/v1` : undefined) ?? text(envBase);
  if (prefix === "openai" && baseUrl === undefined) return { model: { id: model, label: label ?? id, request, ...api }, endpoint: undefined };
  const preset = openAICompatiblePresets[prefix as keyof typeof openAICompatiblePresets];
  const keyEnv = text(config.apiKeyEnvar) ?? ("apiKeyEnv" in preset ? preset.apiKeyEnv : undefined);
  const name = `promptfoo-${options.index + 1}`;
  const endpoint: ProviderConfig = {
    name,
    // The preset's type, so `cost` finds the catalog's prices for this vendor's model ids; a Responses provider calls `{base}/responses`.
    type: responses ? "openai-responses" : prefix,
    baseUrl: baseUrl ?? preset.baseUrl,
    apiKey: text(config.apiKey) ?? (keyEnv ? options.env[keyEnv] : undefined),
    headers: {},
    unsupportedParameters: [...preset.unsupportedParameters],
  };
  return { model: { id: `${name}/${model}`, label: label ?? id, request, ...api }, endpoint };
}

/**
 * promptfoo 0.121's Responses body fields for this model and config (all but
 * `input`, which comes from the prompt): `max_output_tokens` 1024 and
 * `temperature` 0 by default (none for reasoning models), `response_format`
 * as `text.format` (`json_schema` with its name, schema and `strict: true`),
 * chat-style function tools flattened, `store` as a boolean.
 */
function responsesRequestFields(model: string, config: Readonly<Record<string, unknown>>, options: { base: string; at: string }): Record<string, unknown> {
  const reasoning = /^(o1|o3|o4|gpt-5|codex-mini-latest)/.test(model) || /\/(o1|o3|o4|gpt-5)/.test(model);
  const gpt5 = /(^|\/)gpt-5/.test(model);
  const omitDefaults = config.omitDefaults === true;
  const body: Record<string, unknown> = {};
  const maxOutputTokens = config.max_output_tokens ?? (reasoning || omitDefaults ? undefined : 1024);
  if (maxOutputTokens !== undefined) body.max_output_tokens = maxOutputTokens;
  const reasoningOption = config.reasoning as { effort?: unknown } | undefined;
  const effort = reasoning ? (reasoningOption?.effort ?? config.reasoning_effort) : undefined;
  if (effort) body.reasoning = { effort };
  if (!reasoning) {
    const temperature = config.temperature ?? (omitDefaults ? undefined : 0);
    if (temperature !== undefined) body.temperature = temperature;
  }
  if (config.instructions) body.instructions = config.instructions;
  if ((!effort || effort === "none") && config.top_p !== undefined) body.top_p = config.top_p;
  const tools = config.tools === undefined ? undefined : loadFile(config.tools, options, "tools");
  if (tools) body.tools = Array.isArray(tools) ? tools.map(flattenFunctionTool) : tools;
  const choice = config.tool_choice as { type?: unknown; function?: { name?: unknown } } | undefined;
  if (choice) body.tool_choice = typeof choice === "object" && choice.type === "function" && choice.function?.name ? { type: "function", name: choice.function.name } : choice;
  if (config.max_tool_calls) body.max_tool_calls = config.max_tool_calls;
  if (config.include !== undefined) body.include = config.include;
  body.text = { format: textFormat(config.response_format === undefined ? undefined : loadFile(config.response_format, options, "response_format")), ...(gpt5 && config.verbosity ? { verbosity: config.verbosity } : {}) };
  if (config.truncation) body.truncation = config.truncation;
  if (config.metadata) body.metadata = config.metadata;
  if ("parallel_tool_calls" in config) body.parallel_tool_calls = Boolean(config.parallel_tool_calls);
  if ("store" in config) body.store = Boolean(config.store);
  if (config.user) body.user = config.user;
  if (config.prompt_cache_key !== undefined) body.prompt_cache_key = config.prompt_cache_key;
  if (config.passthrough !== undefined) Object.assign(body, record(config.passthrough, `${options.at}.config.passthrough`));
  if (reasoning && reasoningOption !== undefined) body.reasoning = { ...(body.reasoning as object | undefined), ...record(reasoningOption, `${options.at}.config.reasoning`) };
  return body;
}

/** `response_format` → the Responses `text.format` promptfoo sends. */
function textFormat(format: unknown): Record<string, unknown> {
  const value = (typeof format === "object" && format !== null ? format : {}) as { type?: unknown; name?: unknown; schema?: unknown; json_schema?: { name?: unknown; schema?: unknown } };
  if (value.type === "json_object") return { type: "json_object" };
  if (value.type === "json_schema") return { type: "json_schema", name: value.json_schema?.name || value.name || "response_schema", schema: value.schema || value.json_schema?.schema, strict: true };
  return { type: "text" };
}

/** A chat-style `{ type: function, function: { … } }` tool as the Responses API spells it (the definition's fields at the top). */
function flattenFunctionTool(tool: unknown): unknown {
  const { type, function: definition, ...rest } = (tool ?? {}) as { type?: unknown; function?: Record<string, unknown> };
  return type === "function" && definition ? { type, ...rest, ...definition } : tool;
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
