import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPromptfooAssertion, extractJsonObjects } from "../../src/evaluate/promptfoo/check-promptfoo-assertion.js";
import { parseAssertion, type RawAssertion } from "../../src/evaluate/suite/assertion-spec.js";
import { loadSuite } from "../../src/evaluate/suite/load-suite.js";
import { readPromptfooPrompts } from "../../src/evaluate/suite/promptfoo-prompts.js";
import { renderPromptfooPrompt } from "../../src/evaluate/template/render-promptfoo-prompt.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "switchyard-promptfoo-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("renderPromptfooPrompt (Nunjucks, as promptfoo renders)", () => {
  it("renders loops, expressions, load/dump and custom filters", () => {
    const rendered = renderPromptfooPrompt("{% for item in items %}[{{ item | shout }}]{% endfor %} {{ (config | load).tone }} {{ data | dump }} {{ 1 + 2 }}", { items: ["a", "b"], config: '{"tone":"formal"}', data: { x: 1 } }, { shout: (value: unknown) => String(value).toUpperCase() });
    expect(rendered).toBe('[A][B] formal {"x":1} 3');
  });
  it("drops one trailing newline from variables and resolves variables that name others", () => {
    expect(renderPromptfooPrompt("<{{a}}> <{{b}}>", { a: "x\n", b: "see {{ a }}" }, {})).toBe("<x> <see x>");
  });
  it("renders each string of a chat-JSON prompt and re-serialises it", () => {
    expect(renderPromptfooPrompt('[{"role":"user","content":"Hi {{name}}"}]', { name: "Ada" }, {})).toBe(JSON.stringify([{ role: "user", content: "Hi Ada" }], null, 2));
  });
  it("sends a prompt with an unterminated tag as written", () => {
    expect(renderPromptfooPrompt("code: {{ not closed", { x: 1 }, {})).toBe("code: {{ not closed");
  });
});

describe("readPromptfooPrompts", () => {
  it("splits .txt files on --- lines and trims each part; bare paths are files; labels and maps are kept, with promptfoo's own labels", async () => {
    await writeFile(join(dir, "prompts.txt"), "First {{x}}\n---\n\nSecond {{x}}\n\n");
    const prompts = await readPromptfooPrompts(["prompts.txt", { id: "file://prompts.txt", label: "mine" }, "inline {{x}}", { id: "keyed", raw: "raw {{x}}" }], { base: dir, where: "cfg" });
    const text = (raw: string) => ({ kind: "text", raw, usesConversation: false });
    expect(prompts.map((prompt) => [prompt.template.id, prompt.template.promptfoo, prompt.label, prompt.id])).toEqual([
      ["prompts.txt #1", text("First {{x}}"), "prompts.txt: First {{x}}", undefined],
      ["prompts.txt #2", text("Second {{x}}"), "prompts.txt: Second {{x}}", undefined],
      ["mine #1", text("First {{x}}"), "mine: prompts.txt: First {{x}}", undefined],
      ["mine #2", text("Second {{x}}"), "mine: prompts.txt: Second {{x}}", undefined],
      ["inline {{x}}", text("inline {{x}}"), "inline {{x}}", undefined],
      ["raw {{x}}", text("raw {{x}}"), "raw {{x}}", "keyed"],
    ]);
    const mapped = await readPromptfooPrompts({ "Say {{x}}": "short" }, { base: dir, where: "cfg" });
    expect(mapped[0]).toMatchObject({ label: "short", template: { id: "short", promptfoo: { kind: "text", raw: "Say {{x}}" } } });
  });
  it("marks the prompts that read _conversation, as promptfoo finds them in the Nunjucks syntax tree", async () => {
    const prompts = await readPromptfooPrompts(["{% for turn in _conversation %}{{ turn.output }}{% endfor %}{{q}}", "no history: _conversation in plain text", "{{ x._conversation }}"], { base: dir, where: "cfg" });
    expect(prompts.map((prompt) => prompt.template.promptfoo?.kind === "text" && prompt.template.promptfoo.usesConversation)).toEqual([true, false, false]);
  });
  it("refuses what it cannot run the same way, naming the entry", async () => {
    await expect(readPromptfooPrompts(["file://prompt.py"], { base: dir, where: "cfg" })).rejects.toThrow(/^cfg: prompts\.0: "file:\/\/prompt\.py": \.py prompt files are not in the supported promptfoo subset/);
  });
});

