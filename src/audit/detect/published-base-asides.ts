import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";

/**
 * A release named in parentheses between a published model's label and its Hub link (`- 1B v2 (Phi-1.5):
 * [acon96/Home-1B-v2-GGUF](https://huggingface.co/…)`): the base the project trained the linked model on (derivative rule;
 * label guide, round twenty-one), whether or not the catalog knows that release. TinyLlama there is Llama's, as in a repo id.
 */
export function publishedBasesOf(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (line.role !== "prose" || !line.text.includes("huggingface.co")) return [];
  const base = publishedBaseItem.exec(line.text);
  const name = base?.[1];
  if (base === null || name === undefined) return [];
  const family = /^tiny[-_]?llama\b/i.test(name) ? "llama" : familyOf(name, matchers);
  if (family === undefined || !matchers.families.has(family)) return [];
  return [{
    line: line.number,
    column: base.index + base[0].indexOf(name) + 1,
    family,
    kind: "adapter",
    match: name,
    message: `names ${name}, the base of a published model`,
    evidence: evidenceOf(line.text),
    confidence: 0.7,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }];
}

/** A list item: a label, the base in parentheses, a colon, then a link to a Hub repository. */
const publishedBaseItem = /^\s*(?:[-*+]|\d+\.)\s+[^()[\]]*\(\s*([A-Za-z][\w.-]*\d[\w.-]*)\s*\)\s*:\s*\[[^\][]+\]\(\s*https?:\/\/(?:www\.)?huggingface\.co\/[\w.-]+\/[\w.-]+\s*\)/;

function familyOf(name: string, matchers: AuditMatchers): string | undefined {
  const reference = matchers.references.resolve(name, "strong");
  return reference?.family;
}
