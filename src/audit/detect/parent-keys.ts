/**
 * The parent key of each nested `path:`-like line in a YAML file (`model:` then, deeper,
 * `path: ~/models/deepseek-llm-7b-chat`): a path alone does not say what it points at; the
 * block it sits in does.
 */
const keyLine = /^(\s*)(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*:/;
const nestedValueLine = /^\s+(?:-\s+)?["']?(?:path|name_or_path|id|repo|repo_id)["']?\s*:\s*\S/;

export function parentKeysOf(text: string): ReadonlyMap<number, string> | undefined {
  if (!/^\s+(?:-\s+)?["']?(?:path|name_or_path|id|repo|repo_id)["']?\s*:/m.test(text)) return undefined;
  const parents = new Map<number, string>();
  // Open keys by indentation, innermost last.
  const open: { indent: number; key: string }[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    const key = keyLine.exec(line);
    if (key?.[2] === undefined || /^\s*#/.test(line)) continue;
    const indent = (key[1] ?? "").length;
    while (open.length > 0 && (open.at(-1)?.indent ?? 0) >= indent) open.pop();
    const parent = open.at(-1);
    if (parent !== undefined && nestedValueLine.test(line)) parents.set(index + 1, parent.key);
    open.push({ indent, key: key[2] });
  }
  return parents.size === 0 ? undefined : parents;
}
