/** Short model aliases coding tools resolve to one family (see detect-launch-aliases.ts), and the literals the prefilter needs. */
export const aliasFamilies: ReadonlyMap<string, string> = new Map([
  ["sonnet", "claude"],
  ["opus", "claude"],
  ["haiku", "claude"],
  ["r1", "deepseek"],
]);

/**
 * Coding and chat tools run from a shell that resolve these aliases themselves. Any other command's `--model haiku`
 * (`python generate_poem.py --model haiku`, `./robot --model r1`) or `-m` (`git commit -m haiku`) names no model the
 * project launches (review of the evening's fixes, 1f).
 */
const aliasTools = ["aider", "claude", "llm", "sgpt", "codex", "opencode", "goose", "gptme", "crush", "mods", "cursor-agent"];

/**
 * Lower-case literals for the prefilter, for the aliases of the families audited: the flag and the alias, bare or quoted,
 * so a bare `r1` elsewhere lets no line through.
 */
export function launchAliasLiterals(families: ReadonlySet<string>): string[] {
  return [...aliasFamilies]
    .filter(([, family]) => families.has(family))
    .flatMap(([alias]) => ["", '"', "'"].flatMap((quote) => [`--model ${quote}${alias}`, `--model=${quote}${alias}`, `-m ${quote}${alias}`]));
}

/**
 * The tool as the line's command (at its start, after a prompt, `&&`, `;`, `|`, a backtick or `npx`/`uvx`/`pipx run`),
 * then its arguments up to the flag (no other command between); group 1 is the flag, group 2 the alias.
 */
export const launchAlias = new RegExp(
  `(?:^|[\\s;&|\`$(>])(?:(?:npx|uvx|pipx\\s+run)\\s+)?(?<![\\w./-])(?:${aliasTools.join("|")})(?![\\w./-])(?:\\s+[^\\s;&|\`]+)*?\\s+(--model|-m)(?:\\s+|=)["']?(${[...aliasFamilies.keys()].join("|")})["']?(?=[\\s,;)\\]\`]|$)`,
  "i",
);
