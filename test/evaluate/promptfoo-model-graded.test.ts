import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command-result.js";
import { evalCommand } from "../../src/cli/eval.js";
import { checkModelGraded, selectBest, type GraderPort } from "../../src/evaluate/promptfoo/check-model-graded.js";
import { parseAssertion, type RawAssertion } from "../../src/evaluate/suite/assertion-spec.js";
import { startFakeUpstream, type FakeUpstream, type RecordedRequest } from "../support/fake-upstream.js";
import { completion, lastUserText, systemText } from "./support/fake-models.js";

/** A grader that answers from a script and records the rendered prompts it was sent. */
function scriptedGrader(...answers: string[]): GraderPort & { prompts: { rendered: string; json: boolean }[] } {
  const prompts: { rendered: string; json: boolean }[] = [];
  return {
    prompts,
    ask: async (rendered, json) => {
      prompts.push({ rendered, json });
      const answer = answers.shift();
      if (answer === undefined) throw new Error("grader asked once too often");
      return answer;
    },
    embed: async (text) => (text.includes("capital") ? [1, 0] : [0, 1]),
  };
}

const grading = { grader: undefined, rubricPrompt: undefined, factuality: undefined };

async function grade(raw: Partial<RawAssertion> & { type: string }, options: { grader: GraderPort; output?: string; vars?: Record<string, unknown>; rubricPrompt?: unknown; factuality?: Record<string, number> }) {
  const spec = parseAssertion({ ...raw, grading: { ...grading, rubricPrompt: options.rubricPrompt, factuality: options.factuality } }, "t");
  const output = options.output ?? "Paris is the capital of France.";
  return checkModelGraded({ spec, value: spec.value, output, outputText: output, prompt: "What is the capital of France?", vars: options.vars ?? {}, grader: options.grader });
}

