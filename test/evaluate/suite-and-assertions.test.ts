import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeAnswer, type GradeOptions } from "../../src/evaluate/assert/grade-answer.js";
import { parseJudgeJson } from "../../src/evaluate/judge/parse-judge-json.js";
import type { ModelAnswer } from "../../src/evaluate/run/model-client.js";
import { parseAssertion, type RawAssertion } from "../../src/evaluate/suite/assertion-spec.js";
import { expectedColumnAssertion } from "../../src/evaluate/suite/expected-column.js";
import { loadSuite } from "../../src/evaluate/suite/load-suite.js";
import { parseCsv } from "../../src/evaluate/suite/parse-csv.js";
import { suiteJsonSchema } from "../../src/evaluate/suite/suite-json-schema.js";
import { renderTemplate } from "../../src/evaluate/template/render-template.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "switchyard-eval-suite-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The committed schema must match the zod schema; `npx vitest run -u` regenerates it.
it("eval-suite.schema.json is generated from the suite schema", async () => {
  await expect(`${JSON.stringify(suiteJsonSchema(), null, 2)}\n`).toMatchFileSnapshot("../../schema/eval-suite.schema.json");
});

describe("renderTemplate", () => {
  it("fills known variables, paths and filters", () => {
    expect(renderTemplate("Q: {{question}} / {{ user.name }} / {{ items[1] }} / {{ data | dump }} / {{ word | upper }}", { question: "why?", user: { name: "Ada" }, items: ["a", "b"], data: { x: 1 }, word: "hi" })).toBe(
      'Q: why? / Ada / b / {"x":1} / HI',
    );
  });
  it("leaves every other {{ … }} exactly as written", () => {
    const template = "In Jinja {{ user.name }} prints; {{#each x}} and {% if a %} and {{ q | unknownfilter }} and {{}} stay; {{q}}";
    expect(renderTemplate(template, { q: "yes" })).toBe("In Jinja {{ user.name }} prints; {{#each x}} and {% if a %} and {{ q | unknownfilter }} and {{}} stay; yes");
  });
});

describe("test files", () => {
  it("parses RFC 4180 CSV: quotes, commas, newlines, CRLF, BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n1,2')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
      ["1", "2"],
    ]);
  });
  it("maps promptfoo __expected cells onto assertions", () => {
    expect(expectedColumnAssertion("contains:Paris")).toEqual({ type: "contains", value: "Paris" });
    expect(expectedColumnAssertion("not-icontains:sorry")).toEqual({ type: "not-icontains", value: "sorry" });
    expect(expectedColumnAssertion("icontains-any:red, blue")).toEqual({ type: "icontains-any", value: ["red", "blue"] });
    expect(expectedColumnAssertion("grade:is polite")).toEqual({ type: "llm-rubric", value: "is polite" });
    expect(expectedColumnAssertion("is-json")).toEqual({ type: "is-json" });
    expect(expectedColumnAssertion("Paris")).toEqual({ type: "equals", value: "Paris" });
  });
  it("loads CSV and JSONL tests relative to the suite and merges default_test", async () => {
    await writeFile(join(dir, "t.csv"), "city,__expected,__description\nParis,contains:Paris,first\n");
    await writeFile(join(dir, "t.jsonl"), '{"city": "Rome"}\n{"vars": {"city": "Oslo"}, "assert": [{"type": "regex", "value": "^O"}]}\n');
    await writeFile(join(dir, "suite.yaml"), "baseline: a\nprompts: ['Tell me about {{city}}']\ndefault_test: { vars: { lang: en }, assert: [{ type: latency, threshold: 100, weight: 0 }] }\ntests: [t.csv, file://t.jsonl]\n");
    const suite = await loadSuite(join(dir, "suite.yaml"));
    expect(suite.tests.map((test) => [test.description, test.vars, test.assertions.map((assertion) => assertion.label)])).toEqual([
      ["first", { lang: "en", city: "Paris" }, ["latency", "contains"]],
      [undefined, { lang: "en", city: "Rome" }, ["latency"]],
      [undefined, { lang: "en", city: "Oslo" }, ["latency", "regex"]],
    ]);
  });
  it("names the file and dot-path of a bad field", async () => {
    await writeFile(join(dir, "bad.yaml"), "baseline: a\nprompts: [x]\ntests:\n  - assert: [{ type: contains, valeu: x }]\n");
    await expect(loadSuite(join(dir, "bad.yaml"))).rejects.toThrow(/bad\.yaml: tests\.0\.assert\.0\.valeu: unknown key/);
    await writeFile(join(dir, "bad2.yaml"), "baseline: a\nprompts: [x]\ntests:\n  - assert: [{ type: regex, value: '(' }]\n");
    await expect(loadSuite(join(dir, "bad2.yaml"))).rejects.toThrow(/tests\.0\.assert\.0\.value: invalid regular expression/);
  });
});

