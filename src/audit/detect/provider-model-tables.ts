/**
 * A CLI's provider config in YAML (mods' `apis:` then `mistral:` then `models:` then `mistral-large-latest:`): each key of a
 * `models:` mapping is a model the tool calls, its `aliases:` are the names users call it by and its `fallback:` the model
 * that serves when it fails (label guide, round nineteen). These lines are where a model is expected, so short and joined
 * names there (`gpt-3.5`, `gpt5mini`, `mixtral`, `r1-llama`) name the family. The key holding a `models:` mapping is a
 * provider entry: a family's word there (`mistral:`, `deepseek:`) chooses that family's API, as `provider: mistral` does.
 */
export interface ProviderModelTable {
  /** Model keys, their alias lines (inline or block list items) and their fallback lines. */
  readonly modelLines: ReadonlySet<number>;
  /** Keys whose block holds a `models:` mapping (`mistral:` over `models:`), by line. */
  readonly providerKeyLines: ReadonlySet<number>;
}

const modelsKey = /^(\s*)models\s*:\s*(?:#.*)?$/;
/** A key that opens a block (no value on its line), quoted or not (`"llama3.2:3b":`, `gpt-4o:`). */
const blockKey = /^(\s*)(?:"[^"]+"|'[^']+'|[^\s"'#:][^"'#]*?)\s*:\s*(?:#.*)?$/;
const aliasesKey = /^\s*aliases\s*:\s*(\[.*)?$/;
const fallbackKey = /^\s*fallback\s*:\s*["']?[^\s"'#]/;
const blockItem = /^\s*-\s+\S/;

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}

function isBlankOrComment(line: string): boolean {
  return /^\s*(?:#.*)?$/.test(line);
}

/** The file's provider model tables; undefined when no `models:` mapping holds model entries. */
export function providerModelTableOf(text: string): ProviderModelTable | undefined {
  if (!/^\s*models\s*:\s*(?:#.*)?$/m.test(text)) return undefined;
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const modelLines = new Set<number>();
  const providerKeyLines = new Set<number>();
  for (const [index, line] of lines.entries()) {
    const models = modelsKey.exec(line);
    if (models === null) continue;
    const indent = (models[1] ?? "").length;
    const entries = modelEntriesUnder(lines, index, indent);
    if (entries.length === 0) continue;
    for (const entry of entries) for (const number of entry) modelLines.add(number);
    // The provider is the key right above `models:` at a smaller indent.
    for (let above = index - 1; above >= 0; above -= 1) {
      const candidate = lines[above] ?? "";
      if (isBlankOrComment(candidate)) continue;
      if (indentOf(candidate) < indent) {
        if (blockKey.test(candidate)) providerKeyLines.add(above + 1);
        break;
      }
    }
  }
  return modelLines.size === 0 ? undefined : { modelLines, providerKeyLines };
}

/**
 * The model entries of the `models:` mapping at `index`: each a key opening a block (1-based line numbers of the key, its
 * alias lines and its fallback line). A `models:` list (`- llama3`) or a mapping of scalars is not such a table.
 */
function modelEntriesUnder(lines: readonly string[], index: number, indent: number): number[][] {
  const entries: number[][] = [];
  let childIndent: number | undefined;
  let current: number[] | undefined;
  let inAliases: number | undefined;
  for (let at = index + 1; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    if (isBlankOrComment(line)) continue;
    const lineIndent = indentOf(line);
    if (lineIndent <= indent) break;
    childIndent ??= lineIndent;
    if (lineIndent === childIndent) {
      // Every child must open a block: a scalar child means this `models:` is something else.
      if (!blockKey.test(line) || blockItem.test(line)) return [];
      current = [at + 1];
      entries.push(current);
      inAliases = undefined;
      continue;
    }
    if (current === undefined || lineIndent < childIndent) return [];
    if (inAliases !== undefined && lineIndent >= inAliases && blockItem.test(line)) {
      current.push(at + 1);
      continue;
    }
    inAliases = undefined;
    const aliases = aliasesKey.exec(line);
    if (aliases !== null) {
      if (aliases[1] !== undefined) current.push(at + 1);
      else inAliases = lineIndent;
      continue;
    }
    if (fallbackKey.test(line)) current.push(at + 1);
  }
  return entries;
}
