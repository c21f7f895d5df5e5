import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { evalCommand } from "../../src/cli/eval.js";
import { loadConfigFile } from "../../src/config/load-config.js";
import type { EvalReport } from "../../src/evaluate/report/eval-report.js";
import { loadSuite } from "../../src/evaluate/suite/load-suite.js";
import { openLedgerStore } from "../../src/ledger/create-ledger.js";
import type { ShadowPair } from "../../src/ledger/shadow-pair.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { completion, startFakeModels, type FakeModels } from "./support/fake-models.js";

let models: FakeModels;
let dir: string;
let configPath: string;

beforeAll(async () => {
  models = await startFakeModels();
  dir = await mkdtemp(join(tmpdir(), "switchyard-eval-shadow-"));
  configPath = join(dir, "switchyard.yaml");
  await writeFile(configPath, stringify(models.config({ ledger: { path: join(dir, "ledger.db") } })));
  const store = await openLedgerStore((await loadConfigFile(configPath)).ledger);
  await store.migrate();
  await store.insertShadowPairs([
    pair({ id: "p1", time: 1, question: "Where is the Louvre?", primary: "Sorry, it is in Paris.", shadow: "It is in Paris." }),
    pair({ id: "p2", time: 2, question: "Where is the Prado?", primary: "In Madrid.", shadow: "In Madrid." }),
    pair({ id: "p3", time: 3, question: "Where is the Uffizi?", primary: "In Florence.", shadow: "Sorry, in Florence." }),
    pair({ id: "p4", time: 4, question: "Where is the Louvre?", primary: "In Paris.", shadow: "It is in Paris." }),
    { ...pair({ id: "p5", time: 5, question: "", primary: "", shadow: "" }), request: null, primary: side("llama-host/meta-llama/llama-4-maverick", null, 900), shadow: side("gemma-host/google/gemma-4-31b-it", null, 400) },
    { ...pair({ id: "other", time: 6, question: "Other route", primary: "a", shadow: "b" }), route: "other" },
  ]);
  await store.close();
});

afterAll(async () => {
  await models.close();
  await rm(dir, { recursive: true, force: true });
});

function side(target: string, text: string | null, latencyMs: number): ShadowPair["primary"] {
  return { target, output: text === null ? null : { text, toolCalls: [], finishReason: "stop" }, error: null, latencyMs, inputTokens: 20, outputTokens: 8, costUsd: 0.00001 };
}

function pair(options: { id: string; time: number; question: string; primary: string; shadow: string }): ShadowPair {
  return {
    id: options.id,
    time: options.time,
    route: "chat-default",
    requestId: `request-${options.id}`,
    request: { model: "chat-default", messages: [{ role: "user", content: [{ type: "text", text: options.question }] }], sampling: {}, stream: false },
    primary: side("llama-host/meta-llama/llama-4-maverick", options.primary, 800),
    shadow: side("gemma-host/google/gemma-4-31b-it", options.shadow, 300),
  };
}

