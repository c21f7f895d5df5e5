/** A `${VAR}` that could not be resolved, with the dot-path of the string it was in. */
export interface MissingVariable {
  readonly path: string;
  readonly variable: string;
}

/** A string that `${VAR}` filled, by dot-path, with the variables it used: a candidate for coercion to the schema's type. */
export type InterpolatedStrings = Map<string, readonly string[]>;

export interface InterpolationResult {
  readonly value: unknown;
  readonly missing: readonly MissingVariable[];
  readonly interpolated: InterpolatedStrings;
}

/**
 * Replaces `${VAR}` (and `${VAR:-default}`) in every string of a parsed YAML
 * value. Done after parsing, so a secret containing `:` or `#` cannot change the
 * document's structure. `$${VAR}` stays literal as `${VAR}`. Every substituted
 * string is a string here; coerce-interpolated.ts turns the ones the schema wants
 * as numbers or booleans (`port: "${PORT}"`) into those.
 */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv): InterpolationResult {
  const missing: MissingVariable[] = [];
  const interpolated: InterpolatedStrings = new Map();
  const walk = (item: unknown, path: readonly string[]): unknown => {
    if (typeof item === "string") return interpolateString(item, { env, missing, interpolated, path: path.join(".") });
    if (Array.isArray(item)) return item.map((element, index) => walk(element, [...path, String(index)]));
    if (item !== null && typeof item === "object") return Object.fromEntries(Object.entries(item).map(([key, element]) => [key, walk(element, [...path, key])]));
    return item;
  };
  return { value: walk(value, []), missing, interpolated };
}

function interpolateString(text: string, context: { env: NodeJS.ProcessEnv; missing: MissingVariable[]; interpolated: InterpolatedStrings; path: string }): string {
  if (!text.includes("${")) return text;
  const used: string[] = [];
  const result = text.replace(/(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (whole, escape: string, name: string, fallback: string | undefined) => {
    if (escape === "$") return whole.slice(1);
    used.push(name);
    const found = context.env[name];
    if (found !== undefined && found !== "") return found;
    if (fallback !== undefined) return fallback;
    context.missing.push({ path: context.path, variable: name });
    return "";
  });
  if (used.length > 0) context.interpolated.set(context.path, used);
  return result;
}
