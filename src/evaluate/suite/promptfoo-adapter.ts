import { readFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { ProviderConfig } from "../../config/gateway-config.js";
import { openAICompatiblePresets } from "../../providers/openai-compatible/openai-compatible-presets.js";
import { assertionTypeNames, type AssertionTypeName } from "./assertion-spec.js";
import { resolveFile } from "./normalise-suite.js";
import { readTestFile } from "./read-test-file.js";
import { SuiteError } from "./suite-error.js";
import type { SuiteFile, SuiteFileAssertion, SuiteFileTest } from "./suite-file-schema.js";

/** A promptfoo config is recognised by `providers:` (or `targets:`) and no `baseline:`. */
export function isPromptfooConfig(raw: Readonly<Record<string, unknown>>): boolean {
  return !Object.hasOwn(raw, "baseline") && (Object.hasOwn(raw, "providers") || Object.hasOwn(raw, "targets"));
}

export interface AdaptedPromptfooConfig {
  readonly file: SuiteFile;
  readonly adHocProviders: readonly ProviderConfig[];
  readonly warnings: readonly string[];
}

const ignoredKeys = new Set(["sharing", "outputPath", "writeLatestResults", "env", "commandLineOptions", "metadata", "tags", "extensions", "nunjucksFilters", "redteam", "derivedMetrics"]);
const knownKeys = new Set(["description", "providers", "targets", "prompts", "tests", "defaultTest", "evaluateOptions", "$schema"]);

/**
 * promptfoo's common subset → a native suite. The first provider is the
 * baseline, the rest are candidates. Provider ids: `PRESET:chat:MODEL` or
 * `PRESET:MODEL` for an OpenAI-compatible preset (`openai`, `ollama`, `vllm`,
 * `groq`, …) with `config.apiBaseUrl` becomes an ad-hoc endpoint; `openai:…`
 * without `apiBaseUrl` names a gateway alias (so nothing calls a vendor the
 * user did not configure); `switchyard:ALIAS` names an alias explicitly.
 * Graders are never defaulted: llm-rubric needs `defaultTest.options.provider`
 * or the assertion's `provider`, or `--judge`.
 */
export async function adaptPromptfooConfig(raw: Readonly<Record<string, unknown>>, options: { source: string; env: NodeJS.ProcessEnv }): Promise<AdaptedPromptfooConfig> {
  const where = options.source;
  const base = dirname(resolve(options.source));
  const warnings: string[] = [];
  const unknown = Object.keys(raw).filter((key) => !knownKeys.has(key));
  const ignored = unknown.filter((key) => ignoredKeys.has(key));
  if (ignored.length > 0) warnings.push(`${where}: ignoring promptfoo keys not used by switchyard eval: ${ignored.join(", ")}`);
  const unsupported = unknown.filter((key) => !ignoredKeys.has(key));
  if (unsupported.length > 0) throw new SuiteError(`${where}: ${unsupported[0]}: not in the supported promptfoo subset (providers, prompts, tests, defaultTest, evaluateOptions)`);

  const adHocProviders: ProviderConfig[] = [];
  const mapProvider = (value: unknown, path: string): { id: string; label: string; config: Record<string, unknown> } => {
    const entry = typeof value === "string" ? { id: value } : asRecord(value, `${where}: ${path}`);
    const id = entry.id;
    if (typeof id !== "string" || id === "") throw new SuiteError(`${where}: ${path}.id: a provider id is required`);
    const config = entry.config === undefined ? {} : asRecord(entry.config, `${where}: ${path}.config`);
    const label = typeof entry.label === "string" ? entry.label : undefined;
    const mapped = mapProviderId({ id, config, path: `${where}: ${path}`, env: options.env, adHoc: adHocProviders });
    return { id: mapped.model, label: label ?? mapped.label, config };
  };

  const providerList = listOf(raw.providers ?? raw.targets, `${where}: providers`);
  if (providerList.length === 0) throw new SuiteError(`${where}: providers: at least one provider is needed`);
  const models = providerList.map((value, index) => mapProvider(value, `providers.${index}`));
  const [baselineModel, ...candidateModels] = models;

  const defaultTest = raw.defaultTest === undefined ? {} : asRecord(raw.defaultTest, `${where}: defaultTest`);
  const defaultOptions = defaultTest.options === undefined ? {} : asRecord(defaultTest.options, `${where}: defaultTest.options`);
  const judge = defaultOptions.provider === undefined ? undefined : mapProvider(defaultOptions.provider, "defaultTest.options.provider").id;
  const mapAssertions = (value: unknown, path: string): SuiteFileAssertion[] => listOf(value, path).map((assertion, index) => mapAssertion(assertion, `${path}.${index}`, mapProvider));

  const prompts = await Promise.all(listOf(raw.prompts, `${where}: prompts`).map((prompt, index) => mapPrompt(prompt, { base, path: `${where}: prompts.${index}` })));
  if (prompts.length === 0) throw new SuiteError(`${where}: prompts: at least one prompt is needed`);

  const tests: SuiteFileTest[] = [];
  for (const [entryIndex, entry] of listOf(raw.tests, `${where}: tests`).entries()) {
    const fromFile = typeof entry === "string" ? await readTestFile(resolveFile(base, entry)) : [entry];
    for (const [index, test] of fromFile.entries()) {
      const path = typeof entry === "string" ? `${entry}: test ${index + 1}` : `tests.${entryIndex}`;
      tests.push(await mapTest(test, { base, path: `${where}: ${path}`, mapAssertions }));
    }
  }

  const evaluateOptions = raw.evaluateOptions === undefined ? {} : asRecord(raw.evaluateOptions, `${where}: evaluateOptions`);
  const concurrency = evaluateOptions.maxConcurrency;
  const baselineConfig = baselineModel!.config;
  const file: SuiteFile = {
    description: typeof raw.description === "string" ? raw.description : undefined,
    baseline: { id: baselineModel!.id, label: baselineModel!.label },
    candidates: candidateModels.map((model) => ({ id: model.id, label: model.label })),
    judge,
    prompts,
    tests,
    default_test: {
      vars: defaultTest.vars === undefined ? undefined : asRecord(defaultTest.vars, `${where}: defaultTest.vars`),
      assert: defaultTest.assert === undefined ? undefined : mapAssertions(defaultTest.assert, "defaultTest.assert"),
      threshold: typeof defaultTest.threshold === "number" ? defaultTest.threshold : undefined,
    },
    sampling: {
      temperature: numberOr(baselineConfig.temperature),
      max_tokens: numberOr(baselineConfig.max_tokens),
      top_p: numberOr(baselineConfig.top_p),
      seed: numberOr(baselineConfig.seed),
    },
    run: typeof concurrency === "number" ? { concurrency } : undefined,
  };
  return { file, adHocProviders, warnings };
}

function mapProviderId(options: { id: string; config: Record<string, unknown>; path: string; env: NodeJS.ProcessEnv; adHoc: ProviderConfig[] }): { model: string; label: string } {
  const { id, config } = options;
  const parts = id.split(":");
  const prefix = parts[0]!;
  if (prefix === "switchyard" && parts.length > 1) {
    const alias = parts.slice(1).join(":");
    return { model: alias, label: alias };
  }
  if (parts.length === 1) return { model: id, label: id };
  const model = parts[1] === "chat" && parts.length > 2 ? parts.slice(2).join(":") : parts.slice(1).join(":");
  if (parts[1] === "completion") throw new SuiteError(`${options.path}.id: "${id}": only chat providers are supported`);
  const baseUrl = stringOr(config.apiBaseUrl) ?? stringOr(config.apiHost);
  if (!Object.hasOwn(openAICompatiblePresets, prefix)) {
    throw new SuiteError(`${options.path}.id: "${id}" is not in the supported promptfoo subset; use PRESET:chat:MODEL (openai, ollama, vllm, …) with config.apiBaseUrl, or switchyard:ALIAS for a gateway alias`);
  }
  // `openai:…` with no endpoint means "the model the gateway calls MODEL": never an implicit vendor call.
  if (prefix === "openai" && baseUrl === undefined) return { model, label: model };
  const name = `promptfoo-${options.adHoc.length + 1}`;
  const apiKeyEnv = stringOr(config.apiKeyEnvar);
  const preset = openAICompatiblePresets[prefix as keyof typeof openAICompatiblePresets];
  options.adHoc.push({
    name,
    type: "openai-compatible",
    baseUrl: baseUrl ?? preset.baseUrl,
    apiKey: stringOr(config.apiKey) ?? (apiKeyEnv ? options.env[apiKeyEnv] : "apiKeyEnv" in preset ? options.env[preset.apiKeyEnv] : undefined),
    headers: {},
    unsupportedParameters: [...preset.unsupportedParameters],
  });
  return { model: `${name}/${model}`, label: model };
}

async function mapPrompt(prompt: unknown, options: { base: string; path: string }): Promise<NonNullable<SuiteFile["prompts"]>[number]> {
  let text: string;
  let id: string | undefined;
  if (typeof prompt === "string") text = prompt;
  else {
    const entry = asRecord(prompt, options.path);
    const raw = entry.raw ?? entry.prompt;
    if (typeof raw !== "string") throw new SuiteError(`${options.path}.raw: a prompt text is required`);
    text = raw;
    id = stringOr(entry.id) ?? stringOr(entry.label);
  }
  if (text.startsWith("file://")) {
    const path = resolveFile(options.base, text);
    id ??= text.slice("file://".length);
    try {
      text = await readFile(path, "utf8");
    } catch {
      throw new SuiteError(`${options.path}: cannot read prompt file ${path}`);
    }
    if (extname(path) === ".yaml" || extname(path) === ".yml") text = JSON.stringify(parseYaml(text));
  }
  const messages = chatMessages(text);
  return messages ? { ...(id !== undefined && { id }), messages } : { ...(id !== undefined && { id }), text };
}

/** promptfoo's chat-format prompts: a JSON array of `{ role, content }`. */
function chatMessages(text: string): { role: "system" | "user" | "assistant"; content: string }[] | undefined {
  if (!text.trimStart().startsWith("[")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return undefined;
    const messages = parsed.map((item: unknown) => {
      const { role, content } = (item ?? {}) as { role?: unknown; content?: unknown };
      if ((role !== "system" && role !== "user" && role !== "assistant") || typeof content !== "string") throw new Error("not a message");
      return { role, content } as const;
    });
    return messages.length > 0 ? messages : undefined;
  } catch {
    return undefined;
  }
}

async function mapTest(raw: unknown, options: { base: string; path: string; mapAssertions: (value: unknown, path: string) => SuiteFileAssertion[] }): Promise<SuiteFileTest> {
  const test = asRecord(raw, options.path);
  const vars: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(test.vars === undefined ? {} : asRecord(test.vars, `${options.path}.vars`))) {
    vars[name] = typeof value === "string" && value.startsWith("file://") ? await readVarFile(resolveFile(options.base, value), `${options.path}.vars.${name}`) : value;
  }
  const testOptions = test.options === undefined ? {} : asRecord(test.options, `${options.path}.options`);
  const judge = testOptions.provider;
  const assert = test.assert === undefined ? undefined : options.mapAssertions(test.assert, `${options.path}.assert`);
  return {
    description: stringOr(test.description),
    vars,
    // A per-test grader applies to that test's model-graded assertions.
    assert: assert && typeof judge === "string" ? assert.map((assertion) => ({ ...assertion, judge: assertion.judge ?? judge })) : assert,
    threshold: numberOr(test.threshold),
  };
}

