/** `"mistral": {` alone on its line: a key opening a mapping of its own. */
const mappingKeyLine = /^([ \t]*)["']([\w.:-]+)["'][ \t]*:[ \t]*\{[ \t]*$/;
const closingLine = /^[ \t]*\}[ \t]*,?[ \t]*$/;
/** A key carrying a version or size (`qwen3`, `llama-3`, `phi-3`): the mapping is keyed by model names, not by words. */
const versionedName = /^[a-z][\w.-]*\d/i;

/**
 * Sibling keys each opening a mapping of settings (`"qwen3": {` then `CONF_TEMPERATURE: 0.6`, … `},` then `"mistral": {`),
 * at least three of them and two carrying a version: a per-model table of settings (label guide, round twenty-one's option
 * overrides), whose keys, bare family words included, are the models whose behaviour it routes. Returns 1-based line numbers.
 */
export function settingsTableKeyLinesOf(lines: readonly string[]): number[] {
  const found: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const first = mappingKeyLine.exec(lines[index] ?? "");
    if (first === null) continue;
    const indent = (first[1] ?? "").length;
    const group: { number: number; name: string }[] = [{ number: index + 1, name: first[2] ?? "" }];
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const line = lines[next] ?? "";
      if (line.trim() === "" || line.length - line.trimStart().length > indent || closingLine.test(line)) continue;
      const key = mappingKeyLine.exec(line);
      if (key === null || (key[1] ?? "").length !== indent) break;
      group.push({ number: next + 1, name: key[2] ?? "" });
    }
    if (group.length >= 3 && group.filter((key) => versionedName.test(key.name)).length >= 2) found.push(...group.map((key) => key.number));
    index = next - 1;
  }
  return found;
}
