import { readFile } from "node:fs/promises";
import { extname, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import type { PromptTemplate } from "./eval-suite.js";
import { templateReadsVariable } from "../template/render-promptfoo-prompt.js";
import { expandPromptfooGlob, isPromptfooGlob } from "./expand-promptfoo-glob.js";
import { resolveFile } from "./normalise-suite.js";
import { SuiteError } from "./suite-error.js";

/** A prompt with the label and id promptfoo gives it, which per-provider `prompts` lists match against. */
export interface LoadedPrompt {
  readonly template: PromptTemplate;
  readonly label: string;
  readonly id: string | undefined;
}

const fileExtensions = [".cjs", ".cts", ".j2", ".js", ".json", ".jsonl", ".md", ".mjs", ".mts", ".py", ".ts", ".txt", ".yml", ".yaml"];
const javascriptExtensions = new Set([".js", ".cjs", ".mjs"]);

/**
 * promptfoo's `prompts:` in every form it accepts — a string, a list of
 * strings or `{ id, raw, label }`, or a `{ raw: label }` map — with files read
 * as promptfoo reads them: `.txt` split on `---` lines, each part trimmed;
 * `.json` and `.yaml` as one (chat) prompt; `.jsonl` one prompt per line;
 * `.md`/`.j2` whole; `.js` a prompt function. A string counts as a path the way
 * promptfoo decides it (`file://`, a known extension, a slash, …). Each prompt
 * carries the label (and id) promptfoo gives it, which per-provider `prompts`
 * lists match.
 */
export async function readPromptfooPrompts(value: unknown, options: { base: string; where: string }): Promise<LoadedPrompt[]> {
  const entries: { raw: string; label: string | undefined; id: string | undefined; path: string }[] = [];
  if (typeof value === "string") entries.push({ raw: value, label: undefined, id: undefined, path: "prompts" });
  else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const path = `prompts.${index}`;
      if (typeof item === "string") return entries.push({ raw: item, label: undefined, id: undefined, path });
      if (typeof item !== "object" || item === null) throw new SuiteError(`${options.where}: ${path}: expected a string or { id, raw, label }`);
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!["id", "raw", "label", "config"].includes(key)) throw new SuiteError(`${options.where}: ${path}.${key}: not in the supported promptfoo subset`);
      if (record.config !== undefined) throw new SuiteError(`${options.where}: ${path}.config: per-prompt provider config is not in the supported promptfoo subset`);
      const raw = typeof record.raw === "string" ? record.raw : record.id;
      if (typeof raw !== "string") throw new SuiteError(`${options.where}: ${path}: a prompt needs raw or id`);
      entries.push({ raw, label: typeof record.label === "string" ? record.label : undefined, id: typeof record.id === "string" ? record.id : undefined, path });
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [raw, label] of Object.entries(value)) entries.push({ raw, label: typeof label === "string" ? label : undefined, id: undefined, path: `prompts.${raw}` });
  } else throw new SuiteError(`${options.where}: prompts: expected a string, a list or a mapping`);
  if (entries.length === 0) throw new SuiteError(`${options.where}: prompts: at least one prompt is needed`);

  const prompts: LoadedPrompt[] = [];
  for (const entry of entries) {
    const where = `${options.where}: ${entry.path}`;
    const push = (raw: string, id: string, promptfooLabel: string, promptfooId?: string): void => {
      prompts.push({ template: textPrompt(raw, id), label: promptfooLabel, id: promptfooId });
    };
    if (!looksLikePath(entry.raw)) {
      push(entry.raw, entry.label ?? entry.raw, entry.label ?? entry.raw, entry.id);
      continue;
    }
    if (entry.raw.startsWith("exec:")) throw new SuiteError(`${where}: "${entry.raw}": executable prompts are not in the supported promptfoo subset`);
    const reference = entry.raw.startsWith("file://") ? entry.raw.slice("file://".length) : entry.raw;
    const colon = reference.lastIndexOf(":");
    const hasFunction = colon > 1 && javascriptExtensions.has(extname(reference.slice(0, colon)));
    const filePart = hasFunction ? reference.slice(0, colon) : reference;
    const functionName = hasFunction ? reference.slice(colon + 1) : undefined;
    if (isPromptfooGlob(filePart)) {
      // promptfoo reads each match as if it were listed alone: the entry's label and id are not carried over.
      const matches = expandPromptfooGlob(filePart, options.base);
      if (matches.length === 0) throw new SuiteError(`${where}: "${entry.raw}": the glob matches no file (promptfoo would send the pattern itself as the prompt)`);
      for (const match of matches) prompts.push(...(await readPromptFile(match, { label: undefined, name: relative(options.base, match) || match, functionName, reference: match, raw: match }, { base: options.base, where })));
      continue;
    }
    prompts.push(...(await readPromptFile(resolveFile(options.base, filePart), { label: entry.label, name: filePart, functionName, reference, raw: entry.raw }, { base: options.base, where })));
  }
  return prompts;
}

