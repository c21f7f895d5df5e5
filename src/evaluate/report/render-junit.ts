import type { CellResult } from "../run/test-row.js";
import type { ReporterOptions } from "./report-format.js";

/**
 * JUnit XML for CI: one <testsuite> per model, one <testcase> per row; failed
 * assertions become <failure>, calls that never answered <error>. Comparisons
 * and verdicts go in each candidate's <properties>. Threshold results are not
 * tests: they go in every suite's <properties> and <system-out> (where the
 * JUnit schema allows them), so a 10-test suite reports 10 cases, not an
 * invented eleventh.
 */
export async function renderJunit(options: ReporterOptions): Promise<void> {
  const { report } = options;
  const failures = report.models.reduce((sum, model) => sum + Math.max(0, model.graded - model.passed - model.errors), 0);
  const errors = report.models.reduce((sum, model) => sum + model.errors, 0);
  const tests = report.models.reduce((sum, model) => sum + model.rows, 0);
  const outcome = report.failures.length === 0 ? "PASS" : `FAIL: ${report.failures.join("; ")}`;
  const thresholdProperties =
    `      <property name="thresholds" value="${report.failures.length === 0 ? "met" : "failed"}"/>\n` +
    report.failures.map((failure, index) => `      <property name="threshold.failure.${index + 1}" value="${xml(failure)}"/>\n`).join("");
  const systemOut = `    <system-out>${xml([...report.comparisons.map((comparison) => comparison.verdict.text), outcome].join("\n"))}</system-out>\n`;
  await options.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(report.description ?? report.suite)}" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(report.durationMs)}">\n`);
  for (const model of report.models) {
    const comparison = report.comparisons.find((item) => item.candidate === model.label);
    await options.write(
      `  <testsuite name="${xml(model.label)}" tests="${model.rows}" failures="${Math.max(0, model.graded - model.passed - model.errors)}" errors="${model.errors}" timestamp="${report.startedAt}">\n` +
        `    <properties>\n      <property name="model" value="${xml(model.id)}"/>\n      <property name="role" value="${model.role}"/>\n` +
        (comparison ? `      <property name="verdict" value="${xml(comparison.verdict.text)}"/>\n` : "") +
        thresholdProperties +
        `    </properties>\n`,
    );
    for await (const row of options.rows()) {
      const cell = row.cells.find((item) => item.model === model.label);
      if (cell) await options.write(testcase(model.label, row.name, cell));
    }
    await options.write(`${systemOut}  </testsuite>\n`);
  }
  await options.write("</testsuites>\n");
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
