import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { ProviderConfig } from "../../config/gateway-config.js";
import { commandOnPath, loadFunction } from "../promptfoo/run-promptfoo-code.js";
import type { NunjucksFilter } from "../template/render-promptfoo-prompt.js";
import { parseAssertion, type AssertionSpec, type RawAssertion } from "./assertion-spec.js";
import type { CodeRef, EvalSuite, EvalTest, ModelRef, PromptfooGrader, PromptTemplate, ScriptVariable } from "./eval-suite.js";
import { expandPromptfooGlob, isPromptfooGlob } from "./expand-promptfoo-glob.js";
import { suiteDefaults, resolveFile } from "./normalise-suite.js";
import { parseCsv } from "./parse-csv.js";
import { mapPromptfooProvider } from "./promptfoo-provider.js";
import { readPromptfooPrompts, type LoadedPrompt } from "./promptfoo-prompts.js";
import { SuiteError } from "./suite-error.js";

/** A promptfoo config is recognised by `providers:` (or `targets:`) and no `baseline:`. */
export function isPromptfooConfig(raw: Readonly<Record<string, unknown>>): boolean {
  return !Object.hasOwn(raw, "baseline") && (Object.hasOwn(raw, "providers") || Object.hasOwn(raw, "targets"));
}

/** Keys that only affect promptfoo's own bookkeeping or sharing, never a verdict: ignored with a warning. */
const ignoredKeys = new Set(["sharing", "outputPath", "writeLatestResults", "commandLineOptions", "metadata", "tags", "tracing"]);
const knownKeys = new Set(["description", "providers", "targets", "prompts", "tests", "defaultTest", "evaluateOptions", "$schema", "nunjucksFilters", "env", "assertionTemplates"]);

/**
 * promptfoo assertion types graded the same way here. Everything else —
 * factuality, g-eval, select-best, context-*, answer-relevance, rouge-n, bleu,
 * is-xml, assert-set, … — is refused with exit 2 naming the type, never skipped.
 */
const supportedTypes = new Set([
  "equals", "contains", "icontains", "contains-any", "contains-all", "icontains-any", "icontains-all", "regex", "starts-with",
  "is-json", "contains-json", "javascript", "python", "is-valid-openai-tools-call", "is-valid-openai-function-call", "levenshtein", "word-count",
  "latency", "cost", "similar", "llm-rubric",
  "factuality", "model-graded-factuality", "model-graded-closedqa", "g-eval", "answer-relevance", "context-recall", "context-relevance", "context-faithfulness", "select-best",
  "rouge-n", "bleu",
]);
/** Model-graded types whose grader comes from `provider` / `options.provider` / --judge. */
const gradedTypes = new Set(["llm-rubric", "factuality", "model-graded-factuality", "model-graded-closedqa", "g-eval", "answer-relevance", "context-recall", "context-relevance", "context-faithfulness", "select-best"]);
/** promptfoo 0.121 ignores a `not-` prefix on these (their handlers never read it); refused rather than run with a meaning the author did not intend. */
const noInverse = new Set(["factuality", "model-graded-factuality", "model-graded-closedqa", "answer-relevance", "context-recall", "context-relevance", "context-faithfulness", "select-best"]);
const testKeys = new Set(["description", "vars", "assert", "options", "threshold", "metadata"]);
const testOptionKeys = new Set(["transform", "provider", "rubricPrompt", "factuality"]);

/**
 * promptfoo's common subset → an EvalSuite with promptfoo semantics (Nunjucks
 * prompts, provider configs sent as promptfoo sends them, outputs,
 * transforms and assertions as promptfoo grades them). The first provider is
 * the baseline, the rest candidates. Anything outside the subset is a
 * SuiteError naming the key (exit 2); nothing runs with different prompts.
 */
