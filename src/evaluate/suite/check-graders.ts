import type { EvalSuite } from "./eval-suite.js";
import { SuiteError } from "./suite-error.js";

/** Assertion kinds graded by a judge model. */
const judged = new Set(["llm-rubric", "pairwise", "factuality", "g-eval", "select-best", "answer-relevance", "context-faithfulness", "context-recall", "context-relevance", "model-graded-closedqa"]);

/**
 * Model-graded assertions need a judge, `similar` an embeddings model; none is
 * ever defaulted. Checked when the suite loads (after `--judge` applies), so a
 * missing grader is a one-line usage error before any model call is paid for.
 */
export function checkGraders(suite: EvalSuite): void {
  for (const test of suite.tests) {
    for (const spec of test.assertions.flatMap((item) => [item, ...(item.children ?? [])])) {
      if (judged.has(spec.kind) && (spec.judge ?? suite.judge) === undefined) {
        throw new SuiteError(`${suite.source}: ${spec.label} needs a judge model: set \`judge:\` in the suite (promptfoo: defaultTest.options.provider or the assertion's provider) or pass --judge MODEL; no judge is chosen for you`);
      }
      if (spec.kind === "answer-relevance" && (spec.grading?.grader?.embedding ?? suite.promptfoo?.grader?.embedding ?? spec.embedding ?? suite.embedding) === undefined) {
        throw new SuiteError(`${suite.source}: answer-relevance needs an embeddings model as well as a judge: set \`embedding:\` in the suite (promptfoo: provider: { text: CHAT, embedding: switchyard:EMBEDDINGS }); none is chosen for you`);
      }
      if (spec.kind === "similar" && (spec.embedding ?? suite.embedding) === undefined) {
        throw new SuiteError(`${suite.source}: similar needs an embeddings model: set \`embedding:\` in the suite or on the assertion (promptfoo: the assertion's provider); none is chosen for you`);
      }
      if (spec.kind === "pairwise" && suite.candidates.length === 0) throw new SuiteError(`${suite.source}: pairwise needs at least one candidate to compare with the baseline`);
    }
  }
}

/**
 * The first thing in the suite that would run the suite author's code with
 * this process's rights — a `javascript` or `python` assertion, a `transform`,
 * a prompt function, a script variable, a custom Nunjucks filter — named for
 * the refusal message.
 */
export function codeAssertionIn(suite: EvalSuite): string | undefined {
  for (const test of suite.tests) {
    for (const spec of test.assertions.flatMap((item) => [item, ...(item.children ?? [])])) {
      if (spec.kind === "javascript" || spec.kind === "python") return `${spec.label} assertion`;
      if (spec.transform) return `${spec.label} assertion with a transform`;
    }
    if (test.transform) return "test with options.transform";
    const script = Object.keys(test.scriptVariables ?? {})[0];
    if (script !== undefined) return `script variable (${script}: ${String(test.vars[script])})`;
  }
  const prompt = suite.prompts.find((item) => item.promptfoo?.kind === "function");
  if (prompt) return `prompt function (${prompt.id})`;
  const filter = Object.keys(suite.promptfoo?.filters ?? {})[0];
  if (filter !== undefined) return `custom Nunjucks filter (${filter})`;
  return undefined;
}