describe("promptfoo assertion semantics", () => {
  const check = (raw: RawAssertion, output: unknown, value: unknown = raw.value, tools?: unknown[]) => checkPromptfooAssertion(parseAssertion(raw, "t"), { output, value, context: { vars: {} }, tools });
  it("equals is exact; starts-with does not trim; -any lists may be comma-separated", async () => {
    expect((await check({ type: "equals", value: "Paris" }, " Paris"))!.pass).toBe(false);
    expect((await check({ type: "starts-with", value: "Ahoy" }, " Ahoy"))!.pass).toBe(false);
    expect((await check({ type: "icontains-any", value: "rome, PARIS" }, "paris it is"))!.pass).toBe(true);
  });
  it("javascript: one line is an expression, several a body; a number passes above 0 without a threshold", async () => {
    expect((await check({ type: "javascript", value: "x" }, "out", { kind: "inline", code: "output.length === 3" }))!.pass).toBe(true);
    expect((await check({ type: "javascript", value: "x" }, "out", { kind: "inline", code: "const n = output.length;\nreturn n > 5;" }))!.pass).toBe(false);
    expect((await check({ type: "javascript", value: "x" }, "out", { kind: "inline", code: "0.1" }))!.pass).toBe(true);
    expect((await check({ type: "javascript", value: "x", threshold: 0.5 }, "out", { kind: "inline", code: "0.1" }))!.pass).toBe(false);
  });
  it("python runs with python3 as promptfoo runs it", async () => {
    const result = await check({ type: "python", value: "x" }, "hello", { kind: "inline", code: "len(output) == 5 and context['vars'] == {}" });
    expect(result!.pass).toBe(true);
  });
  it("contains-json finds JSON inside text and checks the schema", async () => {
    expect(extractJsonObjects('Sure: {"a": 1} and {"b": {"c": 2}}')).toEqual([{ a: 1 }, { b: { c: 2 } }]);
    expect((await check({ type: "contains-json", value: { type: "object", required: ["b"] } }, 'x {"a": 1} y {"b": 2}'))!.pass).toBe(true);
  });
  it("is-valid-openai-tools-call validates arguments against the tool's schema", async () => {
    const tools = [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } } }];
    const call = (args: string) => [{ id: "c", type: "function", function: { name: "get_weather", arguments: args } }];
    expect((await check({ type: "is-valid-openai-tools-call" }, call('{"city":"Oslo"}'), undefined, tools))!.pass).toBe(true);
    expect((await check({ type: "is-valid-openai-tools-call" }, call("{}"), undefined, tools))!.pass).toBe(false);
    expect((await check({ type: "is-valid-openai-tools-call" }, "plain text", undefined, tools))!.pass).toBe(false);
  });
  it("levenshtein and word-count", async () => {
    expect((await check({ type: "levenshtein", value: "kitten", threshold: 3 }, "sitting"))!.pass).toBe(true);
    expect((await check({ type: "word-count", value: { min: 2, max: 3 } }, "one two three four"))!.pass).toBe(false);
  });
});

describe("json-schema on ajv (draft 2020-12)", () => {
  it("accepts if/then/else and rejects an unusable schema when the suite loads", async () => {
    const schema = "{ type: object, if: { properties: { kind: { const: a } } }, then: { required: [x] }, else: { required: [y] } }";
    await writeFile(join(dir, "ok.yaml"), `baseline: m\nprompts: [p]\ntests: [{ assert: [{ type: json-schema, value: ${schema} }] }]\n`);
    const suite = await loadSuite(join(dir, "ok.yaml"), {});
    expect(suite.tests[0]!.assertions[0]!.kind).toBe("json-schema");
    await writeFile(join(dir, "bad.yaml"), "baseline: m\nprompts: [p]\ntests: [{ assert: [{ type: json-schema, value: { type: object, required: 7 } }] }]\n");
    await expect(loadSuite(join(dir, "bad.yaml"), {})).rejects.toThrow(/bad\.yaml: tests\.0\.assert\.0\.value: invalid JSON Schema/);
  });
});