export async function loadPromptfooConfig(raw: Readonly<Record<string, unknown>>, options: { source: string; env: NodeJS.ProcessEnv; judge?: string; embedding?: string }): Promise<EvalSuite> {
  const where = options.source;
  const base = dirname(resolve(options.source));
  const warnings: string[] = [];
  const unknown = Object.keys(raw).filter((key) => !knownKeys.has(key));
  const ignored = unknown.filter((key) => ignoredKeys.has(key));
  if (ignored.length > 0) warnings.push(`${where}: ignoring promptfoo keys that do not change results: ${ignored.join(", ")}`);
  const unsupported = unknown.find((key) => !ignoredKeys.has(key));
  if (unsupported !== undefined) throw new SuiteError(`${where}: ${unsupported}: not in the supported promptfoo subset`);
  const env = { ...options.env, ...(raw.env === undefined ? {} : stringRecord(raw.env, `${where}: env`)) };

  const providerValues = listOf(raw.providers ?? raw.targets, `${where}: providers`);
  if (providerValues.length === 0) throw new SuiteError(`${where}: providers: at least one provider is needed`);
  const endpoints: ProviderConfig[] = [];
  const mapProvider = (value: unknown, path: string) => {
    const mapped = mapPromptfooProvider(value, { where, path, base, env, index: endpoints.length });
    if (mapped.endpoint) endpoints.push(mapped.endpoint);
    return mapped.model;
  };
  // A provider's own `prompts` list is promptfoo's, read here; the rest of the entry is the provider.
  const promptLists = providerValues.map((value, index) => providerPromptList(value, `${where}: providers.${index}.prompts`));
  const models = providerValues.map((value, index) => mapProvider(withoutPromptList(value), `providers.${index}`));
  const labels = new Set<string>();
  for (const model of models) {
    if (labels.has(model.label)) throw new SuiteError(`${where}: providers: two providers are labelled "${model.label}"; give one a distinct label`);
    labels.add(model.label);
  }

  const evaluateOptions = raw.evaluateOptions === undefined ? {} : record(raw.evaluateOptions, `${where}: evaluateOptions`);
  for (const key of Object.keys(evaluateOptions)) {
    if (key === "repeat" && evaluateOptions.repeat === 1) continue;
    if (!["maxConcurrency", "showProgressBar", "cache", "delay"].includes(key)) throw new SuiteError(`${where}: evaluateOptions.${key}: not in the supported promptfoo subset`);
  }

  const filters: Record<string, NunjucksFilter> = {};
  for (const [name, path] of Object.entries(raw.nunjucksFilters === undefined ? {} : stringRecord(raw.nunjucksFilters, `${where}: nunjucksFilters`))) {
    try {
      filters[name] = await loadFunction(resolveFile(base, path), undefined);
    } catch (error) {
      throw new SuiteError(`${where}: nunjucksFilters.${name}: ${(error as Error).message}`);
    }
  }

  const templates = raw.assertionTemplates === undefined ? {} : record(raw.assertionTemplates, `${where}: assertionTemplates`);
  const defaultTest = typeof raw.defaultTest === "string" ? record(await readStructured(resolveFile(base, raw.defaultTest), `${where}: defaultTest`), `${where}: defaultTest`) : raw.defaultTest === undefined ? {} : record(raw.defaultTest, `${where}: defaultTest`);
  for (const key of Object.keys(defaultTest)) if (!testKeys.has(key)) throw new SuiteError(`${where}: defaultTest.${key}: not in the supported promptfoo subset`);
  const defaultOptions = defaultTest.options === undefined ? {} : record(defaultTest.options, `${where}: defaultTest.options`);
  for (const key of Object.keys(defaultOptions)) if (!testOptionKeys.has(key)) throw new SuiteError(`${where}: defaultTest.options.${key}: not in the supported promptfoo subset`);
  const mapGrader = (value: unknown, path: string, standsInForDefault: boolean): PromptfooGrader => {
    // promptfoo's `{ text, embedding }` form names one provider per kind of call.
    if (typeof value === "object" && value !== null && !Array.isArray(value) && !Object.hasOwn(value, "id") && (Object.hasOwn(value, "text") || Object.hasOwn(value, "embedding"))) {
      const kinds = value as Record<string, unknown>;
      for (const key of Object.keys(kinds)) if (key !== "text" && key !== "embedding") throw new SuiteError(`${where}: ${path}.${key}: not in the supported promptfoo subset (text, embedding)`);
      if (kinds.text === undefined) throw new SuiteError(`${where}: ${path}.text: a grading chat provider is required`);
      const embedding = kinds.embedding === undefined ? undefined : embeddingModel(kinds.embedding, `${where}: ${path}.embedding`);
      return { model: mapProvider(kinds.text, `${path}.text`), standsInForDefault, ...(embedding !== undefined && { embedding }) };
    }
    return { model: mapProvider(value, path), standsInForDefault };
  };
  // --judge stands in for promptfoo's default grader and, like promptfoo's --grader, wins over defaultTest.options.provider.
  const judgeModel = options.judge === undefined ? undefined : options.judge.includes(":") ? mapProvider(options.judge, "--judge") : { id: options.judge, label: options.judge };
  const grader: PromptfooGrader | undefined = judgeModel !== undefined ? { model: judgeModel, standsInForDefault: true } : defaultOptions.provider === undefined ? undefined : mapGrader(defaultOptions.provider, "defaultTest.options.provider", false);
  const judge = grader?.model.id;
  // An embeddings provider id (`openai:embedding:MODEL`) names the same endpoint as the chat id `openai:MODEL`.
  const mapEmbedding = (value: unknown, path: string): string => {
    if (typeof value !== "string" || !value.includes(":")) return mapProvider(value, path).id;
    return mapProvider(value.replace(/^([^:]+):embeddings?:/, "$1:"), path).id;
  };
  // --embedding stands in for promptfoo's default embeddings provider (OpenAI's), as --judge does for its grader.
  const embedding = options.embedding === undefined ? undefined : mapEmbedding(options.embedding, "--embedding");
  const loadedPrompts = await readPromptfooPrompts(raw.prompts, { base, where });
  const prompts = assignPromptsToModels(loadedPrompts, models, promptLists, where);
  const context: AssertionContext = { where, base, templates, mapProvider, mapGrader, mapEmbedding, embedding, promptCount: prompts.length };
  const defaultVars = await loadVars(defaultTest.vars, { base, at: `${where}: defaultTest.vars` });
  const defaultMetadata = defaultTest.metadata === undefined ? {} : record(defaultTest.metadata, `${where}: defaultTest.metadata`);
  const { provider: _defaultProvider, ...defaultRest } = defaultOptions;
  const defaultGrading: GradingDefaults = { ...(await gradingOptions(defaultRest, "defaultTest.options", context)), grader };
  const defaultAssertions = await mapAssertions(defaultTest.assert, "defaultTest.assert", context, defaultGrading);
  const defaultTransform = codeRef(defaultOptions.transform, base);

  const tests: EvalTest[] = [];
  const rawTests = typeof raw.tests === "string" ? [raw.tests] : listOf(raw.tests, `${where}: tests`);
  for (const [entryIndex, entry] of rawTests.entries()) {
    const loaded = typeof entry === "string" ? await readTestEntry(entry, { base, at: `${where}: tests.${entryIndex}`, alone: typeof raw.tests === "string" }) : [{ test: entry, at: `tests.${entryIndex}` }];
    for (const { test: value, at } of loaded) {
      const path = at;
      const test = record(value, `${where}: ${path}`);
      for (const key of Object.keys(test)) if (!testKeys.has(key)) throw new SuiteError(`${where}: ${path}.${key}: not in the supported promptfoo subset`);
      const testOptions = test.options === undefined ? {} : record(test.options, `${where}: ${path}.options`);
      for (const key of Object.keys(testOptions)) if (!testOptionKeys.has(key)) throw new SuiteError(`${where}: ${path}.options.${key}: not in the supported promptfoo subset`);
      // promptfoo merges defaultTest.options under the test's own options for every assertion, defaultTest's included.
      const testGrading = mergeGrading(defaultGrading, await gradingOptions(testOptions, `${path}.options`, context));
      const own = await mapAssertions(test.assert, `${path}.assert`, context, testGrading);
      const inherited = testGrading === defaultGrading ? defaultAssertions : await mapAssertions(defaultTest.assert, "defaultTest.assert", context, testGrading);
      const ownVars = await loadVars(test.vars, { base, at: `${where}: ${path}.vars` });
      const vars = { ...defaultVars.vars, ...ownVars.vars };
      const scriptVariables = scriptsStillSet(vars, { ...defaultVars.scripts, ...ownVars.scripts });
      // promptfoo merges defaultTest.metadata under the test's; conversationId picks the _conversation history.
      const metadata = { ...defaultMetadata, ...(test.metadata === undefined ? {} : record(test.metadata, `${where}: ${path}.metadata`)) };
      const threshold = typeof test.threshold === "number" ? test.threshold : typeof defaultTest.threshold === "number" ? defaultTest.threshold : undefined;
      for (const combination of varCombinations(vars)) {
        tests.push({
          index: tests.length,
          description: typeof test.description === "string" ? test.description : undefined,
          vars: combination,
          assertions: [...inherited, ...own],
          threshold,
          messages: undefined,
          transform: codeRef(testOptions.transform, base) ?? defaultTransform,
          ...(metadata.conversationId !== undefined && { conversationId: metadata.conversationId }),
          ...(scriptVariables !== undefined && { scriptVariables }),
        });
      }
    }
  }
  if (tests.length === 0) {
    const scriptVariables = scriptsStillSet(defaultVars.vars, defaultVars.scripts);
    tests.push({ index: 0, description: undefined, vars: defaultVars.vars, assertions: defaultAssertions, threshold: undefined, messages: undefined, transform: defaultTransform, ...(defaultMetadata.conversationId !== undefined && { conversationId: defaultMetadata.conversationId }), ...(scriptVariables !== undefined && { scriptVariables }) });
  }

  // promptfoo would fail each such row; a missing interpreter is said once, before anything runs.
  const python = pythonUse(tests);
  if (python !== undefined && !commandOnPath("python3", env.PATH)) throw new SuiteError(`${where}: ${python} needs python3, which is not on PATH`);

  const [baseline, ...candidates] = models;
  const concurrency = evaluateOptions.maxConcurrency;
  return {
    source: options.source,
    description: typeof raw.description === "string" ? raw.description : undefined,
    baseline: baseline!,
    candidates,
    judge,
    embedding,
    prompts,
    tests,
    tools: undefined,
    sampling: {},
    concurrency: typeof concurrency === "number" && Number.isInteger(concurrency) && concurrency > 0 ? concurrency : suiteDefaults.concurrency,
    retries: suiteDefaults.retries,
    timeoutMs: suiteDefaults.timeoutMs,
    statistics: { margin: suiteDefaults.margin, confidence: suiteDefaults.confidence, resamples: suiteDefaults.resamples, seed: suiteDefaults.seed },
    thresholds: undefined,
    adHocProviders: endpoints,
    warnings,
    promptfoo: { filters, grader },
  };
}