describe("promptfoo configs", () => {
  it("maps providers, prompts, defaultTest and assertions; never defaults a grader", async () => {
    await writeFile(
      join(dir, "promptfooconfig.yaml"),
      [
        "providers:",
        "  - openai:chat:llama-alias",
        "  - { id: 'ollama:chat:gemma3', config: { apiBaseUrl: 'http://127.0.0.1:9/v1', temperature: 0.2 } }",
        "  - switchyard:chat-default",
        "prompts: ['[{\"role\": \"system\", \"content\": \"be brief\"}, {\"role\": \"user\", \"content\": \"{{q}}\"}]']",
        "defaultTest: { assert: [{ type: icontains-all, value: [a, b] }] }",
        "tests: [{ vars: { q: hi }, assert: [{ type: llm-rubric, value: polite, provider: judge-alias }] }]",
        "sharing: false",
      ].join("\n"),
    );
    const suite = await loadSuite(join(dir, "promptfooconfig.yaml"), {});
    // Labels are promptfoo's (the provider id); each request carries promptfoo's defaults and the provider's config.
    expect(suite.baseline).toEqual({ id: "llama-alias", label: "openai:chat:llama-alias", request: { max_tokens: 1024, temperature: 0 } });
    expect(suite.candidates).toEqual([
      { id: "promptfoo-1/gemma3", label: "ollama:chat:gemma3", request: { max_tokens: 1024, temperature: 0.2 } },
      { id: "chat-default", label: "chat-default", request: { max_tokens: 1024, temperature: 0 } },
    ]);
    expect(suite.adHocProviders[0]).toMatchObject({ name: "promptfoo-1", type: "ollama", baseUrl: "http://127.0.0.1:9/v1" });
    // A chat-JSON prompt stays raw: promptfoo renders each string inside it, then reads the messages.
    expect(suite.prompts[0]!.promptfoo).toEqual({ kind: "text", raw: '[{"role": "system", "content": "be brief"}, {"role": "user", "content": "{{q}}"}]', usesConversation: false });
    expect(suite.tests[0]!.assertions.map((assertion) => [assertion.kind, assertion.ignoreCase, assertion.match, assertion.judge])).toEqual([
      ["contains", true, "all", undefined],
      ["llm-rubric", false, "all", "judge-alias"],
    ]);
    expect(suite.judge).toBeUndefined();
    expect(suite.warnings[0]).toContain("ignoring promptfoo keys that do not change results: sharing");
  });
  it("refuses assertion types outside the subset instead of skipping them", async () => {
    await writeFile(join(dir, "pf2.yaml"), "providers: [a]\nprompts: [x]\ntests: [{ assert: [{ type: is-sql, value: x }] }]\n");
    await expect(loadSuite(join(dir, "pf2.yaml"))).rejects.toThrow(/tests\.0\.assert\.0\.type: "is-sql" is not in the supported promptfoo subset$/);
  });
});

function answer(text: string, extra: Partial<ModelAnswer> = {}): ModelAnswer {
  return { text, toolCalls: [], finishReason: "stop", inputTokens: 1, outputTokens: 1, latencyMs: 100, costUsd: 0.001, target: "p/m", cached: false, ...extra };
}

async function grade(raws: RawAssertion[], output: ModelAnswer, extra: Partial<GradeOptions> = {}) {
  return gradeAnswer({
    specs: raws.map((raw, index) => parseAssertion(raw, `assert.${index}`)),
    answer: output,
    baseline: { answer: undefined, isSelf: true },
    vars: { city: "Paris" },
    prompt: "q",
    testThreshold: undefined,
    judge: () => () => Promise.reject(new Error("no judge in this test")),
    embed: () => Promise.reject(new Error("no embeddings in this test")),
    ...extra,
  });
}

