import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../src/cli/eval.js";
import { UsageError } from "../../src/cli/command-result.js";
import { loadSuite } from "../../src/evaluate/suite/load-suite.js";
import { startDeterministicUpstream, type DeterministicUpstream } from "./promptfoo-compat/deterministic-upstream.js";

/**
 * promptfoo's `_conversation` multi-turn history, per-provider `prompts` and
 * script variables (`file://x.py` / `file://x.js`), run against the
 * deterministic upstream (it answers `Echo: ` and the last user message).
 */
let dir: string;
let upstream: DeterministicUpstream;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "switchyard-pf-turns-"));
  upstream = await startDeterministicUpstream();
});
afterAll(async () => {
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

interface JsonReport {
  readonly tests: readonly { index: number; prompt: string; cells: readonly { model: string; pass: boolean | null; error: string | null }[] }[];
}

async function run(config: string, options: { PATH?: string; concurrency?: number; codeAssertions?: boolean } = {}): Promise<{ exitCode: number; report: JsonReport; bodies: Record<string, unknown>[] }> {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, config);
  const before = upstream.requests.length;
  const result = await evalCommand({ suite: file, format: "json", cache: false, cwd: dir, ...(options.concurrency !== undefined && { concurrency: options.concurrency }), ...(options.codeAssertions !== undefined && { codeAssertions: options.codeAssertions }), env: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-test", PATH: options.PATH ?? process.env.PATH } });
  return { exitCode: result.exitCode, report: JSON.parse(result.stdout!) as JsonReport, bodies: upstream.requests.slice(before).map((request) => request.body) };
}

async function refusal(config: string, options: { PATH?: string; codeAssertions?: boolean } = {}): Promise<string> {
  const error = await run(config, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message).not.toContain("\n");
  return (error as Error).message;
}

const userTexts = (body: Record<string, unknown>): string[] => (body.messages as { role: string; content: string }[]).filter((message) => message.role !== "system").map((message) => `${message.role}: ${message.content}`);

describe("_conversation (promptfoo multi-turn)", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "turns.json"), '[{% for turn in _conversation %}{"role":"user","content":"{{ turn.input }}"},{"role":"assistant","content":"{{ turn.output }}"},{% endfor %}{"role":"user","content":"{{ q }}"}]');
  });

  it("threads earlier turns per provider and conversationId, in test order, even with --concurrency", async () => {
    const { exitCode, bodies } = await run(
      [
        "prompts: [file://turns.json]",
        "providers: [openai:model-a, openai:model-b]",
        "tests:",
        "  - { vars: { q: one }, metadata: { conversationId: x } }",
        "  - { vars: { q: other }, metadata: { conversationId: y } }",
        "  - { vars: { q: two }, metadata: { conversationId: x } }",
        "  - { vars: { q: three }, metadata: { conversationId: x } }",
        "  - { vars: { q: alone } }",
        "  - { vars: { q: shared } }",
      ].join("\n"),
      { concurrency: 4 },
    );
    expect(exitCode).toBe(0);
    const conversation = (model: string, q: string) => userTexts(bodies.find((body) => body.model === model && userTexts(body).at(-1) === `user: ${q}`)!);
    for (const model of ["model-a", "model-b"]) {
      expect(conversation(model, "one")).toEqual(["user: one"]);
      expect(conversation(model, "other")).toEqual(["user: other"]);
      // turn.input is the last message's content; turn.output what the model answered.
      expect(conversation(model, "two")).toEqual(["user: one", "assistant: Echo: one", "user: two"]);
      expect(conversation(model, "three")).toEqual(["user: one", "assistant: Echo: one", "user: two", "assistant: Echo: two", "user: three"]);
      // Tests without a conversationId share one history, as in promptfoo.
      expect(conversation(model, "shared")).toEqual(["user: alone", "assistant: Echo: alone", "user: shared"]);
    }
    expect(bodies).toHaveLength(12);
  });

  it("a prompt that only mentions _conversation in its text does not read the history", async () => {
    writeFileSync(join(dir, "plain.yaml"), "prompts: ['Explain the word _conversation to {{q}}']\nproviders: [openai:model-a]\ntests: [{ vars: { q: me } }]\n");
    const loaded = await loadSuite(join(dir, "plain.yaml"), { OPENAI_BASE_URL: upstream.url });
    expect(loaded.prompts[0]!.promptfoo).toMatchObject({ kind: "text", usesConversation: false });
  });
});

