import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { renderTable, runAudit } from "../../src/audit/index.js";
import { criticalityRank, type Criticality } from "../../src/audit/finding.js";

const fixture = fileURLToPath(new URL("./__fixtures__/sample-project", import.meta.url));

test("the table lists findings most critical first, then by file and line, under a rule (issue 17)", () => {
  const root = mkdtempSync(join(tmpdir(), "switchyard-table-"));
  cpSync(fixture, root, { recursive: true });
  const report = runAudit({ root, families: ["llama"] });
  const levels = new Set(report.findings.map((finding) => finding.criticality));
  expect(levels.size, "the fixture needs findings of several criticalities").toBeGreaterThan(1);

  const lines = renderTable(report).split("\n");
  expect(lines[0]).toMatch(/^criticality +kind +family +location +model +finding$/);
  expect(lines[1]).toMatch(/^-+( +-+){5}$/);
  // Every header column starts where its rule does.
  expect([...lines[1]!.matchAll(/-+/g)].map((match) => match.index)).toEqual([...lines[0]!.matchAll(/\S+/g)].map((match) => match.index));
  const rows = lines.slice(2, 2 + report.findings.length).map((line) => {
    const [criticality, , , location] = line.split(/ {2,}/);
    const [, file, lineNumber] = /^(.*):(\d+)/.exec(location!)!;
    return { rank: criticalityRank(criticality as Criticality), file: file!, line: Number(lineNumber) };
  });
  expect(rows).toHaveLength(report.findings.length);
  for (let index = 1; index < rows.length; index++) {
    const [before, after] = [rows[index - 1]!, rows[index]!];
    const ordered = before.rank > after.rank || (before.rank === after.rank && (before.file < after.file || (before.file === after.file && before.line <= after.line)));
    expect(ordered, `row ${index + 2} (${JSON.stringify(after)}) after ${JSON.stringify(before)}`).toBe(true);
  }
  expect(lines[2 + report.findings.length]).toBe("");
});
