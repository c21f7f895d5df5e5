import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { evalCommand } from "../../src/cli/eval.js";
import type { EvalReport } from "../../src/evaluate/report/eval-report.js";
import type { TestRow } from "../../src/evaluate/run/test-row.js";
import { startGateway } from "../support/start-gateway.js";
import { startFakeModels, type FakeModels } from "./support/fake-models.js";

const examples = fileURLToPath(new URL("../../examples/eval/", import.meta.url));
const exampleSuite = join(examples, "suite.yaml");

let models: FakeModels;
let dir: string;
let configPath: string;

beforeAll(async () => {
  models = await startFakeModels();
  dir = await mkdtemp(join(tmpdir(), "switchyard-eval-"));
  configPath = join(dir, "switchyard.yaml");
  await writeFile(configPath, stringify(models.config({ ledger: { path: join(dir, "ledger.db") } })));
});

afterAll(async () => {
  await models.close();
  await rm(dir, { recursive: true, force: true });
});

type JsonReport = EvalReport & { tests: TestRow[] };

async function runJson(extra: Partial<Parameters<typeof evalCommand>[0]> = {}): Promise<{ report: JsonReport; exitCode: number; stderr: string | undefined }> {
  const result = await evalCommand({ suite: exampleSuite, format: "json", config: configPath, cwd: dir, ...extra });
  return { report: JSON.parse(result.stdout!) as JsonReport, exitCode: result.exitCode, stderr: result.stderr };
}

