/**
 * Records promptfoo's own per-test verdicts and requests for the example
 * configs under test/evaluate/promptfoo-compat/examples, as fixtures the
 * compatibility test compares switchyard with. Run once, by hand, with
 * promptfoo 0.121.x installed outside the repository:
 *
 *   mkdir /tmp/pf && cd /tmp/pf && npm install promptfoo@0.121
 *   npx tsx scripts/record-promptfoo-fixtures.ts /tmp/pf/node_modules/.bin/promptfoo [EXAMPLE…]
 *
 * With example names, only those are recorded (the others keep their fixtures).
 *
 * Each example runs against the deterministic upstream (OPENAI_BASE_URL) with
 * caching, telemetry and update checks off, one call at a time.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDeterministicUpstream } from "../test/evaluate/promptfoo-compat/deterministic-upstream.js";
import { normaliseRequests } from "../test/evaluate/promptfoo-compat/normalise-request.js";

const binary = process.argv[2];
if (!binary) {
  process.stderr.write("usage: tsx scripts/record-promptfoo-fixtures.ts PATH/TO/promptfoo [EXAMPLE…]\n");
  process.exit(2);
}
const root = resolve("test/evaluate/promptfoo-compat");
const only = new Set(process.argv.slice(3));
const examples = readdirSync(join(root, "examples"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && (only.size === 0 || only.has(entry.name)))
  .map((entry) => entry.name)
  .sort();
mkdirSync(join(root, "fixtures"), { recursive: true });

const version = await run(binary, ["--version"], process.cwd(), {});
for (const name of examples) {
  const upstream = await startDeterministicUpstream();
  const home = mkdtempSync(join(tmpdir(), "promptfoo-home-"));
  const output = join(home, "results.json");
  const folder = join(root, "examples", name);
  const env = { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-test", PROMPTFOO_CONFIG_DIR: home, PROMPTFOO_DISABLE_TELEMETRY: "1", PROMPTFOO_DISABLE_UPDATE: "1", PROMPTFOO_CACHE_ENABLED: "false", HOME: home };
  const outcome = await run(binary, ["eval", "-c", "promptfooconfig.yaml", "-o", output, "--no-cache", "--no-progress-bar", "--no-write", "-j", "1", "--no-share"], folder, env);
  let verdicts: { testIdx: number; promptIdx: number; provider: string; pass: boolean; error: boolean }[] = [];
  try {
    const results = JSON.parse(readFileSync(output, "utf8")) as { results: { results: { testIdx: number; promptIdx: number; provider: { id: string; label?: string }; success: boolean; error?: string | null; failureReason?: number }[] } };
    verdicts = results.results.results
      .map((result) => ({ testIdx: result.testIdx, promptIdx: result.promptIdx, provider: result.provider.label || result.provider.id, pass: result.success, error: result.failureReason === 2 }))
      .sort((a, b) => a.testIdx - b.testIdx || a.promptIdx - b.promptIdx || (a.provider < b.provider ? -1 : 1));
  } catch {
    // No results file: promptfoo refused the config; the exit code and stderr say why.
  }
  const fixture = {
    example: name,
    promptfoo: version.stdout.trim().split("\n").at(-1),
    exitCode: outcome.code,
    // Node prints its own pid in warnings; drop it so a re-recording changes only what matters.
    stderrTail: outcome.stderr.trim().replace(/\(node:\d+\)/g, "(node)").split("\n").slice(-3),
    verdicts,
    requests: normaliseRequests(upstream.requests),
  };
  writeFileSync(join(root, "fixtures", `${name}.json`), `${JSON.stringify(fixture, null, 2)}\n`);
  process.stdout.write(`${name}: exit ${outcome.code}, ${verdicts.length} verdicts, ${upstream.requests.length} requests\n`);
  await upstream.close();
  rmSync(home, { recursive: true, force: true });
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    execFile(command, args, { cwd, env: { PATH: process.env.PATH ?? "", ...env }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolveRun({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
