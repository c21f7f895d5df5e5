/** A `${VAR}` that could not be resolved, with the dot-path of the string it was in. */
export interface MissingVariable {
  readonly path: string;
  readonly variable: string;
}

/**
 * Replaces `${VAR}` (and `${VAR:-default}`) in every string of a parsed YAML
 * value. Done after parsing, so a secret containing `:` or `#` cannot change the
 * document's structure. `$${VAR}` stays literal as `${VAR}`.
 */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv, missing: MissingVariable[], path: string[] = []): unknown {
  if (typeof value === "string") return interpolateString(value, env, missing, path.join("."));
  if (Array.isArray(value)) return value.map((item, index) => interpolateEnv(item, env, missing, [...path, String(index)]));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, env, missing, [...path, key])]));
  }
  return value;
}

function interpolateString(text: string, env: NodeJS.ProcessEnv, missing: MissingVariable[], path: string): string {
  if (!text.includes("${")) return text;
  return text.replace(/(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (whole, escape: string, name: string, fallback: string | undefined) => {
    if (escape === "$") return whole.slice(1);
    const found = env[name];
    if (found !== undefined && found !== "") return found;
    if (fallback !== undefined) return fallback;
    missing.push({ path, variable: name });
    return "";
  });
}
