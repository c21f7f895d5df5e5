import { evidenceOf, type Detection } from "../detection.js";

/**
 * A pyproject whose extras list its own extras (`all = ["any-llm-sdk[mistral,xai,deepseek]"]` under
 * `[project.optional-dependencies]`): the list installs what those extras install, read from the same table. An extra
 * named after a family that installs nothing (`deepseek = []`) is no dependency; one whose name carries no family word
 * (`xai = ["xai-sdk"]`) installs its vendor's SDK. So the list line reports exactly the families of the packages its
 * extras' arrays hold.
 */
export function withResolvedOwnExtras(detections: Detection[], text: string): Detection[] {
  const table = optionalDependencyTable(text);
  if (table === undefined) return detections;
  const projectName = projectNameOf(text);
  if (projectName === undefined) return detections;
  const lists = ownExtraLists(table, projectName);
  if (lists.length === 0) return detections;
  const listLines = new Set(lists.map((list) => list.line));
  const kept = detections.filter((detection) => !listLines.has(detection.line));
  for (const list of lists) {
    const onLine = detections.filter((detection) => detection.line === list.line);
    const added = new Set<string>();
    for (const { name, column } of list.extras) {
      const extra = table.extras.get(name);
      if (extra === undefined) continue;
      for (const installed of detections) {
        if (installed.line <= extra.start || installed.line > extra.end || listLines.has(installed.line) || added.has(installed.family)) continue;
        added.add(installed.family);
        const same = onLine.find((detection) => detection.family === installed.family);
        kept.push(
          same ?? {
            ...installed,
            line: list.line,
            column,
            match: name,
            evidence: evidenceOf(list.text),
            message: `installs the ${name} extra (${installed.message})`,
          },
        );
      }
    }
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

interface ExtrasTable {
  /** Each extra's key line and the line closing its array (1-based). */
  readonly extras: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
  readonly lines: readonly string[];
  readonly firstLine: number;
}

const tableHeader = /^\s*\[project\.optional-dependencies\][ \t]*(?:#.*)?$/;
const anyHeader = /^\s*\[[^\]]+\][ \t]*(?:#.*)?$/;
const extraKey = /^\s*["']?([A-Za-z0-9_.-]+)["']?\s*=\s*\[(.*)$/;
/** The end of an array: a `]` after a string or alone (`"groq"]`, `]`), not an extra inside a string (`"anthropic[vertex]>=0.8",`). */
const closesArray = /(?:^|["'\s,])\]\s*,?\s*(?:#.*)?$/;

function optionalDependencyTable(text: string): ExtrasTable | undefined {
  if (!text.includes("[project.optional-dependencies]")) return undefined;
  const all = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const header = all.findIndex((line) => tableHeader.test(line));
  if (header === -1) return undefined;
  const firstLine = header + 2;
  const lines: string[] = [];
  for (const line of all.slice(header + 1)) {
    if (anyHeader.test(line)) break;
    lines.push(line);
  }
  const extras = new Map<string, { start: number; end: number }>();
  for (let index = 0; index < lines.length; index += 1) {
    const key = extraKey.exec(lines[index] ?? "");
    if (key === null) continue;
    let end = index;
    if (!closesArray.test(key[2] ?? "")) while (end + 1 < lines.length && !closesArray.test(lines[end] ?? "")) end += 1;
    extras.set(key[1] ?? "", { start: firstLine + index, end: firstLine + end });
  }
  return { extras, lines, firstLine };
}

const projectNameLine = /^\s*name\s*=\s*["']([A-Za-z0-9_.-]+)["']/m;

function projectNameOf(text: string): string | undefined {
  const project = text.indexOf("[project]");
  if (project === -1) return undefined;
  return projectNameLine.exec(text.slice(project))?.[1];
}

interface ExtraList {
  readonly line: number;
  readonly text: string;
  readonly extras: readonly { readonly name: string; readonly column: number }[];
}

function ownExtraLists(table: ExtrasTable, projectName: string): ExtraList[] {
  const lists: ExtraList[] = [];
  const opening = `${projectName}[`;
  for (const [index, text] of table.lines.entries()) {
    const at = text.indexOf(opening);
    if (at === -1) continue;
    const close = text.indexOf("]", at);
    if (close === -1) continue;
    const extras: { name: string; column: number }[] = [];
    let offset = at + opening.length;
    for (const part of text.slice(offset, close).split(",")) {
      const name = part.trim();
      if (name !== "") extras.push({ name, column: offset + part.indexOf(name) + 1 });
      offset += part.length + 1;
    }
    lists.push({ line: table.firstLine + index, text, extras });
  }
  return lists;
}

/** A project's name and the extras its `[project.optional-dependencies]` table leaves empty (`anthropic = []`). */
export interface EmptyOwnExtras {
  readonly project: string;
  readonly empty: readonly string[];
}

/** The extras of this pyproject that install nothing, when it has a project name and an extras table. */
export function emptyOwnExtrasOf(text: string): EmptyOwnExtras | undefined {
  const table = optionalDependencyTable(text);
  if (table === undefined) return undefined;
  const project = projectNameOf(text);
  if (project === undefined) return undefined;
  const empty: string[] = [];
  for (const [name, { start, end }] of table.extras) {
    const body = table.lines.slice(start - table.firstLine, end - table.firstLine + 1).join("\n");
    const values = body.slice(body.indexOf("=") + 1);
    if (!values.includes('"') && !values.includes("'")) empty.push(name);
  }
  return empty.length === 0 ? undefined : { project, empty };
}

/**
 * Elsewhere in the repository, an install of the project itself with extras (`pip install 'acme-sdk[openai,anthropic]'` in its
 * README): a name in the brackets that the project's table leaves empty installs nothing, though it is a vendor SDK's name.
 */
export function isEmptyOwnExtra(evidence: string, match: string, extras: readonly EmptyOwnExtras[]): boolean {
  for (const { project, empty } of extras) {
    if (!empty.includes(match)) continue;
    const at = evidence.indexOf(`${project}[`);
    if (at === -1) continue;
    const close = evidence.indexOf("]", at);
    const names = evidence.slice(at + project.length + 1, close === -1 ? evidence.length : close).split(",").map((name) => name.trim());
    if (names.includes(match)) return true;
  }
  return false;
}