describe("assertions", () => {
  it("deterministic checks and not- negation", async () => {
    const result = await grade(
      [
        { type: "equals", value: "The capital is Paris." },
        { type: "contains-all", value: ["capital", "Paris"] },
        { type: "icontains-any", value: ["ROME", "paris"] },
        { type: "not-contains", value: "Rome" },
        { type: "regex", value: "paris\\.$", ignore_case: true },
        { type: "starts-with", value: "The" },
        { type: "not-is-json" },
        { type: "latency", threshold: 50 },
        { type: "cost", threshold: 0.01 },
      ],
      answer("  The capital is Paris."),
    );
    expect(result.assertions.map((assertion) => assertion.pass)).toEqual([true, true, true, true, true, true, true, false, true]);
    expect(result.pass).toBe(false);
  });
  it("json-schema accepts fenced JSON; tool-call matches name and a subset of arguments", async () => {
    const schema = { type: "object", required: ["n"], properties: { n: { type: "integer" } } };
    const toolAnswer = answer("", { toolCalls: [{ name: "lookup", arguments: '{"city":"Paris","units":"c"}' }] });
    const result = await grade([{ type: "tool-call", value: { name: "lookup", arguments: { city: "Paris" } } }, { type: "not-tool-call", value: "delete" }], toolAnswer);
    expect(result.assertions.map((assertion) => assertion.pass)).toEqual([true, true]);
    const json = await grade([{ type: "json-schema", value: schema }, { type: "is-json" }], answer('```json\n{"n": 3}\n```'));
    expect(json.assertions.map((assertion) => assertion.pass)).toEqual([true, false]);
  });
  it("weights and a test threshold decide the pass", async () => {
    const raws: RawAssertion[] = [
      { type: "contains", value: "Paris", weight: 3 },
      { type: "contains", value: "Rome", weight: 1 },
      { type: "contains", value: "zzz", weight: 0 },
    ];
    expect((await grade(raws, answer("Paris"))).score).toBe(0.75);
    expect((await grade(raws, answer("Paris"))).pass).toBe(false);
    expect((await grade(raws, answer("Paris"), { testThreshold: 0.7 })).pass).toBe(true);
  });
  it("javascript: expressions, function bodies, scores, and a time limit", async () => {
    const result = await grade(
      [
        { type: "javascript", value: "output.includes(context.vars.city)" },
        { type: "javascript", value: "const words = output.split(' ');\nreturn { pass: words.length < 5, score: 0.4, reason: 'short' };" },
        { type: "javascript", value: "output.length / 100", threshold: 0.01 },
        { type: "javascript", value: "while (true) {}" },
        { type: "not-javascript", value: "throw new Error('boom')" },
      ],
      answer("Paris it is"),
    );
    expect(result.assertions.map((assertion) => [assertion.pass, assertion.score])).toEqual([
      [true, 1],
      [true, 0.4],
      [true, 0.11],
      [false, 0],
      [false, 0],
    ]);
    expect(result.assertions[3]!.reason).toMatch(/timed out/);
  });
  it("reads judge JSON wrapped in prose or fences", () => {
    expect(parseJudgeJson('Sure! ```json\n{"winner": "B", "reason": "has {braces}"}\n``` done')).toEqual({ winner: "B", reason: "has {braces}" });
    expect(parseJudgeJson("no json here")).toBeUndefined();
  });
  it("pairwise swaps positions: a judge that always picks A yields a tie", async () => {
    const alwaysA = () => async () => answer('{"winner": "A", "reason": "first is best"}');
    const result = await gradeAnswer({
      specs: [parseAssertion({ type: "pairwise" }, "assert.0")],
      answer: answer("candidate"),
      baseline: { answer: answer("baseline"), isSelf: false },
      vars: {},
      prompt: "q",
      testThreshold: undefined,
      judge: alwaysA,
      embed: () => Promise.reject(new Error("unused")),
    });
    expect(result.pairwise).toMatchObject({ outcome: "tie", score: 0.5 });
  });
});