async function readVarFile(path: string, where: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new SuiteError(`${where}: cannot read ${path}`);
  }
}

const promptfooOnlyTypes = new Set(["contains-json", "is-valid-openai-tools-call", "select-best", "factuality", "g-eval", "model-graded-closedqa", "python", "webhook", "rouge-n", "bleu", "levenshtein", "perplexity", "answer-relevance", "context-faithfulness"]);

function mapAssertion(raw: unknown, path: string, mapProvider: (value: unknown, path: string) => { id: string }): SuiteFileAssertion {
  const assertion = asRecord(raw, path);
  const type = assertion.type;
  if (typeof type !== "string") throw new SuiteError(`${path}.type: required`);
  const bare = type.startsWith("not-") ? type.slice(4) : type;
  if (promptfooOnlyTypes.has(bare)) throw new SuiteError(`${path}.type: "${type}" is outside the supported promptfoo subset`);
  if (!(assertionTypeNames as readonly string[]).includes(bare)) throw new SuiteError(`${path}.type: unknown assertion type "${type}" (known: ${assertionTypeNames.join(", ")}, each also with a not- prefix)`);
  const value = assertion.value;
  if (typeof value === "string" && value.startsWith("file://")) throw new SuiteError(`${path}.value: file:// values are not supported; inline the ${bare === "javascript" ? "function" : "value"}`);
  const provider = assertion.provider === undefined ? undefined : mapProvider(assertion.provider, `${path}.provider`).id;
  const judgeKinds = new Set(["llm-rubric", "pairwise"]);
  return {
    type: type as AssertionTypeName | `not-${AssertionTypeName}`,
    value,
    threshold: numberOr(assertion.threshold),
    weight: numberOr(assertion.weight),
    ...(provider !== undefined && (bare === "similar" ? { embedding: provider } : judgeKinds.has(bare) ? { judge: provider } : {})),
  };
}

function listOf(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return [value];
  throw new SuiteError(`${path}: expected a list`);
}

function asRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SuiteError(`${path}: expected a mapping`);
  return value as Record<string, unknown>;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
