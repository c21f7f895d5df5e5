import { matchesOf } from "./matches-of.js";
/**
 * Lines of Python triple-quoted strings (and Elixir doc heredocs, see `elixirDocBefore`) that are not code a model depends on: docstrings
 * (the string opens a statement) and text shown to people (the string is passed to a UI
 * call or assigned to a help, title, caption, description or label name). A docstring that
 * names a model or a template token documents it; a help text lists choices whose real
 * setting is elsewhere (`options=[…]`). Prompts and other strings are not listed: a prompt
 * that hard-codes a template token is a dependency.
 */
export interface MultilineStringLines {
  readonly docstring: ReadonlySet<number>;
  readonly displayText: ReadonlySet<number>;
  /** Prose lines of Elixir doc heredocs (see `elixirDocBefore`): model ids there are documented, not used. */
  readonly docProse: ReadonlySet<number>;
}

const tripleQuote = /"""|'''/g;
/** The string opens a statement: a docstring (module, class or function). */
const statementStart = /^\s*[rRbBuU]{0,2}$/;
/** The string is the argument of a UI call or a value under a display name. */
export const displayCallBefore = /\.(?:title|caption|header|subheader|markdown|info|warning|warn|error|success|toast|write|text|help|label|Markdown|HTML|Textbox|set_page_config)\(\s*(?:\w+\s*=\s*)?[fFrRbBuU]{0,2}$/;
/** Text a script prints (`print(dedent("""…`): a message for people, as a disclaimer is. */
const printedBefore = /(?:^|[^\w.])print\(\s*(?:(?:textwrap\.)?dedent\(\s*)?[fFrRbBuU]{0,2}$/;
export const displayNameBefore = /\b(?:\w+_)?(?:help|title|caption|header|subheader|description|desc|label|placeholder|tooltip|info|markdown|summary|display_?name|page_title|epilog)\s*(?:=|:|\()\s*[fFrRbBuU]{0,2}$/i;

/**
 * An Elixir doc attribute's heredoc (`@moduledoc """`, `@doc ~S"""`): its prose documents the module as a docstring does, so
 * a model named there is documented (`detect-model-ids.ts`); a vendor's API host there still says which API the module calls. Its
 * examples, Markdown code indented four spaces past the attribute or fenced, are snippets a reader runs (`template_format:
 * :llama_2` in a moduledoc's example is a setting, label guide round twenty) and stay scanned.
 */
const elixirDocBefore = /^(\s*)@(?:moduledoc|doc|typedoc)\s+(?:~[sS])?$/;

function isIndentedCode(line: string, codeIndent: number): boolean {
  return line.trim() !== "" && (/^\s*/.exec(line)?.[0].length ?? 0) >= codeIndent;
}

export function multilineStringLines(text: string): MultilineStringLines | undefined {
  if (!text.includes('"""') && !text.includes("'''")) return undefined;
  const docstring = new Set<number>();
  const displayText = new Set<number>();
  const docProse = new Set<number>();
  const lines = text.split("\n");
  let open: { quote: string; into: Set<number> | undefined; codeIndent?: number } | undefined;
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (open?.codeIndent !== undefined && /^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (open !== undefined && !(open.codeIndent !== undefined && (fenced || isIndentedCode(line, open.codeIndent)))) open.into?.add(number);
    for (const match of matchesOf(line, tripleQuote)) {
      if (open !== undefined) {
        if (match[0] === open.quote) open = undefined;
        continue;
      }
      const before = line.slice(0, match.index);
      // A docstring's opening line is all docstring; a display text's opening line also holds the code that passes it, which stays scanned.
      const elixirDoc = elixirDocBefore.exec(before);
      const into = elixirDoc !== null ? docProse : statementStart.test(before) ? docstring : displayCallBefore.test(before) || displayNameBefore.test(before) || printedBefore.test(before) ? displayText : undefined;
      if (into === docstring || into === docProse) into.add(number);
      fenced = false;
      open = { quote: match[0], into, ...(elixirDoc === null ? {} : { codeIndent: (elixirDoc[1] ?? "").length + 4 }) };
    }
  }
  return docstring.size === 0 && displayText.size === 0 && docProse.size === 0 ? undefined : { docstring, displayText, docProse };
}
