import type { CellResult } from "../run/test-row.js";
import type { ReporterOptions } from "./report-format.js";

/**
 * JUnit XML for CI: one <testsuite> per model, one <testcase> per row; failed
 * assertions become <failure>, calls that never answered <error>. Comparisons
 * and verdicts go in each candidate's <properties>, and failed thresholds in a
 * final "thresholds" suite so CI shows why the run failed.
 */
export async function renderJunit(options: ReporterOptions): Promise<void> {
  const { report } = options;
  const failures = report.models.reduce((sum, model) => sum + Math.max(0, model.graded - model.passed - model.errors), 0) + report.failures.length;
  const errors = report.models.reduce((sum, model) => sum + model.errors, 0);
  const tests = report.models.reduce((sum, model) => sum + model.rows, 0) + (report.failures.length > 0 ? report.failures.length : 1);
  await options.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(report.description ?? report.suite)}" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(report.durationMs)}">\n`);
  for (const model of report.models) {
    const comparison = report.comparisons.find((item) => item.candidate === model.label);
    await options.write(
      `  <testsuite name="${xml(model.label)}" tests="${model.rows}" failures="${Math.max(0, model.graded - model.passed - model.errors)}" errors="${model.errors}" timestamp="${report.startedAt}">\n` +
        `    <properties>\n      <property name="model" value="${xml(model.id)}"/>\n      <property name="role" value="${model.role}"/>\n` +
        (comparison ? `      <property name="verdict" value="${xml(comparison.verdict.text)}"/>\n` : "") +
        `    </properties>\n`,
    );
    for await (const row of options.rows()) {
      const cell = row.cells.find((item) => item.model === model.label);
      if (cell) await options.write(testcase(model.label, row.name, cell));
    }
    await options.write("  </testsuite>\n");
  }
  await options.write(`  <testsuite name="thresholds" tests="${Math.max(1, report.failures.length)}" failures="${report.failures.length}" errors="0">\n`);
  if (report.failures.length === 0) await options.write(`    <testcase classname="thresholds" name="all thresholds met"/>\n`);
  for (const failure of report.failures) await options.write(`    <testcase classname="thresholds" name="${xml(failure)}">\n      <failure message="${xml(failure)}"/>\n    </testcase>\n`);
  await options.write("  </testsuite>\n</testsuites>\n");
}

function testcase(model: string, name: string, cell: CellResult): string {
  const open = `    <testcase classname="${xml(model)}" name="${xml(name)}" time="${seconds(cell.latencyMs ?? 0)}"`;
  if (cell.error !== null) return `${open}>\n      <error message="${xml(cell.error)}"/>\n    </testcase>\n`;
  if (cell.pass === false) {
    const failed = cell.assertions.filter((assertion) => !assertion.pass);
    const message = failed.map((assertion) => `${assertion.label}: ${assertion.reason}`).join("; ") || `score ${cell.score ?? 0} below the test threshold`;
    return `${open}>\n      <failure message="${xml(message)}">${xml(cell.output ?? "")}</failure>\n    </testcase>\n`;
  }
  return `${open}/>\n`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Escapes text for an XML attribute or element, dropping characters XML 1.0 cannot carry at all. */
export function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- naming the control characters XML 1.0 forbids is the point.
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
