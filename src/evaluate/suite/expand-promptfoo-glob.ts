import { resolve } from "node:path";
import { globSync, hasMagic } from "glob";

/**
 * Whether promptfoo would expand this path as a glob (`*`, `?`, `[…]`, `{a,b}`…):
 * the `glob` package's own test, the one promptfoo 0.121 applies.
 */
export function isPromptfooGlob(path: string): boolean {
  return hasMagic(path, { windowsPathsNoEscape: true });
}

/**
 * The files a promptfoo glob matches, as absolute paths, in the order
 * promptfoo 0.121 gets them: it calls `glob`'s `globSync` with no sorting, so
 * matches come in the order the directory walk finds them (not alphabetical),
 * which is why this uses the same library rather than a look-alike. Relative
 * patterns are taken from `base`, the config's folder.
 */
export function expandPromptfooGlob(pattern: string, base: string): string[] {
  return globSync(pattern, { cwd: base, windowsPathsNoEscape: true }).map((match) => resolve(base, match));
}