interface AssertionContext {
  readonly where: string;
  readonly base: string;
  readonly templates: Readonly<Record<string, unknown>>;
  readonly mapProvider: (value: unknown, path: string) => ModelRef;
  readonly mapGrader: (value: unknown, path: string, standsInForDefault: boolean) => PromptfooGrader;
  readonly mapEmbedding: (value: unknown, path: string) => string;
  /** From --embedding: the embeddings model of a `similar` with no provider of its own. */
  readonly embedding: string | undefined;
  readonly promptCount: number;
}

/** A test's (or defaultTest's) grading options: `options.provider`, `rubricPrompt`, `factuality`; undefined fields inherit. */
interface GradingDefaults {
  readonly grader: PromptfooGrader | undefined;
  readonly rubricPrompt: unknown;
  readonly factuality: Readonly<Record<string, number>> | undefined;
}

async function gradingOptions(options: Readonly<Record<string, unknown>>, path: string, context: AssertionContext): Promise<GradingDefaults> {
  return {
    grader: options.provider === undefined ? undefined : context.mapGrader(options.provider, `${path}.provider`, false),
    rubricPrompt: await rubricPromptValue(options.rubricPrompt, `${context.where}: ${path}.rubricPrompt`, context.base),
    factuality: options.factuality === undefined ? undefined : numberRecord(options.factuality, `${context.where}: ${path}.factuality`, ["subset", "superset", "agree", "disagree", "differButFactual"]),
  };
}

