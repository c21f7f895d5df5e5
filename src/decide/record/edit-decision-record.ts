import { parseDocument } from "yaml";
import { DecisionRecordError } from "./decision-record-error.js";
import { splitFrontMatter } from "./split-front-matter.js";

export interface RecordEdit {
  /** Front-matter keys to set; comments and key order of the rest are kept. */
  readonly set: Readonly<Record<string, string>>;
  /** Replaces the first paragraph under "## Decision Outcome". */
  readonly outcome?: string;
}

/**
 * Applies a status change to a record's text and returns the new text; the
 * caller validates the result before writing, so a bad edit never reaches disk.
 */
export function editDecisionRecord(text: string, edit: RecordEdit, file: string): string {
  const split = splitFrontMatter(text);
  if (split === undefined) throw new DecisionRecordError(`${file}:1: front matter: expected YAML between a first line "---" and a closing "---"`);
  const document = parseDocument(split.yaml);
  for (const [key, value] of Object.entries(edit.set)) document.set(key, value);
  let body = split.body;
  if (edit.outcome !== undefined) body = replaceOutcome(body, edit.outcome);
  return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}

function replaceOutcome(body: string, outcome: string): string {
  const lines = body.split("\n");
  const heading = lines.findIndex((line) => /^##\s+Decision Outcome\s*$/.test(line));
  if (heading < 0) return `${body.trimEnd()}\n\n## Decision Outcome\n\n${outcome}\n`;
  let start = heading + 1;
  while (start < lines.length && lines[start]!.trim() === "") start++;
  let end = start;
  // The first paragraph, unless the section goes straight to a sub-heading.
  if (start < lines.length && !lines[start]!.startsWith("#")) while (end < lines.length && lines[end]!.trim() !== "" && !lines[end]!.startsWith("#")) end++;
  return [...lines.slice(0, heading + 1), "", outcome, ...(end < lines.length && lines[end]!.startsWith("#") ? [""] : []), ...lines.slice(end)].join("\n");
}
