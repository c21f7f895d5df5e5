/**
 * Scores the audit and a naive `grep -i llama` on the labelled real-repository set
 * (test/audit/__fixtures__/real), by file, line and family; and cdxgen's AI-BOM when
 * CDXGEN_BIN points at an installed cdxgen (it is not a project dependency: install it
 * with `npm install --prefix /tmp/cdxgen @cyclonedx/cdxgen@12`, then CDXGEN_BIN=/tmp/cdxgen/node_modules/.bin/cdxgen). Run: `npx tsx bench/audit-labelled-peers.ts`.
 * The `grep -i llama` and cdxgen rows are scored on the Llama labels (grep knows one word);
 * `grep -i <family>` greps each labelled family's name and is scored on every label, and
 * cdxgen by line on every label too (a line it names counts for each family labelled there).
 * The tuned set and each held-out round are scored as separate groups.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAudit } from "../src/audit/index.js";
import { heldOutRounds, readLabels, realFilesRoot, scoreLabelledSet, tunedRepositories, type LineLabel, type ReportedLine } from "../test/audit/support/score-labelled-set.js";

// Each group is scored apart: the tuned set (the detectors were fixed against it) and the
// held-out set (labelled before the audit ever ran on it), every tool on both.
const allLabels = readLabels();
const inRepositories = (names: readonly string[]) => (label: { readonly file: string }) => names.some((name) => label.file.startsWith(`${name}/`));
const groups: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["tuned", tunedRepositories()],
  ...heldOutRounds.map((round) => [round.name, [...round.repositories]] as const),
];
const cdxgen = process.env.CDXGEN_BIN;

for (const [group, repositories] of groups) {
  const labels = allLabels.filter(inRepositories(repositories));
  const llamaLabels = labels.filter((label) => label.family === "llama");
  console.log(`\n${group} (${repositories.length} repositories: ${repositories.join(", ")})`);
  const audit = auditOf(repositories);
  show("switchyard audit", audit, labels);
  show("switchyard (llama)", audit.filter((entry) => entry.family === "llama"), llamaLabels);
  show("grep -i llama", grepOf(repositories, "llama"), llamaLabels);
  const families = [...new Set(labels.map((label) => label.family))].sort();
  show("grep -i <family>", families.flatMap((family) => grepOf(repositories, family)), labels);
  if (cdxgen === undefined) console.log("cdxgen: not scored (set CDXGEN_BIN to an installed cdxgen binary)");
  else scoreCdxgen(cdxgen, repositories, labels);
}

function auditOf(names: readonly string[]): ReportedLine[] {
  return names.flatMap((repository) =>
    runAudit({ root: join(realFilesRoot, repository) }).findings.map((finding) => ({ file: `${repository}/${finding.file}`, line: finding.cell === undefined ? String(finding.line) : `${finding.cell}:${finding.line}`, family: finding.family })),
  );
}

/** Naive grep: every line with the family's name in any case (notebooks by raw JSON line, so their cell labels score as misses). */
function grepOf(repositories: readonly string[], family: string): ReportedLine[] {
  // grep exits 1 when nothing matches; that is an empty result, not a failure.
  let output = "";
  try {
    output = execFileSync("grep", ["-rniI", family, ...repositories], { cwd: realFilesRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return output.split("\n").filter((row) => row !== "").map((row) => {
    const [file = "", line = ""] = row.replace(/^\.\//, "").split(":");
    return { file, line, family };
  });
}

function show(name: string, reported: readonly ReportedLine[], set: readonly LineLabel[]): void {
  const score = scoreLabelledSet(set, reported);
  console.log(`${name.padEnd(18)} recall ${score.recall.toFixed(2)}  precision ${score.precision.toFixed(2)}  decoys reported ${score.decoysReported.length}/${score.decoys}  (${score.truePositives}/${score.dependencies} dependencies)`);
}

/**
 * cdxgen's AI-BOM (`-t ai`, 12.8) lists machine-learning-model components and AI services with
 * evidence occurrences `path#L12`, and libraries with the manifest they came from. Each
 * repository is copied outside any git work tree first, because cdxgen otherwise inventories
 * the enclosing repository (ours) too.
 */
function scoreCdxgen(binary: string, repositories: readonly string[], labels: readonly LineLabel[]): void {
  const llamaLabels = labels.filter((label) => label.family === "llama");
  const reportedLines: ReportedLine[] = [];
  const reportedFiles = new Set<string>();
  for (const repository of repositories) {
    const input = mkdtempSync(join(tmpdir(), "cdxgen-in-"));
    cpSync(join(realFilesRoot, repository), join(input, repository), { recursive: true });
    const output = join(input, "bom.json");
    execFileSync(binary, ["-t", "ai", "-t", "python", "-t", "js", "-r", "--no-install-deps", "-o", output, join(input, repository)], { cwd: input, stdio: "ignore", timeout: 300_000 });
    for (const place of cdxgenPlaces(JSON.parse(readFileSync(output, "utf8")), repository)) {
      reportedFiles.add(place.file);
      if (place.line !== undefined) reportedLines.push({ file: place.file, line: place.line, family: "llama" });
    }
    rmSync(input, { recursive: true, force: true });
  }
  show("cdxgen AI-BOM", reportedLines, llamaLabels);
  // Every family: a line cdxgen names counts for each family labelled on it (generous: cdxgen names no family).
  const anyFamily = reportedLines.flatMap((entry) => {
    const here = labels.filter((label) => label.file === entry.file && label.line === entry.line).map((label) => label.family);
    return (here.length === 0 ? ["(none)"] : here).map((family) => ({ ...entry, family }));
  });
  show("cdxgen (any family)", anyFamily, labels);
  const dependencyFiles = new Set(llamaLabels.filter((label) => label.label === "dependency").map((label) => label.file));
  const listedWithDependency = [...reportedFiles].filter((file) => dependencyFiles.has(file)).length;
  console.log(`cdxgen by file      recall ${(listedWithDependency / Math.max(1, dependencyFiles.size)).toFixed(2)}  (${listedWithDependency}/${dependencyFiles.size} files with a Llama dependency listed; ${reportedFiles.size - listedWithDependency} of ${reportedFiles.size} listed files hold none)`);
}

interface CdxgenPlace { readonly file: string; readonly line?: string }

/** Every place a CycloneDX document names: evidence occurrences (`path#L12`) and `SrcFile` properties, as `<repository>/<path>`. */
function cdxgenPlaces(bom: unknown, repository: string): CdxgenPlace[] {
  const places: CdxgenPlace[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.location === "string") places.push(place(record.location));
    if (record.name === "SrcFile" && typeof record.value === "string") places.push(place(record.value));
    Object.values(record).forEach(visit);
  };
  const place = (location: string): CdxgenPlace => {
    const match = /^(.*?)(?:#L(\d+))?$/.exec(location);
    const path = (match?.[1] ?? location).split(`${repository}/`).pop() ?? location;
    return match?.[2] === undefined ? { file: `${repository}/${path}` } : { file: `${repository}/${path}`, line: match[2] };
  };
  visit(bom);
  return places.filter((entry) => !entry.file.endsWith("/") && !entry.file.endsWith(".git"));
}