function mergeGrading(base: GradingDefaults, own: GradingDefaults): GradingDefaults {
  if (own.grader === undefined && own.rubricPrompt === undefined && own.factuality === undefined) return base;
  return { grader: own.grader ?? base.grader, rubricPrompt: own.rubricPrompt ?? base.rubricPrompt, factuality: own.factuality ?? base.factuality };
}

/** `rubricPrompt`: text, a message list or G-Eval's `{ steps, evaluate }`, or `file://` text read now; a JavaScript rubric prompt is refused. */
async function rubricPromptValue(value: unknown, at: string, base: string): Promise<unknown> {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && value.startsWith("file://")) {
    if (/\.(js|cjs|mjs|ts)(:|$)/.test(value)) throw new SuiteError(`${at}: "${value}": JavaScript rubric prompts are not in the supported promptfoo subset`);
    return readSuiteFile(resolveFile(base, value), at);
  }
  if (typeof value === "string" || typeof value === "object") return value;
  throw new SuiteError(`${at}: expected text, a list of messages or a mapping`);
}

function numberRecord(value: unknown, at: string, keys: readonly string[]): Record<string, number> {
  const entries = record(value, at);
  for (const [key, item] of Object.entries(entries)) {
    if (!keys.includes(key)) throw new SuiteError(`${at}.${key}: not in the supported promptfoo subset (${keys.join(", ")})`);
    if (typeof item !== "number") throw new SuiteError(`${at}.${key}: expected a number`);
  }
  return entries as Record<string, number>;
}

/** An embeddings model for answer-relevance: `switchyard:ALIAS` or a gateway alias / PROVIDER/MODEL. */
function embeddingModel(value: unknown, at: string): string {
  const id = typeof value === "string" ? value : typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  if (typeof id !== "string" || id === "") throw new SuiteError(`${at}: expected an embeddings model id`);
  if (id.startsWith("switchyard:")) return id.slice("switchyard:".length);
  if (id.includes(":")) throw new SuiteError(`${at}: "${id}": name the embeddings model as switchyard:ALIAS (a gateway alias or PROVIDER/MODEL)`);
  return id;
}

async function mapAssertions(value: unknown, path: string, context: AssertionContext, grading: GradingDefaults): Promise<AssertionSpec[]> {
  const specs: AssertionSpec[] = [];
  for (const [index, item] of listOf(value, `${context.where}: ${path}`).entries()) specs.push(await mapAssertion(item, `${path}.${index}`, context, grading));
  return specs;
}

