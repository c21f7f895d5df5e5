import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../src/cli/eval.js";
import type { TestRow } from "../../src/evaluate/run/test-row.js";
import { spawnSwitchyard, type SpawnedSwitchyard } from "../support/spawn-switchyard.js";
import { waitFor } from "../support/wait-for.js";
import { startDeterministicUpstream, type DeterministicUpstream } from "./promptfoo-compat/deterministic-upstream.js";

/**
 * `eval --gateway` against a real `switchyard serve` on loopback gives the rows
 * an in-process run gives: the target and the priced cost come from the
 * gateway's answer headers, for Chat and for Responses (`openai:responses:`)
 * providers alike.
 */
let dir: string;
let upstream: DeterministicUpstream;
let serve: SpawnedSwitchyard;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "switchyard-eval-gateway-"));
  upstream = await startDeterministicUpstream();
  writeFileSync(
    join(dir, "switchyard.yaml"),
    [
      "server: { port: 0 }",
      `providers: { local: { type: openai-compatible, base_url: "${upstream.url}" }, resp: { type: openai-responses, base_url: "${upstream.url}" } }`,
      "models: { small: { targets: [{ provider: local, model: small-model }] }, answers: { targets: [{ provider: resp, model: resp-model }] } }",
      'prices: { "local/small-model": { input: 2, output: 4 }, "resp/resp-model": { input: 3, output: 6 } }',
      "ledger: { enabled: false }",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "promptfooconfig.yaml"),
    [
      "prompts: ['Say {{x}}']",
      "providers: [switchyard:small, 'openai:responses:answers']",
      "tests:",
      "  - vars: { x: hi }",
      "    assert: [{ type: icontains, value: hi }, { type: cost, threshold: 0.01 }]",
      "  - vars: { x: there }",
      "    assert: [{ type: cost, threshold: 0.00000001 }]",
      "",
    ].join("\n"),
  );
  serve = spawnSwitchyard(["serve"], { cwd: dir });
  await waitFor(() => /listening on (http:\/\/\S+)/.test(serve.stdout()), 15_000);
  url = /listening on (http:\/\/\S+)/.exec(serve.stdout())![1]!;
});

afterAll(async () => {
  if (serve?.child.exitCode === null) {
    serve.child.kill("SIGTERM");
    await serve.exit;
  }
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function rows(extra: Partial<Parameters<typeof evalCommand>[0]>): Promise<TestRow[]> {
  const result = await evalCommand({ suite: join(dir, "promptfooconfig.yaml"), format: "json", cache: false, cwd: dir, env: { PATH: process.env.PATH }, ...extra });
  return (JSON.parse(result.stdout!) as { tests: TestRow[] }).tests;
}

/** What must not depend on how the models were reached (latency does). */
function comparable(tests: readonly TestRow[]): unknown {
  return tests.map((row) => row.cells.map(({ model, output, pass, costUsd, target, inputTokens, outputTokens, assertions }) => ({ model, output, pass, costUsd, target, inputTokens, outputTokens, assertions: assertions.map(({ label, pass: passed }) => ({ label, passed })) })));
}

describe("eval --gateway against switchyard serve", () => {
  it("gives the in-process rows: same targets, same priced costs, same verdicts", async () => {
    const inProcess = await rows({ config: join(dir, "switchyard.yaml") });
    const requestsInProcess = upstream.requests.length;
    const viaGateway = await rows({ gateway: url });
    expect(upstream.requests.length).toBe(2 * requestsInProcess);
    const cells = inProcess.flatMap((row) => row.cells);
    expect(cells.map((cell) => cell.target)).toEqual(["local/small-model", "resp/resp-model", "local/small-model", "resp/resp-model"]);
    for (const cell of cells) expect(cell.costUsd).toBeGreaterThan(0);
    // The Responses provider went to the Responses endpoint both ways.
    expect(upstream.requests.filter((request) => request.path.endsWith("/responses"))).toHaveLength(4);
    // The second test's threshold is below any priced answer: cost is checked, not unknown.
    expect(inProcess[1]!.cells.map((cell) => cell.pass)).toEqual([false, false]);
    expect(comparable(viaGateway)).toEqual(comparable(inProcess));
  });
});
