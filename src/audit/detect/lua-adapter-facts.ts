/** What a Lua file's code says of it as an adapter (read from `codeLinesOf`'s lines: comments blanked, string delimiters kept). */
export interface LuaAdapterFacts {
  /** The file reads as an adapter: a `schema = {` or `handlers = {` table, or a required adapter module (`require("….adapters.…")`). */
  readonly adapter: boolean;
  /** Lines inside a `choices = {` or `models = {` table: where a bare string item is a model offered. */
  readonly choiceLines: ReadonlySet<number>;
}

const adapterTable = /(?<![\w.])(?:schema|handlers)\s*=\s*\{/;
/** `require("codecompanion.adapters.http.deepseek")` read from the text (the module's name is a string, blanked in code). */
const adapterModule = /^require\s*\(?\s*["'][\w.-]*\badapters?\b/;
const choicesTable = /(?<![\w.])(?:choices|models)\s*=\s*\{/y;

/**
 * A colour scheme's or plugin's spec (`{ "ecosse3/nvim-nova", name = "nova" }`) has none of an adapter's tables, and its list
 * items (`"nova-lsp",`) are in no `choices` table.
 */
export function luaAdapterFactsOf(text: string, codeLines: readonly string[]): LuaAdapterFacts {
  const textLines = text.split("\n");
  const requiresAdapter = (line: string, index: number): boolean => {
    const at = line.search(/(?<![\w.])require\b/);
    return at !== -1 && adapterModule.test((textLines[index] ?? "").slice(at));
  };
  const adapter = codeLines.some((line, index) => adapterTable.test(line) || requiresAdapter(line, index));
  const choiceLines = new Set<number>();
  let depth = 0;
  codeLines.forEach((line, index) => {
    if (depth > 0) choiceLines.add(index + 1);
    for (let column = 0; column < line.length; column += 1) {
      const char = line[column];
      if (depth === 0) {
        choicesTable.lastIndex = column;
        const opened = choicesTable.exec(line);
        if (opened !== null) {
          depth = 1;
          column += opened[0].length - 1;
        }
      } else if (char === "{") depth += 1;
      else if (char === "}") depth -= 1;
    }
  });
  return { adapter, choiceLines };
}
