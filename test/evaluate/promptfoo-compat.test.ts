import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../src/cli/eval.js";
import { UsageError } from "../../src/cli/command-result.js";
import { startDeterministicUpstream } from "./promptfoo-compat/deterministic-upstream.js";
import { canonical, normaliseRequests } from "./promptfoo-compat/normalise-request.js";
import { rubricGradingPrompt } from "../../src/evaluate/promptfoo/grader-prompts.js";

/**
 * promptfoo's own example configs (test/evaluate/promptfoo-compat/examples,
 * sources in manifest.json) run by switchyard against the same deterministic
 * upstream promptfoo 0.121 ran them against (scripts/record-promptfoo-fixtures.ts).
 * A config in the subset must give promptfoo's per-test verdicts and send its
 * requests; one outside it must be refused with one line naming the key.
 */
const root = join(import.meta.dirname, "promptfoo-compat");
const examples = readdirSync(join(root, "examples"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

/**
 * In scope (manifest.json's rule) but outside the subset, with the part of the
 * exit-2 message that names what is unsupported. Each counts against the share.
 */
const refused: Readonly<Record<string, RegExp>> = {
  // promptfoo 0.121 itself errors on every test here (the key was renamed nunjucksFilters); switchyard refuses it up front.
  "nunjucks-custom-filters": /promptfooconfig\.yaml: filters: not in the supported promptfoo subset$/,
};

/** The share of in-scope examples that must give promptfoo's verdicts and requests: what this suite reaches today, so a regression fails. */
const identicalFloor = 25;

/**
 * promptfoo's default llm-rubric instructions and switchyard's are written
 * differently on purpose (the wording is each project's own); the grader is
 * asked for the same JSON and sees the same output and rubric. Only those
 * default system messages are set aside; a config's rubricPrompt is compared
 * as sent.
 */
const promptfooRubricOpening = "You are grading output according to a user-specified rubric.";
const switchyardRubricInstructions = (JSON.parse(rubricGradingPrompt) as { content: string }[])[0]!.content;
function withDefaultGraderInstructionsSetAside(requests: readonly string[], isDefault: (content: string) => boolean): string[] {
  return requests
    .map((request) => {
      const body = JSON.parse(request) as { messages?: { role: string; content: unknown }[] };
      const first = body.messages?.[0];
      if (first?.role === "system" && typeof first.content === "string" && isDefault(first.content)) first.content = "<default llm-rubric instructions>";
      return canonical(body);
    })
    .sort();
}

interface Fixture {
  readonly verdicts: readonly { testIdx: number; promptIdx: number; provider: string; pass: boolean; error: boolean }[];
  readonly requests: readonly string[];
}

interface JsonReport {
  readonly models: readonly { label: string }[];
  readonly tests: readonly { index: number; prompt: string; cells: readonly { model: string; pass: boolean | null; error: string | null }[] }[];
}

/** promptfoo 0.121.20's default grading model when OPENAI_API_KEY is set. */
const promptfooDefaultGrader = "openai:gpt-5.5-2026-04-23";
/** promptfoo 0.121.20's default embeddings model (for `similar`) when OPENAI_API_KEY is set. */
const promptfooDefaultEmbedding = "openai:embedding:text-embedding-3-large";

const work = mkdtempSync(join(tmpdir(), "promptfoo-compat-"));
/** Examples that gave promptfoo's verdicts and requests in this run, for the score printed at the end. */
const identical = new Set<string>();
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  const refusedCount = examples.filter((name) => Object.hasOwn(refused, name)).length;
  process.stdout.write(`promptfoo compat share: ${identical.size} of ${examples.length} in-scope example configs identical to promptfoo 0.121.20 (verdicts and requests), ${((100 * identical.size) / examples.length).toFixed(1)}%; ${refusedCount} refused with exit 2, ${examples.length - identical.size - refusedCount} other\n`);
});

describe("promptfoo example configs", () => {
  for (const name of examples) {
    it(`${name}: ${Object.hasOwn(refused, name) ? "refused with exit 2 naming the key" : "promptfoo's verdicts and requests"}`, async () => {
      const fixture = JSON.parse(readFileSync(join(root, "fixtures", `${name}.json`), "utf8")) as Fixture;
      const upstream = await startDeterministicUpstream();
      try {
        // promptfoo grades and embeds with its default vendor models; switchyard never picks one, so the test names the same models, as a user would with --judge and --embedding.
        const run = evalCommand({ suite: join(root, "examples", name, "promptfooconfig.yaml"), format: "json", cache: false, cwd: work, judge: promptfooDefaultGrader, embedding: promptfooDefaultEmbedding, env: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-test", PATH: process.env.PATH } });
        if (Object.hasOwn(refused, name)) {
          const error = await run.then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(error).toBeInstanceOf(UsageError);
          expect((error as UsageError).message).not.toContain("\n");
          expect((error as UsageError).message).toMatch(refused[name]!);
          expect(upstream.requests).toHaveLength(0);
          return;
        }
        const result = await run;
        const report = JSON.parse(result.stdout!) as JsonReport;
        // Every test has a row per prompt some provider runs, in order; promptfoo ran the same tests.
        const promptCount = report.tests.length / Math.max(1, new Set(fixture.verdicts.map((verdict) => verdict.testIdx)).size);
        const column = promptfooColumns(report, promptCount);
        const verdicts = report.tests
          .flatMap((row) => row.cells.map((cell) => ({ testIdx: Math.floor(row.index / promptCount), promptIdx: column(cell.model, row.index % promptCount), pass: cell.error === null && cell.pass !== false, error: cell.error !== null })))
          .sort((a, b) => a.testIdx - b.testIdx || a.promptIdx - b.promptIdx);
        // promptIdx numbers providers too (promptfoo's columns), so provider names need not match promptfoo's spelling.
        expect(verdicts).toEqual(fixture.verdicts.map(({ testIdx, promptIdx, pass, error }) => ({ testIdx, promptIdx, pass, error })));
        expect(withDefaultGraderInstructionsSetAside(normaliseRequests(upstream.requests), (content) => content === switchyardRubricInstructions)).toEqual(
          withDefaultGraderInstructionsSetAside(fixture.requests, (content) => content.startsWith(promptfooRubricOpening)),
        );
        identical.add(name);
      } finally {
        await upstream.close();
      }
    });
  }
});

describe("promptfoo compat share", () => {
  it(`at least ${identicalFloor} of the in-scope examples give promptfoo's verdicts and requests`, async () => {
    // Counted by the per-example tests above (vitest runs a file's tests in order).
    expect(identical.size).toBeGreaterThanOrEqual(identicalFloor);
  });
});

/**
 * promptfoo's column numbering: each provider in order, then each prompt it
 * runs (all of them, or those its own `prompts` list names), so a provider
 * that runs fewer prompts takes fewer columns.
 */
function promptfooColumns(report: JsonReport, perTest: number): (model: string, promptPosition: number) => number {
  const columns = new Map<string, number>();
  for (const { label } of report.models) {
    for (let position = 0; position < perTest; position++) {
      if (report.tests.some((row) => row.index % perTest === position && row.cells.some((cell) => cell.model === label))) columns.set(`${label}\u0000${position}`, columns.size);
    }
  }
  return (model, position) => columns.get(`${model}\u0000${position}`) ?? -1;
}