describe("per-provider prompts", () => {
  it("matches labels, ids, `label:` prefixes and `*` wildcards as promptfoo does; a provider without a list runs every prompt", async () => {
    writeFileSync(
      join(dir, "per-provider.yaml"),
      [
        "prompts:",
        "  - { raw: 'A {{x}}', label: 'group:a' }",
        "  - { raw: 'B {{x}}', label: 'group:b' }",
        "  - { id: c-id, raw: 'C {{x}}' }",
        "providers:",
        "  - { id: openai:p1, prompts: ['group:*'] }",
        "  - { id: openai:p2, prompts: [group] }",
        "  - { id: openai:p3, prompts: [c-id] }",
        "  - openai:p4",
        "tests: [{ vars: { x: hi } }]",
      ].join("\n"),
    );
    const suite = await loadSuite(join(dir, "per-provider.yaml"), { OPENAI_BASE_URL: upstream.url });
    expect(suite.prompts.map((prompt) => prompt.models)).toEqual([
      ["openai:p1", "openai:p2", "openai:p4"],
      ["openai:p1", "openai:p2", "openai:p4"],
      ["openai:p3", "openai:p4"],
    ]);
  });

  it("runs each provider on its own prompts only: a row has cells for the providers that run its prompt", async () => {
    const { exitCode, report, bodies } = await run("prompts: [{ raw: 'First {{x}}', label: one }, { raw: 'Second {{x}}', label: two }]\nproviders: [{ id: openai:m1, prompts: [one, two] }, { id: openai:m2, prompts: [two] }]\ntests: [{ vars: { x: a } }, { vars: { x: b } }]\n");
    expect(exitCode).toBe(0);
    expect(report.tests.map((row) => [row.prompt, row.cells.map((cell) => cell.model)])).toEqual([
      ["one", ["openai:m1"]],
      ["two", ["openai:m1", "openai:m2"]],
      ["one", ["openai:m1"]],
      ["two", ["openai:m1", "openai:m2"]],
    ]);
    expect(bodies.filter((body) => body.model === "m2").map((body) => userTexts(body))).toEqual([["user: Second a"], ["user: Second b"]]);
  });

  it("a list that names no prompt is refused with one line, not run as a provider with nothing to do", async () => {
    expect(await refusal("prompts: [{ raw: 'Hi {{x}}', label: one }]\nproviders: [{ id: openai:m1, prompts: [won] }]\ntests: [{ vars: { x: a } }]\n")).toMatch(/providers\.0\.prompts: matches none of the prompts \(labels: "one"\)$/);
    expect(await refusal("prompts: ['Hi']\nproviders: [{ id: openai:m1, prompts: one }]\n")).toMatch(/providers\.0\.prompts: expected a list of prompt labels$/);
  });
});

describe("script variables (file://x.py, file://x.js)", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "context.py"), "def get_var(var_name, prompt, other_vars):\n    return {'output': '  %s for %s from %s  ' % (var_name, other_vars['q'], prompt.split(':')[0])}\n");
    writeFileSync(join(dir, "failing.py"), "def get_var(var_name, prompt, other_vars):\n    if other_vars['q'] == 'bad':\n        return {'error': 'no documents'}\n    return {'output': 'fine'}\n");
    writeFileSync(join(dir, "context.cjs"), "module.exports = (name, prompt, vars, provider) => ({ output: `${name}/${vars.q}/${provider.label}` });\n");
  });

  it("python get_var gets the name, the raw prompt and the other variables; its output is trimmed, sent, and seen by assertions", async () => {
    const { exitCode, bodies, report } = await run("prompts: ['Context: {{ctx}} Q: {{q}}']\nproviders: [openai:m]\ntests:\n  - vars: { q: leave, ctx: file://context.py }\n    assert: [{ type: javascript, value: \"context.vars.ctx === 'ctx for leave from Context'\" }]\n");
    expect(userTexts(bodies[0]!)).toEqual(["user: Context: ctx for leave from Context Q: leave"]);
    expect(report.tests[0]!.cells[0]!.pass).toBe(true);
    expect(exitCode).toBe(0);
  });

  it("a JavaScript loader is called with (name, prompt, vars, provider)", async () => {
    const { bodies } = await run("prompts: ['{{ctx}}']\nproviders: [{ id: openai:m, label: mine }]\ntests: [{ vars: { q: z, ctx: file://context.cjs } }]\n");
    expect(userTexts(bodies[0]!)).toEqual(["user: ctx/z/mine"]);
  });

  it("an { error } answer fails that row as an error; the other rows still run", async () => {
    const { exitCode, bodies, report } = await run("prompts: ['{{ctx}} {{q}}']\nproviders: [openai:m]\ntests: [{ vars: { q: bad, ctx: file://failing.py } }, { vars: { q: good, ctx: file://failing.py } }]\n");
    expect(exitCode).toBe(1);
    expect(report.tests[0]!.cells[0]!.error).toMatch(/failing\.py: get_var returned an error: no documents/);
    expect(report.tests[1]!.cells[0]!.error).toBeNull();
    expect(bodies.map((body) => userTexts(body))).toEqual([["user: fine good"]]);
  });

  it("without python3 on PATH the config is refused with exit 2 and one line before any call", async () => {
    const before = upstream.requests.length;
    expect(await refusal("prompts: ['{{ctx}}']\nproviders: [openai:m]\ntests: [{ vars: { ctx: file://context.py } }]\n", { PATH: join(dir, "no-such-folder") })).toMatch(/: the Python variable ctx \(file:\/\/context\.py\) needs python3, which is not on PATH$/);
    expect(upstream.requests.length).toBe(before);
  });

  it("a :function suffix, a TypeScript loader and a missing script are refused; --no-code-assertions refuses script variables", async () => {
    expect(await refusal("prompts: ['{{ctx}}']\nproviders: [openai:m]\ntests: [{ vars: { ctx: 'file://context.py:load' } }]\n")).toMatch(/tests\.0\.vars\.ctx: "file:\/\/context\.py:load": a script variable takes no :function/);
    expect(await refusal("prompts: ['{{ctx}}']\nproviders: [openai:m]\ntests: [{ vars: { ctx: file://context.ts } }]\n")).toMatch(/tests\.0\.vars\.ctx: "file:\/\/context\.ts": TypeScript script variables are not in the supported promptfoo subset/);
    expect(await refusal("prompts: ['{{ctx}}']\nproviders: [openai:m]\ntests: [{ vars: { ctx: file://missing.py } }]\n")).toMatch(/tests\.0\.vars\.ctx: cannot read .*missing\.py$/);
    expect(await refusal("prompts: ['{{ctx}}']\nproviders: [openai:m]\ntests: [{ vars: { ctx: file://context.cjs } }]\n", { codeAssertions: false })).toMatch(/has a script variable \(ctx: file:\/\/context\.cjs\), which runs the suite author's code/);
  });
});
