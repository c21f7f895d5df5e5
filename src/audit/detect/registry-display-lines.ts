/**
 * A model registry's entries (`lib/models.json`: `"id": "mistral-large-latest"`, `"provider": "Mistral"`, `"providerId":
 * "mistral"`, `"name": "Mistral Large"`): each entry gives the model it calls under `id` and the client under `providerId`,
 * so its `name` and, beside a `providerId`, its `provider` are the names shown for them in the UI, not what the app calls
 * (label guide, round eighteen, as chat-ui's `"name"` in round seven). The lines returned are those display lines, 1-based.
 *
 * An entry is the run of keys at one indentation (a JSON object's lines, a YAML list item's keys); it counts as a registry
 * entry only with an id key, a name key and a provider key together, so a lone `name:` (a deployment's, a service's) is
 * left to the other rules.
 */
const keyLine = /^(\s*)(-\s+)?["']?([A-Za-z_][\w]*)["']?\s*:/;
const idKeys = new Set(["id", "modelId", "model_id"]);
const nameKeys = new Set(["name", "displayName", "display_name", "label"]);
const providerIdKeys = new Set(["providerId", "provider_id"]);

interface Entry {
  readonly indent: number;
  readonly keys: Map<string, number[]>;
}

export function registryDisplayLinesOf(text: string): Set<number> {
  const found = new Set<number>();
  // Open entries, outermost first: a key deeper than the innermost opens a nested entry; a shallower line closes deeper ones.
  const open: Entry[] = [];
  const closeDeeperThan = (indent: number): void => {
    while ((open.at(-1)?.indent ?? -1) > indent) addDisplayLines(open.pop() as Entry, found);
  };
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const key = keyLine.exec(line);
    if (key === null) {
      closeDeeperThan(/^\s*/.exec(line)?.[0].length ?? 0);
      continue;
    }
    const indent = (key[1] ?? "").length + (key[2] ?? "").length;
    // A new list item (`- id: …`) ends the entry at its keys' indentation and opens the next.
    closeDeeperThan(key[2] === undefined ? indent : indent - 1);
    const name = key[3] ?? "";
    const innermost = open.at(-1);
    if (innermost?.indent === indent) innermost.keys.set(name, [...(innermost.keys.get(name) ?? []), index + 1]);
    else open.push({ indent, keys: new Map([[name, [index + 1]]]) });
  }
  closeDeeperThan(-1);
  return found;
}

function addDisplayLines(entry: Entry, found: Set<number>): void {
  const has = (keys: ReadonlySet<string>): boolean => [...keys].some((key) => entry.keys.has(key));
  const providerId = has(providerIdKeys);
  if (!has(idKeys) || !has(nameKeys) || !(providerId || entry.keys.has("provider"))) return;
  for (const key of nameKeys) for (const line of entry.keys.get(key) ?? []) found.add(line);
  if (providerId) for (const line of entry.keys.get("provider") ?? []) found.add(line);
}