async function mapAssertion(value: unknown, path: string, context: AssertionContext, grading: GradingDefaults): Promise<AssertionSpec> {
  const at = `${context.where}: ${path}`;
  let assertion = record(value, at);
  if (typeof assertion.$ref === "string") {
    const name = /^#\/assertionTemplates\/(.+)$/.exec(assertion.$ref)?.[1];
    if (name === undefined || !Object.hasOwn(context.templates, name)) throw new SuiteError(`${at}.$ref: "${assertion.$ref}" names no assertionTemplates entry`);
    const { $ref: _ref, ...rest } = assertion;
    assertion = { ...record(context.templates[name], `${context.where}: assertionTemplates.${name}`), ...rest };
  }
  if (assertion.type === "assert-set") return assertSet(assertion, path, context, grading);
  for (const key of Object.keys(assertion)) {
    if (!["type", "value", "threshold", "weight", "transform", "provider", "metric", "rubricPrompt"].includes(key)) throw new SuiteError(`${at}.${key}: not in the supported promptfoo subset`);
  }
  const type = assertion.type;
  if (typeof type !== "string") throw new SuiteError(`${at}.type: required`);
  const bare = type.startsWith("not-") ? type.slice(4) : type;
  if (!supportedTypes.has(bare)) throw new SuiteError(`${at}.type: "${type}" is not in the supported promptfoo subset`);
  let assertionValue = assertion.value;
  if (typeof assertionValue === "string" && assertionValue.startsWith("file://")) assertionValue = await fileValue(assertionValue, bare, context.base, `${at}.value`);
  if (bare === "python" && typeof assertionValue === "string" && assertionValue.startsWith("python:")) assertionValue = assertionValue.slice("python:".length);
  if (type.startsWith("not-") && noInverse.has(bare)) throw new SuiteError(`${at}.type: "${type}": promptfoo ignores not- on ${bare}, so it is not in the supported promptfoo subset`);
  if (bare === "select-best" && context.promptCount > 1) throw new SuiteError(`${at}.type: select-best across several prompts is not in the supported promptfoo subset (one prompt, several providers)`);
  const graded = gradedTypes.has(bare);
  if (assertion.provider !== undefined && !graded && bare !== "similar") throw new SuiteError(`${at}.provider: ${type} takes no provider`);
  if (assertion.rubricPrompt !== undefined && !graded) throw new SuiteError(`${at}.rubricPrompt: ${type} takes no rubricPrompt`);
  const embedding = bare !== "similar" ? undefined : assertion.provider !== undefined ? context.mapEmbedding(assertion.provider, `${path}.provider`) : context.embedding;
  if (bare === "similar" && embedding === undefined) throw new SuiteError(`${at}: similar needs an embeddings model: pass --embedding MODEL or give the assertion a provider (promptfoo's default, OpenAI, is never chosen for you)`);
  const grader = graded ? (assertion.provider === undefined ? grading.grader : context.mapGrader(assertion.provider, `${path}.provider`, false)) : undefined;
  if (bare === "answer-relevance" && grader !== undefined && grader.embedding === undefined) throw new SuiteError(`${at}: answer-relevance needs an embeddings model too: give the grader as provider: { text: CHAT, embedding: switchyard:EMBEDDINGS }`);
  const ownRubricPrompt = await rubricPromptValue(assertion.rubricPrompt, `${at}.rubricPrompt`, context.base);
  const raw: RawAssertion = {
    type,
    value: assertionValue,
    threshold: typeof assertion.threshold === "number" ? assertion.threshold : bare === "similar" ? 0.75 : undefined,
    weight: typeof assertion.weight === "number" ? assertion.weight : undefined,
    ...(embedding !== undefined && { embedding }),
    ...(grader !== undefined && { judge: grader.model.id }),
    transform: codeRef(assertion.transform, context.base),
    ...(graded && { grading: { grader, rubricPrompt: ownRubricPrompt ?? grading.rubricPrompt, factuality: grading.factuality } }),
  };
  return parseAssertion(raw, at);
}

/** promptfoo's `assert-set`: its assertions scored together (weighted mean; all pass, or the mean reaches `threshold`), counted once in the test with its own `weight`. */
async function assertSet(assertion: Readonly<Record<string, unknown>>, path: string, context: AssertionContext, grading: GradingDefaults): Promise<AssertionSpec> {
  const at = `${context.where}: ${path}`;
  for (const key of Object.keys(assertion)) if (!["type", "assert", "threshold", "weight", "metric"].includes(key)) throw new SuiteError(`${at}.${key}: not in the supported promptfoo subset`);
  if (!Array.isArray(assertion.assert) || assertion.assert.length === 0) throw new SuiteError(`${at}.assert: assert-set needs a list of assertions`);
  const children = await mapAssertions(assertion.assert, `${path}.assert`, context, grading);
  if (children.some((child) => child.kind === "select-best")) throw new SuiteError(`${at}.assert: select-best inside assert-set is not in the supported promptfoo subset`);
  const spec: AssertionSpec = {
    kind: "assert-set",
    label: "assert-set",
    negate: false,
    value: undefined,
    threshold: typeof assertion.threshold === "number" ? assertion.threshold : undefined,
    weight: typeof assertion.weight === "number" ? assertion.weight : 1,
    ignoreCase: false,
    match: "all",
    judge: undefined,
    embedding: undefined,
    transform: undefined,
    children,
  };
  return spec;
}

/** `file://` assertion values: code for javascript/python, parsed data for .json/.yaml, text otherwise. */
async function fileValue(reference: string, type: string, base: string, at: string): Promise<unknown> {
  if (type === "javascript" || type === "python") {
    const ref = codeRef(reference, base);
    if (ref?.kind !== "file") throw new SuiteError(`${at}: expected file://path.js or file://path.py`);
    if (type === "javascript" && ref.path.endsWith(".py")) return { ...ref };
    return ref;
  }
  return readStructured(resolveFile(base, reference), at);
}

function codeRef(value: unknown, base: string): CodeRef | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new SuiteError(`transform: expected code or file://path.js`);
  if (!value.startsWith("file://")) return { kind: "inline", code: value };
  const reference = value.slice("file://".length);
  const match = /^(.*\.(?:js|cjs|mjs|py)):([\w$]+)$/.exec(reference);
  return { kind: "file", path: resolveFile(base, match ? match[1]! : reference), functionName: match ? match[2] : undefined };
}

/**
 * Variables with promptfoo's `file://` loading: .yaml/.yml as JSON text, other
 * files as trimmed text, read now; `.py` and `.js`/`.cjs`/`.mjs` are scripts,
 * kept as written in `vars` and run each time a prompt is rendered, as
 * promptfoo runs them (`scripts`).
 */