describe("promptfoo's model-graded verdicts (scripted grader)", () => {
  it("llm-rubric reads pass/score as promptfoo does: YAML-ish objects, string booleans, a missing score from pass, threshold anded in", async () => {
    expect(await grade({ type: "llm-rubric", value: "names Paris" }, { grader: scriptedGrader('Here: {pass: "yes", score: "0.4", reason: ok}') })).toEqual({ pass: true, score: 0.4, reason: "ok" });
    expect((await grade({ type: "llm-rubric", value: "names Paris", threshold: 0.5 }, { grader: scriptedGrader('{"pass": true, "score": 0.4}') })).pass).toBe(false);
    expect(await grade({ type: "llm-rubric", value: "names Paris" }, { grader: scriptedGrader('{"reason": "fine"}') })).toEqual({ pass: true, score: 1, reason: "fine" });
    expect(await grade({ type: "llm-rubric", value: "names Paris" }, { grader: scriptedGrader("looks good to me") })).toMatchObject({ pass: false, error: true, reason: "Could not extract JSON from llm-rubric response" });
    const grader = scriptedGrader('{"pass": false, "score": 0}');
    await grade({ type: "llm-rubric", value: "names {{ city }}" }, { grader, output: '{"city": "Paris"}' });
    // The default prompt asks in JSON mode; a JSON output is handed to the template as compact JSON.
    expect(grader.prompts[0]!.json).toBe(true);
    expect(JSON.parse(grader.prompts[0]!.rendered)[1].content).toContain('<Output>\n{"city":"Paris"}\n</Output>');
  });

  it("a rubricPrompt message list is rendered string by string with the test's variables, output and rubric", async () => {
    const grader = scriptedGrader('{"pass": true}');
    await grade({ type: "llm-rubric", value: "be brief" }, { grader, vars: { x: "the Fed" }, rubricPrompt: [{ role: "system", content: "Mention {{x}}? Rubric: {{ rubric }}" }, { role: "user", content: "Output: {{ output }}" }] });
    expect(JSON.parse(grader.prompts[0]!.rendered)).toEqual([
      { role: "system", content: "Mention the Fed? Rubric: be brief" },
      { role: "user", content: "Output: Paris is the capital of France." },
    ]);
  });

  it("factuality: JSON category, the legacy (X) form, configurable category scores, invalid categories", async () => {
    expect(await grade({ type: "factuality", value: "Paris" }, { grader: scriptedGrader('{"category": "d", "reason": "disagrees"}') })).toEqual({ pass: false, score: 0, reason: "disagrees" });
    expect(await grade({ type: "factuality", value: "Paris" }, { grader: scriptedGrader("(B) It adds detail.") })).toEqual({ pass: true, score: 1, reason: "It adds detail." });
    expect((await grade({ type: "factuality", value: "Paris" }, { grader: scriptedGrader('{"category": "A"}'), factuality: { subset: 0 } })).pass).toBe(false);
    expect(await grade({ type: "factuality", value: "Paris" }, { grader: scriptedGrader('{"category": "F"}') })).toMatchObject({ pass: false, reason: "Invalid category value: F" });
  });

  it("model-graded-closedqa passes on a trailing Y only", async () => {
    expect((await grade({ type: "model-graded-closedqa", value: "names a city" }, { grader: scriptedGrader("It names Paris.\nY\n") })).pass).toBe(true);
    expect((await grade({ type: "model-graded-closedqa", value: "names a city" }, { grader: scriptedGrader("Yes but N") })).pass).toBe(false);
  });

  it("g-eval: proposed steps, then a score out of 10 against threshold 0.7; bad answers are grader errors", async () => {
    expect(await grade({ type: "g-eval", value: "accuracy" }, { grader: scriptedGrader('{"steps": ["check the city"]}', '{"score": 6, "reason": "mostly"}') })).toEqual({ pass: false, score: 0.6, reason: "mostly" });
    expect((await grade({ type: "g-eval", value: "accuracy", threshold: 0.5 }, { grader: scriptedGrader('{"steps": ["a"]}', '{"score": 6, "reason": "mostly"}') })).pass).toBe(true);
    expect(await grade({ type: "g-eval", value: "accuracy" }, { grader: scriptedGrader('{"steps": ["a"]}', '{"score": 11, "reason": "x"}') })).toMatchObject({ error: true, reason: "G-Eval result score 11 is outside the expected 0-10 range" });
    expect((await grade({ type: "g-eval", value: ["accuracy", "brevity"] }, { grader: scriptedGrader('{"steps": ["a"]}', '{"score": 10, "reason": "a"}', '{"steps": ["b"]}', '{"score": 5, "reason": "b"}') })).score).toBe(0.75);
  });

  it("context-recall, context-relevance and context-faithfulness count as promptfoo counts", async () => {
    const vars = { context: "Paris is the capital. It is in France. It has the Louvre. It rains.", query: "What is the capital of France?" };
    expect((await grade({ type: "context-recall", value: "Paris. Rome." }, { grader: scriptedGrader("1. Paris. [Attributed]\n2. Rome. [Not Attributed]"), vars })).score).toBe(0.5);
    expect((await grade({ type: "context-relevance" }, { grader: scriptedGrader("Paris is the capital.\nIt is in France."), vars })).score).toBe(0.5);
    expect((await grade({ type: "context-relevance" }, { grader: scriptedGrader("Insufficient Information"), vars })).score).toBe(0);
    expect(await grade({ type: "context-faithfulness", threshold: 0.6 }, { grader: scriptedGrader("Paris is a capital.\nParis is in Spain.", "...\nFinal verdict for each statement in order: Yes. No."), vars })).toMatchObject({ pass: false, score: 0.5 });
    expect(await grade({ type: "context-relevance" }, { grader: scriptedGrader(), vars: { query: "q" } })).toMatchObject({ error: true, reason: expect.stringContaining("Context is required") });
  });

  it("answer-relevance: three generated questions, mean cosine similarity to the query", async () => {
    const grader = scriptedGrader("What is the capital of France?", "Which city is the capital?", "What is Paris?");
    const outcome = await grade({ type: "answer-relevance", threshold: 0.6 }, { grader });
    expect(outcome.score).toBeCloseTo(2 / 3);
    expect(outcome.pass).toBe(true);
    expect(new Set(grader.prompts.map((prompt) => prompt.rendered)).size).toBe(1);
  });

  it("select-best: the first integer names the winner; an out-of-range verdict fails every output", async () => {
    const outcomes = await selectBest({ criteria: "most precise", outputs: ["Paris", "France"], vars: {}, rubricPrompt: undefined, grader: scriptedGrader("Output 1 is best") });
    expect(outcomes.map((outcome) => outcome.pass)).toEqual([false, true]);
    const bad = await selectBest({ criteria: "most precise", outputs: ["Paris", "France"], vars: {}, rubricPrompt: undefined, grader: scriptedGrader("7") });
    expect(bad.map((outcome) => outcome.reason)).toEqual(["Invalid select-best verdict: 7", "Invalid select-best verdict: 7"]);
  });
});

