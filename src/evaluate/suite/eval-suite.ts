import type { ProviderConfig } from "../../config/gateway-config.js";
import type { SamplingParameters } from "../../core/sampling-parameters.js";
import type { ToolDefinition } from "../../core/tool.js";
import type { AssertionSpec } from "./assertion-spec.js";
import type { CodeRef } from "./code-ref.js";
import type { ModelRef } from "./model-ref.js";
import type { PromptfooGrader } from "./promptfoo-grader.js";

export type { CodeRef } from "./code-ref.js";
export type { ModelRef } from "./model-ref.js";
export type { PromptfooGrader } from "./promptfoo-grader.js";

/** How a promptfoo prompt is produced before Nunjucks renders it. */
export type PromptfooPrompt =
  /** `usesConversation`: the template reads `_conversation` (promptfoo's multi-turn history), found as promptfoo finds it, in the Nunjucks syntax tree. */
  | { readonly kind: "text"; readonly raw: string; readonly usesConversation: boolean }
  | { readonly kind: "function"; readonly path: string; readonly functionName: string | undefined };

/** promptfoo semantics for a suite that came from a promptfoo config. */
export interface PromptfooSemantics {
  /** Custom Nunjucks filters (`nunjucksFilters`), loaded when the suite loads. */
  readonly filters: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  /** The suite's grader: `--judge` (as promptfoo's `--grader`), else `defaultTest.options.provider`; never defaulted. */
  readonly grader: PromptfooGrader | undefined;
}

/** One message of a prompt template; `content` may hold `{{variables}}`. */
export interface TemplateMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

export interface PromptTemplate {
  readonly id: string;
  /** For reports; for promptfoo prompts, the raw text as one user message. */
  readonly messages: readonly TemplateMessage[];
  /** Set for promptfoo prompts: rendered with Nunjucks and parsed as promptfoo does, instead of `messages`. */
  readonly promptfoo?: PromptfooPrompt;
  /** Labels of the models that run this prompt (promptfoo's per-provider `prompts`); undefined: every model. */
  readonly models?: readonly string[];
}

/** A promptfoo variable whose value comes from running a script (`file://x.py` calls `get_var`, `file://x.js` the module's function) each time a prompt is rendered. */
export interface ScriptVariable {
  readonly language: "javascript" | "python";
  /** Absolute path of the script. */
  readonly path: string;
}

export interface EvalTest {
  /** 0-based position in the suite, after file expansion. */
  readonly index: number;
  readonly description: string | undefined;
  readonly vars: Readonly<Record<string, unknown>>;
  readonly assertions: readonly AssertionSpec[];
  /** When set, the test passes if its weighted score reaches this, instead of every assertion passing. */
  readonly threshold: number | undefined;
  /** A whole conversation instead of the suite's prompts (suites built from captured traffic). */
  readonly messages: readonly TemplateMessage[] | undefined;
  /** promptfoo `options.transform` (the test's, else `defaultTest`'s), applied to the output before every assertion. */
  readonly transform?: CodeRef;
  /** promptfoo `metadata.conversationId` (the test's, else `defaultTest`'s): which `_conversation` history the test continues. */
  readonly conversationId?: unknown;
  /** promptfoo script variables by name; `vars` keeps their `file://` text until a prompt is rendered. */
  readonly scriptVariables?: Readonly<Record<string, ScriptVariable>>;
}

export interface StatisticsOptions {
  /** Non-inferiority margin on the pass-rate (or win-rate) scale, e.g. 0.05. */
  readonly margin: number;
  readonly confidence: number;
  readonly resamples: number;
  readonly seed: number;
}

export interface Thresholds {
  /** Every model must pass at least this fraction of tests. */
  readonly passRate: number | undefined;
  /** Every candidate must be shown not worse than the baseline, by the margin. */
  readonly nonInferior: boolean;
  /** Every candidate's pairwise win rate against the baseline must reach this. */
  readonly winRate: number | undefined;
}

/** A suite after loading: files expanded, defaults merged, assertions parsed. Format-independent (native or promptfoo). */
export interface EvalSuite {
  readonly source: string;
  readonly description: string | undefined;
  readonly baseline: ModelRef;
  readonly candidates: readonly ModelRef[];
  /** Routed model that grades llm-rubric and pairwise assertions; never defaulted. */
  readonly judge: string | undefined;
  /** Routed embeddings model for `similar`; never defaulted. */
  readonly embedding: string | undefined;
  readonly prompts: readonly PromptTemplate[];
  readonly tests: readonly EvalTest[];
  readonly tools: readonly ToolDefinition[] | undefined;
  readonly sampling: SamplingParameters;
  readonly concurrency: number;
  readonly retries: number;
  readonly timeoutMs: number;
  readonly statistics: StatisticsOptions;
  /** Undefined: the promptfoo rule applies (any failed test fails the run). */
  readonly thresholds: Thresholds | undefined;
  /** OpenAI-compatible endpoints a promptfoo config named by `apiBaseUrl`; added to the gateway config in-process. */
  readonly adHocProviders: readonly ProviderConfig[];
  /** Set for promptfoo configs: prompts, outputs and assertions follow promptfoo's rules. */
  readonly promptfoo?: PromptfooSemantics;
  /** Things accepted but ignored (unsupported promptfoo keys), said once on stderr. */
  readonly warnings: readonly string[];
}
