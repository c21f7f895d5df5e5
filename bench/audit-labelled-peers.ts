/**
 * Scores the audit and a naive `grep -i llama` on the labelled real-repository set
 * (test/audit/__fixtures__/real), by file, line and family; and cdxgen's AI-BOM when
 * CDXGEN_BIN points at an installed cdxgen (it is not a project dependency: install it
 * with `npm install --prefix /tmp/cdxgen @cyclonedx/cdxgen`). Run: `npx tsx bench/audit-labelled-peers.ts`.
 * The grep and cdxgen rows are scored on the Llama labels only (grep knows one word).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runAudit } from "../src/audit/index.js";
import { labelledRepositories, readLabels, realFilesRoot, scoreLabelledSet, type ReportedLine } from "../test/audit/support/score-labelled-set.js";

const labels = readLabels();
const llamaLabels = labels.filter((label) => label.family === "llama");
const repositories = labelledRepositories();

const audit: ReportedLine[] = repositories.flatMap((repository) =>
  runAudit({ root: join(realFilesRoot, repository) }).findings.map((finding) => ({ file: `${repository}/${finding.file}`, line: finding.cell === undefined ? String(finding.line) : `${finding.cell}:${finding.line}`, family: finding.family })),
);

// Naive grep: every line with "llama" in any case (notebooks by raw JSON line, so their cell labels score as misses).
const grepOutput = execFileSync("grep", ["-rniI", "llama", "."], { cwd: realFilesRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const grep: ReportedLine[] = grepOutput.split("\n").filter((row) => row !== "").map((row) => {
  const [file = "", line = ""] = row.replace(/^\.\//, "").split(":");
  return { file, line, family: "llama" };
});

function show(name: string, reported: readonly ReportedLine[], set = labels): void {
  const score = scoreLabelledSet(set, reported);
  console.log(`${name.padEnd(18)} recall ${score.recall.toFixed(2)}  precision ${score.precision.toFixed(2)}  decoys reported ${score.decoysReported.length}/${score.decoys}  (${score.truePositives}/${score.dependencies} dependencies)`);
}

show("switchyard audit", audit);
show("switchyard (llama)", audit.filter((entry) => entry.family === "llama"), llamaLabels);
show("grep -i llama", grep, llamaLabels);

const cdxgen = process.env.CDXGEN_BIN;
if (cdxgen === undefined) console.log("cdxgen: not scored (set CDXGEN_BIN to an installed cdxgen binary)");
else {
  // cdxgen lists components with evidence occurrences; a finding is a (file, line) it names.
  const reported: ReportedLine[] = [];
  for (const repository of repositories) {
    const output = join("/tmp", `cdxgen-${repository}.json`);
    execFileSync(cdxgen, ["-t", "python", "-t", "js", "--bom-profile", "ml", "--no-install-deps", "-o", output, join(realFilesRoot, repository)], { stdio: "ignore", timeout: 300_000 });
    const text = readFileSync(output, "utf8");
    for (const match of text.matchAll(/"location":\s*"([^"]+?)(?:#(\d+))?"(?:,\s*"line":\s*(\d+))?/g)) {
      const file = (match[1] ?? "").replace(/^.*?__fixtures__\/real\/files\/[^/]+\//, "");
      reported.push({ file: `${repository}/${file}`, line: match[2] ?? match[3] ?? "0", family: "llama" });
    }
  }
  show("cdxgen ml profile", reported, llamaLabels);
}