describe("promptfoo CSV tests", () => {
  it("an empty __threshold means no threshold; list vars expand into one test per value", async () => {
    await writeFile(join(dir, "t.csv"), "q,__expected,__threshold\nhi,contains:h,\nyo,contains:y,0.5\n");
    await writeFile(join(dir, "pf.yaml"), "providers: [switchyard:m]\nprompts: ['{{q}} {{lang}}']\ndefaultTest: { vars: { lang: [en, fr] } }\ntests: file://t.csv\n");
    const suite = await loadSuite(join(dir, "pf.yaml"), {});
    expect(suite.tests.map((test) => [test.vars.q, test.vars.lang, test.threshold])).toEqual([
      ["hi", "en", undefined],
      ["hi", "fr", undefined],
      ["yo", "en", 0.5],
      ["yo", "fr", 0.5],
    ]);
  });
  it("__config:__expectedN:threshold sets the threshold of the Nth non-empty __expected cell; other __config columns are refused", async () => {
    await writeFile(join(dir, "c.csv"), "q,__expected1,__expected2,__config:__expected:threshold,__config:__expected2:threshold\nhi,,levenshtein:hx,3,2\nyo,levenshtein:yx,levenshtein:yz,4,1\n");
    await writeFile(join(dir, "pfc.yaml"), "providers: [switchyard:m]\nprompts: ['{{q}}']\ntests: file://c.csv\n");
    const suite = await loadSuite(join(dir, "pfc.yaml"), {});
    // promptfoo counts only non-empty __expected cells: in the first row the one assertion is index 0.
    expect(suite.tests.map((test) => test.assertions.map((assertion) => assertion.threshold))).toEqual([[3], [4, 1]]);
    await writeFile(join(dir, "bad.csv"), "q,__expected,__config:__expected:weight\nhi,contains:h,2\n");
    await writeFile(join(dir, "pfbad.yaml"), "providers: [switchyard:m]\nprompts: ['{{q}}']\ntests: file://bad.csv\n");
    await expect(loadSuite(join(dir, "pfbad.yaml"), {})).rejects.toThrow(/bad\.csv:1: column __config:__expected:weight: expected __config:__expected:threshold or __config:__expectedN:threshold$/);
  });
  it("__metadata:KEY columns set the test's metadata (conversationId picks its _conversation history); defaultTest.metadata is merged under it", async () => {
    await writeFile(join(dir, "m.csv"), "q,__metadata:conversationId,__metadata:tags[]\nhi,a,x\\,y\nyo,,\n");
    await writeFile(join(dir, "pfm.yaml"), "providers: [switchyard:m]\nprompts: ['{{q}}']\ndefaultTest: { metadata: { conversationId: shared } }\ntests: file://m.csv\n");
    const suite = await loadSuite(join(dir, "pfm.yaml"), {});
    expect(suite.tests.map((test) => test.conversationId)).toEqual(["a", "shared"]);
  });
  it("--embedding stands in for promptfoo's default embeddings provider for similar; without it similar is refused", async () => {
    await writeFile(join(dir, "pfs.yaml"), "providers: [switchyard:m]\nprompts: ['{{q}}']\ntests: [{ vars: { q: hi }, assert: [{ type: similar, value: hello }] }]\n");
    await expect(loadSuite(join(dir, "pfs.yaml"), {})).rejects.toThrow(/tests\.0\.assert\.0: similar needs an embeddings model: pass --embedding MODEL/);
    const suite = await loadSuite(join(dir, "pfs.yaml"), {}, { embedding: "embed-alias" });
    expect(suite.embedding).toBe("embed-alias");
    expect(suite.tests[0]!.assertions[0]!.embedding).toBe("embed-alias");
  });
});