describe("--from-shadow", () => {
  it("judges stored pairs pairwise, in both orders, and reports a win rate", async () => {
    const result = await evalCommand({ fromShadow: "chat-default", judge: "judge", format: "json", config: configPath, cwd: dir });
    const report = JSON.parse(result.stdout!) as EvalReport & { tests: unknown[] };
    expect(report.mode).toBe("shadow");
    expect(report.rows).toBe(5);
    expect(report.models.map((model) => model.label)).toEqual(["llama-host/meta-llama/llama-4-maverick", "gemma-host/google/gemma-4-31b-it"]);
    expect(report.comparisons[0]!.winRate).toMatchObject({ wins: 1, ties: 2, losses: 1, estimate: 0.5 });
    expect(report.comparisons[0]!.verdict.text).toMatch(/^gemma-host\/google\/gemma-4-31b-it vs llama-host\/meta-llama\/llama-4-maverick: non-inferiority not shown: win rate − 50% 0\.0% \[/);
    // Uncaptured pairs still count for latency.
    expect(report.models[1]!.latencyMs).toEqual({ p50: 300, p95: 380 });
    expect(result.stderr).toContain("1 of 5 pairs were not judged");
    expect(result.exitCode).toBe(0);
    // Each judged pair is asked twice, with the positions swapped.
    const judgePrompts = models.judge.requests.filter((request) => JSON.stringify(request.body).includes("Louvre"));
    expect(judgePrompts.length).toBe(4);
  });

  it("renders the pairwise report as HTML", async () => {
    const result = await evalCommand({ fromShadow: "chat-default", judge: "judge", format: "html", config: configPath, cwd: dir, output: "shadow.html" });
    expect(result.exitCode).toBe(0);
    const html = await readFile(join(dir, "shadow.html"), "utf8");
    expect(html).toContain("Win rate against llama-host/meta-llama/llama-4-maverick");
  });

  it("needs a judge", async () => {
    await expect(evalCommand({ fromShadow: "chat-default", format: "json", config: configPath, cwd: dir })).rejects.toThrow(/--from-shadow needs --judge/);
  });
});

describe("--from-ledger", () => {
  it("writes a suite of the distinct captured requests that loads and validates", async () => {
    const result = await evalCommand({ fromLedger: "chat-default", judge: "judge", format: "table", config: configPath, cwd: dir, output: "captured.yaml" });
    expect(result.stderr).toBe("wrote a suite of 3 tests to captured.yaml");
    const suite = await loadSuite(join(dir, "captured.yaml"));
    expect(suite.baseline.id).toBe("chat-default");
    expect(suite.candidates.map((model) => model.id)).toEqual(["gemma-host/google/gemma-4-31b-it"]);
    expect(suite.tests.map((test) => test.messages?.[0]?.content)).toEqual(["Where is the Louvre?", "Where is the Prado?", "Where is the Uffizi?"]);
    expect(suite.tests[0]!.assertions[0]!.kind).toBe("pairwise");
  });
});

describe("the runner", () => {
  let flaky: FakeUpstream;
  let slow: FakeUpstream;
  let suitePath: string;
  let runnerConfig: string;

  beforeAll(async () => {
    flaky = await startFakeUpstream({ respond: () => completion({ model: "m", text: "ok" }) });
    slow = await startFakeUpstream({ respond: () => ({ ...completion({ model: "m", text: "ok" }), delayMs: 60 }) });
    runnerConfig = join(dir, "runner.yaml");
    await writeFile(runnerConfig, stringify({ providers: { flaky: { type: "openai-compatible", base_url: flaky.url }, slow: { type: "openai-compatible", base_url: slow.url } } }));
    suitePath = join(dir, "runner-suite.yaml");
  });
  afterAll(async () => {
    await flaky.close();
    await slow.close();
  });

  it("retries a 429 after the upstream's Retry-After", async () => {
    await writeFile(suitePath, stringify({ baseline: "flaky/m", prompts: ["say ok"], tests: [{ assert: [{ type: "equals", value: "ok" }] }] }));
    flaky.enqueue(fromFixture.json("openai-chat/error-429.json", 429, { "retry-after": "1" }));
    const started = Date.now();
    const result = await evalCommand({ suite: suitePath, format: "json", config: runnerConfig, cwd: dir, cache: false });
    expect(result.exitCode).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(flaky.requests).toHaveLength(2);
  });

  it("keeps finished rows when interrupted", async () => {
    const tests = Array.from({ length: 30 }, (_, index) => ({ vars: { n: index } }));
    await writeFile(suitePath, stringify({ baseline: "slow/m", prompts: ["count {{n}}"], tests, run: { concurrency: 2 } }));
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(new Error("interrupted")), 250);
    const result = await evalCommand({ suite: suitePath, format: "json", config: runnerConfig, cwd: dir, cache: false, signal: interrupt.signal });
    const report = JSON.parse(result.stdout!) as EvalReport & { tests: { index: number }[] };
    expect(report.interrupted).toBe(true);
    expect(report.rows).toBeGreaterThan(0);
    expect(report.rows).toBeLessThan(30);
    expect(report.tests.map((row) => row.index)).toEqual(Array.from({ length: report.rows }, (_, index) => index));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/interrupted: kept \d+ finished rows/);
  });

  it("never has more calls in flight than the concurrency", async () => {
    let inFlight = 0;
    let peak = 0;
    const counting = await startFakeUpstream({
      respond: () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        setTimeout(() => inFlight--, 30);
        return { ...completion({ model: "m", text: "ok" }), delayMs: 30 };
      },
    });
    try {
      const config = join(dir, "counting.yaml");
      await writeFile(config, stringify({ providers: { counting: { type: "openai-compatible", base_url: counting.url } } }));
      const tests = Array.from({ length: 12 }, (_, index) => ({ vars: { n: index } }));
      await writeFile(suitePath, stringify({ baseline: "counting/a", candidates: ["counting/b"], prompts: ["count {{n}}"], tests }));
      const result = await evalCommand({ suite: suitePath, format: "json", config, cwd: dir, cache: false, concurrency: 3 });
      expect(result.exitCode).toBe(0);
      expect(counting.requests).toHaveLength(24);
      expect(peak).toBeLessThanOrEqual(3);
    } finally {
      await counting.close();
    }
  });
});
