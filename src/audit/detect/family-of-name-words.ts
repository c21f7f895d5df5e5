/** Reads a family from one word of a name (the audit's family signatures). */
export interface FamilyWordReader {
  familyOfIdentifierWord(word: string): string | undefined;
}

/**
 * The family a name's words hold (`chat_google_gemini`, `llm-gemini-key`, `ProviderDeepSeek`): the first word that is a family's,
 * or with `joined`, two neighbouring words joined (`Deep` + `Seek`). Shared by the Emacs Lisp, R and Lua provider-code rules,
 * which split names on their own separators (`-`, `_`/`.`/CamelCase) and decide which words may count.
 */
export function familyOfNameWords(words: readonly string[], reader: FamilyWordReader, joined = false): string | undefined {
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= Math.min(words.length, start + (joined ? 2 : 1)); end += 1) {
      const family = reader.familyOfIdentifierWord(words.slice(start, end).join(""));
      if (family !== undefined) return family;
    }
  }
  return undefined;
}
