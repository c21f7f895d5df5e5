/** The languages whose provider code the audit reads by their own shapes (`lisp-provider-code.ts`, `r-provider-code.ts`, `lua-adapter-lines.ts`). */
export type ProviderCodeLanguage = "lisp" | "r" | "lua";

/** The language of a file by its name, when it is one of those: Emacs Lisp, R, Lua. */
export function providerCodeLanguageOf(name: string): ProviderCodeLanguage | undefined {
  if (name.endsWith(".el")) return "lisp";
  if (/\.[Rr]$/.test(name)) return "r";
  if (name.endsWith(".lua")) return "lua";
  return undefined;
}

/**
 * The file's lines with strings and comments blanked (spaces, so columns stay): what is left is code. Computed over the whole
 * text, because a docstring spans lines (`"A struct representing a Gemini client.` … `"`) and a line inside it is text, not code.
 * Comments: `;` in Lisp, `#` in R (roxygen `#'` too), `--` and `--[[ … ]]` (any level, `--[==[ … ]==]`) in Lua. Strings: `"…"`
 * with backslash escapes, `'…'` in R and Lua (in Lisp `'` quotes a symbol), R's raw strings (`r"(…)"`, `R"--[…]--"`) and Lua's
 * long strings (`[[…]]`, `[==[…]==]`). A string's delimiters are kept and only its text blanked, so a line holding just a string
 * (Lua's list item `"grok-beta"`) still shows as code, unlike the same line in a comment. A Lisp string spans lines (docstrings);
 * an unterminated `"`/`'` in R or Lua ends at the end of its line, so one stray quote cannot blank the rest of the file. A Lisp
 * character literal (`?\"`, `?;`) is code, not a string or comment opener.
 */
export function codeLinesOf(text: string, language: ProviderCodeLanguage): string[] {
  const out: string[] = [];
  let line = "";
  /** The open short string's quote. */
  let quote: string | undefined;
  /** The closing sequence of an open long string, raw string or long comment, and whether it is kept (strings) or blanked (comments). */
  let closer: { readonly text: string; readonly kept: boolean } | undefined;
  const endLine = (): void => {
    out.push(line.replace(/\r$/, ""));
    line = "";
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (closer !== undefined) {
      if (text.startsWith(closer.text, index)) {
        line += closer.kept ? closer.text : " ".repeat(closer.text.length);
        index += closer.text.length - 1;
        closer = undefined;
      } else if (char === "\n") endLine();
      else line += " ";
      continue;
    }
    if (char === "\n") {
      if (language !== "lisp") quote = undefined;
      endLine();
      continue;
    }
    if (quote !== undefined) {
      if (char === "\\" && text[index + 1] !== undefined && text[index + 1] !== "\n") {
        line += "  ";
        index += 1;
      } else if (char === quote) {
        quote = undefined;
        line += char;
      } else line += " ";
      continue;
    }
    if (language === "lisp" && char === "?" && text[index + 1] !== undefined && text[index + 1] !== "\n") {
      const escaped = text[index + 1] === "\\";
      line += escaped ? "   " : "  ";
      index += escaped ? 2 : 1;
      continue;
    }
    const long = longOpenerAt(text, index, language);
    if (long !== undefined) {
      line += long.comment ? " ".repeat(long.opener.length) : long.opener;
      index += long.opener.length - 1;
      closer = { text: long.closer, kept: !long.comment };
      continue;
    }
    const comment = language === "lisp" ? char === ";" : language === "r" ? char === "#" : char === "-" && text[index + 1] === "-";
    if (comment) {
      const end = text.indexOf("\n", index);
      const stop = end === -1 ? text.length : end;
      line += " ".repeat(stop - index);
      index = stop - 1;
      continue;
    }
    if (char === '"' || (language !== "lisp" && char === "'")) {
      quote = char;
      line += char;
      continue;
    }
    line += char;
  }
  endLine();
  return out;
}

/** Lua's long bracket (`[[`, `[==[`) or long comment (`--[[`); group 1 is `--` for a comment, group 2 the level's `=`s. */
const luaLongOpener = /^(--)?\[(=*)\[/;
/** R's raw string opener (`r"(`, `R'--[`); group 1 is the quote, group 2 the dashes, group 3 the bracket. */
const rRawOpener = /^[rR](["'])(-*)([([{])/;
const closingBracket: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** A long string, raw string or long comment opening at `index`: its opener, the sequence that closes it, and whether it is a comment. */
function longOpenerAt(text: string, index: number, language: ProviderCodeLanguage): { opener: string; closer: string; comment: boolean } | undefined {
  if (language === "lua" && (text[index] === "[" || text.startsWith("--[", index))) {
    const match = luaLongOpener.exec(text.slice(index, index + 64));
    if (match !== null) return { opener: match[0], closer: `]${match[2] ?? ""}]`, comment: match[1] !== undefined };
  }
  if (language === "r" && (text[index] === "r" || text[index] === "R") && !/[\w.]/.test(text[index - 1] ?? "")) {
    const match = rRawOpener.exec(text.slice(index, index + 64));
    if (match !== null) return { opener: match[0], closer: `${closingBracket[match[3] ?? ""] ?? ""}${match[2] ?? ""}${match[1] ?? ""}`, comment: false };
  }
  return undefined;
}
