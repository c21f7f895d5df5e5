import type { ReporterOptions } from "./report-format.js";

/** `{ ...report, "tests": [rows] }`, written row by row so a 10,000-row report never exists as one string in memory. */
export async function renderJson(options: ReporterOptions): Promise<void> {
  const head = JSON.stringify(options.report, null, 2);
  await options.write(`${head.slice(0, head.lastIndexOf("}")).trimEnd()},\n  "tests": [`);
  let first = true;
  for await (const row of options.rows()) {
    await options.write(`${first ? "\n" : ",\n"}    ${JSON.stringify(row)}`);
    first = false;
  }
  await options.write(`${first ? "" : "\n  "}]\n}\n`);
}
