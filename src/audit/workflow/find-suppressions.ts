/**
 * Inline suppression, in any comment syntax:
 * - `switchyard-ignore` on a line suppresses that line;
 * - `switchyard-ignore-next-line` suppresses the line after it;
 * - `switchyard-ignore-file` anywhere in a file's first 20 lines suppresses the file.
 * Families in brackets (`switchyard-ignore[llama,gemma]`) limit it to those; any
 * text after the marker is free, e.g. the reason.
 */
export interface LineSuppression {
  /** Undefined: every family. */
  readonly families?: ReadonlySet<string>;
}

const sameLine = /switchyard-ignore(?![-\w])(?:\[([a-z0-9, -]*)\])?/;
const nextLine = /switchyard-ignore-next-line(?:\[([a-z0-9, -]*)\])?/;
const wholeFile = /switchyard-ignore-file/;
const fileHeaderLines = 20;

export function suppressionFor(options: { text: string; previous: string }): LineSuppression | undefined {
  const here = sameLine.exec(options.text);
  if (here !== null) return suppressionOf(here[1]);
  const above = nextLine.exec(options.previous);
  return above === null ? undefined : suppressionOf(above[1]);
}

export function isFileSuppressed(lines: readonly string[]): boolean {
  return lines.slice(0, fileHeaderLines).some((line) => wholeFile.test(line));
}

export function isSuppressed(suppression: LineSuppression | undefined, family: string): boolean {
  return suppression !== undefined && (suppression.families === undefined || suppression.families.has(family));
}

function suppressionOf(list: string | undefined): LineSuppression {
  return list === undefined ? {} : { families: new Set(list.split(",").map((family) => family.trim()).filter((family) => family !== "")) };
}

/** The free text after a marker (`switchyard-ignore[llama] accepted: demo` → `accepted: demo`), SARIF's justification. */
export function justificationOf(comment: string): string {
  const after = /switchyard-ignore(?:-next-line|-file)?(?:\[[^\]]*\])?(.*)$/.exec(comment)?.[1] ?? "";
  const text = after.replace(/^[\s:—–-]+/, "").replace(/\s*(?:\*\/|-->|#\}|%>)\s*$/, "").trim();
  return text === "" ? "suppressed by a switchyard-ignore comment" : text;
}
