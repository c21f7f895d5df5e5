import { evidenceOf, type Detection } from "../detection.js";
import { normalisePackageName, type AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";

/**
 * Family-tied SDKs: declared in a dependency manifest (requirements, pyproject,
 * package.json, …) or imported in source. Names are matched as whole package names,
 * so `llama-index` and `llama-index-llms-ollama` never match `llama-stack`.
 */
export function detectPackages(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role === "manifest") return collect({ line, matchers, pattern: matchers.packageName, verb: "depends on" });
  if (line.role === "source" || line.role === "notebook") return collect({ line, matchers, pattern: matchers.packageImport, verb: "imports" });
  return [];
}

function collect(options: { line: LineContext; matchers: AuditMatchers; pattern: RegExp; verb: string }): Detection[] {
  const { line, matchers } = options;
  const detections: Detection[] = [];
  for (const match of line.text.matchAll(options.pattern)) {
    const name = match[1] ?? match[0];
    const entry = matchers.packagesByName.get(normalisePackageName(name)) ?? [...matchers.packagesByName.values()].find((candidate) => candidate.imports.includes(name));
    if (entry === undefined) continue;
    const column = match.index + match[0].lastIndexOf(name) + 1;
    detections.push({
      line: line.number,
      column,
      family: entry.family,
      kind: "sdk",
      match: name,
      message: `${options.verb} ${entry.name} (${entry.note})`,
      evidence: evidenceOf(line.text),
      confidence: entry.confidence,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    });
  }
  return detections;
}