async function loadVars(value: unknown, options: { base: string; at: string }): Promise<{ vars: Record<string, unknown>; scripts: Record<string, ScriptVariable> }> {
  const scripts: Record<string, ScriptVariable> = {};
  if (value === undefined) return { vars: {}, scripts };
  const vars = typeof value === "string" ? record(await readStructured(resolveFile(options.base, value), options.at), options.at) : record(value, options.at);
  const loaded: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(vars)) {
    if (typeof item !== "string" || !item.startsWith("file://")) {
      loaded[name] = item;
      continue;
    }
    const reference = item.slice("file://".length);
    if (isPromptfooGlob(reference)) {
      // promptfoo globs a `file://` variable from the config's folder and runs the test once per match, in glob's order.
      const matches = expandPromptfooGlob(reference, options.base);
      if (matches.length === 0) throw new SuiteError(`${options.at}.${name}: "${item}": the glob matches no file`);
      const script = matches.find((match) => scriptExtensions.has(extname(match).toLowerCase()));
      if (script !== undefined) throw new SuiteError(`${options.at}.${name}: "${item}": a glob variable that matches scripts (${relative(options.base, script)}) is not in the supported promptfoo subset`);
      loaded[name] = await Promise.all(matches.map((match) => readVarFile(match, `${options.at}.${name}`)));
      continue;
    }
    const path = resolveFile(options.base, item);
    const extension = extname(path).toLowerCase();
    // promptfoo reads `file://x.py:fn` as a file named "x.py:fn" and fails every test; it always calls get_var.
    if (/\.(?:py|[cm]?[jt]s):[^/\\]*$/.test(path)) throw new SuiteError(`${options.at}.${name}: "${item}": a script variable takes no :function (promptfoo calls get_var in Python, the module's function in JavaScript)`);
    if ([".ts", ".cts", ".mts"].includes(extension)) throw new SuiteError(`${options.at}.${name}: "${item}": TypeScript script variables are not in the supported promptfoo subset (use .js or .py)`);
    if (extension === ".py" || javascriptScripts.has(extension)) {
      if (!existsSync(path)) throw new SuiteError(`${options.at}.${name}: cannot read ${path}`);
      loaded[name] = item;
      scripts[name] = { language: extension === ".py" ? "python" : "javascript", path };
      continue;
    }
    loaded[name] = await readVarFile(path, `${options.at}.${name}`);
  }
  return { vars: loaded, scripts };
}

/** A `file://` variable's value as promptfoo renders it: .yaml/.yml as JSON text, anything else as trimmed text. */
async function readVarFile(path: string, at: string): Promise<string> {
  const text = await readSuiteFile(path, at);
  const extension = extname(path).toLowerCase();
  return extension === ".yaml" || extension === ".yml" ? JSON.stringify(parseYaml(text)) : text.trim();
}

const scriptExtensions = new Set([".py", ".js", ".cjs", ".mjs", ".ts", ".cts", ".mts"]);

const javascriptScripts = new Set([".js", ".cjs", ".mjs"]);

/** The script variables a test still has after its own vars override defaultTest's; undefined when none. */
function scriptsStillSet(vars: Readonly<Record<string, unknown>>, scripts: Readonly<Record<string, ScriptVariable>>): Record<string, ScriptVariable> | undefined {
  const kept = Object.entries(scripts).filter(([name]) => typeof vars[name] === "string" && vars[name].startsWith("file://"));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** A provider's `prompts` (labels or ids of the prompts it runs, promptfoo's matching), or undefined: every prompt. */
function providerPromptList(value: unknown, at: string): string[] | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, "prompts")) return undefined;
  const list = (value as Record<string, unknown>).prompts;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) throw new SuiteError(`${at}: expected a list of prompt labels`);
  return list as string[];
}

function withoutPromptList(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, "prompts")) return value;
  const { prompts: _prompts, ...rest } = value as Record<string, unknown>;
  return rest;
}

/**
 * Which models run which prompts, as promptfoo's per-provider `prompts` decide:
 * a reference matches a prompt whose label or id equals it, starts with it
 * followed by `:`, or, ending in `*`, starts with what precedes the `*`. A
 * provider whose list matches no prompt is refused: it would run nothing.
 */
function assignPromptsToModels(prompts: readonly LoadedPrompt[], models: readonly ModelRef[], lists: readonly (readonly string[] | undefined)[], where: string): PromptTemplate[] {
  if (lists.every((list) => list === undefined)) return prompts.map((prompt) => prompt.template);
  const runs = (list: readonly string[] | undefined, prompt: LoadedPrompt): boolean => list === undefined || list.some((reference) => promptMatches(reference, prompt));
  lists.forEach((list, index) => {
    if (list !== undefined && !prompts.some((prompt) => runs(list, prompt))) throw new SuiteError(`${where}: providers.${index}.prompts: matches none of the prompts (labels: ${prompts.map((prompt) => JSON.stringify(prompt.label)).join(", ")})`);
  });
  return prompts.map((prompt) => ({ ...prompt.template, models: models.filter((_model, index) => runs(lists[index], prompt)).map((model) => model.label) }));
}

function promptMatches(reference: string, prompt: LoadedPrompt): boolean {
  const names = [prompt.label, ...(prompt.id !== undefined && prompt.id !== "" ? [prompt.id] : [])];
  if (names.includes(reference)) return true;
  if (reference.endsWith("*") && names.some((name) => name.startsWith(reference.slice(0, -1)))) return true;
  return names.some((name) => name.startsWith(`${reference}:`));
}

