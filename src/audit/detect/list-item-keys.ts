/**
 * The key a list item belongs to when the list spans lines: a flow list opened on the key's
 * line (`config: [` … `"codellama",` … `]`) or a block list under it (`models:` then
 * `- llama3`). An item line alone does not say what it lists; its key does.
 */
const flowListOpen = /^\s*(?:-\s*)?["']?([A-Za-z_][\w.-]*)["']?\s*:\s*\[\s*(?:#.*)?$/;
const blockListKey = /^(\s*)(?:-\s*)?["']?([A-Za-z_][\w.-]*)["']?\s*:\s*(?:#.*)?$/;
const blockItem = /^(\s*)-\s/;

export function listItemKeysOf(text: string): ReadonlyMap<number, string> | undefined {
  if (!text.includes("[") && !text.includes("- ")) return undefined;
  const keys = new Map<number, string>();
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const flow = flowListOpen.exec(line);
    if (flow?.[1] !== undefined) {
      for (let next = index + 1; next < lines.length && next < index + 200; next += 1) {
        keys.set(next + 1, flow[1]);
        if ((lines[next] ?? "").includes("]")) break;
      }
      continue;
    }
    const block = blockListKey.exec(line);
    if (block?.[2] === undefined) continue;
    const indent = (block[1] ?? "").length;
    for (let next = index + 1; next < lines.length; next += 1) {
      const text = lines[next] ?? "";
      if (text.trim() === "" || /^\s*#/.test(text)) continue;
      const item = blockItem.exec(text);
      if (item === null || (item[1] ?? "").length < indent) break;
      keys.set(next + 1, block[2]);
    }
  }
  return keys.size === 0 ? undefined : keys;
}
