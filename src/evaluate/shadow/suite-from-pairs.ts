import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { ShadowPair } from "../../ledger/shadow-pair.js";
import type { SuiteFile } from "../suite/suite-file-schema.js";

/**
 * `--from-ledger ROUTE`: a suite whose tests are the distinct captured
 * requests of a route, with the route as the baseline and its shadow targets
 * as candidates. Only text conversations carry over (tool definitions, tool
 * results and images are per-request and would need the original payloads);
 * the rest are counted in the header comment so nothing is dropped silently.
 */
export function suiteFromPairs(options: { route: string; pairs: readonly ShadowPair[]; judge: string | undefined }): { yaml: string; tests: number; skipped: number } {
  const seen = new Set<string>();
  const tests: NonNullable<Exclude<SuiteFile["tests"], string>> = [];
  let skipped = 0;
  let uncaptured = 0;
  const candidates = new Set<string>();
  for (const pair of [...options.pairs].sort((a, b) => a.time - b.time)) {
    candidates.add(pair.shadow.target);
    if (!pair.request) {
      uncaptured++;
      continue;
    }
    const messages: { role: "system" | "user" | "assistant"; content: string }[] = [];
    let textOnly = !(pair.request.tools && pair.request.tools.length > 0);
    for (const message of pair.request.messages) {
      if (message.role === "tool" || message.content.some((part) => part.type !== "text")) {
        textOnly = false;
        break;
      }
      messages.push({ role: message.role, content: message.content.map((part) => (part.type === "text" ? part.text : "")).join("") });
    }
    if (!textOnly || messages.length === 0) {
      skipped++;
      continue;
    }
    const key = createHash("sha256").update(JSON.stringify(messages)).digest("hex");
    if (seen.has(key)) continue;
    seen.add(key);
    tests.push({ description: `${options.route} ${new Date(pair.time).toISOString()}`, messages, ...(options.judge !== undefined && { assert: [{ type: "pairwise" as const }] }) });
  }
  const suite: SuiteFile = {
    description: `Captured traffic on ${options.route}`,
    baseline: options.route,
    candidates: [...candidates],
    ...(options.judge !== undefined && { judge: options.judge }),
    tests,
  };
  const header = [
    `# Built by \`switchyard eval --from-ledger ${options.route}\` from ${options.pairs.length} stored pairs:`,
    `# ${tests.length} distinct text conversations; ${skipped} skipped (tools, tool results or images); ${uncaptured} without a captured prompt.`,
    "# Add assertions to the tests, or a judge and `assert: [{ type: pairwise }]`, then run `switchyard eval` on this file.",
  ].join("\n");
  return { yaml: `${header}\n${stringify(suite, { lineWidth: 0 })}`, tests: tests.length, skipped };
}
