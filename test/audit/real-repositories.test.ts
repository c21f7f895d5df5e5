import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAudit } from "../../src/audit/index.js";
import { labelledRepositories, readLabels, realFilesRoot, scoreLabelledSet, type ReportedLine } from "./support/score-labelled-set.js";

/**
 * The labelled set of real public repositories (test/audit/__fixtures__/real): files
 * copied unchanged, lines labelled by hand. Targets from issue 17: recall and precision
 * of at least 0.95, and no decoy reported.
 */
describe("audit on labelled real repositories", () => {
  const labels = readLabels();
  const reported: ReportedLine[] = labelledRepositories().flatMap((repository) =>
    runAudit({ root: join(realFilesRoot, repository) }).findings.map((finding) => ({
      file: `${repository}/${finding.file}`,
      line: finding.cell === undefined ? String(finding.line) : `${finding.cell}:${finding.line}`,
      family: finding.family,
    })),
  );
  const score = scoreLabelledSet(labels, reported);

  it("is built from several repositories, with decoys", () => {
    expect(labelledRepositories().length).toBeGreaterThanOrEqual(6);
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
