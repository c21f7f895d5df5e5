import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit/index.js";
import { heldOutRepositories, labelledRepositories, readLabels, realFilesRoot, scoreLabelledSet, type ReportedLine } from "./support/score-labelled-set.js";

/**
 * The labelled set of real public repositories (test/audit/__fixtures__/real): files
 * copied unchanged, lines labelled by hand. Targets from issue 17: recall and precision
 * of at least 0.95, and no decoy reported.
 */
function scoreRepositories(repositories: readonly string[]) {
  const labels = readLabels().filter((label) => repositories.some((repository) => label.file.startsWith(`${repository}/`)));
  const reported: ReportedLine[] = repositories.flatMap((repository) =>
    runAudit({ root: join(realFilesRoot, repository) }).findings.map((finding) => ({
      file: `${repository}/${finding.file}`,
      line: finding.cell === undefined ? String(finding.line) : `${finding.cell}:${finding.line}`,
      family: finding.family,
    })),
  );
  return scoreLabelledSet(labels, reported);
}

describe("audit on labelled real repositories (the set the detectors were tuned on)", () => {
  const tuned = labelledRepositories().filter((repository) => !heldOutRepositories.has(repository));
  const score = scoreRepositories(tuned);

  it("is built from several repositories, with decoys", () => {
    expect(tuned.length).toBeGreaterThanOrEqual(6);
    expect(score.dependencies).toBeGreaterThanOrEqual(100);
    expect(score.decoys).toBeGreaterThanOrEqual(30);
  });

  it("finds at least 95% of the labelled dependencies", () => {
    expect(score.recall, `missed:\n${score.missed.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("reports no decoy and keeps precision at or above 0.95", () => {
    expect(score.decoysReported).toEqual([]);
    expect(score.precision, `not dependencies:\n${score.falsePositives.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * Held out: labelled before the audit ran on it. The README reports this score as the
 * independent one; these floors only stop it from getting worse unnoticed. Today it is
 * short of the 0.95 targets (see the README's Accuracy paragraph for why).
 */
describe("audit on held-out labelled repositories", () => {
  const score = scoreRepositories([...heldOutRepositories]);

  it("keeps recall and precision at or above today's held-out figures", () => {
    console.log(`held out: recall ${score.recall.toFixed(2)}, precision ${score.precision.toFixed(2)}, decoys reported ${score.decoysReported.length}/${score.decoys}`);
    expect(score.dependencies).toBeGreaterThanOrEqual(10);
    expect(score.recall, `missed:\n${score.missed.join("\n")}`).toBeGreaterThanOrEqual(0.75);
    expect(score.precision, `not dependencies:\n${score.falsePositives.join("\n")}`).toBeGreaterThanOrEqual(0.7);
  });
});
