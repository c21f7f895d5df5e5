import { dirname, isAbsolute, resolve } from "node:path";
import { describeZodError } from "../../shared/describe-zod-error.js";
import { parseAssertion, type AssertionSpec } from "./assertion-spec.js";
import type { EvalSuite, EvalTest, ModelRef, PromptTemplate } from "./eval-suite.js";
import { readTestFile } from "./read-test-file.js";
import { SuiteError } from "./suite-error.js";
import { suiteTestSchema, type SuiteFile, type SuiteFileTest } from "./suite-file-schema.js";

export const suiteDefaults = {
  concurrency: 4,
  retries: 2,
  timeoutMs: 120_000,
  margin: 0.05,
  confidence: 0.95,
  resamples: 2000,
  seed: 42,
} as const;

/** Schema-valid suite file → EvalSuite: test files read, `default_test` merged, assertions parsed, cross-field rules checked. */
export async function normaliseSuite(file: SuiteFile, options: { source: string; warnings?: readonly string[]; adHocProviders?: EvalSuite["adHocProviders"] }): Promise<EvalSuite> {
  const base = dirname(resolve(options.source));
  const baseline = modelRef(file.baseline);
  const candidates = (file.candidates ?? []).map(modelRef);
  const labels = new Set<string>();
  for (const model of [baseline, ...candidates]) {
    if (labels.has(model.label)) throw new SuiteError(`${options.source}: candidates: two models are labelled "${model.label}"; give one a distinct label`);
    labels.add(model.label);
  }

  const prompts: PromptTemplate[] = (file.prompts ?? []).map((prompt, index) => {
    const fallbackId = `prompt ${index + 1}`;
    if (typeof prompt === "string") return { id: fallbackId, messages: [{ role: "user", content: prompt }] };
    if ((prompt.text === undefined) === (prompt.messages === undefined)) throw new SuiteError(`${options.source}: prompts.${index}: give either text or messages`);
    return { id: prompt.id ?? fallbackId, messages: prompt.messages ?? [{ role: "user", content: prompt.text! }] };
  });

  const defaults = file.default_test ?? {};
  const defaultAssertions = (defaults.assert ?? []).map((raw, index) => parseAssertion(raw, `${options.source}: default_test.assert.${index}`));
  const entries = typeof file.tests === "string" ? [file.tests] : file.tests;
  const tests: EvalTest[] = [];
  for (const [entryIndex, entry] of entries.entries()) {
    if (typeof entry !== "string") {
      tests.push(buildTest({ test: entry, index: tests.length, where: `${options.source}: tests.${entryIndex}`, defaults, defaultAssertions }));
      continue;
    }
    const path = resolveFile(base, entry);
    const raws = await readTestFile(path);
    raws.forEach((raw, rawIndex) => {
      const parsed = suiteTestSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = describeZodError(parsed.error);
        throw new SuiteError(`${path}: test ${rawIndex + 1}${issue.path ? `: ${issue.path}` : ""}: ${issue.message}`);
      }
      tests.push(buildTest({ test: parsed.data, index: tests.length, where: `${path}: test ${rawIndex + 1}`, defaults, defaultAssertions }));
    });
  }
  if (tests.length === 0) throw new SuiteError(`${options.source}: tests: the suite has no tests`);
  if (prompts.length === 0 && tests.some((test) => test.messages === undefined)) {
    throw new SuiteError(`${options.source}: prompts: at least one prompt is needed (or give every test its own messages)`);
  }

  const statistics = file.statistics ?? {};
  const thresholds = file.thresholds;
  return {
    source: options.source,
    description: file.description,
    baseline,
    candidates,
    judge: file.judge,
    embedding: file.embedding,
    prompts,
    tests,
    tools: file.tools,
    sampling: {
      temperature: file.sampling?.temperature,
      maxOutputTokens: file.sampling?.max_tokens,
      topP: file.sampling?.top_p,
      seed: file.sampling?.seed,
    },
    concurrency: file.run?.concurrency ?? suiteDefaults.concurrency,
    retries: file.run?.retries ?? suiteDefaults.retries,
    timeoutMs: file.run?.timeout_ms ?? suiteDefaults.timeoutMs,
    statistics: {
      margin: statistics.margin ?? suiteDefaults.margin,
      confidence: statistics.confidence ?? suiteDefaults.confidence,
      resamples: statistics.bootstrap_resamples ?? suiteDefaults.resamples,
      seed: statistics.seed ?? suiteDefaults.seed,
    },
    thresholds: thresholds === undefined ? undefined : { passRate: thresholds.pass_rate, nonInferior: thresholds.non_inferior ?? false, winRate: thresholds.win_rate },
    adHocProviders: options.adHocProviders ?? [],
    warnings: options.warnings ?? [],
  };
}

function buildTest(options: {
  test: SuiteFileTest;
  index: number;
  where: string;
  defaults: NonNullable<SuiteFile["default_test"]>;
  defaultAssertions: readonly AssertionSpec[];
}): EvalTest {
  const { test, defaults } = options;
  const own = (test.assert ?? []).map((raw, index) => parseAssertion(raw, `${options.where}.assert.${index}`));
  return {
    index: options.index,
    description: test.description,
    vars: { ...defaults.vars, ...test.vars },
    assertions: [...options.defaultAssertions, ...own],
    threshold: test.threshold ?? defaults.threshold,
    messages: test.messages,
  };
}

function modelRef(value: SuiteFile["baseline"]): ModelRef {
  if (typeof value === "string") return { id: value, label: value };
  return { id: value.id, label: value.label ?? value.id };
}

/** `file://tests.csv` or `tests.csv`, relative to the suite's folder. */
export function resolveFile(base: string, reference: string): string {
  const path = reference.startsWith("file://") ? reference.slice("file://".length) : reference;
  return isAbsolute(path) ? path : resolve(base, path);
}
