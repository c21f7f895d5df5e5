import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSwitchyard } from "../support/spawn-switchyard.js";
import { startDeterministicUpstream, type DeterministicUpstream } from "./promptfoo-compat/deterministic-upstream.js";

/**
 * Every user error of `switchyard eval`, through the built binary: exit 2, one
 * line on stderr, no stack trace, and no model call made.
 */
let dir: string;
let upstream: DeterministicUpstream;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "switchyard-eval-errors-"));
  upstream = await startDeterministicUpstream();
  writeFileSync(
    join(dir, "switchyard.yaml"),
    `providers:\n  local: { type: openai-compatible, base_url: ${upstream.url} }\nmodels:\n  small: { targets: [{ provider: local, model: small-model }] }\nledger: { path: ${join(dir, "ledger.db")} }\n`,
  );
  const suite = (assertion: string): string => `baseline: small\nprompts: ["Say {{x}}"]\ntests: [{ vars: { x: hi }, assert: [${assertion}] }]\n`;
  writeFileSync(join(dir, "rubric.yaml"), suite("{ type: llm-rubric, value: polite }"));
  writeFileSync(join(dir, "similar.yaml"), suite("{ type: similar, value: hello }"));
  writeFileSync(join(dir, "ok.yaml"), suite("{ type: icontains, value: hi }"));
  writeFileSync(join(dir, "code.yaml"), suite("{ type: javascript, value: 'output.length > 0' }"));
  writeFileSync(join(dir, "schema.yaml"), suite("{ type: json-schema, value: { type: object, properties: { a: { type: nonsense } } } }"));
  writeFileSync(join(dir, "pf-scenarios.yaml"), "providers: [switchyard:small]\nprompts: [hi]\nscenarios: []\ntests: [{ vars: {} }]\n");
  writeFileSync(join(dir, "pf-transform.yaml"), "providers: [switchyard:small]\nprompts: [hi]\ntests: [{ options: { transform: 'output.toUpperCase()' }, assert: [{ type: contains, value: HI }] }]\n");
  writeFileSync(join(dir, "pf-python-code.yaml"), "providers: [switchyard:small]\nprompts: [hi]\ntests: [{ assert: [{ type: python, value: 'True' }] }]\n");
});

afterAll(async () => {
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const spawned = spawnSwitchyard(["eval", ...args], { cwd: dir });
  const code = await spawned.exit;
  return { code, stdout: spawned.stdout(), stderr: spawned.stderr() };
}

describe("eval user errors exit 2 with one line", () => {
  const cases: { name: string; args: string[]; message: RegExp }[] = [
    { name: "llm-rubric without a judge", args: ["rubric.yaml"], message: /llm-rubric needs a judge model/ },
    { name: "similar without an embeddings model", args: ["similar.yaml"], message: /similar needs an embeddings model/ },
    { name: "--output into a missing folder", args: ["ok.yaml", "--output", "no/such/folder/report.json", "--format", "json"], message: /--output no\/such\/folder\/report\.json: folder .* does not exist/ },
    { name: "--from-ledger with an unknown route", args: ["--from-ledger", "no-such-route"], message: /--from-ledger: unknown route "no-such-route"/ },
    { name: "a JSON Schema ajv cannot compile", args: ["schema.yaml"], message: /tests\.0\.assert\.0\.value: invalid JSON Schema/ },
    { name: "--no-code-assertions with a javascript assertion", args: ["code.yaml", "--no-code-assertions"], message: /has a javascript assertion, which runs the suite author's code .* refused by --no-code-assertions/ },
    { name: "--no-code-assertions with a promptfoo python assertion", args: ["pf-python-code.yaml", "--no-code-assertions"], message: /has a python assertion/ },
    { name: "--no-code-assertions with a promptfoo transform", args: ["pf-transform.yaml", "--no-code-assertions"], message: /has a test with options\.transform, which runs/ },
    { name: "a promptfoo key outside the subset", args: ["pf-scenarios.yaml"], message: /scenarios: not in the supported promptfoo subset$/ },
  ];
  for (const { name, args, message } of cases) {
    it(name, async () => {
      const before = upstream.requests.length;
      const result = await run(args);
      expect(result.code).toBe(2);
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(upstream.requests.length).toBe(before);
    });
  }

  it("the same suites run when the user error is fixed", async () => {
    const result = await run(["ok.yaml", "--format", "json", "--no-cache"]);
    expect(result.code).toBe(0);
    expect(upstream.requests.length).toBeGreaterThan(0);
  });
});