describe("model-graded promptfoo configs end to end (fake grader on loopback)", () => {
  let upstream: FakeUpstream;
  let dir: string;
  const answerOf = (request: RecordedRequest): string => {
    const model = String(request.body.model);
    if (model === "cand-a") return "Paris.";
    if (model === "cand-b") return "Lyon.";
    const system = systemText(request);
    const user = lastUserText(request);
    if (system.includes("expert")) return JSON.stringify({ category: user.includes("Submitted answer:\nParis") ? "C" : "D", reason: "compared" });
    if (system.includes("several outputs")) return "0";
    if (system.includes("rubric")) return JSON.stringify({ pass: user.includes("Paris"), score: user.includes("Paris") ? 1 : 0, reason: "checked" });
    return "?";
  };
  beforeAll(async () => {
    upstream = await startFakeUpstream({ respond: (request) => completion({ model: String(request.body.model), text: answerOf(request) }) });
    dir = await mkdtemp(join(tmpdir(), "switchyard-graded-"));
  });
  afterAll(async () => {
    await upstream.close();
    await rm(dir, { recursive: true, force: true });
  });

  const providers = (url: string): string => `providers:\n  - { id: "openai:chat:cand-a", config: { apiBaseUrl: "${url}" } }\n  - { id: "openai:chat:cand-b", config: { apiBaseUrl: "${url}" } }\n`;
  const run = async (file: string, judge?: string) => JSON.parse((await evalCommand({ suite: join(dir, file), format: "json", cache: false, cwd: dir, ...(judge !== undefined && { judge }), env: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-test", PATH: process.env.PATH } })).stdout!) as { tests: { cells: { model: string; pass: boolean }[] }[] };

  it("grades with defaultTest.options.provider as configured; select-best and factuality give per-provider verdicts", async () => {
    await writeFile(
      join(dir, "graded.yaml"),
      `${providers(upstream.url)}prompts: ["Capital of France?"]\ndefaultTest:\n  options:\n    provider: { id: "openai:chat:grader", config: { apiBaseUrl: "${upstream.url}", temperature: 0.2 } }\ntests:\n  - assert:\n      - { type: factuality, value: Paris }\n  - assert:\n      - { type: select-best, value: names the capital }\n`,
    );
    upstream.requests.length = 0;
    const report = await run("graded.yaml");
    expect(report.tests.map((row) => row.cells.map((cell) => cell.pass))).toEqual([
      [true, false],
      [true, false],
    ]);
    const graderRequests = upstream.requests.filter((request) => request.body.model === "grader");
    expect(graderRequests).toHaveLength(3);
    for (const request of graderRequests) expect(request.body).toMatchObject({ temperature: 0.2, max_tokens: 1024 });
    expect(graderRequests.some((request) => "response_format" in request.body)).toBe(false);
  });

  it("--judge stands in for promptfoo's default grader: JSON mode for llm-rubric only, and it wins over defaultTest.options.provider", async () => {
    await writeFile(
      join(dir, "judged.yaml"),
      `${providers(upstream.url)}prompts: ["Capital of France?"]\ndefaultTest:\n  options:\n    provider: openai:chat:not-me\ntests:\n  - assert:\n      - { type: llm-rubric, value: names Paris }\n      - { type: factuality, value: Paris }\n`,
    );
    upstream.requests.length = 0;
    const report = await run("judged.yaml", "openai:gpt-4.1-mini");
    expect(report.tests[0]!.cells.map((cell) => cell.pass)).toEqual([true, false]);
    const judged = upstream.requests.filter((request) => request.body.model === "gpt-4.1-mini");
    expect(judged).toHaveLength(4);
    expect(upstream.requests.some((request) => request.body.model === "not-me")).toBe(false);
    const rubric = judged.filter((request) => systemText(request).includes("rubric"));
    expect(rubric.map((request) => request.body.response_format)).toEqual([{ type: "json_object" }, { type: "json_object" }]);
    expect(judged.filter((request) => systemText(request).includes("expert")).every((request) => request.body.response_format === undefined)).toBe(true);
  });

  it("refuses with one line: no grader at all, not- on a type promptfoo would not invert, select-best over several prompts", async () => {
    const refusal = async (body: string): Promise<string> => {
      await writeFile(join(dir, "refused.yaml"), `${providers(upstream.url)}${body}`);
      const error = await evalCommand({ suite: join(dir, "refused.yaml"), format: "json", cache: false, cwd: dir, env: { PATH: process.env.PATH } }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).not.toContain("\n");
      return (error as Error).message;
    };
    expect(await refusal('prompts: ["q"]\ntests:\n  - assert: [{ type: g-eval, value: clear }]\n')).toMatch(/g-eval needs a judge model.*--judge MODEL/);
    expect(await refusal('prompts: ["q"]\ntests:\n  - assert: [{ type: not-factuality, value: x }]\n')).toMatch(/tests\.0\.assert\.0\.type: "not-factuality": promptfoo ignores not- on factuality/);
    expect(await refusal('prompts: ["q", "r"]\ntests:\n  - assert: [{ type: select-best, value: x }]\n')).toMatch(/select-best across several prompts is not in the supported promptfoo subset/);
    expect(await refusal('prompts: ["q"]\ndefaultTest: { options: { provider: openai:chat:g } }\ntests:\n  - assert: [{ type: answer-relevance }]\n')).toMatch(/answer-relevance needs an embeddings model/);
  });
});

describe("promptfoo's text-overlap and grouping assertions", () => {
  const check = async (raw: RawAssertion, output: string) => {
    const { checkPromptfooAssertion } = await import("../../src/evaluate/promptfoo/check-promptfoo-assertion.js");
    const spec = parseAssertion(raw, "t");
    return checkPromptfooAssertion(spec, { output, value: spec.value, context: {}, tools: undefined });
  };
  it("rouge-n: unigram F-measure on Treebank tokens, threshold 0.75 by default", async () => {
    expect(await check({ type: "rouge-n", value: "The cat sat on the mat." }, "the cat sat on the mat.")).toMatchObject({ pass: true, score: 1 });
    // 4 of 7 candidate tokens ("the", "cat", "the", ".") overlap the 7 reference tokens: F = 4/7.
    const partial = await check({ type: "rouge-n", value: "The cat sat on the mat." }, "The dog ran under the cat.");
    expect(partial!.score).toBeCloseTo(4 / 7);
    expect(partial!.pass).toBe(false);
  });
  it("bleu: 1–4-gram precisions with smoothing and a brevity penalty, threshold 0.5 by default", async () => {
    expect(await check({ type: "bleu", value: ["the cat is on the mat", "there is a cat on the mat"] }, "the cat is on the mat")).toMatchObject({ pass: true, score: 1 });
    const short = await check({ type: "bleu", value: "the cat is on the mat" }, "the cat");
    // Precisions 1 and 1 over the two usable orders; penalty exp(1 − 6/2).
    expect(short!.score).toBeCloseTo(Math.exp(1 - 3));
    expect(short!.pass).toBe(false);
  });
});

describe("assert-set and promptfoo's weighting", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "switchyard-assert-set-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it("a set passes when all its assertions pass, or its mean reaches its threshold; a failing weight-0 assertion still fails a promptfoo test", async () => {
    const upstream = await startFakeUpstream({ respond: () => completion({ model: "m", text: "Paris is lovely" }) });
    try {
      await writeFile(
        join(dir, "sets.yaml"),
        `providers: [{ id: "openai:chat:m", config: { apiBaseUrl: "${upstream.url}" } }]\nprompts: ["q"]\ntests:\n  - assert:\n      - type: assert-set\n        threshold: 0.5\n        assert: [{ type: contains, value: Paris }, { type: contains, value: Rome }]\n  - assert:\n      - type: assert-set\n        assert: [{ type: contains, value: Paris }, { type: contains, value: Rome }]\n  - assert:\n      - { type: contains, value: Paris }\n      - { type: contains, value: Rome, weight: 0 }\n`,
      );
      const result = await evalCommand({ suite: join(dir, "sets.yaml"), format: "json", cache: false, cwd: dir, env: { PATH: process.env.PATH } });
      const report = JSON.parse(result.stdout!) as { tests: { cells: { pass: boolean; score: number }[] }[] };
      expect(report.tests.map((row) => [row.cells[0]!.pass, row.cells[0]!.score])).toEqual([
        [true, 0.5],
        [false, 0.5],
        [false, 1],
      ]);
    } finally {
      await upstream.close();
    }
  });
});