describe("the example suite against two fake models", () => {
  it("runs end to end: every assertion kind, statistics and a verdict", async () => {
    const { report, exitCode } = await runJson({ cache: false });
    expect(exitCode).toBe(0);
    expect(report.rows).toBe(9);
    expect(report.models.map((model) => model.label)).toEqual(["llama-4-maverick", "gemma-4-31b"]);
    const [llama, gemma] = report.models;
    // llama apologises (not-icontains sorry fails); gemma fences its JSON (is-json fails).
    expect(llama!.passed).toBe(8);
    expect(gemma!.passed).toBe(8);
    expect(llama!.costUsd!.total).toBeGreaterThan(gemma!.costUsd!.total);
    const comparison = report.comparisons[0]!;
    expect(comparison.mcnemar).toEqual({ baselineOnly: 1, candidateOnly: 1, pValue: 1 });
    expect(comparison.passRateDelta!.estimate).toBe(0);
    expect(comparison.winRate).toMatchObject({ wins: 0, ties: 1, losses: 0 });
    expect(comparison.verdict.text).toMatch(/^gemma-4-31b vs llama-4-maverick: non-inferiority not shown: Δ pass rate 0\.0% \[−\d+\.\d, \+\d+\.\d\], margin 5%$/);

    const byName = new Map(report.tests.map((row) => [row.name, row]));
    const parcel = byName.get("late parcel, no apology")!;
    expect(parcel.cells[0]!.assertions.find((assertion) => assertion.label === "not-icontains")!.pass).toBe(false);
    expect(parcel.cells[1]!.assertions.map((assertion) => assertion.pass)).toEqual([true, true, true, true]);
    const braces = byName.get("template braces are left alone")!;
    expect(braces.input).toContain("{{ user.name }}");
    const weather = byName.get("weather tool call")!;
    expect(weather.cells.every((cell) => cell.pass === true)).toBe(true);
    // The request carried the suite's tools and the rendered prompt.
    const sent = models.llama.requests.find((request) => JSON.stringify(request.body).includes("weather in Paris"))!;
    expect(sent.body.tools).toHaveLength(1);
    expect(byName.get("arithmetic")!.cells.every((cell) => cell.pass)).toBe(true);
  });

  it("serves a re-run from the on-disk cache without calling any upstream", async () => {
    await runJson();
    const before = models.llama.requests.length + models.gemma.requests.length + models.judge.requests.length;
    const { report } = await runJson();
    expect(models.llama.requests.length + models.gemma.requests.length + models.judge.requests.length).toBe(before);
    expect(report.models.every((model) => model.cached === model.rows)).toBe(true);
  });

  it("produces every format", async () => {
    const table = await evalCommand({ suite: exampleSuite, format: "table", config: configPath, cwd: dir });
    expect(table.stdout).toContain("llama-4-maverick (baseline)");
    expect(table.stdout).toContain("gemma-4-31b vs llama-4-maverick: non-inferiority not shown");
    expect(table.stdout).toMatch(/\nPASS\n/);

    const junit = await evalCommand({ suite: exampleSuite, format: "junit", config: configPath, cwd: dir, output: "report.xml" });
    expect(junit.exitCode).toBe(0);
    const xml = await readFile(join(dir, "report.xml"), "utf8");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml).toContain('<testsuite name="gemma-4-31b" tests="9" failures="1" errors="0"');
    expect(xml).toContain("<failure message=\"is-json: not JSON");
    // Threshold results are properties and system-out, never an invented testcase: the root counts the rows only.
    const rootTests = Number(/<testsuites [^>]*tests="(\d+)"/.exec(xml)![1]);
    expect(rootTests).toBe((xml.match(/<testcase /g) ?? []).length);
    expect(xml).not.toMatch(/<testsuite name="thresholds"|classname="thresholds"/);
    expect(xml).toContain('<property name="thresholds" value="met"/>');
    expect(xml).toMatch(/<system-out>[^<]*PASS<\/system-out>/);
    expect(junit.stderr).toContain("wrote junit report to report.xml");

    await evalCommand({ suite: exampleSuite, format: "html", config: configPath, cwd: dir, output: "report.html" });
    const html = await readFile(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("<svg");
    expect(html).toContain("<del>Sorry, the</del><ins>The</ins> parcel arrived two days late.");
  });

  it("exits 1 when a threshold fails", async () => {
    const strict = join(dir, "strict.yaml");
    const suite = (await readFile(exampleSuite, "utf8")).replace("pass_rate: 0.6", "pass_rate: 0.95\n  non_inferior: true").replace(/- tests\.(csv|jsonl)/g, `- ${examples}tests.$1`);
    await writeFile(strict, suite);
    const result = await evalCommand({ suite: strict, format: "table", config: configPath, cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("pass rate 88.9% is below the threshold 95.0%");
    expect(result.stdout).toContain("non-inferiority not shown");
  });

  it("says which model is unknown, with exit code 2, before calling anything", async () => {
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, stringify({ baseline: "nope", prompts: ["hi"], tests: [{ vars: {} }] }));
    await expect(evalCommand({ suite: bad, format: "table", config: configPath, cwd: dir })).rejects.toThrow(/The model "nope" does not exist: known models: llama-4-maverick/);
  });
});

describe("promptfoo compatibility", () => {
  it("runs the example promptfoo config unchanged (endpoints pointed at the fakes)", async () => {
    const text = (await readFile(join(examples, "promptfooconfig.yaml"), "utf8"))
      .replace("http://127.0.0.1:8000/v1", models.llama.url)
      .replace("http://127.0.0.1:8001/v1", models.gemma.url)
      .replace("http://127.0.0.1:11434/v1", models.judge.url);
    const path = join(dir, "promptfooconfig.yaml");
    await writeFile(path, text);
    // No gateway config at all: the promptfoo providers are endpoints of their own.
    const result = await evalCommand({ suite: path, format: "json", cwd: join(dir), cache: false, config: undefined });
    const report = JSON.parse(result.stdout!) as JsonReport;
    expect(report.models.map((model) => [model.label, model.passed, model.graded])).toEqual([
      ["llama-4-maverick", 3, 3],
      ["gemma-4-31b", 3, 3],
    ]);
    expect(result.exitCode).toBe(0);
    const judged = models.judge.requests.at(-1)!;
    expect(judged.body.model).toBe("qwen3:32b");
  });
});

describe("against a running gateway", () => {
  it("calls the gateway's OpenAI-compatible API instead of providers in-process", async () => {
    const gateway = await startGateway(models.config());
    try {
      const { report, exitCode } = await runJson({ gateway: gateway.url, config: undefined, cache: false });
      expect(exitCode).toBe(0);
      // This gateway is started without a cost calculator, so its answers carry no x-switchyard-cost-usd and `cost` says why it cannot be checked.
      expect(report.models[0]!.passed).toBe(7);
      const cheap = report.tests.find((row) => row.name === "primary colour, cheaply")!;
      expect(cheap.cells[0]!.assertions.find((assertion) => assertion.label === "cost")!.reason).toMatch(/^cost unknown/);
      expect(gateway.summaries.length).toBeGreaterThanOrEqual(18);
    } finally {
      await gateway.close();
    }
  });

  it("a gateway that refuses the key is one usage error before the run, not a table of failures", async () => {
    const config = models.config() as { server?: Record<string, unknown> };
    const gateway = await startGateway({ ...config, server: { ...config.server, api_keys: ["sk-static"] } });
    try {
      const before = gateway.summaries.length;
      await expect(runJson({ gateway: gateway.url, config: undefined, cache: false, env: {} })).rejects.toThrow(/^--gateway http:\/\/127\.0\.0\.1:\d+: the gateway refused a request without a key; set SWITCHYARD_API_KEY \(HTTP 401\)$/);
      await expect(runJson({ gateway: gateway.url, config: undefined, cache: false, env: { SWITCHYARD_API_KEY: "sk-wrong" } })).rejects.toThrow(/refused the key in SWITCHYARD_API_KEY \(HTTP 401\)/);
      expect(gateway.summaries.length).toBe(before);
    } finally {
      await gateway.close();
    }
  });
});