/**
 * One prompt file as promptfoo reads it, labelled with the entry's label or,
 * without one, by its path relative to the config's folder (as when promptfoo
 * runs there) and its text; `name` names it in switchyard's report. promptfoo
 * gives file prompts no id.
 */
async function readPromptFile(path: string, entry: { label: string | undefined; name: string; functionName: string | undefined; reference: string; raw: string }, options: { base: string; where: string }): Promise<LoadedPrompt[]> {
  const prompts: LoadedPrompt[] = [];
  const where = options.where;
  const push = (raw: string, id: string, promptfooLabel: string, promptfooId?: string): void => {
    prompts.push({ template: textPrompt(raw, id), label: promptfooLabel, id: promptfooId });
  };
  const extension = extname(path).toLowerCase();
  const filePath = relative(options.base, path) || path;
  const label = entry.label ?? entry.name;
  const functionName = entry.functionName;
  if (javascriptExtensions.has(extension)) {
    prompts.push({ template: { id: label, messages: [{ role: "user", content: `(prompt function ${entry.reference})` }], promptfoo: { kind: "function", path, functionName } }, label: entry.label ?? (functionName !== undefined ? `${filePath}:${functionName}` : filePath), id: undefined });
    return prompts;
  }
  if (![".txt", ".json", ".jsonl", ".md", ".j2", ".yaml", ".yml"].includes(extension)) throw new SuiteError(`${where}: "${entry.raw}": ${extension || "this"} prompt files are not in the supported promptfoo subset (use .txt, .json, .jsonl, .yaml, .md, .j2 or .js)`);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new SuiteError(`${where}: cannot read prompt file ${path}`);
  }
  if (extension === ".txt") {
    const parts = splitOnDelimiter(text);
    if (parts.length === 0) throw new SuiteError(`${where}: ${path} holds no prompt`);
    parts.forEach((raw, index) => push(raw, parts.length > 1 ? `${label} #${index + 1}` : label, entry.label !== undefined ? `${entry.label}: ${filePath}: ${raw}` : `${filePath}: ${raw}`));
  } else if (extension === ".json") {
    let raw = text;
    try {
      raw = JSON.stringify(JSON.parse(text));
    } catch {
      // promptfoo sends unparseable JSON files as they are.
    }
    push(raw, label, entry.label || `${filePath}: ${raw}`);
  } else if (extension === ".yaml" || extension === ".yml") {
    let raw = text;
    try {
      raw = JSON.stringify(parseYaml(text));
    } catch {
      // As promptfoo: a YAML file that does not parse is sent as text.
    }
    push(raw, label, entry.label || `${filePath}: ${raw.slice(0, 80)}`);
  } else if (extension === ".jsonl") {
    const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
    lines.forEach((line, index) => push(line, lines.length > 1 ? `${label} #${index + 1}` : label, lines.length > 1 ? `${entry.label ?? filePath}: ${line}` : entry.label || filePath));
  } else push(text, label, entry.label || `${filePath}: ${text.slice(0, 50)}...`);
  return prompts;
}

function textPrompt(raw: string, id: string): PromptTemplate {
  return { id, messages: [{ role: "user", content: raw }], promptfoo: { kind: "text", raw, usesConversation: templateReadsVariable(raw, "_conversation") } };
}

/** promptfoo's `---` separator: a line that is only `---`; each part is trimmed and empty parts dropped. */
function splitOnDelimiter(text: string): string[] {
  const prompts: string[] = [];
  let buffer: string[] = [];
  const flush = (): void => {
    const raw = buffer.join("\n").trim();
    if (raw.length > 0) prompts.push(raw);
    buffer = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "---") flush();
    else buffer.push(line);
  }
  flush();
  return prompts;
}

/** promptfoo's `maybeFilePath`: what it would treat as a file, so a bare `prompts.txt` is read, not sent as text. */
function looksLikePath(text: string): boolean {
  if (["\n", "portkey://", "langfuse://", "helicone://"].some((part) => text.includes(part))) return false;
  if (text.startsWith("file://")) return true;
  const tokens = text.split(":");
  const last = tokens[tokens.length - 1] ?? "";
  const beforeLast = tokens[tokens.length - 2] ?? "";
  if (fileExtensions.some((extension) => last.endsWith(extension) || beforeLast.endsWith(extension))) return true;
  return text.charAt(text.length - 3) === "." || text.charAt(text.length - 4) === "." || text.includes("*") || text.includes("/") || text.includes("\\");
}