/** The first thing in the suite that runs Python, said as the user wrote it; undefined when nothing does. */
function pythonUse(tests: readonly EvalTest[]): string | undefined {
  const isPython = (ref: CodeRef | undefined): boolean => ref?.kind === "file" && ref.path.endsWith(".py");
  for (const test of tests) {
    const variable = Object.entries(test.scriptVariables ?? {}).find(([, script]) => script.language === "python");
    if (variable) return `the Python variable ${variable[0]} (${String(test.vars[variable[0]])})`;
    for (const spec of test.assertions.flatMap((item) => [item, ...(item.children ?? [])])) {
      if (spec.kind === "python" || (spec.kind === "javascript" && isPython(spec.value as CodeRef | undefined))) return `a ${spec.label} assertion`;
      if (isPython(spec.transform)) return `a Python transform`;
    }
    if (isPython(test.transform)) return `a Python transform`;
  }
  return undefined;
}

/** promptfoo expands a variable holding a list of strings into one test per value (every combination). */
function varCombinations(vars: Readonly<Record<string, unknown>>): Record<string, unknown>[] {
  let combinations: Record<string, unknown>[] = [{}];
  for (const [key, value] of Object.entries(vars)) {
    const values = Array.isArray(value) && typeof value[0] === "string" ? (value as unknown[]) : [value];
    combinations = combinations.flatMap((combination) => values.map((item) => ({ ...combination, [key]: item })));
  }
  return combinations;
}

/**
 * The tests one `tests:` string names, each with where it came from (`FILE:
 * test N`). A glob is expanded as promptfoo 0.121 expands it: every match read
 * in turn, in the order `glob` finds them, a file matched twice (listed and
 * globbed) read twice. promptfoo globs a lone `tests:` string only when it
 * ends in .yaml/.yml; any other lone glob it reads as a plain path and fails.
 */
async function readTestEntry(entry: string, options: { base: string; at: string; alone: boolean }): Promise<{ test: unknown; at: string }[]> {
  const pattern = entry.startsWith("file://") ? entry.slice("file://".length) : entry;
  if (!isPromptfooGlob(pattern)) return (await readTests(resolveFile(options.base, entry), options.at)).map((test) => ({ test: test.test, at: `${entry}: ${test.at}` }));
  if (options.alone && !/ya?ml$/.test(pattern)) throw new SuiteError(`${options.at}: "${entry}": promptfoo expands a single tests: glob only when it ends in .yaml or .yml (list it, tests: [${JSON.stringify(entry)}], to expand it)`);
  const matches = expandPromptfooGlob(pattern, options.base);
  // promptfoo logs "No test files found" and runs without them; a pattern that matches nothing is a mistake worth stopping for.
  if (matches.length === 0) throw new SuiteError(`${options.at}: "${entry}": the glob matches no test file`);
  const tests: { test: unknown; at: string }[] = [];
  for (const match of matches) for (const test of await readTests(match, options.at)) tests.push({ test: test.test, at: `${relative(options.base, match) || match}: ${test.at}` });
  return tests;
}

/** Tests from a file: CSV (promptfoo's columns), JSON / YAML (a list), JSONL (a test per line). */
async function readTests(path: string, at: string): Promise<{ test: unknown; at: string }[]> {
  const extension = extname(path).toLowerCase();
  if ([".js", ".cjs", ".mjs", ".ts", ".py"].includes(extension) || path.includes("docs.google.com")) throw new SuiteError(`${at}: "${path}": test generators and sheets are not in the supported promptfoo subset`);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new SuiteError(`${at}: cannot read test file ${path}`);
  }
  if (extension === ".csv") return csvTests(text, path);
  if (extension === ".jsonl") {
    return text
      .split(/\r?\n/)
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => line.trim() !== "")
      .map(({ line, index }) => {
        try {
          return { test: JSON.parse(line) as unknown, at: `line ${index + 1}` };
        } catch (error) {
          throw new SuiteError(`${path}:${index + 1}: invalid JSON: ${(error as Error).message}`);
        }
      });
  }
  const parsed = await readStructured(path, at);
  if (!Array.isArray(parsed)) throw new SuiteError(`${path}: expected a list of tests`);
  return parsed.map((test: unknown, index) => ({ test, at: `test ${index + 1}` }));
}

