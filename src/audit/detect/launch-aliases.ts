/** Short model aliases coding tools resolve to one family (see detect-launch-aliases.ts), and the literals the prefilter needs. */
export const aliasFamilies: ReadonlyMap<string, string> = new Map([
  ["sonnet", "claude"],
  ["opus", "claude"],
  ["haiku", "claude"],
  ["r1", "deepseek"],
]);

/** Lower-case literals for the prefilter: the flag and the alias, so a bare `r1` elsewhere lets no line through. */
export const launchAliasLiterals: readonly string[] = [...aliasFamilies.keys()].flatMap((alias) => [`--model ${alias}`, `--model=${alias}`, `-m ${alias}`]);

export const launchAlias = new RegExp(`(?:--model|(?<![\\w-])-m)(?:\\s+|=)["']?(${[...aliasFamilies.keys()].join("|")})["']?(?=[\\s,;)\\]]|$)`, "i");
