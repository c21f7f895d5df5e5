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
 * Comments: `;` in Lisp, `#` in R (roxygen `#'` too), `--` in Lua. Strings: `"…"` with backslash escapes, and `'…'` in R and Lua
 * (in Lisp `'` quotes a symbol). A Lisp character literal (`?\"`, `?;`) is code, not a string or comment opener.
 */
export function codeLinesOf(text: string, language: ProviderCodeLanguage): string[] {
  const out: string[] = [];
  let quote: string | undefined;
  let line = "";
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (char === "\n") {
      out.push(line.replace(/\r$/, ""));
      line = "";
      continue;
    }
    if (quote !== undefined) {
      if (char === "\\" && text[index + 1] !== "\n") {
        line += "  ";
        index += 1;
      } else {
        if (char === quote) quote = undefined;
        line += " ";
      }
      continue;
    }
    if (language === "lisp" && char === "?" && text[index + 1] !== undefined && text[index + 1] !== "\n") {
      const escaped = text[index + 1] === "\\";
      line += escaped ? "   " : "  ";
      index += escaped ? 2 : 1;
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
      line += " ";
      continue;
    }
    line += char;
  }
  out.push(line.replace(/\r$/, ""));
  return out;
}
