import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { globSync } from "glob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSuite } from "../../src/evaluate/suite/load-suite.js";
import { readPromptfooPrompts } from "../../src/evaluate/suite/promptfoo-prompts.js";

/** promptfoo 0.121's glob expansion for prompts, test files and `file://` vars (README "### promptfoo compatibility"). */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "switchyard-promptfoo-globs-"));
  await mkdir(join(dir, "p"));
  await writeFile(join(dir, "p", "one.txt"), "One {{x}}\n---\nUno {{x}}\n");
  await writeFile(join(dir, "p", "two.txt"), "Two {{x}}\n");
  await writeFile(join(dir, "p", "notes.md"), "ignored by *.txt");
  await mkdir(join(dir, "t"));
  await writeFile(join(dir, "t", "a.yaml"), "- vars: { x: a1 }\n- vars: { x: a2 }\n");
  await writeFile(join(dir, "t", "b.yaml"), "- vars: { x: b1 }\n");
  await mkdir(join(dir, "v"));
  await writeFile(join(dir, "v", "first.txt"), "first text\n");
  await writeFile(join(dir, "v", "second.yaml"), "k: 1\n");
  await mkdir(join(dir, "s"));
  await writeFile(join(dir, "s", "get.py"), "def get_var(name, prompt, other):\n    return {'output': 'x'}\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The order promptfoo sees: glob's, unsorted. */
const inGlobOrder = (pattern: string): string[] => globSync(pattern, { cwd: dir });

describe("prompt globs", () => {
  it("read every matching file as if listed alone, labelled by its path, dropping the entry's label", async () => {
    const prompts = await readPromptfooPrompts(["file://p/*.txt", { id: "file://p/t*.txt", label: "mine" }], { base: dir, where: "cfg" });
    const expected = inGlobOrder("p/*.txt").flatMap((file) => (file.endsWith("one.txt") ? [`${file}: One {{x}}`, `${file}: Uno {{x}}`] : [`${file}: Two {{x}}`]));
    expect(prompts.map((prompt) => prompt.label)).toEqual([...expected, "p/two.txt: Two {{x}}"]);
    expect(prompts.every((prompt) => prompt.id === undefined)).toBe(true);
  });
  it("refuse a glob that matches nothing (promptfoo would send the pattern as the prompt) and exec: prompts", async () => {
    await expect(readPromptfooPrompts(["file://p/*.json"], { base: dir, where: "cfg" })).rejects.toThrow(/^cfg: prompts\.0: "file:\/\/p\/\*\.json": the glob matches no file/);
    await expect(readPromptfooPrompts(["exec:./run.sh"], { base: dir, where: "cfg" })).rejects.toThrow(/^cfg: prompts\.0: "exec:\.\/run\.sh": executable prompts are not in the supported promptfoo subset$/);
  });
});

describe("test-file globs", () => {
  it("read every match in glob's order; a file both listed and globbed is read twice, as promptfoo does", async () => {
    await writeFile(join(dir, "tests.yaml"), "providers: [switchyard:m]\nprompts: ['{{x}}']\ntests:\n  - file://t/b.yaml\n  - file://t/*.yaml\n  - vars: { x: inline }\n");
    const suite = await loadSuite(join(dir, "tests.yaml"), {});
    const globbed = inGlobOrder("t/*.yaml").flatMap((file) => (file.endsWith("a.yaml") ? ["a1", "a2"] : ["b1"]));
    expect(suite.tests.map((test) => test.vars.x)).toEqual(["b1", ...globbed, "inline"]);
  });
  it("refuse a glob that matches nothing, and a lone non-YAML glob promptfoo would not expand", async () => {
    await writeFile(join(dir, "none.yaml"), "providers: [switchyard:m]\nprompts: ['{{x}}']\ntests: [file://t/*.csv]\n");
    await expect(loadSuite(join(dir, "none.yaml"), {})).rejects.toThrow(/tests\.0: "file:\/\/t\/\*\.csv": the glob matches no test file$/);
    await writeFile(join(dir, "lone.yaml"), "providers: [switchyard:m]\nprompts: ['{{x}}']\ntests: file://t/*\n");
    await expect(loadSuite(join(dir, "lone.yaml"), {})).rejects.toThrow(/tests\.0: "file:\/\/t\/\*": promptfoo expands a single tests: glob only when it ends in \.yaml or \.yml/);
    await writeFile(join(dir, "loneyaml.yaml"), "providers: [switchyard:m]\nprompts: ['{{x}}']\ntests: file://t/*.yaml\n");
    expect((await loadSuite(join(dir, "loneyaml.yaml"), {})).tests).toHaveLength(3);
  });
});

describe("glob variables", () => {
  it("run the test once per matching file (YAML as JSON text, text trimmed), defaultTest's too, crossed with list vars", async () => {
    await writeFile(join(dir, "vars.yaml"), "providers: [switchyard:m]\nprompts: ['{{doc}} {{lang}}']\ndefaultTest: { vars: { doc: file://v/* } }\ntests:\n  - vars: { lang: [en, fr] }\n");
    const suite = await loadSuite(join(dir, "vars.yaml"), {});
    const docs = inGlobOrder("v/*").map((file) => (file.endsWith(".yaml") ? '{"k":1}' : "first text"));
    expect(suite.tests.map((test) => [test.vars.doc, test.vars.lang])).toEqual(docs.flatMap((doc) => [[doc, "en"], [doc, "fr"]]));
    expect(suite.tests.map((test) => test.index)).toEqual([0, 1, 2, 3]);
  });
  it("refuse a glob that matches nothing (promptfoo stops the run) or matches scripts", async () => {
    await writeFile(join(dir, "novar.yaml"), "providers: [switchyard:m]\nprompts: ['{{doc}}']\ntests: [{ vars: { doc: 'file://v/*.csv' } }]\n");
    await expect(loadSuite(join(dir, "novar.yaml"), {})).rejects.toThrow(/tests\.0\.vars\.doc: "file:\/\/v\/\*\.csv": the glob matches no file$/);
    await writeFile(join(dir, "scriptvar.yaml"), "providers: [switchyard:m]\nprompts: ['{{doc}}']\ntests: [{ vars: { doc: 'file://s/*' } }]\n");
    await expect(loadSuite(join(dir, "scriptvar.yaml"), {})).rejects.toThrow(/tests\.0\.vars\.doc: "file:\/\/s\/\*": a glob variable that matches scripts \(s\/get\.py\) is not in the supported promptfoo subset$/);
  });
});