function csvTests(text: string, path: string): { test: unknown; at: string }[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new SuiteError(`${path}: invalid CSV: ${(error as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells, rowIndex) => {
    const vars: Record<string, string> = {};
    const assert: Record<string, unknown>[] = [];
    let description: string | undefined;
    let threshold: number | undefined;
    /** `__config:__expectedN:threshold` cells by the index of the assertion they set (promptfoo counts only the non-empty `__expected` cells). */
    const thresholds = new Map<number, number>();
    const metadata: Record<string, unknown> = {};
    header.forEach((column, columnIndex) => {
      const name = column.trim();
      const cell = cells[columnIndex] ?? "";
      if (name.startsWith("__expected")) {
        if (cell.trim() !== "") assert.push(assertionFromString(cell.trim()));
      } else if (name === "__description") description = cell;
      else if (name === "__threshold") {
        // Empty means no threshold (promptfoo's parseFiniteNumber), never 0.
        const number = cell.trim() === "" ? Number.NaN : Number(cell);
        threshold = Number.isFinite(number) ? number : undefined;
      } else if (name.startsWith("__metadata:")) {
        // promptfoo's metadata columns (a test's conversationId among them); `KEY[]` splits on unescaped commas; empty cells set nothing.
        const key = name.slice("__metadata:".length);
        if (cell.trim() === "") return;
        if (key.endsWith("[]")) metadata[key.slice(0, -2)] = cell.split(/(?<!\\),/).map((item) => item.trim().replace(/\\,/g, ","));
        else metadata[key] = cell;
      } else if (name === "__metric" || name === "__metadata") return;
      else if (name.startsWith("__config:")) {
        const [target = "", key = "", ...rest] = name.slice("__config:".length).split(":");
        const index = target === "__expected" ? 0 : /^__expected([1-9]\d*)$/.test(target) ? Number(target.slice("__expected".length)) - 1 : undefined;
        if (index === undefined || key !== "threshold" || rest.length > 0) throw new SuiteError(`${path}:1: column ${name}: expected __config:__expected:threshold or __config:__expectedN:threshold`);
        const number = cell.trim() === "" ? Number.NaN : Number(cell);
        if (!Number.isFinite(number)) throw new SuiteError(`${path}:${rowIndex + 2}: column ${name}: "${cell}" is not a number`);
        thresholds.set(index, number);
      } else if (name.startsWith("__")) throw new SuiteError(`${path}:${rowIndex + 2}: column ${name} is not in the supported promptfoo subset`);
      else vars[column] = cell;
    });
    for (const [index, value] of thresholds) if (assert[index] !== undefined) assert[index].threshold = value;
    return { test: { ...(description !== undefined && { description }), vars, ...(assert.length > 0 && { assert }), ...(threshold !== undefined && { threshold }), ...(Object.keys(metadata).length > 0 && { metadata }) }, at: `row ${rowIndex + 2}` };
  });
}

const csvAssertionTypes = [...supportedTypes, "answer-relevance", "classifier", "context-faithfulness", "context-recall", "context-relevance", "perplexity", "perplexity-score", "rouge-n", "bleu", "is-xml", "contains-xml", "factuality", "model-graded-closedqa", "g-eval", "is-sql", "contains-sql", "webhook", "moderation"];
const csvAssertion = new RegExp(`^(not-)?(${csvAssertionTypes.map((type) => type.replace(/[-]/g, "\\-")).join("|")})(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::([\\s\\S]*))?$`);
const csvDefaultThreshold = new Set(["answer-relevance", "classifier", "context-faithfulness", "context-recall", "context-relevance", "cost", "latency", "levenshtein", "perplexity-score", "perplexity", "rouge-n", "similar", "starts-with"]);

/** A CSV `__expected` cell, read as promptfoo's assertionFromString reads it. */
function assertionFromString(expected: string): Record<string, unknown> {
  for (const prefix of ["javascript:", "fn:", "eval:"]) if (expected.startsWith(prefix)) return { type: "javascript", value: expected.slice(prefix.length).trim() };
  if (expected.startsWith("file://") && /\.(js|cjs|mjs)(:|$)/.test(expected)) return { type: "javascript", value: expected };
  if (expected.startsWith("grade:")) return { type: "llm-rubric", value: expected.slice(6) };
  if (expected.startsWith("llm-rubric:")) return { type: "llm-rubric", value: expected.slice(11) };
  if (expected.startsWith("python:") || (expected.startsWith("file://") && /\.py(:|$)/.test(expected))) return { type: "python", value: expected.slice(7).trim() };
  const match = csvAssertion.exec(expected);
  if (!match) return { type: "equals", value: expected };
  const [, not, type, thresholdText, value] = match as unknown as [string, string | undefined, string, string | undefined, string | undefined];
  const full = `${not ?? ""}${type}`;
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (type.endsWith("-any") || type.endsWith("-all")) return { type: full, value: value === undefined ? value : value.split(/,(?=(?:(?:[^"]*"){2})*[^"]*$)/).map((item) => item.trim().replace(/^"(.*)"$/, "$1")) };
  if (type === "contains-json" || type === "is-json") return { type: full, value };
  if (csvDefaultThreshold.has(type)) return { type: full, value: value?.trim(), threshold: threshold ?? (type === "similar" ? 0.75 : 0.75) };
  return { type: full, value: value?.trim() };
}

async function readStructured(path: string, at: string): Promise<unknown> {
  const text = await readSuiteFile(path, at);
  const extension = extname(path).toLowerCase();
  if (extension !== ".json" && extension !== ".yaml" && extension !== ".yml") return text;
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    throw new SuiteError(`${path}: invalid ${extension.slice(1).toUpperCase()}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function listOf(value: unknown, at: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return [value];
  throw new SuiteError(`${at}: expected a list`);
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SuiteError(`${at}: expected a mapping`);
  return value as Record<string, unknown>;
}

function stringRecord(value: unknown, at: string): Record<string, string> {
  const entries = record(value, at);
  for (const [key, item] of Object.entries(entries)) if (typeof item !== "string") throw new SuiteError(`${at}.${key}: expected a string`);
  return entries as Record<string, string>;
}

/** A file the config names, as text; one that cannot be read is a suite error at the key that named it. */
async function readSuiteFile(path: string, at: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new SuiteError(`${at}: cannot read ${path}`);
  }
}
